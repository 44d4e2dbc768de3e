"""Working copies: a file on a USB stick or network share is copied to this computer first."""

from __future__ import annotations

from pathlib import Path

from hdesk import paths
from hdesk.store.database import Database
from hdesk.store.snapshot import write_snapshot


def local_copy(source: Database) -> Path:
    """A verified snapshot of `source` in the user data folder's copies/, under a free name."""
    folder = paths.data_dir() / "copies"
    folder.mkdir(parents=True, exist_ok=True)
    name = source.path
    target = folder / name.name
    n = 1
    while target.exists():
        target = folder / f"{name.stem}-{n}{name.suffix}"
        n += 1
    write_snapshot(source, target)
    return target
