"""The printed plan of the demo database: sections, numbering, fonts, languages, paper, cancel."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from hdesk.core.principles import all_principles
from hdesk.services import queries
from hdesk.services.pdf import ExportCancelled, NoPlanError, export_plan_pdf
from hdesk.services.pdf.labels import Labels
from hdesk.services.records import Records


def pdf_text(path: Path) -> str:
    """Text as a reader sees it, with line wraps joined so long names can be searched."""
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", raw)


def fonts_of(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.fixture
def demo_pdf(demo_records: Records, tmp_path: Path) -> Path:
    return export_plan_pdf(demo_records, tmp_path / "plan.pdf")


def test_demo_pdf_has_every_section_in_order(demo_pdf: Path) -> None:
    text = pdf_text(demo_pdf)
    words = Labels("en")
    keys = ["approval", "contents", "introduction", "policy", "strategy", "objectives", "matrix", "partners"]
    keys += ["concerns", "agreements", "stakeholder_map", "campaigns", "calendar", "summary", "appendix"]
    body = text[text.index(words("introduction"), text.index(words("contents")) + 100) :]
    position = -1
    for key in keys[2:]:  # each heading appears after the previous one
        position = body.find(words(key), position + 1)
        assert position >= 0, key
    for key in ("approval", "contents", "draft", "signature"):
        assert words(key) in text


def test_page_numbers_count_all_pages(demo_pdf: Path) -> None:
    pages = len(PdfReader(demo_pdf).pages)
    assert pages >= 8
    text = pdf_text(demo_pdf)
    assert f"Page 1 of {pages}" in text
    assert f"Page {pages} of {pages}" in text
    assert f"Page {pages + 1} of" not in text


def test_every_department_principle_and_partner_prints(demo_pdf: Path, demo_records: Records) -> None:
    text = pdf_text(demo_pdf)
    for dept in queries.departments(demo_records):
        assert dept["name"] in text
    for principle in all_principles("en"):
        assert principle.name in text
        assert principle.text[-60:] in text
    for partner in queries.partners(demo_records):
        assert partner["name"] in text
    assert "Нейтральный Туркменистан" in text  # Cyrillic from the demo
    assert "Branch Development (Welaýat branches)" in text  # Turkmen letters intact
    assert "Türkmenistan TV channel «Miras»" in text
    assert "■" not in text


def test_footer_tells_printouts_apart(demo_pdf: Path, demo_records: Records) -> None:
    text = pdf_text(demo_pdf)
    site = demo_records.database.site_id[:8]
    assert f"Database {site}" in text
    assert "schema 2" in text
    assert "Red Crescent Society of Turkmenistan · Plan year 2024" in text


def test_only_embedded_dejavu_fonts(demo_pdf: Path) -> None:
    rows = fonts_of(demo_pdf)
    assert rows
    for row in rows:
        assert "DejaVuSans" in row[0], row
        assert row[-5] == "yes", row  # the "emb" column


@pytest.mark.parametrize(("lang", "names"), [("ru", ["Гуманность", "Добровольность"]), ("tk", ["Tarapgöýsüzlik"])])
def test_languages_print_principles_in_that_language(
    demo_records: Records, tmp_path: Path, lang: str, names: list[str]
) -> None:
    out = export_plan_pdf(demo_records, tmp_path / f"{lang}.pdf", lang=lang)
    text = pdf_text(out)
    pages = len(PdfReader(out).pages)
    words = Labels(lang)
    for principle in all_principles(lang):
        assert principle.name in text
    for name in names:
        assert name in text
    assert words("page_of", page=1, total=pages) in text
    assert "15.02.2024" in text  # board date in the local form
    assert words.month(6, short=True) in text  # calendar months are localised


def test_letter_paper(demo_records: Records, tmp_path: Path) -> None:
    out = export_plan_pdf(demo_records, tmp_path / "letter.pdf", paper="letter")
    reader = PdfReader(out)
    first = reader.pages[0].mediabox
    assert (round(float(first.width)), round(float(first.height))) == (612, 792)
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages}
    assert sizes == {(612, 792), (792, 612)}  # the matrix is on landscape pages


def test_no_plan_for_year_is_a_clear_error(demo_records: Records, tmp_path: Path) -> None:
    with pytest.raises(NoPlanError, match="no plan for 2019"):
        export_plan_pdf(demo_records, tmp_path / "x.pdf", year=2019)
    assert not (tmp_path / "x.pdf").exists()


def test_cancel_leaves_no_file(demo_records: Records, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "plan.pdf"
    target.write_bytes(b"old printout")
    seen: list[int] = []

    def progress(percent: int, message: str) -> bool:
        seen.append(percent)
        return percent < 40

    with pytest.raises(ExportCancelled):
        export_plan_pdf(demo_records, target, progress=progress)
    assert target.read_bytes() == b"old printout"
    assert sorted(p.name for p in folder.iterdir()) == ["plan.pdf"]  # no temporary file left
    assert max(seen) >= 40


def test_progress_rises_to_100(demo_records: Records, tmp_path: Path) -> None:
    seen: list[int] = []
    export_plan_pdf(demo_records, tmp_path / "p.pdf", progress=lambda p, m: seen.append(p) or True)
    assert seen == sorted(seen)
    assert seen[0] == 0 and seen[-1] == 100


def test_approved_plan_has_no_draft_mark(demo_records: Records, tmp_path: Path) -> None:
    plan = queries.plan_for_year(demo_records, 2024)
    assert plan is not None
    demo_records.update("plan", plan["uuid"], {"status": "approved"})
    text = pdf_text(export_plan_pdf(demo_records, tmp_path / "approved.pdf"))
    assert "DRAFT" not in text
    assert "Approved" in text
