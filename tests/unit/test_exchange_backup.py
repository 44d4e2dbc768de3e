"""The backup before an import is written beside the checks: published before the first write,
holding the state before the merge, and gone when the file is refused (RELIABILITY.md 9, 10)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hdesk.services.exchange.export import export_file
from hdesk.services.exchange.incoming import ImportRefused
from hdesk.services.exchange.merge import import_file
from hdesk.services.records import Records
from hdesk.store import backup as backup_module
from hdesk.store.backup import PendingBackup, list_backups, make_backup
from hdesk.store.database import Database
from hdesk.store.errors import StoreError
from hdesk.store.snapshot import verify


@pytest.fixture
def pair(tmp_path: Path):
    there = Records(Database(tmp_path / "there.hdesk", create=True))
    there.create("partner", {"name": "UNICEF"})
    here = Records(Database(tmp_path / "here.hdesk", create=True))
    here.create("partner", {"name": "WFP"})
    yield here, there
    here.database.close()
    there.database.close()


def _names(path: Path) -> list[str]:
    with Database(path, readonly=True) as database:
        return sorted(p["name"] for p in Records(database).list("partner"))


def test_the_backup_holds_the_state_before_the_merge_and_no_part_is_left(pair, tmp_path: Path) -> None:
    here, there = pair
    export_file(there.database, tmp_path / "x.hdesk")
    summary = import_file(here, tmp_path / "x.hdesk", backup_dir=tmp_path / "b")
    assert summary.backup is not None and _names(summary.backup) == ["WFP"]
    assert sorted(p["name"] for p in here.list("partner")) == ["UNICEF", "WFP"]
    folder = summary.backup.parent
    assert [p.name for p in folder.iterdir()] == [summary.backup.name]  # no temporary file left


def test_a_refused_file_leaves_no_backup_and_keeps_every_older_one(pair, tmp_path: Path) -> None:
    here, there = pair
    older = [make_backup(here.database, tmp_path / "b", "manual") for _ in range(10)]
    out = tmp_path / "x.hdesk"
    export_file(there.database, out)
    conn = sqlite3.connect(out)
    conn.execute("UPDATE field_value SET value = '\"\"' WHERE field = 'name'")  # a required name, emptied
    conn.commit()
    conn.close()
    with pytest.raises(ImportRefused):
        import_file(here, out, backup_dir=tmp_path / "b")
    kept = list_backups(tmp_path / "b", here.database.path)
    assert sorted(b.path for b in kept) == sorted(older)
    assert not list((tmp_path / "b" / "here").glob(".*"))


def test_a_dry_run_takes_no_backup(pair, tmp_path: Path) -> None:
    here, there = pair
    export_file(there.database, tmp_path / "x.hdesk")
    summary = import_file(here, tmp_path / "x.hdesk", dry_run=True, backup_dir=tmp_path / "b")
    assert summary.dry_run and summary.totals["created"] == 1
    assert list_backups(tmp_path / "b", here.database.path) == []


def test_a_pending_backup_is_verified_and_published_only_on_keep(pair, tmp_path: Path) -> None:
    here, _ = pair
    pending = PendingBackup(here.database, tmp_path / "b", "before-import")
    path = pending.keep()
    assert path.name.endswith(".before-import.hdesk") and verify(path)["partner"] == 1
    dropped = PendingBackup(here.database, tmp_path / "b", "before-import")
    dropped.discard()
    assert not dropped.target.exists() and not dropped.part.exists()


def test_a_backup_that_fails_its_check_stops_the_import_before_any_write(
    pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here, there = pair
    export_file(there.database, tmp_path / "x.hdesk")

    def damaged(path: Path) -> dict[str, int]:
        raise StoreError("damaged", f"The copy {path.name} failed its integrity check.")

    monkeypatch.setattr(backup_module, "verify", damaged)
    before = here.database.path.read_bytes()
    with pytest.raises(StoreError, match="failed its integrity check"):
        import_file(here, tmp_path / "x.hdesk", backup_dir=tmp_path / "b")
    assert here.database.path.read_bytes() == before
    assert [p["name"] for p in here.list("partner")] == ["WFP"]
    assert list((tmp_path / "b" / "here").iterdir()) == []
