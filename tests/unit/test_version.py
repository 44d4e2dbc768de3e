"""The version is stamped once (pyproject.toml) and every place that shows it agrees."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import hdesk
from tests.conftest import run_hdesk

ROOT = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def test_package_version_is_the_pyproject_version() -> None:
    assert hdesk.__version__ == pyproject_version()


def test_installed_metadata_matches_pyproject() -> None:
    """A bundle and a wheel read the installed metadata: a stale install would print an old version."""
    assert metadata.version("hdesk") == pyproject_version(), "reinstall hdesk (pip install -e .) after a version bump"


def test_version_option_prints_the_pyproject_version() -> None:
    result = run_hdesk("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"hdesk {pyproject_version()}"


def test_version_is_not_a_placeholder() -> None:
    parts = hdesk.__version__.split(".")
    assert len(parts) >= 2 and all(p.isdigit() for p in parts[:2]), hdesk.__version__
