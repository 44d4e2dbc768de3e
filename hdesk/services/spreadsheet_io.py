"""Read and write spreadsheet tables (.xlsx and .csv) safely, without knowing what the columns mean.

Files come from other people's computers: every way a file can be hostile (not a zip, a zip bomb,
binary bytes in a .csv, a huge cell, a formula) ends in a SheetError with one English sentence,
never a traceback. Formulas are never evaluated, and text that a spreadsheet program would run
as a formula is written so that it stays text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 50_000_000
MAX_UNZIPPED_BYTES = 250_000_000
MAX_ZIP_ENTRIES = 5_000
MAX_ROWS = 20_000
MAX_COLUMNS = 64
MAX_CELL_CHARS = 100_000

# A cell starting with one of these is run as a formula by Excel / LibreOffice when a CSV is opened.
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class SheetError(Exception):
    """A spreadsheet file cannot be read or written; the message is one sentence for people.

    Codes: missing, too_large, not_text, not_utf8, bad_csv, not_xlsx, zip_bomb, too_many_rows,
    cell_too_long, write_failed.
    """

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


class Formula(str):
    """The text of a formula cell found in a workbook (never evaluated; the importer refuses it)."""


@dataclass
class Row:
    line: int  # the row number a person sees in the spreadsheet (the header is line 1)
    cells: list[Any]


@dataclass
class Table:
    """One sheet: its header (stripped) and its non-empty rows."""

    name: str
    header: list[str]
    rows: list[Row] = field(default_factory=list)


# -- reading ---------------------------------------------------------------------------------------
def read_tables(path: Path) -> dict[str, Table]:
    """The sheets of an .xlsx (by lower-case name) or the one table of a .csv (named by the file)."""
    path = Path(path)
    _check_size(path)
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path)
    if path.suffix.lower() == ".csv":
        table = read_csv(path)
        return {table.name: table}
    raise SheetError("not_xlsx", f"{path.name} is neither an .xlsx workbook nor a .csv file.")


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        raise SheetError("missing", f"{path} does not exist or cannot be read.") from None
    if not path.is_file():
        raise SheetError("missing", f"{path} is not a file.")
    if size > MAX_FILE_BYTES:
        raise SheetError("too_large", f"{path.name} is larger than {MAX_FILE_BYTES // 1_000_000} MB.")


def read_csv(path: Path) -> Table:
    """A CSV in UTF-8 (with or without BOM), separated by ';', ',' or tabs."""
    data = Path(path).read_bytes()
    if b"\x00" in data:
        raise SheetError("not_text", f"{path.name} is not a text CSV file (it contains binary data).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SheetError(
            "not_utf8", f"{path.name} is not UTF-8 text; save it from the spreadsheet program as “CSV UTF-8”."
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if len(records) > MAX_ROWS + 1:
                raise SheetError("too_many_rows", f"{path.name} has more than {MAX_ROWS} rows.")
    except csv.Error as exc:
        raise SheetError("bad_csv", f"{path.name} line {reader.line_num} is not valid CSV ({exc}).") from None
    table = Table(Path(path).stem.lower(), [])
    for number, record in enumerate(records, start=1):
        if len(record) > MAX_COLUMNS:
            raise SheetError("bad_csv", f"{path.name} line {number} has more than {MAX_COLUMNS} columns.")
        for cell in record:
            if len(cell) > MAX_CELL_CHARS:
                raise SheetError("cell_too_long", f"{path.name} line {number} has a cell that is too long.")
        if not table.header:
            if any(c.strip() for c in record):
                table.header = [c.strip() for c in record]
            continue
        if any(c.strip() for c in record):
            table.rows.append(Row(number, [unescape_text(c) for c in record]))
    return table


def read_xlsx(path: Path) -> dict[str, Table]:
    """Every worksheet of a workbook; formula cells come back as Formula, never computed."""
    _check_zip(path)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception:  # hostile or damaged workbooks raise anything from zip, XML or openpyxl code
        raise SheetError("not_xlsx", f"{path.name} could not be read as an Excel workbook.") from None
    try:
        tables = {}
        for sheet in workbook.worksheets:
            tables[sheet.title.strip().lower()] = _read_sheet(path, sheet)
        return tables
    except SheetError:
        raise
    except Exception:
        raise SheetError("not_xlsx", f"{path.name} could not be read as an Excel workbook.") from None
    finally:
        workbook.close()


def _check_zip(path: Path) -> None:
    if not zipfile.is_zipfile(path):
        raise SheetError("not_xlsx", f"{path.name} is not an Excel .xlsx workbook.")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise SheetError("not_xlsx", f"{path.name} is not an Excel .xlsx workbook.") from None
    names = {e.filename for e in entries}
    if "xl/workbook.xml" not in names:
        raise SheetError("not_xlsx", f"{path.name} is not an Excel .xlsx workbook.")
    # zipfile never yields more than an entry's declared size, so the declared sizes bound the work.
    if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNZIPPED_BYTES:
        raise SheetError("zip_bomb", f"{path.name} unpacks to far more data than a partner list; it was not opened.")


def _read_sheet(path: Path, sheet: Any) -> Table:
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # trust the rows, not the declared size
    table = Table(sheet.title.strip().lower(), [])
    count = 0
    for cells in sheet.iter_rows(max_col=MAX_COLUMNS):
        count += 1
        if count > MAX_ROWS + 1:
            raise SheetError("too_many_rows", f"{path.name} sheet “{sheet.title}” has more than {MAX_ROWS} rows.")
        values = [_cell_value(c) for c in cells]
        line = next((c.row for c in cells if getattr(c, "row", None)), count)
        for value in values:
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise SheetError("cell_too_long", f"{path.name} sheet “{sheet.title}” row {line} has a cell too long.")
        if not any(v not in (None, "") and not (isinstance(v, str) and not v.strip()) for v in values):
            continue
        if not table.header:
            table.header = ["" if v is None else str(v).strip() for v in values]
            continue
        table.rows.append(Row(line, values))
    return table


def _cell_value(cell: Any) -> Any:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f" and isinstance(value, str):
        return Formula(value)
    return value


# -- writing ---------------------------------------------------------------------------------------
def escape_text(value: str) -> str:
    """Text for a CSV cell that no spreadsheet program will run as a formula (reversible)."""
    if value.startswith(_TRIGGERS) or (value.startswith("'") and value[1:].startswith((*_TRIGGERS, "'"))):
        return "'" + value
    return value


def unescape_text(value: str) -> str:
    """Undo escape_text (one leading apostrophe before a formula character)."""
    if value.startswith("'") and value[1:].startswith((*_TRIGGERS, "'")):
        return value[1:]
    return value


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str = ",") -> None:
    """UTF-8 with a byte-order mark (so Excel shows Cyrillic), written to a temp file then renamed."""

    def cell(value: Any) -> str:
        if value is None:
            return ""
        return escape_text(value) if isinstance(value, str) else str(value)

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell(v) for v in row])
    _atomic_write(Path(path), ("\ufeff" + buffer.getvalue()).encode("utf-8"))


def write_xlsx(path: Path, sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]) -> None:
    """A workbook with one sheet per (title, header, rows); every text cell is stored as text."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook(write_only=True)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title)
        for index, name in enumerate(header):
            letter = openpyxl.utils.get_column_letter(index + 1)
            sheet.column_dimensions[letter].width = 40 if name in ("notes", "concern_note") else 18
        sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        heads = []
        for name in header:
            head = WriteOnlyCell(sheet, value=name)
            head.font = bold
            heads.append(head)
        sheet.append(heads)
        for row in rows:
            sheet.append([_text_cell(sheet, v) for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    _atomic_write(Path(path), buffer.getvalue())


def _text_cell(sheet: Any, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if not isinstance(value, str):
        return value
    cell = WriteOnlyCell(sheet, value=_ILLEGAL_XML.sub("", value))
    cell.data_type = "s"  # "=cmd|..." stays text: never a formula, whatever it starts with
    return cell


def _atomic_write(path: Path, data: bytes) -> None:
    folder = path.resolve().parent
    if not folder.is_dir():
        raise SheetError("write_failed", f"The folder {folder} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".hdesk-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise SheetError("write_failed", f"Could not write {path.name} ({exc.strerror or exc}).") from None


def as_text(value: Any) -> str:
    """A cell value as text (a phone number typed as 99365123456 stays digits, dates are ISO)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
