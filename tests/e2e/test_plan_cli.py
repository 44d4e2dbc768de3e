"""`hdesk plan new-year`: a summary and exit 0, or one line and exit 2."""

from __future__ import annotations

from pathlib import Path

from hdesk.services import queries
from hdesk.services.records import Records
from hdesk.store.database import Database
from tests.conftest import run_hdesk


def test_new_year_dry_run_then_run_then_refuse(demo_file: Path, data_dir: Path) -> None:
    dry = run_hdesk("plan", "new-year", str(demo_file), "--from", "2024", "--dry-run", "--data-dir", str(data_dir))
    assert dry.returncode == 0, dry.stderr
    assert "moves: 12 objectives" in dry.stdout and "stays: 1 objective" in dry.stdout
    assert "2.3 Join the platform" in dry.stdout.split("stays:")[1]
    assert "dry run: nothing was changed" in dry.stdout
    with Database(demo_file, readonly=True) as db:
        assert queries.plan_for_year(Records(db), 2025) is None

    done = run_hdesk("plan", "new-year", str(demo_file), "--from", "2024", "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    assert "created plan 2025 (draft) with 12 objectives" in done.stdout
    assert list((data_dir / "backups").rglob("*before-rollover.hdesk"))
    with Database(demo_file, readonly=True) as db:
        assert len(queries.objectives(Records(db), queries.plan_for_year(Records(db), 2025)["uuid"])) == 12  # type: ignore[index]

    again = run_hdesk("plan", "new-year", str(demo_file), "--from", "2024", "--to", "2025")
    assert again.returncode == 2
    assert again.stderr.strip() == "hdesk: A plan for 2025 exists already; nothing was changed."


def test_new_year_errors_are_one_line(tmp_path: Path, demo_file: Path) -> None:
    missing = run_hdesk("plan", "new-year", str(tmp_path / "nope.hdesk"), "--from", "2024")
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
    no_source = run_hdesk("plan", "new-year", str(demo_file), "--from", "2019")
    assert no_source.returncode == 2
    assert no_source.stderr.strip() == "hdesk: There is no plan for 2019 to start from."
