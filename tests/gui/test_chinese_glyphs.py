"""Chinese in the window draws with a real font (not boxes), on a machine with or without one."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QImage, QRawFont

from chizhou_desk.gui.fonts_qt import register_fonts


def _texts(window) -> str:
    model = window.ui.taskTable.model()
    texts = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    texts += [model.index(r, c).data() or "" for r in range(5) for c in range(model.columnCount())]
    texts += [window.ui.menubar.actions()[i].text() for i in range(4)]
    return "".join(texts)


def test_every_character_in_the_window_has_a_glyph(window):
    register_fonts()
    raw = QRawFont.fromFont(window.ui.taskTable.font(), QFontDatabase.WritingSystem.SimplifiedChinese)
    assert raw.isValid(), "no font for Simplified Chinese"
    chinese = {ch for ch in _texts(window) if "\u4e00" <= ch <= "\u9fff"}
    assert len(chinese) > 50
    missing = [ch for ch in chinese if not raw.supportsCharacter(ord(ch))]
    assert not missing, missing


def test_grabbed_window_shows_text_pixels(window):
    """A grab of the table: the header row holds dark text pixels, as glyphs (not empty boxes) do."""
    image = window.ui.taskTable.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    header = window.ui.taskTable.horizontalHeader()
    dark = sum(1 for x in range(0, image.width(), 2) for y in range(2, header.height() - 2)
               if image.pixelColor(x, y).value() < 100)
    assert dark > 200
