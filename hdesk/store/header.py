"""Read an SQLite file's header before SQLite parses anything (RELIABILITY.md 13)."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from hdesk.store.errors import StoreError

MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x48445348  # "HDSH": hdesk humanitarian-diplomacy file
SCHEMA_VERSION = 2
MAX_FILE_BYTES = 2 * 1024**3


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int
    application_id: int
    user_version: int
    wal_mode: bool
    file_size: int


def read_header(path: Path, strict_size: bool = False, max_bytes: int = MAX_FILE_BYTES) -> Header:
    """Check that `path` looks like an hdesk database this program can read.

    Args:
        path: the file.
        strict_size: require page size x page count == file size (for files from elsewhere,
            which must be complete snapshots).
        max_bytes: refuse larger files without reading them.
    Raises:
        StoreError with a sentence a user understands.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise StoreError("too_large", f"{path.name} is larger than hdesk accepts ({size // 2**20} MB).")
        with path.open("rb") as handle:
            raw = handle.read(100)
    except FileNotFoundError:
        raise StoreError("missing", f"{path} does not exist.") from None
    except IsADirectoryError:
        raise StoreError("not_hdesk", f"{path} is a folder, not an hdesk database.") from None
    except PermissionError:
        raise StoreError("readonly", f"{path} cannot be read (permission denied).") from None
    except OSError as exc:
        raise StoreError("io", f"{path} cannot be read ({exc.strerror or exc}).") from None
    if size == 0:
        raise StoreError("not_hdesk", f"{path.name} is empty, not an hdesk database.")
    if len(raw) < 100 or not raw.startswith(MAGIC):
        raise StoreError("not_sqlite", f"{path.name} is not an hdesk database.")
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", raw[28:32])[0]
    user_version = struct.unpack(">I", raw[60:64])[0]
    app_id = struct.unpack(">I", raw[68:72])[0]
    wal = raw[18] == 2 or raw[19] == 2
    if page_size < 512 or page_size & (page_size - 1):
        raise StoreError("damaged", f"{path.name} is damaged (bad page size).")
    if app_id != APPLICATION_ID:
        raise StoreError("not_hdesk", f"{path.name} is an SQLite file but not an hdesk database.")
    if user_version > SCHEMA_VERSION:
        raise StoreError(
            "newer",
            f"{path.name} was written by a newer hdesk (schema {user_version}); please update hdesk to open it.",
        )
    if strict_size and page_size * page_count != size:
        raise StoreError("damaged", f"{path.name} is incomplete or damaged (its size does not match its header).")
    return Header(page_size, page_count, app_id, user_version, wal, size)
