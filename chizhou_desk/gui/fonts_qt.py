"""Registering the CJK font with Qt; the app calls register_fonts() once after QApplication exists."""

from PySide6.QtGui import QFont, QFontDatabase

from chizhou_desk.fonts import SHIPPED_FAMILY, SYSTEM_FAMILIES, shipped_font


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
