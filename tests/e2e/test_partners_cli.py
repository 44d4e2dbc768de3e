"""`hdesk partners export/import` as a user runs them: outputs, exit codes, one-line errors."""

from __future__ import annotations

from pathlib import Path

from hdesk.services.records import Records
from hdesk.store.database import Database
from tests.conftest import run_hdesk
from tests.unit.test_spreadsheets import content_hash


def test_export_then_import_into_a_new_file(demo_file: Path, tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / "partners.xlsx"
    done = run_hdesk("partners", "export", str(demo_file), str(out), "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    assert "exported 20 partners" in done.stdout and out.is_file()
    fresh = tmp_path / "fresh.hdesk"
    assert run_hdesk("init", str(fresh)).returncode == 0
    dry = run_hdesk("partners", "import", str(fresh), str(out), "--dry-run", "--data-dir", str(data_dir))
    assert dry.returncode == 0, dry.stderr
    assert "partners: 20 to create" in dry.stdout and "dry run: nothing was written" in dry.stdout
    with Database(fresh, readonly=True) as database:
        assert Records(database).list("partner") == []
    real = run_hdesk("partners", "import", str(fresh), str(out), "--data-dir", str(data_dir))
    assert real.returncode == 0, real.stderr
    assert "imported: 26 created, 0 updated" in real.stdout and "backup taken first" in real.stdout
    with Database(fresh, readonly=True) as database:
        assert len(Records(database).list("partner")) == 20


def test_csv_export_writes_contacts_sibling_with_semicolons(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    done = run_hdesk("partners", "export", str(demo_file), str(out), "--semicolon")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith("\ufeffuuid;name;kind".encode())
    assert (tmp_path / "p.contacts.csv").read_bytes().startswith("\ufeffuuid;partner_uuid".encode())


def test_bad_rows_are_listed_and_nothing_changes(demo_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("name;influence;stage\nGood;3;engaged\nBad;7;engaged\nAlso bad;2;married\n", "utf-8")
    with Database(demo_file, readonly=True) as database:
        before = content_hash(database)
    done = run_hdesk("partners", "import", str(demo_file), str(source))
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert lines[0] == "hdesk: bad.csv: import refused, nothing was changed: 2 problem(s) on 2 row(s)"
    assert "  bad line 3, column influence: influence must be at most 5" in lines
    assert any(line.startswith("  bad line 4, column stage: stage must be one of: identified") for line in lines)
    assert "Traceback" not in done.stderr
    with Database(demo_file, readonly=True) as database:
        assert content_hash(database) == before


def test_user_mistakes_are_one_line_exit_2(demo_file: Path, tmp_path: Path) -> None:
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\x00\x01\x02garbage")
    fake = tmp_path / "x.xlsx"
    fake.write_text("not a workbook")
    cases = [
        (("partners", "import", str(demo_file), str(tmp_path / "missing.csv")), "does not exist"),
        (("partners", "import", str(demo_file), str(binary)), "not a text CSV file"),
        (("partners", "import", str(demo_file), str(fake)), "not an Excel .xlsx workbook"),
        (("partners", "import", str(demo_file), str(tmp_path / "a.ods")), "reads .xlsx and .csv"),
        (("partners", "export", str(demo_file), str(tmp_path / "out.pdf")), "ending in .xlsx or .csv"),
        (("partners", "export", str(tmp_path / "none.hdesk"), str(tmp_path / "o.csv")), "does not exist"),
        (("partners", "export", str(demo_file), str(tmp_path / "no" / "o.csv")), "does not exist"),
    ]
    for args, words in cases:
        done = run_hdesk(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert done.stderr.startswith("hdesk: ") and words in done.stderr, done.stderr


def test_help_documents_columns_and_contacts_file() -> None:
    done = run_hdesk("partners", "import", "--help")
    assert done.returncode == 0
    assert "partner_uuid" in done.stdout and "partners.contacts.csv" in done.stdout and "--dry-run" in done.stdout
