"""Open an exchange file from another office without trusting it (RELIABILITY.md 13-18).

The bytes are checked before SQLite parses them, the file is copied to a private temp
folder (never opened in place, never attached to the live connection), opened read-only
on a hardened connection, its schema compared with the allow-list, an older schema
migrated on the private copy, and the shape of every stamp and version checked in SQL
(checks.py) while integrity_check + foreign_key_check run on a second thread. The
merge then streams the stamps from the checked copy in batches and validates every value
like a GUI edit, except a stamp that already exists locally, exactly (validated before).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from hdesk.core.merge import Stamp
from hdesk.core.schema import ENTITIES
from hdesk.core.validation import is_uuid
from hdesk.services.exchange.checks import MAX_LISTED, check_stamps
from hdesk.store import migrations
from hdesk.store.errors import StoreError
from hdesk.store.fingerprint import differences, matches_version
from hdesk.store.header import SCHEMA_VERSION, read_header

MAX_IMPORT_BYTES = 512 * 1024**2
MAX_VALUE_BYTES = 1_000_000  # far above the longest valid value (20,000 characters as JSON)
TIME_BUDGET_S = 300.0
TEMP_PREFIX = "hdesk-exchange-"

Progress = Callable[[int, str], bool]


class ImportRefused(StoreError):
    """An incoming file was refused; `problems` lists what was wrong (for the GUI)."""

    def __init__(self, code: str, message: str, problems: list[str] | None = None):
        super().__init__(code, message)
        self.problems = problems or []


@dataclass
class Incoming:
    """The checked content of an exchange file: records, live values and version vectors."""

    name: str
    sha256: str
    version: int
    site_id: str
    office: str
    entities: dict[str, str] = field(default_factory=dict)  # uuid -> entity
    stamps: dict[str, dict[str, list[Stamp]]] = field(default_factory=dict)  # uuid -> field -> values
    vectors: dict[str, dict[str, int]] = field(default_factory=dict)  # uuid -> site -> counter
    offices: dict[str, str] = field(default_factory=dict)  # site -> office name it knows
    max_hlc: int = 0
    source: Path | None = None  # the checked private copy the merge streams stamps from


def private_dir() -> Path:
    """A fresh folder only this user can read, for plaintext copies (deleted in finally)."""
    return Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))


def sweep_temp(max_age_s: float = 3600.0) -> None:
    """Remove plaintext copies left by a killed run (RELIABILITY.md 11: 'again at the next start').

    Exchange copies, and the snapshots of a backup or Save a Copy that was cut off (quitting
    during the daily backup of a 300 MB file left 300 MB in the temp folder each time).
    """
    from hdesk.store.snapshot import SNAPSHOT_PREFIX

    root = Path(tempfile.gettempdir())
    now = time.time()
    for folder in [*root.glob(TEMP_PREFIX + "*"), *root.glob(SNAPSHOT_PREFIX + "*")]:
        try:
            if now - folder.stat().st_mtime > max_age_s:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


@contextmanager
def opened(path: Path, passphrase: str | None = None, progress: Progress | None = None) -> Iterator[Incoming]:
    """Check, copy, decrypt if needed, and load an exchange file; temp files go in finally."""
    folder = private_dir()
    try:
        yield load(path, folder, passphrase, progress)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def load(path: Path, folder: Path, passphrase: str | None = None, progress: Progress | None = None) -> Incoming:
    """Every check of RELIABILITY.md 13-18 on `path`, using `folder` for private copies."""
    from hdesk.services.exchange import crypto

    path = Path(path)
    report = progress or (lambda _p, _m: True)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportRefused("missing", f"{path} does not exist.") from None
    except OSError as exc:
        raise ImportRefused("io", f"{path} cannot be read ({exc.strerror or exc}).") from None
    if path.is_dir():
        raise ImportRefused("not_hdesk", f"{path} is a folder, not an exchange file.")
    if size > MAX_IMPORT_BYTES:
        raise ImportRefused("too_large", f"{path.name} is larger than hdesk accepts ({size // 2**20} MB).")
    copy = folder / "incoming.hdesk"
    _copy(path, copy)
    report(5, "copied")
    # the second core hashes the private copy (never written again), then checks its integrity
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="hdesk-check") as pool:
        digest = pool.submit(_sha256, copy)
        if crypto.is_encrypted(copy):
            if not passphrase:
                raise ImportRefused("encrypted", f"{path.name} is encrypted; give its passphrase.")
            plain = folder / "incoming-plain.hdesk"
            crypto.decrypt_file(copy, plain, passphrase)
            digest.result()  # done reading the encrypted copy before it goes
            copy.unlink()
            copy = plain
            report(15, "decrypted")
        version = _check_header(copy, path.name)
        report(25, "checked")
        # integrity_check + foreign_key_check while the rows are read; the file is refused
        # when either finds a problem, before anything is merged
        sound = pool.submit(_check_integrity, copy, path.name)
        try:
            incoming = _read_copy(copy, path.name, version)
        except ImportRefused:
            sound.result()  # a damaged file says so, whatever the read stumbled on
            raise
        sound.result()
        incoming.sha256 = digest.result()
    report(40, "read")
    return incoming


def _check_header(copy: Path, name: str) -> int:
    """Header, schema allow-list (an older file migrated privately); returns the original version."""
    header = read_header(copy, strict_size=True, max_bytes=MAX_IMPORT_BYTES)
    if header.wal_mode:
        raise ImportRefused(
            "wal",
            f"{name} is a live database file (WAL mode), not an exchange file; export it with hdesk first.",
        )
    version = header.user_version
    if version < 1:
        raise ImportRefused("not_hdesk", f"{name} is not an hdesk database.")
    if version < SCHEMA_VERSION:
        _check_schema(copy, version, name)
        _check_integrity(copy, name)
        _migrate_copy(copy, version, name)
    _check_schema(copy, max(version, SCHEMA_VERSION), name)  # a newer file was refused by read_header
    return version


def _read_copy(copy: Path, name: str, version: int) -> Incoming:
    conn = harden(sqlite3.connect(copy.resolve().as_uri() + "?mode=ro", uri=True))
    try:
        incoming = _read(conn, name, "", version)
        incoming.source = copy
        return incoming
    except sqlite3.DatabaseError as exc:
        raise refusal(name, exc) from None
    finally:
        conn.close()


def harden(conn: sqlite3.Connection, budget_s: float = TIME_BUDGET_S) -> sqlite3.Connection:
    """No extensions, no trusted schema, bounded values and a time budget (RELIABILITY.md 15)."""
    if hasattr(conn, "enable_load_extension"):
        conn.enable_load_extension(False)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100_000)
    deadline = time.monotonic() + budget_s
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    return conn


def _copy(source: Path, target: Path) -> None:
    copied = 0
    try:
        with source.open("rb") as src, target.open("xb") as out:
            os.chmod(target, 0o600)
            while chunk := src.read(1024 * 1024):
                copied += len(chunk)
                if copied > MAX_IMPORT_BYTES:
                    raise ImportRefused("too_large", f"{source.name} is larger than hdesk accepts.")
                out.write(chunk)
    except PermissionError:
        raise ImportRefused("readonly", f"{source} cannot be read (permission denied).") from None
    except OSError as exc:
        raise ImportRefused("io", f"{source} cannot be read ({exc.strerror or exc}).") from None


def _sha256(path: Path) -> str:
    """The file's SHA-256 (for the import log); hashlib releases the GIL on large chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as src:
        while chunk := src.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _check_schema(copy: Path, version: int, name: str) -> None:
    """Schema allow-list, before any row is read (RELIABILITY.md 16)."""
    conn = harden(sqlite3.connect(copy.resolve().as_uri() + "?mode=ro", uri=True))
    try:
        if not matches_version(conn, version):
            found = differences(conn, version) or ["a changed table"]
            raise ImportRefused("schema", f"{name} has a schema hdesk did not write ({found[0]}); it was refused.")
    except sqlite3.DatabaseError as exc:
        raise refusal(name, exc) from None
    finally:
        conn.close()


def _check_integrity(copy: Path, name: str) -> None:
    """integrity_check + foreign_key_check of the private copy (RELIABILITY.md 4)."""
    conn = harden(sqlite3.connect(copy.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False))
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check(20)") if r[0] != "ok"]
        if problems:
            raise ImportRefused("damaged", f"{name} is damaged ({problems[0]}).")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise ImportRefused("damaged", f"{name} is damaged (a record refers to a missing record).")
    except sqlite3.DatabaseError as exc:
        raise refusal(name, exc) from None
    finally:
        conn.close()


def _migrate_copy(copy: Path, version: int, name: str) -> None:
    """Bring an older file forward with the same migrations a local file gets (private copy only)."""
    db = pw.SqliteDatabase(str(copy), pragmas=(("trusted_schema", 0), ("foreign_keys", 0)))
    try:
        db.connect()
        migrations.migrate(db, version)
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        raise ImportRefused("damaged", f"{name} could not be upgraded from schema {version} ({exc}).") from None
    finally:
        db.close()


def refusal(name: str, exc: sqlite3.DatabaseError) -> ImportRefused:
    """The refusal for an SQLite error met while reading the private copy of `name`."""
    return _too_big(name, exc) if isinstance(exc, sqlite3.DataError) else _sqlite_refusal(name, exc)


def _too_big(name: str, exc: Exception) -> ImportRefused:
    return ImportRefused("too_large", f"{name} holds a value larger than hdesk accepts; it was refused.")


def _sqlite_refusal(name: str, exc: Exception) -> ImportRefused:
    text = str(exc).lower()
    if "interrupt" in text:
        return ImportRefused("too_slow", f"{name} took too long to read; it was refused.")
    if "too big" in text:
        return _too_big(name, exc)
    return ImportRefused("damaged", f"{name} is damaged or not an hdesk exchange file ({exc}).")


def _read(conn: sqlite3.Connection, name: str, digest: str, version: int) -> Incoming:
    meta = {}
    for key, value in conn.execute("SELECT key, value FROM meta"):
        if isinstance(key, str) and isinstance(value, str):
            meta[key] = value
    problems: list[str] = []
    site = meta.get("site_id", "")
    if not is_uuid(site):
        problems.append("the file has no valid office id")
    office = _office_name(meta)
    incoming = Incoming(name, digest, version, site, office)
    for uuid, entity in conn.execute("SELECT uuid, entity FROM record"):
        if not is_uuid(uuid) or entity not in ENTITIES:
            problems.append(f"record {str(uuid)[:40]!r}: unknown kind of record {str(entity)[:40]!r}")
            continue
        incoming.entities[uuid] = entity
    check_stamps(conn, incoming, problems)
    incoming.offices = _known_offices(conn)
    if site and office:
        incoming.offices[site] = office
    if problems:
        shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
        raise ImportRefused("invalid", f"{name} was refused, nothing was imported: {shown}.", problems[:MAX_LISTED])
    return incoming


def _office_name(meta: dict[str, str]) -> str:
    parts = [meta.get("office.society", ""), meta.get("office.office_name", "")]
    return " / ".join(p[:300] for p in parts if p)


def _known_offices(conn: sqlite3.Connection) -> dict[str, str]:
    out: dict[str, str] = {}
    for site, office, details in conn.execute("SELECT source_site, source_office, details FROM import_log"):
        if is_uuid(site) and isinstance(office, str) and office:
            out[site] = office[:300]
        try:
            known = json.loads(details).get("offices", {}) if isinstance(details, str) else {}
        except (ValueError, AttributeError):
            known = {}
        if isinstance(known, dict):
            out.update({s: o[:300] for s, o in known.items() if is_uuid(s) and isinstance(o, str) and o})
    return out


Row = tuple[str, str, int, int, str]  # field, site, counter, hlc, value: ordered by (field, site)


def open_source(incoming: Incoming) -> sqlite3.Connection | None:
    """A hardened read-only connection to the checked private copy (None for in-memory data)."""
    if incoming.source is None:
        return None
    return harden(sqlite3.connect(incoming.source.resolve().as_uri() + "?mode=ro", uri=True))


def read_part(
    incoming: Incoming, conn: sqlite3.Connection | None, part: list[str]
) -> tuple[dict[str, list[Row]], dict[str, dict[str, int]]]:
    """Stamps (sorted rows) and vectors of the records `part`, from the file or from memory."""
    rows: dict[str, list[Row]] = {}
    vectors: dict[str, dict[str, int]] = {}
    if conn is None:
        for uuid in part:
            found = incoming.stamps.get(uuid, {})
            rows[uuid] = sorted((f, s.site, s.counter, s.hlc, s.value) for f, v in found.items() for s in v)
            vectors[uuid] = incoming.vectors.get(uuid, {})
        return rows, vectors
    marks = ",".join("?" * len(part))
    try:
        for uuid, *row in conn.execute(
            "SELECT uuid, field, site, counter, hlc, value FROM field_value"
            f" WHERE uuid IN ({marks}) ORDER BY uuid, field, site",
            part,
        ):
            rows.setdefault(uuid, []).append(tuple(row))
        for uuid, site, counter in conn.execute(
            f"SELECT uuid, site, counter FROM record_vv WHERE uuid IN ({marks})", part
        ):
            vectors.setdefault(uuid, {})[site] = counter
    except sqlite3.DatabaseError as exc:
        raise refusal(incoming.name, exc) from None
    return rows, vectors
