"""Where things live: the user data folder and the bundled resources.

Resources are found in the source tree, in an installed wheel (hdesk/_resources, mapped at build
time) and in a PyInstaller bundle (sys._MEIPASS/resources).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "hdesk"
_data_dir_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """Use `path` instead of the platform's user data folder (--data-dir, tests)."""
    global _data_dir_override
    _data_dir_override = Path(path) if path else None


def data_dir() -> Path:
    """The user data folder (settings, backups, default database), created on demand."""
    base = _data_dir_override or (Path(os.environ["HDESK_DATA_DIR"]) if os.environ.get("HDESK_DATA_DIR") else None)
    if base is None:
        import platformdirs  # only for the default folder (not with --data-dir / HDESK_DATA_DIR)

        base = Path(platformdirs.user_data_dir(APP, appauthor=False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "office.hdesk"


def demo_database(lang: str = "en") -> Path:
    return data_dir() / (f"demo-{lang}.hdesk" if lang != "en" else "demo.hdesk")


def settings_file() -> Path:
    return data_dir() / "settings.json"


def resources_dir() -> Path:
    """The folder holding fonts/, icons/, translations/, help/."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "_resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("hdesk resources are missing; reinstall hdesk")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
