"""Registering the CJK font with Qt; the app calls register_fonts() once after QApplication exists."""

import sys

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from chizhou_desk.fonts import SHIPPED_FAMILY, SYSTEM_FAMILIES, shipped_font, window_families


def register_fonts() -> list[str]:
    """Add the shipped font to Qt (idempotent) and return the CJK families to use, best first."""
    available = set(QFontDatabase.families())
    if SHIPPED_FAMILY not in available:
        path = shipped_font()
        if path is not None and QFontDatabase.addApplicationFont(str(path)) >= 0:
            available.add(SHIPPED_FAMILY)
    families = [SHIPPED_FAMILY] if SHIPPED_FAMILY in available else []
    return families + [f for f in SYSTEM_FAMILIES if f in available]


def cjk_font(point_size: float = 10) -> QFont:
    """A font that draws Chinese in print: the shipped subset, then system CJK fonts as fallback."""
    font = QFont()
    families = register_fonts()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    return font


def apply_window_font(app: QGuiApplication, platform: str = sys.platform) -> list[str] | None:
    """Windows: the window's text in 微软雅黑/宋体, the shipped font as the fallback (after
    register_fonts). Elsewhere the desktop's font stays. Returns the families set, if any."""
    families = window_families(set(QFontDatabase.families()), platform)
    if families:
        font = app.font()  # keeps the system's point size
        font.setFamilies(families)
        app.setFont(font)
    return families
