"""Bundled resources: found from the source tree, a wheel and a PyInstaller bundle; fonts, licence, icons."""

from __future__ import annotations

import struct
import sys
import tomllib
from pathlib import Path

import pytest

from hdesk import paths

ROOT = Path(__file__).resolve().parents[2]


def test_resources_are_found_in_the_source_tree() -> None:
    assert paths.resources_dir().resolve() == (ROOT / "resources").resolve()
    assert paths.resource("fonts", "DejaVuSans.ttf").is_file()


@pytest.mark.parametrize("name", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"])
def test_fonts_are_real_truetype_files(name: str) -> None:
    data = paths.resource("fonts", name).read_bytes()
    assert data[:4] == b"\x00\x01\x00\x00", "not a TrueType font (a Git LFS pointer?)"
    assert len(data) > 500_000  # the full fonts with Cyrillic, not a subset


def test_font_licence_ships_with_the_fonts() -> None:
    text = paths.resource("fonts", "LICENSE-DejaVu.txt").read_text("utf-8")
    assert "Bitstream" in text and "DejaVu" in text


def test_icon_licence_says_original_work() -> None:
    text = paths.resource("icons", "LICENSE.txt").read_text("utf-8").lower()
    assert "original work" in text


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("name", ["hdesk", "hdesk-file"])
def test_icons_exist_in_every_size(name: str) -> None:
    assert paths.resource("icons", f"{name}.svg").read_text("utf-8").lstrip().startswith("<?xml")
    assert png_size(paths.resource("icons", f"{name}.png")) == (256, 256)
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert png_size(paths.resource("icons", f"{name}-{size}.png")) == (size, size)


@pytest.mark.parametrize("name", ["hdesk", "hdesk-file"])
def test_windows_icons_hold_small_and_large_images(name: str) -> None:
    data = paths.resource("icons", f"{name}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        assert offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def test_wheel_maps_resources_into_the_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]["resources"] == "hdesk/_resources"


def test_bundle_resources_win_when_frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a PyInstaller bundle the resources come from sys._MEIPASS/resources, not a stray source tree."""
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_missing_resources_give_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(paths, "__file__", str(tmp_path / "hdesk" / "paths.py"))
    with pytest.raises(FileNotFoundError, match="reinstall"):
        paths.resources_dir()
