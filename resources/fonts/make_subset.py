"""Rebuild CZDSansSC-Regular.otf: Noto Sans CJK SC cut down to GB2312 + the text the app ships.

Run by hand when the font must change (fontTools comes with matplotlib):
    python3 resources/fonts/make_subset.py [/path/to/NotoSansCJK-Regular.ttc]

Why a renamed subset: the OFL asks modified fonts not to pose as the original, and a distinct
family name keeps Qt from preferring this partial font over a full system "Noto Sans CJK SC".
The subset maps no Kangxi/radical code points (U+2E80-2FDF), so text copied out of a PDF comes
back as 生/长, not the look-alike radicals ⽣/⻓ that Qt writes for the full Noto CJK font.
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE / "CZDSansSC-Regular.otf"
FAMILY, PS_NAME = "CZD Sans SC", "CZDSansSC-Regular"
DEFAULT_SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2  # JP, KR, SC, TC, HK in the collection


def wanted_text() -> str:
    chars = set()
    for b1 in range(0xA1, 0xF8):  # GB2312: 6763 hanzi + symbols
        for b2 in range(0xA1, 0xFF):
            try:
                chars.add(bytes([b1, b2]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    chars |= {chr(c) for c in range(0x20, 0x7F)}          # ASCII
    chars |= {chr(c) for c in range(0xFF01, 0xFF5F)}      # full-width forms
    chars |= {chr(c) for c in range(0x3000, 0x3040)}      # CJK punctuation
    chars |= set("“”‘’—–…·•●○■□▲△▼℃№〔〕【】《》〈〉「」『』×÷±≤≥≈％‰")
    for path in [*(ROOT / "resources" / "sample").glob("*.txt"), *(ROOT / "resources" / "units").glob("*.json")]:
        chars |= set(path.read_text(encoding="utf-8"))
    return "".join(sorted(c for c in chars if c.isprintable() and not 0x2E80 <= ord(c) <= 0x2FDF))


def main(source: str = DEFAULT_SOURCE) -> None:
    font = TTCollection(source).fonts[SC_INDEX] if source.endswith(".ttc") else TTFont(source)
    options = subset.Options()
    options.layout_features = []  # no vertical forms etc.: half the size
    options.hinting = False
    options.name_IDs = ["*"]
    sub = subset.Subsetter(options)
    sub.populate(text=wanted_text())
    sub.subset(font)
    names = font["name"]
    for rec in list(names.names):
        if rec.nameID in (1, 16):
            names.setName(FAMILY, rec.nameID, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID in (2, 17):
            names.setName("Regular", rec.nameID, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID in (3, 4):
            names.setName(f"{FAMILY} Regular" if rec.nameID == 4 else f"{PS_NAME};subset",
                          rec.nameID, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID == 6:
            names.setName(PS_NAME, rec.nameID, rec.platformID, rec.platEncID, rec.langID)
    font["CFF "].cff.fontNames = [PS_NAME]
    font.save(OUT)
    print(f"{OUT}: {OUT.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main(*sys.argv[1:])
