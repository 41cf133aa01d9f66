"""Issue 14: status words come from the plan, with a meaning each; old plans lose 滞后/未启动 unless used."""

import json
import sqlite3

from chizhou_desk.domain import BEHIND, DONE, NOT_STARTED, ON_TRACK, needs_reason, order_statuses, status_meaning
from chizhou_desk.imports import read_file
from chizhou_desk.store import Store


def test_meanings_of_other_cities_words():
    assert [status_meaning(w) for w in ("已完成", "序时推进", "超序时", "正常推进", "未达预期", "欠进度",
                                        "推进缓慢", "滞后", "未启动", "")] == \
        [DONE, ON_TRACK, ON_TRACK, ON_TRACK, BEHIND, BEHIND, BEHIND, BEHIND, NOT_STARTED, None]
    assert needs_reason("推进缓慢") and not needs_reason("超序时")
    assert order_statuses(["未启动", "未达预期", "已完成", "正常推进"]) == ["已完成", "正常推进", "未达预期", "未启动"]


def test_the_sample_plan_offers_its_three_words(db_path, seed_path):
    with Store(db_path) as s:
        s.import_table(read_file(seed_path))
        assert s.statuses("2025-05") == ["已完成", "序时推进", "未达预期"]


def test_an_old_plan_keeps_only_the_words_it_uses(db_path, seed_path):
    with Store(db_path) as s:
        s.import_table(read_file(seed_path))
        tid = s.task_id("3", "2025-05")
    legacy = ["已完成", "序时推进", "未达预期", "滞后", "未启动"]
    c = sqlite3.connect(db_path)
    with c:
        # a version-5 file: the words in plans.statuses (schema 9 made them rows), next steps in
        # entries.plan (schema 8), without what schema 7 added (issue 15: reviews, a liaison)
        c.execute("DROP TABLE status_words")
        c.execute("UPDATE plans SET statuses = ?", (json.dumps(legacy, ensure_ascii=False),))
        c.execute("UPDATE entries SET status = '滞后' WHERE task_id = ?", (tid,))
        c.execute("DROP TABLE reviews")
        c.execute("ALTER TABLE submissions DROP COLUMN filler")
        c.execute("ALTER TABLE submissions DROP COLUMN phone")
        c.execute("ALTER TABLE entries RENAME COLUMN next_steps TO plan")
        c.execute("ALTER TABLE plans DROP COLUMN office")  # schema 10
        c.execute("PRAGMA user_version = 5")
    c.close()
    with Store(db_path) as s:
        assert s.statuses("2025-05") == ["已完成", "序时推进", "未达预期", "滞后"]


def test_the_export_check_names_the_task_and_the_status_chosen_without_progress(db_path, seed_path):
    from chizhou_desk.exports.layout import check_ready

    with Store(db_path) as s:
        s.import_table(read_file(seed_path))
        s.save_entry(s.task_id("12", "2025-05"), "2025-05", {"progress": "", "status": "已完成"})
        problem = next(p for p in check_ready(s, None, "2025-05") if p.no == "12")
    assert problem.kind == "unfilled"
    assert str(problem) == "第 12 项（新材料产业,进一步提升镁基、铝基…）：已选“已完成”，但未写进展情况"
