"""Detecting a live file on a USB stick or a network share (RELIABILITY.md 2)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hdesk.store import media

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Linux mount table; Windows uses GetDriveTypeW")


def mountinfo(*mounts: tuple[str, str, str, str]) -> str:
    """Lines as /proc/self/mountinfo writes them: (device, mount point, fs type, source)."""
    lines = ["22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw"]
    for number, (device, point, fstype, source) in enumerate(mounts, start=30):
        escaped = point.replace(" ", "\\040")
        lines.append(f"{number} 22 {device} / {escaped} rw,nosuid,nodev shared:{number} - {fstype} {source} rw")
    return "\n".join(lines) + "\n"


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    out = {name: tmp_path / name for name in ("stick", "share", "local", "usb disk", "sshfs")}
    for folder in out.values():
        folder.mkdir()
    return out


@pytest.fixture
def sys_root(tmp_path: Path) -> Path:
    """A fake /sys: sdb is a removable stick, sdc a USB disk that says removable=0, sda internal."""
    root = tmp_path / "sys"
    disks = {
        "sda": (root / "devices/pci0000:00/0000:00:17.0/ata1/host0/block/sda", "0"),
        "sdb": (root / "devices/pci0000:00/0000:00:14.0/usb2/2-1/host6/block/sdb", "1"),
        "sdc": (root / "devices/pci0000:00/0000:00:14.0/usb3/3-2/host7/block/sdc", "0"),
    }
    (root / "dev/block").mkdir(parents=True)
    for number, (name, (disk, flag)) in enumerate(disks.items()):
        (disk / f"{name}1").mkdir(parents=True)
        (disk / "removable").write_text(flag + "\n")
        (root / "dev/block" / f"8:{number * 16 + 1}").symlink_to(disk / f"{name}1")
    return root


def test_removable_stick_is_detected(folders: dict[str, Path], sys_root: Path) -> None:
    table = mountinfo(("8:17", str(folders["stick"]), "vfat", "/dev/sdb1"))
    assert media.is_removable(folders["stick"] / "office.hdesk", mountinfo=table, sys_root=sys_root)
    assert not media.is_network(folders["stick"] / "office.hdesk", mountinfo=table)


def test_usb_disk_that_claims_not_removable_is_still_removable(folders: dict[str, Path], sys_root: Path) -> None:
    table = mountinfo(("8:33", str(folders["usb disk"]), "ext4", "/dev/sdc1"))
    assert media.is_removable(folders["usb disk"] / "plans" / "office.hdesk", mountinfo=table, sys_root=sys_root)


def test_internal_disk_is_local(folders: dict[str, Path], sys_root: Path) -> None:
    table = mountinfo(("8:1", str(folders["local"]), "ext4", "/dev/sda1"))
    path = folders["local"] / "office.hdesk"
    assert not media.is_removable(path, mountinfo=table, sys_root=sys_root)
    assert not media.is_network(path, mountinfo=table)


@pytest.mark.parametrize(
    ("fstype", "source"),
    [("cifs", "//server/plans"), ("smb3", "//nas/office"), ("nfs4", "nas:/export"), ("fuse.sshfs", "me@host:/")],
)
def test_network_shares_are_detected(folders: dict[str, Path], sys_root: Path, fstype: str, source: str) -> None:
    table = mountinfo(("0:52", str(folders["share"]), fstype, source))
    assert media.is_network(folders["share"] / "office.hdesk", mountinfo=table)
    assert not media.is_removable(folders["share"] / "office.hdesk", mountinfo=table, sys_root=sys_root)


def test_fat_stick_under_media_without_sys_information(sys_root: Path, tmp_path: Path) -> None:
    table = mountinfo(("8:99", "/media/aigul/KINGSTON", "exfat", "/dev/sdz1"))
    assert media.mount_of(Path("/media/aigul/KINGSTON/office.hdesk"), media.parse_mountinfo(table)) is not None
    assert media.is_removable(Path("/media/aigul/KINGSTON/office.hdesk"), mountinfo=table, sys_root=sys_root)


def test_the_deepest_mount_wins(folders: dict[str, Path], sys_root: Path) -> None:
    inner = folders["share"] / "inner"
    inner.mkdir()
    table = mountinfo(("0:52", str(folders["share"]), "cifs", "//server/x"), ("8:1", str(inner), "ext4", "/dev/sda1"))
    assert not media.is_network(inner / "office.hdesk", mountinfo=table)
    assert media.is_network(folders["share"] / "office.hdesk", mountinfo=table)


def test_spaces_in_mount_points(folders: dict[str, Path], sys_root: Path) -> None:
    table = mountinfo(("8:17", str(folders["usb disk"]), "vfat", "/dev/sdb1"))
    assert "\\040" in table
    assert media.is_removable(folders["usb disk"] / "office.hdesk", mountinfo=table, sys_root=sys_root)


def test_unknown_means_local(tmp_path: Path) -> None:
    assert not media.is_removable(tmp_path / "x.hdesk", mountinfo="garbage\n", sys_root=tmp_path / "none")
    assert not media.is_network(tmp_path / "x.hdesk", mountinfo="")


def test_this_machine_answers_without_error(tmp_path: Path) -> None:
    assert media.is_network(tmp_path) in (True, False)
    assert media.is_removable(tmp_path) in (True, False)
