"""`hdesk`, `hdesk FILE` and `hdesk --demo …` reach the window with the same arguments, parsed or not."""

from __future__ import annotations

import argparse

import pytest

from hdesk import app, cli


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[argparse.Namespace]:
    seen: list[argparse.Namespace] = []
    monkeypatch.setattr(app, "run_gui", lambda args: seen.append(args) or 0)
    return seen


@pytest.mark.parametrize(
    ("argv", "file", "demo"),
    [([], None, False), (["plan 2025.hdesk"], "plan 2025.hdesk", False), (["--demo"], None, True)],
)
def test_the_window_gets_the_file_and_flags(started, argv: list[str], file: str | None, demo: bool) -> None:
    assert cli.main(argv) == 0
    (args,) = started
    assert (args.file, args.demo, args.self_test, args.lang, args.data_dir) == (file, demo, False, None, None)


def test_a_file_named_like_a_word_still_opens_in_the_window(started) -> None:
    assert cli.main(["notes"]) == 0
    assert started[0].file == "notes"
