"""`hdesk export-pdf` as a user runs it: a board document, or one clear line and exit 2."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_hdesk


def test_export_demo_plan(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = run_hdesk("export-pdf", str(demo_file), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out}"
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in _info(out) if line.startswith("Pages:")))
    assert pages >= 8 and f"Page 1 of {pages}" in text
    assert "Points of contact between departments" in text and "Fundamental Principles" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all("DejaVuSans" in row and " yes " in row for row in fonts)


def test_russian_on_letter_paper(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan-ru.pdf"
    result = run_hdesk(
        "export-pdf", str(demo_file), "-o", str(out), "--lang", "ru", "--paper", "letter", "--year", "2024"
    )
    assert result.returncode == 0, result.stderr
    assert any("612 x 792" in line for line in _info(out))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Беспристрастность" in text and "Страница 1 из" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "2019"], "hdesk: There is no plan for 2019 (plans: 2024)."),
        (["-o", "/no/such/folder/plan.pdf"], "hdesk: The folder /no/such/folder does not exist."),
    ],
)
def test_errors_are_one_line(demo_file: Path, tmp_path: Path, args: list[str], message: str) -> None:
    if "-o" not in args:
        args = [*args, "-o", str(tmp_path / "x.pdf")]
    result = run_hdesk("export-pdf", str(demo_file), *args)
    assert result.returncode == 2
    assert result.stderr.strip() == message
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_missing_database_is_one_line(tmp_path: Path) -> None:
    result = run_hdesk("export-pdf", str(tmp_path / "nope.hdesk"), "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "does not exist" in result.stderr


def _info(path: Path) -> list[str]:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
