"""Units found the way people abbreviate them, in a city without a shipped unit list (issue 25)."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from xlsx_builders import list_file  # noqa: E402

from chizhou_desk import unit_match  # noqa: E402
from chizhou_desk.cli import main  # noqa: E402
from chizhou_desk.store import Store  # noqa: E402

HEADER = ["序号", "重点工作任务", "牵头单位", "配合单位"]
UNITS = {"发改": "市发展和改革委员会", "人社": "市人力资源和社会保障局", "经信": "市经济和信息化局"}
TASKS = [
    {"序号": 1, "重点工作任务": "地区生产总值增长6%。", "牵头单位": "市发展和改革委员会", "配合单位": "市统计局"},
    {"序号": 2, "重点工作任务": "城镇新增就业2万人。", "牵头单位": "市人力资源和社会保障局"},
    {"序号": 3, "重点工作任务": "规上工业增加值增长8%。", "牵头单位": "市经济和信息化局", "配合单位": "市发展和改革委员会"},
    {"序号": 4, "重点工作任务": "扩大有效投资。", "牵头单位": "市发展和改革委员会"},
]
QUERIES = {"发改": "发改", "发改委": "发改", "市发改委": "发改", "fgw": "发改", "人社局": "人社", "rsj": "人社",
           "经信局": "经信", "市经信局": "经信"}  # what is typed -> the unit it means


@pytest.fixture
def city_db(tmp_path, capsys):
    db = tmp_path / "xc.db"
    path = list_file(tmp_path, header=HEADER, tasks=TASKS, title="2025年宣城市政府重点工作责任清单")
    assert main(["--db", str(db), "import", str(path)]) == 0
    err = capsys.readouterr().err
    assert "未登记的单位" not in err  # a new city's list names its units: they are the registry
    return db


@pytest.mark.parametrize("query", list(QUERIES))
def test_tasks_unit_takes_the_usual_abbreviation(city_db, capsys, query):
    assert main(["--db", str(city_db), "tasks", "--unit", query, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    expected = {"发改": ["1", "4"], "人社": ["2"], "经信": ["3"]}
    key = QUERIES[query]
    assert [r["no"] for r in rows] == expected[key]
    assert all(UNITS[key] in r["lead_units"] for r in rows)


def test_an_ambiguous_or_unknown_unit_is_refused_with_the_candidates(city_db, capsys):
    assert main(["--db", str(city_db), "tasks", "--unit", "市"]) == 2
    err = capsys.readouterr().err
    assert "可指多个单位" in err and "市发展和改革委员会" in err
    assert main(["--db", str(city_db), "tasks", "--unit", "市教育局"]) == 2
    assert "未知单位" in capsys.readouterr().err


def test_ranking_puts_the_named_unit_first():
    names = ["市发展研究中心", "市人民政府办公室", *UNITS.values(), "市财政局"]
    assert unit_match.rank("发改", names)[0] == "市发展和改革委员会"
    assert unit_match.rank("发展", names)[:2] == ["市发展和改革委员会", "市发展研究中心"]
    assert unit_match.best("发展", names) is None  # two as good: not a guess
    assert unit_match.rank("市府办", names) == ["市人民政府办公室"]
    assert unit_match.rank("财政局", names) == ["市财政局"]
    assert unit_match.rank("教育", names) == []
    assert unit_match.reduced("市发展和改革委员会") == "市发展改革委"
    assert unit_match.best("县发改委", names) is None  # a county's office is not the city's


def test_an_imported_cell_abbreviated_resolves_to_the_registered_unit(city_db, tmp_path):
    """A later list (the office's June table) writing 市发改委 and 人社局 links the same units; a cell
    that only looks alike (各县区政府) stays a unit of its own."""
    tasks = [{**t, "牵头单位": {1: "市发改委", 2: "人社局", 3: "经信局", 4: "各县区政府"}[t["序号"]]} for t in TASKS]
    path = list_file(tmp_path, name="again.xlsx", header=HEADER, tasks=tasks,
                     title="2025年宣城市政府重点工作责任清单")
    with Store(city_db) as store:
        result = store.import_table(__import__("chizhou_desk.imports", fromlist=["read_file"]).read_file(path))
        leads = {r.no: r.lead_units for r in store.task_rows(None)}
    assert leads["1"] == ["市发展和改革委员会"] and leads["2"] == ["市人力资源和社会保障局"]
    assert leads["3"] == ["市经济和信息化局"] and leads["4"] == ["各县区政府"]
    assert result.unknown_units == ["各县区政府"]


def test_pinyin_initials_load_without_the_phrase_dictionary():
    """The build leaves pypinyin's phrase dictionary out (2.5 MB): a Latin query must not need it."""
    import subprocess
    import sys

    code = ("import sys; from chizhou_desk.unit_match import rank; "
            "print(rank('fgw', ['市财政局', '市发展和改革委员会', '市人力资源和社会保障局'])); "
            "print('pypinyin.phrases_dict' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split("\n")[:2] == ["['市发展和改革委员会']", "False"]
