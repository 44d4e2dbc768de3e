"""Render resources/icons/*.svg into the PNG and multi-size ICO files the bundle and installer use.

Run after editing an SVG:  python packaging/make_icons.py
The PNG/ICO outputs are committed, so building hdesk never needs this script (nor QtSvg).
ICO entries below 256 px are classic 32-bit DIBs (every Windows shell and Inno Setup reads them);
the 256 px entry is PNG-compressed, as Windows expects.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA bottom-up DIB with an all-opaque AND mask (alpha carries transparency)."""
    size = image.width()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # little-endian memory order: B, G, R, A
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size - 1, -1, -1)]
    mask_row = ((size + 31) // 32) * 4
    return header + b"".join(rows) + bytes(mask_row * size)


def write_ico(svg: Path, target: Path) -> None:
    entries = []
    for size in ICO_SIZES:
        image = render(svg, size)
        entries.append((size, png_bytes(image) if size >= 256 else dib_bytes(image)))
    offset = 6 + 16 * len(entries)
    out = [struct.pack("<HHH", 0, 1, len(entries))]
    for size, data in entries:
        dim = 0 if size >= 256 else size
        out.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    out += [data for _size, data in entries]
    target.write_bytes(b"".join(out))


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name in ("hdesk", "hdesk-file"):
        svg = ICONS / f"{name}.svg"
        for size in PNG_SIZES:
            if not render(svg, size).save(str(ICONS / f"{name}-{size}.png")):
                raise SystemExit(f"cannot write {name}-{size}.png")
        render(svg, 256).save(str(ICONS / f"{name}.png"))
        write_ico(svg, ICONS / f"{name}.ico")
        print(f"wrote {name}.png, {name}-<size>.png and {name}.ico in {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
