"""Finding a font that draws Chinese, for charts (matplotlib) and printed sheets (Qt). No Qt here.

The app ships resources/fonts/CZDSansSC-Regular.otf, a 1.6 MB OFL subset of Noto Sans CJK SC
(GB2312 + the sample's text), and prefers it: output looks the same on every PC, a fresh machine
without Chinese fonts still renders Chinese, and PDFs made with it give back real characters on
copy/pdftotext (Qt writes Kangxi radicals such as ⽣ for the full Noto CJK font). System fonts
follow as fallbacks for rare characters outside GB2312.
"""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from chizhou_desk.resources import resource_path

SHIPPED_FONT = ("fonts", "CZDSansSC-Regular.otf")
SHIPPED_FAMILY = "CZD Sans SC"

# Family names of common system CJK fonts, best first (Windows, Linux desktops incl. UOS/Kylin, macOS).
SYSTEM_FAMILIES = (
    "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "PingFang SC", "Heiti SC",
    "Noto Sans CJK JP", "SimSun", "Droid Sans Fallback",
)

_WIN_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
SYSTEM_PATHS = (
    _WIN_FONTS / "msyh.ttc", _WIN_FONTS / "msyh.ttf", _WIN_FONTS / "simhei.ttf", _WIN_FONTS / "simsun.ttc",
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansSC-Regular.otf"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
    Path("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/System/Library/Fonts/PingFang.ttc"), Path("/System/Library/Fonts/STHeiti Medium.ttc"),
)


# The window's font on Windows: 微软雅黑 (its UI variant first) and 宋体 are on every Windows
# 10/11, Chinese or not; the shipped subset comes after them for a PC that lacks both.
WINDOWS_UI_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "SimSun")


def window_families(available: set[str], platform: str = sys.platform) -> list[str] | None:
    """The families for the window's font, best first, or None to keep the desktop's own font
    (Linux, macOS: the shipped font is registered and serves as Qt's fallback for Chinese)."""
    if platform != "win32":
        return None
    families = [f for f in WINDOWS_UI_FAMILIES if f in available]
    return families + ([SHIPPED_FAMILY] if SHIPPED_FAMILY in available else [])


@dataclass(frozen=True)
class FontFile:
    path: Path
    shipped: bool


def shipped_font() -> Path | None:
    path = resource_path(*SHIPPED_FONT)
    return path if path.is_file() else None


def cjk_font_files() -> list[FontFile]:
    """Font files that hold Chinese glyphs, the shipped subset first, then the system's."""
    out = []
    shipped = shipped_font()
    if shipped:
        out.append(FontFile(shipped, True))
    out += [FontFile(p, False) for p in SYSTEM_PATHS if p.is_file()]  # other systems' paths do not exist
    return out


# --- matplotlib -------------------------------------------------------------------------------

def matplotlib_families() -> list[str]:
    """Register the CJK fonts with matplotlib and return the font.family list to use.

    Idempotent and cheap after the first call; matplotlib's own font list is global anyway.
    """
    from matplotlib import font_manager

    fm = font_manager.fontManager
    known = {f.name for f in fm.ttflist}
    for f in cjk_font_files():
        if f.shipped and SHIPPED_FAMILY not in known:
            fm.addfont(str(f.path))
            known.add(SHIPPED_FAMILY)
        elif not f.shipped and f.path.suffix.lower() != ".ttc" and \
                font_manager.FontProperties(fname=str(f.path)).get_name() not in known:
            fm.addfont(str(f.path))  # a system font matplotlib's cache did not scan
            known = {x.name for x in fm.ttflist}
    families = [SHIPPED_FAMILY] if SHIPPED_FAMILY in known else []
    families += [name for name in SYSTEM_FAMILIES if name in known]
    return families + ["DejaVu Sans"]


def apply_matplotlib_fonts() -> list[str]:
    """Make every new matplotlib text use the CJK families (with fallback across the list)."""
    import matplotlib

    families = matplotlib_families()
    matplotlib.rcParams["font.family"] = families
    matplotlib.rcParams["axes.unicode_minus"] = False  # U+2212 is not in every CJK font
    return families
