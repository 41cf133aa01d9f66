"""The shipped CJK font subset: found first, covers the sample and every GB2312 hanzi, no radicals."""

from fontTools.ttLib import TTFont

from chizhou_desk.fonts import SHIPPED_FAMILY, cjk_font_files, matplotlib_families


def test_shipped_font_comes_first_and_covers_the_text(seed_path):
    files = cjk_font_files()
    assert files and files[0].shipped and files[0].path.name == "CZDSansSC-Regular.otf"
    font = TTFont(files[0].path)
    cmap = font.getBestCmap()
    assert font["name"].getDebugName(1) == SHIPPED_FAMILY  # renamed, as the OFL asks
    text = seed_path.read_text(encoding="utf-8")
    missing = {c for c in text if c.isprintable() and not c.isspace() and ord(c) not in cmap}
    assert not missing
    gb2312_hanzi = [bytes([b1, b2]).decode("gb2312") for b1 in range(0xB0, 0xF8) for b2 in range(0xA1, 0xFF)
                    if (b1, b2) not in {(0xD7, x) for x in range(0xFA, 0xFF)}]
    assert len(gb2312_hanzi) == 6763 and all(ord(c) in cmap for c in gb2312_hanzi)
    # look-alike radicals would make PDF text extract as ⽣ instead of 生
    assert not [cp for cp in cmap if 0x2E80 <= cp <= 0x2FDF]


def test_matplotlib_gets_the_shipped_family_first():
    families = matplotlib_families()
    assert families[0] == SHIPPED_FAMILY and families[-1] == "DejaVu Sans"


def test_windows_window_font_is_yahei_then_simsun_then_shipped():
    from chizhou_desk.fonts import window_families

    available = {"Arial", "SimSun", "Microsoft YaHei", "Microsoft YaHei UI", SHIPPED_FAMILY}
    assert window_families(available, "win32") == ["Microsoft YaHei UI", "Microsoft YaHei", "SimSun", SHIPPED_FAMILY]
    assert window_families({"Arial", SHIPPED_FAMILY}, "win32") == [SHIPPED_FAMILY]  # a PC without them
    assert window_families(available, "linux") is None  # the desktop's own font stays
