"""A plan's own facts (清单信息: name, 文号, city, 署名; schema 10) and its status words
(ARCHITECTURE: Store): the office edits the words per plan, with what each means (done / on
track / behind / not started) and its colour; drop-downs, charts, blank forms and the Excel
drop-down offer these words only. Stored as rows of `status_words` (schema 8)."""

from chizhou_desk import periods as P
from chizhou_desk.domain import HEX_COLOUR, MEANINGS, StatusWord, clean_status
from chizhou_desk.errors import InputError

PLAN_FACTS = ("title", "doc_no", "city", "office")  # 清单名称, 文号, 城市, 署名
MAX_FACT = 200


def set_plan_facts(store, year: int | None = None, **facts: str | None) -> dict:
    """清单信息 of the year's list (the latest when None): the given facts, None left as they are.
    The name is kept without a period phrase (推进情况, 1-5月份 …: the month's, not the list's);
    an empty name, a line break or an over-long value is refused with nothing written."""
    from chizhou_desk.imports.plan_title import list_name

    unknown = set(facts) - set(PLAN_FACTS)
    if unknown:
        raise ValueError(f"unknown plan facts: {sorted(unknown)}")
    plan = store.plan_info(year)
    if plan is None:
        raise InputError(f"本库没有 {year} 年的清单" if year else "本库还没有清单，请先导入清单")
    clean: dict[str, str] = {}
    for key, value in facts.items():
        if value is None:
            continue
        value = value.strip()
        if "\n" in value or "\r" in value or len(value) > MAX_FACT:
            raise InputError(f"{FACT_WORDS[key]}应为一行，不超过 {MAX_FACT} 个字")
        if key == "title":
            if not value:
                raise InputError("清单名称不能为空")
            value = list_name(value)
        clean[key] = value
    if clean:
        with store.transaction() as c:
            c.execute(f"UPDATE plans SET {', '.join(f'{k} = ?' for k in clean)} WHERE id = ?",
                      (*clean.values(), plan["id"]))
    return store.plan_info(plan["year"]) or plan


FACT_WORDS = {"title": "清单名称", "doc_no": "文号", "city": "城市", "office": "署名"}


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


def period_counts(store) -> dict[str, tuple[int, int]]:
    """period key -> (tasks with progress written, tasks of its list): the `periods` listing."""
    import json

    from chizhou_desk.domain import is_filled

    out: dict[str, tuple[int, int]] = {}
    for key, total, progress in store.conn.execute(
            "SELECT p.key, (SELECT count(*) FROM tasks t WHERE t.plan_id = p.plan_id), "
            "(SELECT json_group_array(e.progress) FROM entries e WHERE e.period_id = p.id) "
            "FROM periods p ORDER BY p.key"):
        out[key] = (sum(is_filled(v) for v in json.loads(progress or "[]")), total)
    return out
