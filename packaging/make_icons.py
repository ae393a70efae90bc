"""Render the icon set of ``resources/icons/`` from ``annotator.svg``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Writes ``annotator-<N>.png`` (the sizes freedesktop icon themes and PyInstaller use),
``annotator.ico`` (Windows: PNG-compressed entries, 16-256 px) and ``annotator.icns``
(macOS: PNG entries, 16-1024 px). The results are committed, so that a build needs no
renderer; run this again after changing the SVG. Both container formats are written by
hand here (they are a header and a table of PNGs), so no imaging library is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: icns element types holding PNG data, and the pixel size of each
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding the given PNGs (size -> PNG data); Windows Vista and later read PNG entries."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    out: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        out[size] = bytes(data.data())
    del app
    return out


def main() -> int:
    svg = ICONS / "annotator.svg"
    pngs = render(svg, set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    for size in PNG_SIZES:
        (ICONS / f"annotator-{size}.png").write_bytes(pngs[size])
    (ICONS / "annotator.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "annotator.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, annotator.ico and annotator.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
