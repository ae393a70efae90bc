"""The icon set of resources/icons: PNG sizes, a Windows .ico and a macOS .icns, all from the SVG."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_sizes(size: int) -> None:
    assert _png_size((ICONS / f"annotator-{size}.png").read_bytes()) == (size, size)


def test_ico_holds_png_entries_16_to_256() -> None:
    data = (ICONS / "annotator.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        png = data[offset:offset + length]
        assert _png_size(png) == ((w or 256), (h or 256))
        assert (planes, bits) == (1, 32)
        sizes.append(w or 256)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_png_elements_16_to_1024() -> None:
    data = (ICONS / "annotator.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        found[kind] = _png_size(data[pos + 8:pos + length])[0]
        pos += length
    assert pos == len(data)
    assert found == {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
                     b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}


def test_writers_round_trip() -> None:
    """The writers in packaging/make_icons.py, on PNGs of known sizes."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_icons", ICONS.parents[1] / "packaging" / "make_icons.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    pngs = {s: (ICONS / f"annotator-{s}.png").read_bytes() for s in (16, 32, 256)}
    ico = mod.ico_bytes(pngs)
    assert struct.unpack("<H", ico[4:6])[0] == 3 and ico.endswith(pngs[256])
