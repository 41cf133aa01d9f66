"""The window's font on Windows (gui/fonts_qt.apply_window_font), on this machine's real Qt font database."""

from chizhou_desk.fonts import SHIPPED_FAMILY


def test_windows_font_falls_back_to_the_shipped_font(qapp):
    from chizhou_desk.gui.fonts_qt import apply_window_font, register_fonts

    register_fonts()
    before = qapp.font()
    try:
        assert apply_window_font(qapp, "linux") is None and qapp.font() == before
        families = apply_window_font(qapp, "win32")  # no 微软雅黑/宋体 here: the shipped font
        assert families == [SHIPPED_FAMILY]
        assert qapp.font().families() == [SHIPPED_FAMILY]
        assert qapp.font().pointSizeF() == before.pointSizeF()
    finally:
        qapp.setFont(before)
