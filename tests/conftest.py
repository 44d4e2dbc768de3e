"""Shared fixtures: a temporary user data folder and databases. No autouse Qt fixture."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hdesk import paths
from hdesk.services.demo import fill_demo
from hdesk.services.records import Records
from hdesk.store.database import Database


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own user data folder; nothing touches the real one."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("HDESK_DATA_DIR", str(folder))
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "office.hdesk", create=True, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def records(db: Database) -> Records:
    return Records(db)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database made once per session; copy it with `demo_file`."""
    path = tmp_path_factory.mktemp("template") / "demo.hdesk"
    with Database(path, create=True) as database:
        fill_demo(Records(database))
        database.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.hdesk"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_records(demo_file: Path, tmp_path: Path) -> Iterator[Records]:
    database = Database(demo_file, backup_dir=tmp_path / "backups")
    yield Records(database)
    database.close()


def run_hdesk(*args: str, cwd: Path | None = None, input: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real `hdesk` command (as `python -m hdesk`) and capture its output."""
    env = dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "hdesk", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        input=input,
        timeout=300,
    )
