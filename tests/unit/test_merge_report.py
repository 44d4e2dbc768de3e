"""The printable report of an import: counts, every change, and conflicts with both values."""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path

from pypdf import PdfReader

from hdesk.services.exchange.export import export_file
from hdesk.services.exchange.merge import import_file
from hdesk.services.merge_report import last_history_id, write_merge_report
from hdesk.services.queries import set_office
from hdesk.services.records import Records
from hdesk.store.database import Database
from tests.conftest import run_hdesk


def _office(path: Path, name: str) -> Records:
    records = Records(Database(path, create=True))
    set_office(records, society="Red Crescent Society of Kyrgyzstan", office_name=name)
    return records


def _carry(src: Records, tmp: Path) -> Path:
    out = tmp / f"carry-{uuidlib.uuid4().hex[:6]}.hdesk"
    export_file(src.database, out)
    return out


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())


def test_report_lists_counts_changes_and_conflicts(tmp_path: Path):
    head = _office(tmp_path / "head.hdesk", "Head office, Bishkek")
    branch = _office(tmp_path / "branch.hdesk", "Osh branch")
    partner = head.create("partner", {"name": "Мэрия города Ош", "kind": "local_authority"})
    import_file(branch, _carry(head, tmp_path), backup_dir=tmp_path / "b")
    head.update("partner", partner, {"stage": "engaged", "notes": "Agreed to co-host the heat campaign"})
    branch.update("partner", partner, {"stage": "contacted"})
    head.create("department", {"name": "<b>Youth</b> & Volunteers"})
    carried = _carry(head, tmp_path)
    before = last_history_id(branch)
    summary = import_file(branch, carried, backup_dir=tmp_path / "b")
    report = write_merge_report(branch, summary, tmp_path / "report.pdf", before)
    text = _text(report)
    assert "Import from another office" in text
    assert "From: Red Crescent Society of Kyrgyzstan / Head office, Bishkek" in text
    assert "Conflicts waiting for a choice" in text
    assert "Мэрия города Ош" in text
    assert "engaged" in text and "contacted" in text  # both values of the conflicting stage
    assert "Agreed to co-host the heat campaign" in text  # a change that merged silently
    assert "<b>Youth</b> & Volunteers created" in text  # markup printed literally; a new record says so
    assert not list(tmp_path.glob(".*.part"))
    for records in (head, branch):
        records.database.close()


def test_cli_writes_the_report_beside_the_summary(tmp_path: Path):
    a, b = tmp_path / "a.hdesk", tmp_path / "b.hdesk"
    assert run_hdesk("init", str(a), "--demo").returncode == 0
    assert run_hdesk("init", str(b)).returncode == 0
    carried = tmp_path / "carry.hdesk"
    assert run_hdesk("exchange", "export", str(a), str(carried)).returncode == 0
    report = tmp_path / "merge report.pdf"
    result = run_hdesk("exchange", "import", str(b), str(carried), "--report", str(report))
    assert result.returncode == 0, result.stderr
    text = _text(report)
    assert "What changed" in text and "Changes brought by this import" in text
    assert "Humanitarian Diplomacy and Relations" in text


def test_cli_report_into_a_missing_folder_is_one_line_and_changes_nothing(tmp_path: Path):
    a, b = tmp_path / "a.hdesk", tmp_path / "b.hdesk"
    assert run_hdesk("init", str(a), "--demo").returncode == 0
    assert run_hdesk("init", str(b)).returncode == 0
    carried = tmp_path / "carry.hdesk"
    assert run_hdesk("exchange", "export", str(a), str(carried)).returncode == 0
    result = run_hdesk("exchange", "import", str(b), str(carried), "--report", str(tmp_path / "no" / "r.pdf"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    with Database(b, readonly=True) as database:
        assert Records(database).list("partner") == []
