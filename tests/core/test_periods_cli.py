"""The office's periods on the command line (issue 24): `periods`, `period new/close/reopen`, and a
merge of units' files for a period the office has not opened (refused naming `period new`, or
opened with `import --new-period`)."""

from pathlib import Path

import pytest
from xlsx_builders import list_file

from chizhou_desk.cli import main
from chizhou_desk.exports.submission import export_submission
from chizhou_desk.store import Store

TASKS = [{"序号": 1, "重点工作任务": "建成城市书房20个。", "牵头单位": "市文旅局", "完成时限": "年底"},
         {"序号": 2, "重点工作任务": "新增城镇就业1.5万人。", "牵头单位": "市人社局", "完成时限": "年底"},
         {"序号": 3, "重点工作任务": "改造老旧小区30个。", "牵头单位": "市住建局、市人社局", "完成时限": "年底"}]


@pytest.fixture
def list_path(tmp_path) -> Path:
    return list_file(tmp_path, header=["序号", "重点工作任务", "牵头单位", "完成时限"], tasks=TASKS,
                     title="2025年池州市政府重点工作责任清单")


@pytest.fixture
def june_files(tmp_path, list_path) -> list[Path]:
    """Two units' 1-6月 submissions, made in a liaison's database holding the same list."""
    with Store(tmp_path / "unit.db") as unit:
        from chizhou_desk.imports import read_file

        unit.import_table(read_file(list_path))
        unit.create_period("2025-06")
        out = []
        for unit_name, no in (("市文化和旅游局", "1"), ("市人力资源社会保障局", "2")):
            unit.save_entry(unit.task_id(no, "2025-06"), "2025-06", {"status": "序时推进", "progress": f"第{no}项进展。"})
            path = tmp_path / f"{unit_name}.xlsx"
            export_submission(unit, unit_name, "2025-06", path, filler={"person": "张三", "phone": "0566-1"})
            out.append(path)
    return out


def _office(tmp_path, list_path, capsys) -> Path:
    db = tmp_path / "office.db"
    assert main(["--db", str(db), "import", str(list_path)]) == 0
    capsys.readouterr()
    return db


def test_merge_for_an_unopened_period_names_the_command_then_works_after_period_new(
        tmp_path, list_path, june_files, capsys):
    db = _office(tmp_path, list_path, capsys)
    before = Store(db, read_only=True)
    checksum = before.content_checksum()
    before.close()
    assert main(["--db", str(db), "import", *map(str, june_files)]) == 2
    err = capsys.readouterr().err
    assert "本库没有期间 1-6月份(2025-06)" in err and "chizhou-desk period new 2025-06" in err and "--new-period" in err
    with Store(db, read_only=True) as s:
        assert s.content_checksum() == checksum and s.periods() == []

    assert main(["--db", str(db), "import", "--dry-run", *map(str, june_files)]) == 0
    assert "可加 --new-period 在导入时新建，或先运行 chizhou-desk period new 2025-06" in capsys.readouterr().out
    assert main(["--db", str(db), "period", "new", "2025-06", "--due", "2025-07-05"]) == 0
    assert "已新建期间 2025-06" in capsys.readouterr().out
    assert main(["--db", str(db), "import", *map(str, june_files)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "periods"]) == 0
    assert capsys.readouterr().out.splitlines() == ["2025-06\t1-6月份\t2025-07-05\t进行中\t2/3"]
    assert main(["--db", str(db), "tasks", "--period", "2025-06", "--json"]) == 0
    assert '"progress": "第1项进展。"' in capsys.readouterr().out


def test_import_new_period_opens_it_and_merges_in_one_step(tmp_path, list_path, june_files, capsys):
    db = _office(tmp_path, list_path, capsys)
    assert main(["--db", str(db), "import", "--new-period", *map(str, june_files)]) == 0
    assert "已新建期间 2025-06(1-6月份)" in capsys.readouterr().err
    with Store(db, read_only=True) as s:
        assert [p.key for p in s.periods()] == ["2025-06"]
        rows = {r.no: r for r in s.task_rows("2025-06")}
        assert rows["2"].progress == "第2项进展。" and rows["3"].progress in ("", None)


def test_a_refused_file_leaves_no_period_behind(tmp_path, list_path, june_files, capsys):
    db = _office(tmp_path, list_path, capsys)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    assert main(["--db", str(db), "import", "--new-period", *map(str, june_files), str(bad)]) == 2
    with Store(db, read_only=True) as s:
        assert s.periods() == []


def test_period_close_reopen_and_bad_input(tmp_path, list_path, capsys):
    db = _office(tmp_path, list_path, capsys)
    assert main(["--db", str(db), "period", "new", "1-3月", "--copy-status"]) == 0
    assert main(["--db", str(db), "period", "close", "2025-03"]) == 0
    assert main(["--db", str(db), "periods"]) == 0
    assert "\t已关闭\t" in capsys.readouterr().out
    assert main(["--db", str(db), "period", "reopen", "1-3月"]) == 0
    assert main(["--db", str(db), "periods"]) == 0
    assert "\t进行中\t" in capsys.readouterr().out
    assert main(["--db", str(db), "period", "new", "2025-03"]) == 2
    assert "已存在" in capsys.readouterr().err
    assert main(["--db", str(db), "period", "new", "2025-04", "--due", "7月5日"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["--db", str(db), "period", "new", "2026-04"]) == 2
    assert "没有 2026 年的清单" in capsys.readouterr().err
    with Store(db, read_only=True) as s:
        assert [p.key for p in s.periods()] == ["2025-03"]


def test_plan_facts_shown_and_set(tmp_path, list_path, capsys):
    db = _office(tmp_path, list_path, capsys)
    assert main(["--db", str(db), "plan", "--name", "黄山市2025年市政府重点工作责任清单1-5月份推进情况",
                 "--number", "黄政办秘〔2025〕31号", "--city", "黄山", "--office", "黄山市人民政府办公室"]) == 0
    out = capsys.readouterr().out
    assert "清单名称\t黄山市2025年市政府重点工作责任清单\n" in out and "署名\t黄山市人民政府办公室" in out
    assert main(["--db", str(db), "plan", "--name", " "]) == 2
    assert "清单名称不能为空" in capsys.readouterr().err
    assert main(["--db", str(db), "plan"]) == 0
    assert "文号\t黄政办秘〔2025〕31号" in capsys.readouterr().out


def test_version_9_database_gains_the_signing_office_and_reads_the_list_name_clean(tmp_path):
    from old_db import old_database

    conn = old_database(tmp_path / "v9.db", 9)
    conn.execute("INSERT INTO plans (year, title, doc_no, city) VALUES "
                 "(2025, '黄山市2025年市政府重点工作责任清单1-5月份推进情况', '黄政办秘〔2025〕31号', '黄山')")
    conn.commit()
    conn.close()
    with Store(tmp_path / "v9.db") as s:
        plan = s.plan_info()
        assert s.version >= 10 and plan is not None
        assert (plan["title"], plan["doc_no"], plan["office"]) == (
            "黄山市2025年市政府重点工作责任清单", "黄政办秘〔2025〕31号", "")


def test_submissions_joint_lead_is_not_chased_and_a_returned_unit_is(tmp_path, list_path, capsys):
    """Task 3 is led by 市住建局 and 市人社局; 市人社局's file reports it, 市住建局 sends none: it shows
    由联合牵头单位报送 and is not chased. 市文旅局 is returned: it is chased, marked 退回待重报."""
    from chizhou_desk import office
    from chizhou_desk.imports import read_file

    files = []
    with Store(tmp_path / "unit.db") as unit:
        unit.import_table(read_file(list_path))
        unit.create_period("2025-06")
        for no in ("1", "2", "3"):
            unit.save_entry(unit.task_id(no, "2025-06"), "2025-06", {"status": "序时推进", "progress": f"第{no}项进展。"})
        for name in ("市文化和旅游局", "市人力资源社会保障局"):
            files.append(tmp_path / f"{name}.xlsx")
            export_submission(unit, name, "2025-06", files[-1], filler={"person": "李四", "phone": "0566-2"})
    db = _office(tmp_path, list_path, capsys)
    assert main(["--db", str(db), "import", "--new-period", *map(str, files)]) == 0
    assert main(["--db", str(db), "submissions", "--period", "2025-06", "--return", "市文旅局",
                 "--reason", "请补充数据来源"]) == 0
    capsys.readouterr()
    with Store(db, read_only=True) as s:
        status = {u.unit: u for u in office.submission_status(s, "2025-06")}
    housing = status["市住房城乡建设局"]
    assert (housing.state, housing.joint_leads, housing.days_late) == ("由联合牵头单位报送", ["市人力资源社会保障局"], 0)
    assert status["市文化和旅游局"].state == "退回"
    text = office.chase_text(list(status.values()), "1-6月份")
    assert text.splitlines() == ["1-6月份重点工作进展尚未报送或须重报的单位(1个)：",
                                 "1. 市文化和旅游局(退回待重报：整份报送表：请补充数据来源)　联络员：李四　0566-2"]
    assert "由联合牵头单位报送 1 个，未报送 0 个" in office.summary_text(list(status.values()))
    assert main(["--db", str(db), "submissions", "--period", "2025-06"]) == 0
    out = capsys.readouterr().out
    assert "市住房城乡建设局\t由联合牵头单位报送(市人力资源社会保障局)\t1/1" in out
    assert out.splitlines()[-1] == ("共 3 个牵头单位：已报送 2 个，由联合牵头单位报送 1 个，未报送 0 个"
                                    "(已采纳 0 个，退回 1 个)")
