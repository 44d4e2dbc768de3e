"""`hdesk backups list|now|restore` as an IT person would use them."""

from __future__ import annotations

from pathlib import Path

from hdesk.services.records import Records
from hdesk.store.database import Database
from tests.conftest import run_hdesk


def partner_count(path: Path) -> int:
    with Database(path, readonly=True) as database:
        return len(Records(database).list("partner"))


def test_list_take_and_restore(tmp_path: Path, data_dir: Path) -> None:
    office = tmp_path / "office.hdesk"
    assert run_hdesk("init", str(office), "--demo").returncode == 0
    empty = run_hdesk("backups", "list", str(office))
    assert empty.returncode == 0 and "No backups of office.hdesk yet" in empty.stdout

    taken = run_hdesk("backups", "now", str(office))
    assert taken.returncode == 0, taken.stderr
    assert (data_dir / "backups" / "office").is_dir()
    before = partner_count(office)
    with Database(office) as database:
        Records(database).create("partner", {"name": "Added after the backup", "kind": "media"})

    listing = run_hdesk("backups", "list", str(office))
    assert listing.returncode == 0
    line = listing.stdout.strip().splitlines()[0]
    assert line.split()[0] == "1" and "manual" in line and f"{before} partners" in line and "KB" in line

    restored = run_hdesk("backups", "restore", str(office), "1")
    assert restored.returncode == 0, restored.stderr
    assert "restored office.hdesk" in restored.stdout and "before-restore" in restored.stdout
    assert partner_count(office) == before
    assert run_hdesk("check", str(office)).returncode == 0

    reasons = [line.split()[3] for line in run_hdesk("backups", "list", str(office)).stdout.splitlines()]
    assert reasons == ["before-restore", "manual"]
    undo = run_hdesk("backups", "restore", str(office), "1")  # the restore itself can be undone
    assert undo.returncode == 0
    assert partner_count(office) == before + 1


def test_mistakes_get_one_line_and_exit_2(tmp_path: Path) -> None:
    office = tmp_path / "office.hdesk"
    assert run_hdesk("init", str(office)).returncode == 0
    for args in (
        ("backups", "list", str(tmp_path / "missing.hdesk")),
        ("backups", "restore", str(office), "7"),
        ("backups", "restore", str(office), "no-such-backup.hdesk"),
    ):
        result = run_hdesk(*args)
        assert result.returncode == 2, args
        assert result.stderr.startswith("hdesk: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(tmp_path: Path) -> None:
    office = tmp_path / "office.hdesk"
    assert run_hdesk("init", str(office), "--demo").returncode == 0
    junk = tmp_path / "junk.hdesk"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = office.read_bytes()
    result = run_hdesk("backups", "restore", str(office), str(junk))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert office.read_bytes() == before
