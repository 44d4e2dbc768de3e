"""Hostile spreadsheet files end in one clear sentence, never a traceback, and change nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from hdesk.services.records import Records
from hdesk.services.spreadsheet_io import SheetError, read_tables
from hdesk.services.spreadsheets import plan_import


def test_binary_file_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(SheetError, match="not a text CSV file") as info:
        read_tables(path)
    assert "\n" not in str(info.value)


def test_csv_in_a_legacy_codepage(tmp_path: Path) -> None:
    path = tmp_path / "cp1251.csv"
    path.write_bytes("name\nМинистерство\n".encode("cp1251"))
    with pytest.raises(SheetError, match="not UTF-8"):
        read_tables(path)


def test_text_file_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("name,country\nA,B\n")
    with pytest.raises(SheetError, match=r"not an Excel \.xlsx workbook"):
        read_tables(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(SheetError, match=r"not an Excel \.xlsx workbook"):
        read_tables(path)


def test_workbook_with_damaged_parts(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook><sheets><sheet")
        archive.writestr("[Content_Types].xml", "garbage")
    with pytest.raises(SheetError, match="could not be read as an Excel workbook"):
        read_tables(path)


def test_zip_bomb_is_not_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * 1_000_000
            for _ in range(300):
                member.write(chunk)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(SheetError, match="unpacks to far more data"):
        read_tables(path)


def test_huge_csv_cell(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("name,notes\nA," + "x" * 400_000 + "\n", "utf-8")
    with pytest.raises(SheetError) as info:
        read_tables(path)
    assert "line 2" in str(info.value)


def test_long_but_readable_cell_is_a_row_problem(records: Records, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("name,country\n" + "N" * 301 + ",X\n", "utf-8")
    plan = plan_import(records, path)
    assert [(p.line, p.column, p.code, p.limit) for p in plan.problems] == [(2, "name", "too_long", 300)]
    assert plan.problems[0].sentence() == "name is longer than 300 characters"


def test_control_characters_are_stripped(records: Records, tmp_path: Path) -> None:
    path = tmp_path / "ctl.csv"
    path.write_text("name,notes\nA\x07B\u202e,line\x1bone\n", "utf-8")
    plan = plan_import(records, path)
    assert plan.ok
    assert plan.rows[0].values["name"] == "AB" and plan.rows[0].values["notes"] == "lineone"


def test_formula_cells_are_refused_not_computed(records: Records, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "influence"])
    sheet.append(["A", "=2+3"])
    sheet.append(['=HYPERLINK("http://evil","click")', 2])
    book.save(tmp_path / "f.xlsx")
    plan = plan_import(records, tmp_path / "f.xlsx")
    assert [(p.line, p.column, p.code) for p in plan.problems] == [(2, "influence", "formula"), (3, "name", "formula")]
    assert "formula" in plan.problems[0].sentence()


def test_missing_name_column_and_duplicate_columns(records: Records, tmp_path: Path) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("Country,country\nA,B\n", "utf-8")
    plan = plan_import(records, path)
    assert {(p.line, p.column, p.code) for p in plan.problems} == {
        (1, "country", "duplicate_column"),
        (1, "name", "missing_column"),
    }
    assert {p.sentence() for p in plan.problems} == {
        "the column “country” appears twice",
        "the sheet has no “name” column",
    }


def test_unknown_extension_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match="does not exist"):
        read_tables(tmp_path / "nope.csv")
    (tmp_path / "a.ods").write_text("x")
    with pytest.raises(SheetError, match="neither"):
        read_tables(tmp_path / "a.ods")
