"""A new year's list has tasks and no period yet: a normal state, listed with period null."""

import json

from xlsx_builders import list_file

from chizhou_desk.cli import main


def test_tasks_of_a_list_without_periods(tmp_path, capsys):
    header = ["序号", "重点工作任务", "牵头单位", "完成时限"]
    tasks = [{"序号": 1, "重点工作任务": "建成城市书房20个。", "牵头单位": "市文旅局", "完成时限": "年底"},
             {"序号": 2, "重点工作任务": "新增城镇就业1.5万人。", "牵头单位": "市人社局", "完成时限": "年底"}]
    db = tmp_path / "t.db"
    path = list_file(tmp_path, header=header, tasks=tasks, title="2026年池州市政府重点工作责任清单")
    assert main(["--db", str(db), "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "tasks", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(t["no"], t["period"], t["progress"]) for t in listed] == [("1", None, None), ("2", None, None)]
    assert listed[0]["lead_units"] == ["市文化和旅游局"] and listed[0]["deadline"] == "年底"
    assert main(["--db", str(db), "tasks", "--search", "书房"]) == 0
    assert capsys.readouterr().out.startswith("1\t")


def test_dry_run_shows_units_as_stored_and_writes_nothing(tmp_path, capsys, seed_path):
    db = tmp_path / "none.db"
    assert main(["--db", str(db), "import", "--dry-run", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert "C 列“牵头责任单位” → 牵头单位(lead)" in out and "期间：1-5月份(从进展列的列名读取)" in out
    assert "3. 规模以上工业增加值增长9%以上。 | 牵头：市工业和信息化局 [未达预期]" in out  # wrap undone
    assert not db.exists()


def test_a_zero_width_space_does_not_make_a_look_alike_status(tmp_path, capsys):
    header = ["序号", "重点工作任务", "牵头单位", "工作评价", "1-6月份进展情况"]
    tasks = [{"序号": 1, "重点工作任务": "任务一。", "牵头单位": "市财政局", "工作评价": "序时\u200b推进",
              "1-6月份进展情况": "进展。"}]
    db = tmp_path / "t.db"
    assert main(["--db", str(db), "import", str(list_file(tmp_path, header=header, tasks=tasks))]) == 0
    from chizhou_desk.store import Store

    with Store(db) as s:
        assert s.task_rows("2025-06")[0].status == "序时推进"
        assert "序时\u200b推进" not in s.statuses("2025-06")
