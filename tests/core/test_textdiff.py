from chizhou_desk.textdiff import changed_spans, highlight_html


def test_changed_words_are_marked():
    spans = changed_spans("1-4月,增长5.1%。", "1-5月,增长5.6%。")
    assert "".join(t for t, _ in spans) == "1-4月,增长5.1%。"
    assert [t for t, changed in spans if changed] == ["4", "1"]


def test_highlight_escapes_and_marks():
    html = highlight_html("<b>旧</b>\n第二行", "<b>新</b>\n第二行")
    assert "&lt;b&gt;" in html and "<br>" in html
    assert '<span style="background:#ffe08a">旧</span>' in html
    assert highlight_html("相同", "相同") == "相同"
