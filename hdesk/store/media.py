"""Is a file on a USB stick or a network share? (RELIABILITY.md 2)

WAL needs shared memory that network file systems do not provide, and sticks get pulled out
and lie about syncing, so the live file must be on a local disk. Linux: the mount that holds
the path (/proc/self/mountinfo), its file-system type and /sys/dev/block/*/removable.
Windows: GetDriveTypeW. When the answer cannot be found, the answer is False (local).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

NETWORK_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "sshfs", "davfs", "ceph", "glusterfs", "lustre"}
)
LOCAL_FUSE = frozenset({"fuse.portal", "fuse.lxcfs", "fuse.gocryptfs", "fuse.encfs", "fuse.squashfuse"})
STICK_TYPES = frozenset({"vfat", "exfat", "msdos", "fat", "ntfs", "ntfs3", "fuseblk", "udf", "iso9660"})
STICK_FOLDERS = ("/media/", "/run/media/", "/mnt/usb")
DRIVE_REMOVABLE, DRIVE_REMOTE, DRIVE_CDROM = 2, 4, 5


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str
    source: str
    device: str  # "major:minor"


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_mountinfo(text: str) -> list[Mount]:
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if "-" not in parts or len(parts) < 7:
            continue
        dash = parts.index("-")
        if dash + 2 >= len(parts):
            continue
        mounts.append(Mount(_unescape(parts[4]), parts[dash + 1], _unescape(parts[dash + 2]), parts[2]))
    return mounts


def mount_of(path: Path, mounts: list[Mount]) -> Mount | None:
    """The mount holding `path`: the longest mount point that contains it (the last one wins)."""
    target = str(path)
    best: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        inside = target == point or target.startswith(point + "/") or point == "/"
        if inside and (best is None or len(point) >= len(best.point.rstrip("/") or "/")):
            best = mount
    return best


def _linux_mount(path: Path, mountinfo: str | None) -> Mount | None:
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    return mount_of(_resolved(path), parse_mountinfo(mountinfo))


def _resolved(path: Path) -> Path:
    """The real path, symlinks followed (a file not yet made keeps its own name)."""
    return Path(os.path.abspath(path)).resolve()


def is_network(path: Path | str, *, mountinfo: str | None = None) -> bool:
    """True when `path` is on a network share (SMB/CIFS, NFS, SSHFS, most FUSE mounts)."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            return _windows_drive_type(Path(path)) == DRIVE_REMOTE
        mount = _linux_mount(Path(path), mountinfo)
        if mount is None:
            return False
        fstype = mount.fstype.lower()
        if fstype in NETWORK_TYPES or (fstype.startswith("fuse.") and fstype not in LOCAL_FUSE):
            return True
        return mount.source.startswith("//")  # an smb share mounted under another type name
    except Exception:
        return False


def is_removable(path: Path | str, *, mountinfo: str | None = None, sys_root: Path = Path("/sys")) -> bool:
    """True when `path` is on a USB stick, memory card or other removable drive."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            return _windows_drive_type(Path(path)) in (DRIVE_REMOVABLE, DRIVE_CDROM)
        mount = _linux_mount(Path(path), mountinfo)
        if mount is None:
            return False
        if _block_device_is_removable(sys_root, mount.device):
            return True
        point = mount.point.rstrip("/") + "/"
        return mount.fstype.lower() in STICK_TYPES and point.startswith(STICK_FOLDERS)
    except Exception:
        return False


def _block_device_is_removable(sys_root: Path, device: str) -> bool:
    """/sys/dev/block/MAJ:MIN is the partition (or disk); `removable` lives on the disk."""
    node = sys_root / "dev" / "block" / device
    if not node.exists():
        return False
    real = node.resolve()
    for folder in (real, real.parent):
        flag = folder / "removable"
        if flag.is_file() and flag.read_text().strip() == "1":
            return True
    return "/usb" in str(real)  # USB hard disks often say removable=0


def _windows_drive_type(path: Path) -> int:  # pragma: no cover - Windows only
    import ctypes

    full = os.path.abspath(path)
    if full.startswith("\\\\"):
        return DRIVE_REMOTE  # \\server\share
    root = os.path.splitdrive(full)[0] + "\\"
    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))  # type: ignore[attr-defined]
