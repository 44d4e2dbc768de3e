"""The printed contents: every entry's page number is the page its section starts on."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer

from hdesk.services.pdf import export_plan_pdf, fonts
from hdesk.services.pdf.context import Heading
from hdesk.services.pdf.labels import Labels
from hdesk.services.pdf.styles import Styles
from hdesk.services.records import Records

ENTRY = re.compile(r"^\s*(\S.*?)\s*(?:\.\s*)+(\d+)\s*$")  # "Title . . . . 12"


def page_text(path: Path, page: int, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), *(["-layout"] if layout else [])]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_of(index: int | None) -> int:
    assert index is not None, "a link to no page"
    return index + 1


def outline(reader: PdfReader) -> list[tuple[str, int]]:
    """(title, page number) of every bookmark: where each heading's anchor was really drawn."""
    out: list[tuple[str, int]] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append((item.title, page_of(reader.get_destination_page_number(item))))

    walk(reader.outline)
    return out


def printed_contents(path: Path, lang: str, last_page: int) -> list[tuple[str, int]]:
    """(title, number) of every contents line, read from the pages before the first section."""
    lines: list[str] = []
    for page in range(1, last_page + 1):
        lines += page_text(path, page, layout=True).splitlines()
    heading = Labels(lang)("contents")
    start = next(i for i, line in enumerate(lines) if line.strip() == heading)
    return [(m[1], int(m[2])) for m in map(ENTRY.match, lines[start + 1 :]) if m]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_contents_numbers_are_the_pages_where_sections_start(demo_records: Records, tmp_path: Path, lang: str) -> None:
    out = export_plan_pdf(demo_records, tmp_path / f"{lang}.pdf", lang=lang)
    reader = PdfReader(out)
    marks = outline(reader)
    intro_page = next(page for title, page in marks if title == Labels(lang)("introduction"))
    printed = printed_contents(out, lang, intro_page - 1)
    assert len(printed) == len(marks) >= 12
    assert len({page for _, page in printed}) >= 8  # the sections really are on different pages
    for (title, number), (mark_title, mark_page) in zip(printed, marks, strict=True):
        assert mark_title.startswith(title.rstrip("…")), (title, mark_title)
        assert number == mark_page, title
        assert title in re.sub(r"\s+", " ", page_text(out, number)), (title, number)
    targets = []  # where a click on each contents line (its title, its dots and number) leads
    for page in reader.pages[: intro_page - 1]:
        for annotation in page.get("/Annots", []):
            destination = annotation.get_object()["/Dest"]
            targets.append(page_of(reader.get_page_number(destination[0].get_object())))
    assert targets == [number for _, number in printed for _ in range(2)]


def test_a_long_heading_at_the_foot_of_a_page_moves_whole_to_the_next(tmp_path: Path) -> None:
    fonts.register()
    title = "A goal whose title is long enough to wrap over three lines of the page " * 2
    heading = Heading(title, Styles().h2, 1)
    _, height = heading.wrap(A4[0] - 144, A4[1])
    room = A4[1] - 144 - 12  # the frame of SimpleDocTemplate's default margins
    out = tmp_path / "split.pdf"
    SimpleDocTemplate(str(out), pagesize=A4, initialFontName=fonts.REGULAR).build(
        [Spacer(1, room - height - 2), heading]  # with its space before, two of its three lines would fit
    )
    assert len(PdfReader(out).pages) == 2
    assert "title is long" not in page_text(out, 1)
    assert title.split()[-1] in page_text(out, 2)
