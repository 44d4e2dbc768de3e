"""One writer per file (RELIABILITY.md 6): a second hdesk process never writes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from hdesk.services.records import Records
from hdesk.store import lock
from hdesk.store.database import Database
from hdesk.store.errors import StoreError

HOLDER = textwrap.dedent(
    """
    import sys
    from hdesk.store.database import Database
    db = Database(sys.argv[1])
    print("locked_out" if db.locked_out else "writer", flush=True)
    sys.stdin.read()  # hold the file open until the test closes our stdin
    db.close()
    """
)


@contextmanager
def holder(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another hdesk process with `path` open for writing until its stdin closes."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "writer"
        try:
            yield child
        finally:
            if child.poll() is None:
                child.stdin.close()
                child.wait(timeout=30)


@pytest.fixture
def other_window(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "office.hdesk"
    with Database(path, create=True) as database:
        Records(database).create("department", {"name": "Legal"})
    with holder(path):
        yield path


def test_second_process_opens_read_only_and_cannot_write(other_window: Path) -> None:
    database = Database(other_window)
    try:
        assert database.locked_out and database.readonly
        records = Records(database)
        assert [d["name"] for d in records.list("department")] == ["Legal"]  # reading works
        with pytest.raises(StoreError) as caught:
            records.create("department", {"name": "Finance"})
        assert caught.value.code == "locked"
        assert "another hdesk window" in str(caught.value)
    finally:
        database.close()
    assert lock.locked_elsewhere(other_window)


def test_lock_is_released_when_the_other_window_closes(tmp_path: Path) -> None:
    path = tmp_path / "office.hdesk"
    Database(path, create=True).close()
    with holder(path):
        assert lock.locked_elsewhere(path)
    with Database(path) as database:
        assert not database.locked_out
        Records(database).create("department", {"name": "Finance"})


def test_killed_writer_leaves_no_stale_lock(tmp_path: Path) -> None:
    path = tmp_path / "office.hdesk"
    Database(path, create=True).close()
    with holder(path) as child:
        child.kill()
        child.wait(timeout=30)
    with Database(path) as database:
        assert not database.locked_out


def test_same_process_shares_the_lock_so_worker_threads_can_write(tmp_path: Path) -> None:
    path = tmp_path / "office.hdesk"
    window = Database(path, create=True)
    worker = Database(path)  # a background task opens its own Database on the same file
    try:
        assert not worker.locked_out
        Records(worker).create("department", {"name": "Youth"})
        assert lock.holders(path) == 2
    finally:
        worker.close()
        worker.close()  # closing twice must not release the window's share
        assert lock.holders(path) == 1
        window.close()
    assert lock.holders(path) == 0
    assert not lock.locked_elsewhere(path)


def test_read_only_open_takes_no_lock(tmp_path: Path) -> None:
    path = tmp_path / "office.hdesk"
    Database(path, create=True).close()
    with Database(path, readonly=True):
        assert lock.holders(path) == 0
    with Database(path, lock=False):
        assert lock.holders(path) == 0


def test_second_window_cannot_create_the_same_new_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "_try_lock", lambda fd: False)  # as if another process held it
    with pytest.raises(StoreError) as caught:
        Database(tmp_path / "new.hdesk", create=True)
    assert caught.value.code == "locked"
    assert not (tmp_path / "new.hdesk").exists()
