"""Write an exchange file for another office: a checked snapshot, optionally encrypted.

The snapshot is made with VACUUM INTO in a private local temp folder and stripped of this
computer's file path. Those exact bytes get integrity_check + foreign_key_check on a second
thread while they are encrypted (or copied) to a temporary name next to the target and
fsynced; the temporary file is renamed only when the check passed and the record counts
equal the database's. The key derivation runs while VACUUM INTO writes, and so does the open's
quick_check of a large database (opened with check_later): nothing is written before it passed.
The plaintext copy is deleted in finally, after both threads are done with it.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from hdesk.services.exchange import crypto
from hdesk.services.exchange.incoming import private_dir
from hdesk.store.database import Database
from hdesk.store.errors import StoreError
from hdesk.store.snapshot import CHUNK, check, commit, counts, discard, stage, vacuum_into

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
    folder = private_dir()
    try:
        # scrypt and SQLite's checks run on the second core (SQLite releases the GIL)
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="hdesk-export") as pool:
            sealer = pool.submit(crypto.new_sealer, passphrase) if passphrase else None
            report(10, "snapshot")
            local = folder / "snapshot.hdesk"
            vacuum_into(database, local)
            _require_sound(database)
            _strip_private(local)
            checked = pool.submit(check, local, database.path.name)
            expected = counts(database)
            report(50, "writing")
            if sealer is not None:
                key = sealer.result()
                part = stage(dest, lambda out: crypto.seal(local, out, key))
            else:
                part = stage(dest, lambda out: _copy(local, out))
            try:
                found = checked.result()
                if found != expected:
                    raise StoreError(
                        "io", "The copy does not hold the same records as the database; nothing was written."
                    )
            except BaseException:
                discard(part)
                raise
            commit(part, dest)
        report(100, "done")
        return found
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _require_sound(database: Database) -> None:
    """RELIABILITY.md 4: the open's quick_check (maybe still running beside VACUUM INTO) has passed."""
    problems = database.wait_for_check()
    if problems:
        raise StoreError("damaged", f"{database.path.name} is damaged ({problems[0]}); restore a backup.")


def _copy(source: Path, out: BinaryIO) -> None:
    with source.open("rb") as src:
        while chunk := src.read(CHUNK):
            out.write(chunk)


def _strip_private(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany("DELETE FROM meta WHERE key = ?", [(k,) for k in PRIVATE_META])
    finally:
        conn.close()
