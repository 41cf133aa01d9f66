"""The window in English beyond its own labels: period names, the core's messages, the layout."""

import re

from chizhou_desk import periods as P
from chizhou_desk.gui import period_texts

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def test_period_names_in_chinese_are_the_stored_labels(qapp):
    for m in range(1, 13):
        key = P.make_key(2025, m)
        assert period_texts.long_label(key) == P.long_label(key)  # no translator: byte for byte
        assert period_texts.short_label(key) == P.label(key)


def test_period_names_in_english(english, qtbot, sample_db, settings_dir, open_window):
    assert period_texts.long_label("2025-05") == "Jan–May 2025"
    assert period_texts.long_label("2026-01") == "January 2026"
    assert period_texts.short_label("2025-12") == "Jan–Dec"
    from chizhou_desk.store import Store

    with Store(sample_db) as s:
        s.create_period("2025-06")
    w = open_window(sample_db)
    combo = w.ui.periodCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Jan–May 2025", "Jan–Jun 2025"]
    w.set_period("2025-06")
    assert combo.currentText() == "Jan–Jun 2025"
    tab = w.editor.ui.editorTabs.tabText(1)
    assert tab == "Last period, Jan–May (&K)", tab
    w.close()
