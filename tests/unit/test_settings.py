"""Preferences survive a restart; a damaged or foreign settings file falls back to defaults, never a crash."""

from __future__ import annotations

from pathlib import Path

from hdesk.settings import Settings


def test_preferences_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(language="tk", stale_partner_months=3)
    settings.add_recent("/office/plan 2025.hdesk")
    settings.add_recent("/office/Ашхабад.hdesk")
    settings.save(path)
    again = Settings.load(path)
    assert again == settings
    assert again.recent_files == ["/office/Ашхабад.hdesk", "/office/plan 2025.hdesk"]
    assert again.language == "tk" and again.stale_partner_months == 3


def test_a_damaged_or_foreign_file_gives_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for text in ("{not json", '["a", "list"]', '{"language": "xx", "recent_files": "oops"}', '{"colour": "red"}'):
        path.write_text(text, "utf-8")
        loaded = Settings.load(path)
        assert loaded.language == "en" and loaded.recent_files == []
    path.write_text('{"language": "ru", "colour": "red"}', "utf-8")
    assert Settings.load(path) == Settings(language="ru")


def test_recent_files_keep_the_newest_eight_without_repeats() -> None:
    settings = Settings()
    for i in range(12):
        settings.add_recent(f"/f{i % 10}.hdesk")
    assert len(settings.recent_files) == 8 and len(set(settings.recent_files)) == 8
    assert settings.recent_files[0] == "/f1.hdesk"
