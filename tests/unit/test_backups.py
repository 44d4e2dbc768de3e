"""Automatic backups and restore (RELIABILITY.md 9, 10, 19)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from pathlib import Path

import pytest

from hdesk.services import backups as service
from hdesk.services.records import Records
from hdesk.store.backup import KEEP_RECENT, list_backups, make_backup, rotate
from hdesk.store.database import Database
from hdesk.store.errors import StoreError
from hdesk.store.snapshot import verify


def partner_names(path: Path) -> set[str]:
    with Database(path, readonly=True) as database:
        return {p["name"] for p in Records(database).list("partner")}


def test_daily_backup_is_taken_once_a_day(demo_records: Records, tmp_path: Path) -> None:
    database, folder = demo_records.database, tmp_path / "backups"
    first = service.backup_if_first_today(database, folder)
    assert first is not None and verify(first)["partner"] > 0
    assert service.backup_if_first_today(database, folder) is None
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert service.backup_if_first_today(database, folder, today=tomorrow) is not None
    assert [b.reason for b in list_backups(folder, database.path)] == ["daily", "daily"]


def test_no_daily_backup_of_an_empty_new_file(db: Database, tmp_path: Path) -> None:
    assert service.backup_if_first_today(db, tmp_path / "backups") is None


def test_backups_list_shows_reason_size_and_counts(demo_records: Records, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    make_backup(demo_records.database, folder, "manual")
    demo_records.create("partner", {"name": "Red Crescent Youth Forum", "kind": "ngo"})
    make_backup(demo_records.database, folder, "before-merge")
    newest, oldest = service.backups(demo_records.database.path, folder)
    assert (newest.reason, oldest.reason) == ("before-merge", "manual")
    assert newest.counts and oldest.counts
    assert newest.counts["partner"] == oldest.counts["partner"] + 1
    assert newest.size == newest.path.stat().st_size > 0


def test_restore_brings_back_the_backup_and_keeps_the_current_state(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    with Database(demo_file, backup_dir=folder) as database:
        records = Records(database)
        backup = make_backup(database, folder, "manual")
        records.create("partner", {"name": "Added after the backup", "kind": "media"})
        site_before = database.site_id
    kept = service.restore(backup, demo_file, folder)
    assert "Added after the backup" not in partner_names(demo_file)
    assert kept is not None and kept.name.endswith(".before-restore.hdesk")
    assert "Added after the backup" in partner_names(kept)  # nothing was lost
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{demo_file}{suffix}").exists()
    with Database(demo_file, backup_dir=folder) as database:
        assert database.integrity_check() == []
        assert database.site_id != site_before  # a restored copy never shares a site id
        Records(database).create("partner", {"name": "After the restore", "kind": "ngo"})
    assert "After the restore" in partner_names(demo_file)


def test_restore_keeps_committed_data_that_was_still_in_the_wal(demo_file: Path, tmp_path: Path) -> None:
    """A file left with a -wal by a crash: its last edits end up in the before-restore backup."""
    folder = tmp_path / "backups"
    crashed = tmp_path / "crashed.hdesk"
    with Database(demo_file, backup_dir=folder) as database:
        backup = make_backup(database, folder, "manual")
        Records(database).create("partner", {"name": "Only in the WAL", "kind": "ngo"})
        shutil.copyfile(demo_file, crashed)  # the state a power cut leaves: file + -wal
        shutil.copyfile(f"{demo_file}-wal", f"{crashed}-wal")
    kept = service.restore(backup, crashed, folder)
    assert kept is not None and "Only in the WAL" in partner_names(kept)
    assert "Only in the WAL" not in partner_names(crashed)


def test_restore_refuses_while_the_file_is_open(demo_records: Records, tmp_path: Path) -> None:
    database = demo_records.database
    backup = make_backup(database, tmp_path / "backups", "manual")
    demo_records.create("partner", {"name": "Still here", "kind": "ngo"})
    with pytest.raises(StoreError) as caught:
        service.restore(backup, database.path, tmp_path / "backups")
    assert caught.value.code == "locked"
    assert any(p["name"] == "Still here" for p in demo_records.list("partner"))


def test_a_damaged_backup_is_refused_and_nothing_changes(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    with Database(demo_file, backup_dir=folder) as database:
        backup = make_backup(database, folder, "manual")
    with backup.open("r+b") as handle:
        handle.truncate(backup.stat().st_size // 2)
    before = demo_file.read_bytes()
    with pytest.raises(StoreError) as caught:
        service.restore(backup, demo_file, folder)
    assert caught.value.code == "damaged"
    assert demo_file.read_bytes() == before
    assert [b.reason for b in list_backups(folder, demo_file)] == ["manual"]
    assert service.backups(demo_file, folder)[0].counts is None  # the list says it cannot be read


def test_restore_over_a_damaged_file_keeps_its_bytes_aside(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    with Database(demo_file, backup_dir=folder) as database:
        backup = make_backup(database, folder, "manual")
    with demo_file.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 4096 * 4)
    damaged = demo_file.read_bytes()
    assert service.newest_good_backup(demo_file, folder) == backup
    kept = service.restore(backup, demo_file, folder)
    assert kept is not None and kept.name.endswith(".damaged.hdesk-damaged")
    assert kept.read_bytes() == damaged
    with Database(demo_file) as database:
        assert database.integrity_check() == []
    assert all(b.reason != "damaged" for b in list_backups(folder, demo_file))  # not offered as a backup


def test_newest_good_backup_skips_a_damaged_one(demo_records: Records, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    good = make_backup(demo_records.database, folder, "daily")
    bad = make_backup(demo_records.database, folder, "before-merge")
    bad.write_bytes(bad.read_bytes()[:5000])
    assert service.newest_good_backup(demo_records.database.path, folder) == good


def test_retention_keeps_the_newest_and_one_per_month_for_a_year(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    today = dt.date(2025, 6, 30)
    names = []
    for days_ago in [*range(0, 30), 40, 45, 70, 100, 200, 300, 360, 400, 500]:
        taken = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(9, 0))
        name = f"office.{taken:%Y%m%d-%H%M%S-%f}.daily.hdesk"
        (folder / name).write_bytes(b"")
        names.append((days_ago, name))
    rotate(folder, today=today)
    left = {p.name for p in folder.iterdir()}
    newest = {name for days_ago, name in names if days_ago < KEEP_RECENT}
    assert newest <= left
    months = {name[7:13] for name in left}
    assert months == {"202407", "202409", "202412", "202503", "202504", "202505", "202506"}  # 400, 500 days: gone
    assert len(left) == KEEP_RECENT + 6  # the newest ten (June) plus the newest of each earlier month


def test_rotation_removes_parts_of_killed_backups(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    old_part = folder / ".office.20250101-000000-000000.daily.hdesk.part"
    fresh_part = folder / ".office.20250102-000000-000000.daily.hdesk.part"
    old_part.write_bytes(b"x")
    fresh_part.write_bytes(b"x")
    two_hours_ago = time.time() - 7200
    os.utime(old_part, (two_hours_ago, two_hours_ago))
    rotate(folder)
    assert not old_part.exists()
    assert fresh_part.exists()  # might be a backup being written right now
