"""Typed preferences stored as JSON in the user data folder (QSettings keeps only geometry)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from hdesk import paths

LANGUAGES = ("en", "ru", "tk")


@dataclass
class Settings:
    language: str = "en"
    recent_files: list[str] = field(default_factory=list)
    last_file: str = ""
    stale_partner_months: int = 6

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or paths.settings_file()
        try:
            raw = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        try:
            settings = cls(**values)
        except TypeError:
            return cls()
        if settings.language not in LANGUAGES:
            settings.language = "en"
        if not isinstance(settings.recent_files, list):
            settings.recent_files = []
        return settings

    def save(self, path: Path | None = None) -> None:
        path = path or paths.settings_file()
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), "utf-8")
        os.replace(tmp, path)

    def add_recent(self, file: str, limit: int = 8) -> None:
        self.recent_files = [file, *[f for f in self.recent_files if f != file][: limit - 1]]
