"""Search through the loaded rows (issue 28): every needle length, 2 characters included, finds
what a plain substring scan of the task text and the period's progress, next steps and reason
finds, and agrees with the store's full-text index where that index can answer (3+ characters)."""

import random

import pytest

from chizhou_desk.domain import Entry, ImportedTable, Plan, Task
from chizhou_desk.errors import InputError
from chizhou_desk.query import row_filter, select
from chizhou_desk.search_rows import RowTexts
from chizhou_desk.store import Store

WORDS = ("推进", "镁基", "新材料", "产业", "项目", "建设", "招商", "引资", "完成", "增长", "生态", "环境",
         "治理", "民生", "PPP", "ppp模式", "GDP", "5G", "，", "。", "、", "1-5月")


def _say(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) for _ in range(n))


@pytest.fixture
def generated(tmp_path):
    """400 tasks over two periods; the later period's texts differ from the earlier one's."""
    rng = random.Random(28)
    plan = Plan(2025, "2025年重点工作", "", "池州")
    tasks = [Task(no=str(i), text=_say(rng, 6), lead_units=["市发展改革委"]) for i in range(1, 401)]
    with Store(tmp_path / "g.db") as store:
        for month in (4, 5):
            entries = {t.no: Entry(status="序时推进", progress=_say(rng, 10), next_steps=_say(rng, 4),
                                   reason=_say(rng, 2) if rng.random() < 0.2 else "")
                       for t in tasks if rng.random() < 0.9}
            store.import_table(ImportedTable("gen", plan, tasks, f"2025-0{month}", entries))
        yield store


def _scan(rows, needle: str) -> set[int]:
    n = needle.strip().lower()
    return {r.id for r in rows if any(n in f.lower() for f in (r.text, r.progress, r.next_steps, r.reason))}


def _needles(rows, length: int, rng: random.Random, count: int) -> list[str]:
    texts = [f for r in rows for f in (r.text, r.progress, r.next_steps, r.reason) if len(f) >= length]
    out = set()
    while len(out) < count:
        t = rng.choice(texts)
        i = rng.randrange(len(t) - length + 1)
        out.add(t[i:i + length])
    return sorted(out)


def test_two_character_needles_find_what_a_substring_scan_finds(generated):
    key = "2025-05"
    rows = generated.task_rows(key)
    needles = _needles(rows, 2, random.Random(1), 60) + ["新材", "料产", "Pp", "gd", "5g", "，推", "不在"]
    for needle in needles:
        expected = _scan(rows, needle)
        assert {r.id for r in select(generated, key, search=needle)} == expected, needle
    # a needle in the earlier period's texts only is not found in the later period
    earlier = generated.task_rows("2025-04")
    only_then = next(n for n in _needles(earlier, 2, random.Random(2), 400)
                     if _scan(earlier, n) != _scan(rows, n))
    assert {r.id for r in select(generated, key, search=only_then)} == _scan(rows, only_then)


def test_longer_needles_agree_with_the_full_text_index(generated):
    key = "2025-05"
    rows = generated.task_rows(key)
    texts = RowTexts(rows)
    rng = random.Random(3)
    for length in (3, 4, 7):
        for needle in _needles(rows, length, rng, 25):
            assert texts.matching(needle) == generated.search(needle, key) == _scan(rows, needle), needle


def test_an_edited_rows_new_text_is_found(generated):
    key = "2025-05"
    rows = generated.task_rows(key)
    texts = RowTexts(rows)
    assert texts.matching("鑫淼") == set()
    generated.save_entry(rows[7].id, key, {"progress": "新建鑫淼产业园"})
    texts.update(generated.task_rows(key, [rows[7].id])[0])
    assert texts.matching("鑫淼") == {rows[7].id}
    accept = row_filter(generated, key, search=" 鑫淼 ", texts=texts)
    assert [r.no for r in rows if accept(r)] == [rows[7].no]


def test_an_empty_needle_is_refused(generated):
    texts = RowTexts(generated.task_rows("2025-05"))
    with pytest.raises(InputError):
        texts.matching("  ")
