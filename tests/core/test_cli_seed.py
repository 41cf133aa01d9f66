"""Acceptance of the core issue through the real command line on the shared seed."""

import json
import subprocess
import sys
from collections import Counter


def run(*args, check=True):
    proc = subprocess.run([sys.executable, "-m", "chizhou_desk", *args],
                          capture_output=True, text=True, timeout=60)
    if check and proc.returncode != 0:
        raise AssertionError(proc.stderr)
    return proc


def tasks_json(db, *args):
    return json.loads(run("--db", str(db), "tasks", "--json", *args).stdout)


def test_seed_import_gives_the_published_table(tmp_path, seed_path):
    db = tmp_path / "t.db"
    run("--db", str(db), "import", str(seed_path))
    tasks = tasks_json(db)
    assert [t["no"] for t in tasks] == [str(n) for n in range(1, 50)]
    assert Counter(t["status"] for t in tasks) == {"序时推进": 39, "未达预期": 8, "已完成": 1, None: 1}
    assert tasks[48]["status"] is None and tasks[48]["progress"] is None
    assert tasks[44]["lead_units"] == ["市委人才工作局", "市人力资源社会保障局"]
    assert tasks[2]["lead_units"] == ["市工业和信息化局"]
    assert {t["period"] for t in tasks} == {"2025-05"}
    assert tasks[0]["text"] == "地区生产总值增长6.5%以上。"
    assert tasks[0]["progress"] == "一季度,增长6.4%,增速居全省第6位。"


def test_seed_cells_are_kept_verbatim(tmp_path, seed_path):
    db = tmp_path / "t.db"
    run("--db", str(db), "import", str(seed_path))
    raw = seed_path.read_text(encoding="utf-8")
    for t in tasks_json(db):
        assert f"\n{t['text']} |\n" in raw
        if t["progress"]:
            assert f"\n{t['progress']} |\n" in raw
            assert f"\n{t['plan']} |\n" in raw


def test_search_and_unit_status_filter(tmp_path, seed_path):
    db = tmp_path / "t.db"
    run("--db", str(db), "import", str(seed_path))
    assert [t["no"] for t in tasks_json(db, "--search", "镁基")] == ["12", "42"]
    assert [t["no"] for t in tasks_json(db, "--unit", "市发改委", "--status", "未达预期")] == ["1", "2"]
    assert [t["no"] for t in tasks_json(db, "--search", "镁基新材料创新")] == ["42"]


def test_importing_twice_changes_nothing(tmp_path, seed_path):
    from chizhou_desk.store import Store

    db = tmp_path / "t.db"
    run("--db", str(db), "import", str(seed_path))
    with Store(db) as s:
        before = s.content_checksum()
    out = run("--db", str(db), "import", str(seed_path)).stdout
    assert "新增任务 0，更新任务 0，更新进展 0" in out
    with Store(db) as s:
        assert s.content_checksum() == before


def test_bad_input_exits_2_with_one_line_and_leaves_db_alone(tmp_path, seed_path):
    from chizhou_desk.store import Store

    db = tmp_path / "t.db"
    run("--db", str(db), "import", str(seed_path))
    with Store(db) as s:
        before = s.content_checksum()
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"PK\x03\x04 this is not a zip")
    cases = [
        (["import", str(tmp_path / "missing.xlsx")], "missing.xlsx"),
        (["import", str(garbage)], "garbage.xlsx"),
        (["tasks", "--period", "2025-13"], "2025-13"),
        (["tasks", "--unit", "市不存在局"], "市不存在局"),
    ]
    for args, named in cases:
        proc = run("--db", str(db), *args, check=False)
        assert proc.returncode == 2, args
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and named in lines[0], proc.stderr
        assert "Traceback" not in proc.stderr
    with Store(db) as s:
        assert s.content_checksum() == before


def test_plain_listing_uses_the_words_the_status_filter_uses(tmp_path, seed_path):
    # a status carried into a new period without progress is 未填 in the listing and in --status 未填
    db = tmp_path / "t.db"
    run("--db", str(db), "import", str(seed_path))
    from chizhou_desk.store import Store

    with Store(db) as s:
        s.create_period("2025-06", carry_status=True)
        s.save_entry(s.task_id("1", "2025-06"), "2025-06", {"progress": "六月进展。"})
    listed = {line.split("\t")[0]: line.split("\t")[1]
              for line in run("--db", str(db), "tasks", "--period", "2025-06").stdout.splitlines()}
    unfilled = {t["no"] for t in tasks_json(db, "--period", "2025-06", "--status", "未填")}
    assert {no for no, word in listed.items() if word == "未填"} == unfilled == set(listed) - {"1"}
    assert listed["1"] == "未达预期"  # its carried status counts once progress is written
