"""Typed preferences stored as JSON in the user data folder (QSettings keeps only geometry)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from hdesk import paths

LANGUAGES = ("en", "ru", "tk")


class Settings:
    """The preferences; a plain class (dataclasses costs a few ms of every start of the window)."""

    FIELDS = ("language", "recent_files", "last_file", "stale_partner_months")

    def __init__(
        self,
        language: str = "en",
        recent_files: list[str] | None = None,
        last_file: str = "",
        stale_partner_months: int = 6,
    ):
        self.language = language
        self.recent_files: list[str] = recent_files if recent_files is not None else []
        self.last_file = last_file
        self.stale_partner_months = stale_partner_months

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.FIELDS}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self.as_dict() == other.as_dict()

    def __repr__(self) -> str:
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in self.as_dict().items()) + ")"

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or paths.settings_file()
        try:
            raw = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        known = set(cls.FIELDS)
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        try:
            settings = cls(**values)
        except TypeError:
            return cls()
        if settings.language not in LANGUAGES:
            settings.language = "en"
        if not isinstance(settings.recent_files, list):
            settings.recent_files = []
        settings.recent_files = [f for f in settings.recent_files if isinstance(f, str)]
        return settings

    def save(self, path: Path | None = None) -> None:
        path = path or paths.settings_file()
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(self.as_dict(), ensure_ascii=False, indent=2), "utf-8")
        os.replace(tmp, path)

    def add_recent(self, file: str, limit: int = 8) -> None:
        self.recent_files = [file, *[f for f in self.recent_files if f != file][: limit - 1]]
