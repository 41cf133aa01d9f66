"""A plan's status words (ARCHITECTURE: Store): the office edits them per plan, with what each
means (done / on track / behind / not started) and its colour; drop-downs, charts, blank forms
and the Excel drop-down offer these words only. Stored as rows of `status_words` (schema 8)."""

from chizhou_desk import periods as P
from chizhou_desk.domain import HEX_COLOUR, MEANINGS, StatusWord, clean_status
from chizhou_desk.errors import InputError


def set_statuses(store, period_key: str, words: list[str]) -> None:
    """The plan of `period_key`'s year offers `words` (in this order); a word kept keeps the
    meaning and colour the office gave it. Blank words are dropped."""
    current = store.status_words(period_key)
    words = list(dict.fromkeys(w.strip() for w in words if w and w.strip()))
    set_status_words(store, period_key, [current.get(w) for w in words])


def set_status_words(store, period_key: str, items: list[StatusWord]) -> None:
    """The plan's words in this order, each with its meaning and colour (None: the default), in
    one transaction. Refused with nothing written: an empty or repeated word, an unknown meaning,
    a colour not written #RRGGBB, or removing a word its entries still use (those reports would
    name a status the list no longer has)."""
    clean = [_checked(i, item) for i, item in enumerate(items, 1)]
    if not clean:
        raise InputError("工作评价用词不能为空")
    seen: set[str] = set()
    for item in clean:
        if item.word in seen:
            raise InputError(f"工作评价用词“{item.word}”重复")
        seen.add(item.word)
    year = P.split_key(period_key)[0]
    with store.transaction() as c:
        row = c.execute("SELECT id FROM plans WHERE year = ?", (year,)).fetchone()
        if row is None:
            raise InputError(f"本库没有 {year} 年的清单")
        used = {r[0] for r in c.execute(
            "SELECT DISTINCT e.status FROM entries e JOIN periods p ON p.id = e.period_id "
            "WHERE p.plan_id = ? AND e.status IS NOT NULL AND e.status <> ''", (row[0],))}
        if used - seen:
            raise InputError("以下工作评价仍有任务在用，不能删除：" + "、".join(sorted(used - seen)))
        c.execute("DELETE FROM status_words WHERE plan_id = ?", (row[0],))
        c.executemany("INSERT INTO status_words (plan_id, pos, word, meaning, colour) VALUES (?, ?, ?, ?, ?)",
                      [(row[0], pos, w.word, w.meaning, w.colour) for pos, w in enumerate(clean)])


def _checked(n: int, item: StatusWord) -> StatusWord:
    word = clean_status(item.word)
    if not word:
        raise InputError(f"第 {n} 个工作评价用词为空，请填写或删除")
    if item.meaning is not None and item.meaning not in MEANINGS:
        raise InputError(f"工作评价“{word}”的含义“{item.meaning}”无法识别")
    colour = (item.colour or "").strip().lower() or None
    if colour is not None and not HEX_COLOUR.fullmatch(colour):
        raise InputError(f"工作评价“{word}”的颜色“{item.colour}”不是 #RRGGBB 格式(如 #2e7d32)")
    return StatusWord(word, item.meaning, colour)


def append_words(c, plan_id: int, words) -> None:
    """Inside an import's transaction: words the file uses that the plan lacks go at the end, in
    sorted order, their meaning read from the word (NULL) until the office sets one."""
    current = {r[0] for r in c.execute("SELECT word FROM status_words WHERE plan_id = ?", (plan_id,))}
    start = c.execute("SELECT coalesce(max(pos) + 1, 0) FROM status_words WHERE plan_id = ?",
                      (plan_id,)).fetchone()[0]
    new = sorted(set(words) - current)
    c.executemany("INSERT INTO status_words (plan_id, pos, word) VALUES (?, ?, ?)",
                  [(plan_id, start + i, w) for i, w in enumerate(new)])
