"""Bad input through the command line: exit 2, one stderr line naming file and place, store unchanged."""

import os

import pytest
from xlsx_builders import list_file, write_xlsx

from chizhou_desk.cli import main
from chizhou_desk.store import Store


def checksum(db):
    with Store(db) as s:
        return s.content_checksum()


def _garbage(tmp_path):
    p = tmp_path / "garbage.xlsx"
    p.write_bytes(os.urandom(3000).replace(b"PK", b"pk"))
    return p


def _zip_garbage(tmp_path):
    p = tmp_path / "broken.xlsx"
    p.write_bytes(b"PK\x03\x04" + b"\x00not a zip really" * 50)
    return p


def _empty_sheet(tmp_path):
    return write_xlsx(tmp_path / "empty.xlsx", [])


def _no_columns(tmp_path):
    """A header whose words name nothing and cells too short to guess from: refused, not guessed."""
    return write_xlsx(tmp_path / "nocols.xlsx", [["2025年池州市重点工作"], ["甲", "乙", "丙"],
                                                 ["x", "任务一", "y"]])


def _no_task_text(tmp_path):
    header = ["序号", "重点工作任务", "牵头单位", "1-6月份进展情况"]
    tasks = [{"序号": 1, "重点工作任务": "任务一", "牵头单位": "市财政局", "1-6月份进展情况": "甲"},
             {"序号": 2, "重点工作任务": None, "牵头单位": "市商务局", "1-6月份进展情况": "乙"}]
    return list_file(tmp_path, "notext.xlsx", header=header, tasks=tasks)


def _no_period(tmp_path):
    header = ["序号", "重点工作任务", "牵头单位", "进展情况"]
    tasks = [{"序号": 1, "重点工作任务": "任务一", "牵头单位": "市财政局", "进展情况": "有进展"}]
    return list_file(tmp_path, "noperiod.xlsx", header=header, tasks=tasks, title="2025年重点工作责任清单")


def _no_year(tmp_path):
    return write_xlsx(tmp_path / "list.xlsx", [["重点工作责任清单"], ["序号", "重点工作任务"], [1, "任务一"]])


def _text_without_table(tmp_path):
    p = tmp_path / "notes.txt"
    p.write_text("2025年工作要点\n没有表格。\n", encoding="utf-8")
    return p


def _old_xls(tmp_path):
    p = tmp_path / "old.xls"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    return p


def _sentence_as_status(tmp_path):
    """A 完成情况 column that holds progress text, not status words."""
    tasks = [{"序号": 1, "重点工作任务": "任务一。", "牵头责任单位": "市发改委",
              "工作评价": "已完成年度目标的45%,正在推进。", "1-6月份进展情况": "进展。"}]
    return list_file(tmp_path, tasks=tasks)


def _seed_copy(tmp_path):
    from conftest import SEED

    p = tmp_path / "report.txt"
    p.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return p


def _report_without_year(tmp_path):
    p = tmp_path / "report_noyear.txt"
    p.write_text("重点工作进展\n序号 |\n重点工作任务 |\n1 |\n任务一 |\n", encoding="utf-8")
    return p


# (file maker, extra CLI args, text the one stderr line must hold besides the file name)
CASES = {
    "garbage bytes": (_garbage, [], "无法识别"),
    "broken zip": (_zip_garbage, [], "Excel"),
    "empty sheet": (_empty_sheet, [], "为空"),
    "no 序号/任务 column": (_no_columns, [], "表头"),
    "row without task text": (_no_task_text, [], "第 5 行，B 列(重点工作任务)"),
    "unreadable period": (_no_period, [], "第 3 行，D 列(进展情况)"),
    "bad --period": (_no_period, ["--period", "2025-13"], "2025-13"),
    "period of another year": (_no_period, ["--period", "2024-05"], "2024"),
    "no year": (_no_year, [], "年份"),
    "text without table": (_text_without_table, [], "序号"),
    "old xls": (_old_xls, [], ".xls"),
    "a sentence as status": (_sentence_as_status, [], "第 4 行，E 列(工作评价)"),
    "report text, period of another year": (_seed_copy, ["--period", "2024-05"], "2024-05"),
    "report text, bad --period": (_seed_copy, ["--period", "2025-13"], "2025-13"),
    "report text without a year": (_report_without_year, [], "年份"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_file_exit_2_one_line_store_unchanged(case, seeded_db, tmp_path, capsys):
    make, extra, place = CASES[case]
    path = make(tmp_path)
    before = checksum(seeded_db)
    code = main(["--db", str(seeded_db), "import", str(path), *extra])
    err = capsys.readouterr().err
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert path.name in lines[0] and place in lines[0], lines[0]
    assert "Traceback" not in err
    assert checksum(seeded_db) == before


def test_missing_file_is_named(seeded_db, tmp_path, capsys):
    code = main(["--db", str(seeded_db), "import", str(tmp_path / "nowhere.xlsx")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "nowhere.xlsx" in err[0] and "不存在" in err[0]


def test_a_good_file_and_a_bad_one_import_nothing(seeded_db, tmp_path, capsys):
    good = list_file(tmp_path)
    bad = _no_task_text(tmp_path)
    before = checksum(seeded_db)
    assert main(["--db", str(seeded_db), "import", str(good), str(bad)]) == 2
    assert checksum(seeded_db) == before


def test_merge_failure_in_a_later_file_rolls_back_the_earlier(seeded_db, tmp_path, seed_path, capsys):
    # file 1 adds the June period; file 2 rewrites May, which the office has closed
    june = list_file(tmp_path, "june.xlsx")
    may = tmp_path / "may_revised.txt"
    may.write_text(seed_path.read_text(encoding="utf-8").replace("增速居全省第6位", "增速居全省第5位"),
                   encoding="utf-8")
    with Store(seeded_db) as s:
        s.set_period("2025-05", closed=True)
    before = checksum(seeded_db)
    code = main(["--db", str(seeded_db), "import", str(june), str(may)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "may_revised.txt" in err[0] and "已关闭" in err[0]
    assert checksum(seeded_db) == before
    with Store(seeded_db) as s:
        assert [p.key for p in s.periods()] == ["2025-05"]


def test_cli_refuses_a_foreign_database(tmp_path, seed_path, capsys):
    db = tmp_path / "foreign.db"
    db.write_bytes(b"plain text, not sqlite" * 10)
    code = main(["--db", str(db), "import", str(seed_path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "foreign.db" in err[0]
    assert db.read_bytes() == b"plain text, not sqlite" * 10


def test_unknown_units_are_reported_on_stderr_and_kept(tmp_path, capsys):
    db = tmp_path / "t.db"
    header = ["序号", "重点工作任务", "牵头单位"]
    path = list_file(tmp_path, header=header,
                     tasks=[{"序号": 1, "重点工作任务": "任务一", "牵头单位": "市发改委、市不存在局"}])
    assert main(["--db", str(db), "import", str(path)]) == 0
    err = capsys.readouterr().err
    assert "市不存在局" in err and "市发改委" not in err
    # a list without periods is a normal state: its tasks are listed, the unknown unit kept
    assert main(["--db", str(db), "tasks", "--unit", "市不存在局"]) == 0
    assert "市不存在局" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["tasks"], ["report", "--period", "2025-05"],
                                     ["summary", "--period", "2025-05", "-o", "x.xlsx"]])
def test_a_mistyped_db_is_an_error_not_a_new_database(tmp_path, capsys, command):
    typo = tmp_path / "chizhou.bd"
    assert main(["--db", str(typo), *command]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "chizhou.bd" in err[0] and "不存在" in err[0]
    assert not typo.exists()
