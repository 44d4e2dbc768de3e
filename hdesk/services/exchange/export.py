"""Write an exchange file for another office: a verified snapshot, optionally encrypted.

The snapshot is made with VACUUM INTO in a private local temp folder, stripped of this
computer's file path, verified, then published under the final name via a temporary name,
fsync and rename (or encrypted straight into it). The plaintext copy is deleted in finally.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from hdesk.services.exchange import crypto
from hdesk.services.exchange.incoming import private_dir
from hdesk.store.database import Database
from hdesk.store.errors import StoreError
from hdesk.store.snapshot import counts, publish, vacuum_into, verify

Progress = Callable[[int, str], bool]
PRIVATE_META = ("home",)  # where the file lives on this computer: not for the stick


def export_file(
    database: Database, dest: Path, passphrase: str | None = None, progress: Progress | None = None
) -> dict[str, int]:
    """Write `dest` as an exchange file of `database`; returns the counts of live records."""
    report = progress or (lambda _p, _m: True)
    dest = Path(dest)
    if dest.exists() and dest.resolve() == database.path.resolve():
        raise StoreError("io", "Choose another file: an export cannot replace the open database.")
    if not dest.parent.is_dir():
        raise StoreError("missing", f"The folder {dest.parent} does not exist.")
    problems = database.integrity_check()
    if problems:
        raise StoreError("damaged", f"{database.path.name} has a problem ({problems[0]}); nothing was exported.")
    report(10, "snapshot")
    folder = private_dir()
    try:
        local = folder / "snapshot.hdesk"
        vacuum_into(database, local)
        _strip_private(local)
        found = verify(local)
        if found != counts(database):
            raise StoreError("io", "The copy does not hold the same records as the database; nothing was written.")
        report(50, "writing")
        if passphrase:
            crypto.encrypt_file(local, dest, passphrase)
        else:
            publish(local, dest)
        report(100, "done")
        return found
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _strip_private(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany("DELETE FROM meta WHERE key = ?", [(k,) for k in PRIVATE_META])
    finally:
        conn.close()
