"""One writer per file (RELIABILITY.md 6): an OS lock on a sidecar file `<db>.lock`.

The lock belongs to the process, not to one Database object: the window and its worker
threads open the same file several times and must all be allowed to write, while a second
hdesk process must not. So handles are reference-counted per lock file inside the process.
The OS drops the lock when the process dies (even by kill -9), so a crash never leaves the
file locked. The sidecar file itself is left in place: deleting it would race with another
process that has just opened it.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

_GUARD = threading.Lock()
_HELD: dict[str, _Held] = {}


@dataclass
class _Held:
    fd: int | None  # None: the folder does not allow a lock file; writing is up to SQLite
    count: int


def lock_path(database_path: Path | str) -> Path:
    path = Path(database_path)
    return path.with_name(path.name + ".lock")


def _key(database_path: Path | str) -> str:
    return os.path.normcase(str(lock_path(Path(database_path).resolve())))


class WriterLock:
    """A process's share of the writer lock on one database; release() exactly once."""

    def __init__(self, key: str):
        self.key = key
        self.released = False

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        with _GUARD:
            held = _HELD.get(self.key)
            if held is None:
                return
            held.count -= 1
            if held.count <= 0:
                del _HELD[self.key]
                if held.fd is not None:
                    _unlock(held.fd)
                    os.close(held.fd)


def acquire(database_path: Path | str) -> WriterLock | None:
    """Take (or share, inside this process) the writer lock; None when another process has it."""
    key = _key(database_path)
    with _GUARD:
        held = _HELD.get(key)
        if held is not None:
            held.count += 1
            return WriterLock(key)
        try:
            fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            _HELD[key] = _Held(None, 1)  # read-only folder: SQLite will refuse writes itself
            return WriterLock(key)
        if not _try_lock(fd):
            os.close(fd)
            return None
        _HELD[key] = _Held(fd, 1)
        return WriterLock(key)


def holders(database_path: Path | str) -> int:
    """How many open Database objects of this process share the writer lock."""
    with _GUARD:
        held = _HELD.get(_key(database_path))
        return held.count if held else 0


def locked_elsewhere(database_path: Path | str) -> bool:
    """True when another process holds the writer lock (a probe; takes nothing)."""
    if holders(database_path):
        return False
    handle = acquire(database_path)
    if handle is None:
        return True
    handle.release()
    return False


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass
