"""The icon files come from the one SVG: every size is the size its name says, and the .ico and .icns
containers hold what Windows and macOS look for."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.packaging import packaging_module

make_icons = packaging_module("make_icons")


@pytest.fixture(scope="module")
def icons(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    make_icons.make_icons(out)
    return out


def _image(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


@pytest.mark.parametrize("size", make_icons.HICOLOR_SIZES)
def test_hicolor_png_has_its_size_and_is_drawn(icons: Path, size: int) -> None:
    path = icons / "hicolor" / f"{size}x{size}" / "apps" / "io.github.coretime.Coretime.png"
    image = _image(path.read_bytes())
    assert (image.width(), image.height()) == (size, size)
    # The middle is the lit overlap: opaque, not the transparent canvas of a failed render.
    assert image.pixelColor(size // 2, size // 2).alpha() == 255
    assert image.pixelColor(0, 0).alpha() < 255, "rounded corners stay transparent"
    assert path.stat().st_size < 40_000


def test_scalable_icon_is_the_source_svg(icons: Path) -> None:
    copied = icons / "hicolor" / "scalable" / "apps" / "io.github.coretime.Coretime.svg"
    assert copied.read_bytes() == make_icons.SVG.read_bytes()


def test_ico_directory_points_at_pngs_of_the_stated_sizes(icons: Path) -> None:
    data = (icons / "coretime.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        image = _image(data[offset : offset + length])
        assert (image.width(), image.height()) == (width or 256, height or 256)
        sizes.append(image.width())
    assert sizes == sorted(make_icons.ICO_SIZES)


def test_icns_elements_are_pngs_of_their_type_size(icons: Path) -> None:
    data = (icons / "coretime.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    found = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4]
        length = struct.unpack_from(">I", data, position + 4)[0]
        found[kind] = _image(data[position + 8 : position + length]).width()
        position += length
    assert found == dict(make_icons.ICNS_TYPES)
