"""RELIABILITY.md 4 for large files: quick_check runs beside the open, and no write gets ahead of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from hdesk.services.records import Records
from hdesk.store import database as database_module
from hdesk.store.database import Database
from hdesk.store.errors import StoreError
from tests.unit.test_reliability import corrupt


@pytest.fixture
def every_file_is_large(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo is a few hundred KB; treat it as a large file so the check goes to the background."""
    monkeypatch.setattr(database_module, "CHECK_NOW_BYTES", 0)


@pytest.fixture
def settled(demo_file: Path) -> Path:
    """A file already opened here once (a copied file gets a new site id first, after a full check)."""
    Database(demo_file).close()
    return demo_file


def test_a_sound_large_file_opens_before_its_check_and_takes_edits(settled: Path, every_file_is_large: None) -> None:
    with Database(settled, check_later=True) as database:
        assert database.pending_check is not None  # the open did not wait for quick_check
        uuid = Records(database).create("partner", {"name": "Ministry of Health", "kind": "government"})
        assert database.wait_for_check() == []
        assert Records(database).get("partner", uuid)["name"] == "Ministry of Health"
        assert not database.readonly


def test_a_damaged_large_file_takes_no_write_and_becomes_read_only(settled: Path, every_file_is_large: None) -> None:
    demo_file = settled
    corrupt(demo_file, range(3, 9))
    before = demo_file.read_bytes()
    try:
        database = Database(demo_file, check_later=True)
    except StoreError as refused:  # the damage may already show while reading the header pages
        assert refused.code == "damaged"
        assert demo_file.read_bytes() == before
        return
    try:
        with pytest.raises(StoreError) as caught:
            Records(database).create("partner", {"name": "Ministry of Health", "kind": "government"})
        assert caught.value.code == "damaged"
        assert database.readonly
        assert database.check_problems
    finally:
        database.close()
    assert demo_file.read_bytes() == before


def test_small_files_are_still_checked_before_the_open_returns(demo_file: Path) -> None:
    corrupt(demo_file, range(3, 9))
    with pytest.raises(StoreError) as caught:
        Database(demo_file, check_later=True)
    assert caught.value.code == "damaged"


def test_a_copied_large_file_is_checked_before_it_gets_its_new_site_id(
    demo_file: Path, every_file_is_large: None
) -> None:
    with Database(demo_file, check_later=True) as database:
        assert database.pending_check is None


def test_closing_during_the_check_ends_its_thread(settled: Path, every_file_is_large: None) -> None:
    database = Database(settled, check_later=True)
    check = database.pending_check
    database.close()
    assert check is not None and check.done
