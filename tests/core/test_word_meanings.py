"""Issue 14 item 7: each status word's meaning and colour are set per plan (schema 8), and the
lights, the reason check, the charts and the narrative follow the plan's meanings."""

import sqlite3
from datetime import date

import pytest
from old_db import old_database

from chizhou_desk.domain import BEHIND, DONE, NOT_STARTED, ON_TRACK, Light, StatusWord, needs_reason
from chizhou_desk.errors import InputError
from chizhou_desk.lights import light_for
from chizhou_desk.schema import SCHEMA_VERSION
from chizhou_desk.store import Store
from chizhou_desk.store_plan import set_status_words, set_statuses

KEY = "2025-05"


def build_v7(path):
    """A version-7 database of another city: its words 超序时 / 正常推进 / 欠进度 in plans.statuses."""
    conn = old_database(path, 7)
    conn.execute("INSERT INTO plans (id, year, title, statuses) VALUES "
                 "(1, 2025, '2025年重点工作', '[\"超序时\", \"正常推进\", \"欠进度\"]'), "
                 "(2, 2024, '2024年重点工作', '[]')")
    conn.execute("INSERT INTO tasks (id, plan_id, no, seq, text) VALUES (1, 1, '1', 1, '建设产业园。')")
    conn.execute("INSERT INTO periods (id, plan_id, key, label) VALUES (1, 1, '2025-05', '1-5月份')")
    conn.execute("INSERT INTO entries (task_id, period_id, status, progress) VALUES (1, 1, '欠进度', '已开工。')")
    conn.commit()
    conn.close()


def test_a_version_7_database_moves_its_words_into_rows(tmp_path):
    db = tmp_path / "v7.db"
    build_v7(db)
    with Store(db) as s:
        assert s.version == SCHEMA_VERSION and s.backup_path is not None
        assert s.statuses(KEY) == ["超序时", "正常推进", "欠进度"]
        assert s.statuses("2024-12") == ["已完成", "序时推进", "未达预期"]  # an empty list had Chizhou's
        # one way of storing the words: the old column is emptied (SQLite 3.34 cannot drop it)
        assert s.conn.execute("SELECT DISTINCT statuses FROM plans").fetchall() == [("[]",)]
        words = s.status_words(KEY)
        assert [(w.meaning, w.colour) for w in words.items] == [(None, None)] * 3  # read from the word
        assert [words.meaning(w) for w in words.words] == [ON_TRACK, ON_TRACK, BEHIND]
    old = sqlite3.connect(s.backup_path)  # the copy kept beside it is the untouched version 7
    assert old.execute("PRAGMA user_version").fetchone()[0] == 7
    assert old.execute("SELECT statuses FROM plans WHERE id = 1").fetchone()[0] == '["超序时", "正常推进", "欠进度"]'
    old.close()


def test_no_code_reads_the_old_column():
    from pathlib import Path

    import chizhou_desk

    root = Path(chizhou_desk.__file__).parent
    readers = [p.name for p in root.rglob("*.py") if p.name != "schema.py" and "statuses FROM" in p.read_text()]
    assert readers == []


def test_meaning_and_colour_set_per_word(store):
    # words an import brought are read from the word until the office says otherwise
    assert [(w.meaning, w.colour) for w in store.status_words(KEY).items] == [(None, None)] * 3
    set_status_words(store, KEY, [StatusWord("已完成"), StatusWord("序时推进", ON_TRACK, "#00AA00"),
                                  StatusWord("未达预期"), StatusWord("推进缓慢", NOT_STARTED)])
    words = store.status_words(KEY)
    assert words.words == ["已完成", "序时推进", "未达预期", "推进缓慢"]
    assert words.get("序时推进") == StatusWord("序时推进", ON_TRACK, "#00aa00")  # stored lower case
    assert words.meaning("推进缓慢") == NOT_STARTED and not needs_reason("推进缓慢", words)
    assert words.colour("序时推进") == "#00aa00"
    assert words.colour("推进缓慢") == "#7f8c8d"  # no colour: its set meaning's
    assert words.colour("未达预期") == "#c0392b"  # neither set: the word's colour as before
    set_statuses(store, KEY, ["序时推进", "已完成", "未达预期", "推进缓慢"])  # a reorder keeps them
    assert store.status_words(KEY).get("序时推进").colour == "#00aa00"


@pytest.mark.parametrize("items, message", [
    ([StatusWord("已完成", "finished")], "含义"),
    ([StatusWord("已完成", DONE, "green")], "#RRGGBB"),
    ([StatusWord("已完成", DONE, "#12345")], "#RRGGBB"),
    ([StatusWord("已完成"), StatusWord(" \u200b")], "为空"),
    ([StatusWord("已完成"), StatusWord("已完成", DONE)], "重复"),
    ([StatusWord("已完成"), StatusWord("序时推进")], "仍有任务在用"),  # 未达预期 is used
])
def test_a_bad_value_is_refused_and_nothing_changes(store, items, message):
    set_status_words(store, KEY, [StatusWord("已完成", DONE, "#111111"), StatusWord("序时推进"),
                                  StatusWord("未达预期")])
    before = store.status_words(KEY)
    with pytest.raises(InputError, match=message):
        set_status_words(store, KEY, [*items, StatusWord("未达预期")] if message != "仍有任务在用" else items)
    assert store.status_words(KEY) == before


def test_a_word_re_meant_on_track_lights_green_and_asks_no_reason(store):
    tid = store.task_id("1", KEY)
    set_statuses(store, KEY, ["已完成", "序时推进", "未达预期", "缓慢"])
    store.save_entry(tid, KEY, {"status": "缓慢", "progress": "按计划推进。"})
    row = store.task_rows(KEY, [tid])[0]
    june = date(2025, 6, 1)
    assert light_for(row, KEY, today=june, words=store.status_words(KEY)) is Light.RED  # read: behind
    assert needs_reason("缓慢", store.status_words(KEY))
    set_status_words(store, KEY, [*store.status_words(KEY).items[:3], StatusWord("缓慢", ON_TRACK)])
    words = store.status_words(KEY)
    assert light_for(row, KEY, today=june, words=words) is Light.GREEN
    assert not needs_reason("缓慢", words)
    from chizhou_desk.exports.layout import check_ready

    assert not [p for p in check_ready(store, None, KEY) if p.no == "1" and p.kind == "no_reason"]


def test_a_word_meant_behind_lights_red_and_is_checked_for_its_reason(store):
    tid = store.task_id("1", KEY)
    set_status_words(store, KEY, [*store.status_words(KEY).items, StatusWord("欠火候", BEHIND)])
    store.save_entry(tid, KEY, {"status": "欠火候", "progress": "有差距。", "reason": ""})
    row = store.task_rows(KEY, [tid])[0]
    assert light_for(row, KEY, today=date(2025, 6, 1), words=store.status_words(KEY)) is Light.RED
    from chizhou_desk.exports.layout import check_ready

    assert [p.kind for p in check_ready(store, None, KEY) if p.no == "1"] == ["no_reason"]


def test_the_status_chart_bars_take_the_plans_colour(store):
    from matplotlib.colors import to_hex

    from chizhou_desk.charts import status_counts_figure

    items = [StatusWord(w.word, w.meaning, "#123456" if w.word == "序时推进" else None)
             for w in store.status_words(KEY).items]
    set_status_words(store, KEY, items)
    fig = status_counts_figure(store, KEY)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    bar = ax.patches[labels.index("序时推进")]
    assert to_hex(bar.get_facecolor()) == "#123456"


def test_the_narrative_judges_the_whole_by_meanings(store):
    from chizhou_desk.narrative import report_text

    set_statuses(store, KEY, [*store.statuses(KEY), "推进中"])
    on_track = [r for r in store.task_rows(KEY) if r.status == "序时推进"][:10]
    for r in on_track:  # 8 未达预期 of 49 and 10 more that a leader reads as behind: not 顺利
        store.save_entry(r.id, KEY, {"status": "推进中"})
    assert "总体进展顺利" in report_text(store, KEY)  # 推进中 reads on track
    set_status_words(store, KEY, [*store.status_words(KEY).items[:-1], StatusWord("推进中", BEHIND)])
    assert "部分工作进度滞后" in report_text(store, KEY)
