"""The faster tables print exactly what ReportLab's Table prints, and measure rows the same way."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from hdesk.services.pdf import fonts
from hdesk.services.pdf.fast_table import PlanTable, row_heights, uniform_table
from hdesk.services.pdf.styles import Styles, data_table, grid, grid_lines

TEXTS = ["Plain", "Кириллица «Мирас»", "Türkmenistan ýaşlary", "a (b) \\ c", "", "Ω≈ç√∫ 42", "x" * 30]


def words(path: Path) -> str:
    """Every word with its box, as a reader finds it on the page."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out[out.index("<page ") :]  # past the head, which holds the creation time


def pixels(path: Path, folder: Path, name: str) -> bytes:
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(path), str(folder / name)], check=True)
    return (folder / f"{name}.png").read_bytes()


def build(path: Path, tables: list[Table]) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, initialFontName=fonts.REGULAR).build(tables)
    return path


def sample(kind: type[Table]) -> list[Table]:
    rows = [[TEXTS[(r + c) % len(TEXTS)] for c in range(3)] for r in range(12)]
    rows[3][1] = "two\nlines"  # drawn by ReportLab itself
    aligned = kind(rows, colWidths=[150, 150, 150], rowHeights=[30] * len(rows))
    commands = [*grid(), ("ALIGN", (1, 0), (1, -1), "CENTER"), ("ALIGN", (2, 0), (2, -1), "RIGHT")]
    commands += [("VALIGN", (0, 4), (-1, 7), "MIDDLE"), ("VALIGN", (0, 8), (-1, -1), "BOTTOM")]
    commands += [("TEXTCOLOR", (0, 1), (0, 2), "#C8102E"), ("FONTNAME", (2, 0), (2, -1), fonts.BOLD)]
    aligned.setStyle(TableStyle(commands))
    return [aligned]


def test_plan_table_prints_exactly_like_table(tmp_path: Path) -> None:
    fonts.register()
    ours = build(tmp_path / "ours.pdf", sample(PlanTable))
    theirs = build(tmp_path / "theirs.pdf", sample(Table))
    assert words(ours) == words(theirs)
    for word in ("Кириллица", "«Мирас»", "ýaşlary", "(b)", "\\", "Ω≈ç√∫", "lines"):
        assert f">{word}</word>" in words(ours), word
    assert pixels(ours, tmp_path, "ours") == pixels(theirs, tmp_path, "theirs")


def test_uniform_table_prints_like_a_data_table_with_a_bold_first_column(tmp_path: Path) -> None:
    fonts.register()
    st = Styles()
    header = [Paragraph(h, st.cell_bold) for h in ("№", "Name", "Kind")]
    long_name = Paragraph("A name far too long for its narrow column, so it wraps " * 2, st.cell)
    rows = [header] + [[str(i), TEXTS[i % len(TEXTS)] if i != 5 else long_name, "Donor"] for i in range(1, 40)]
    widths = [30, 200, 80]
    ours = uniform_table(rows, widths, grid_lines(), header_rows=1, bold_columns=[0])
    theirs = data_table(rows, widths, sum(widths), extra=[("FONTNAME", (0, 1), (0, -1), fonts.BOLD)])
    a = build(tmp_path / "ours.pdf", [ours])
    b = build(tmp_path / "theirs.pdf", [theirs])
    assert words(a) == words(b)
    assert pixels(a, tmp_path, "a") == pixels(b, tmp_path, "b")
    assert row_heights(rows, widths) == pytest.approx(theirs._rowHeights)
    assert row_heights(rows, widths)[5] > row_heights(rows, widths)[4]  # the wrapped name is taller


def test_uniform_table_refuses_cell_commands() -> None:
    with pytest.raises(ValueError, match="FONTNAME"):
        uniform_table([["a"]], [50], [("FONTNAME", (0, 0), (-1, -1), fonts.BOLD)], header_rows=0)
