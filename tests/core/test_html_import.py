"""Saved web pages (.html/.htm, GBK or UTF-8) import like any table on the command line
(--dry-run, --map, --header-row as for .xlsx); hostile pages are refused before allocating; a
refused list says the window's preview can fix it; the user's corrections rebuild the table."""

from pathlib import Path

import pytest

from chizhou_desk.cli import main
from chizhou_desk.errors import InputError
from chizhou_desk.imports import engine
from chizhou_desk.imports.corrections import Corrections
from chizhou_desk.imports.detect import propose_file, propose_pasted
from chizhou_desk.imports.html_tables import html_grids
from chizhou_desk.store import Store

# rows shaped like 池州市 2025 民生实事 published on the city's site (facts kept, sentences ours)
PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>池州市人民政府 政务公开</title><style>td {{ color: red }}</style></head><body>
<table class="layout"><tr><td>首页 &gt; 政务公开</td></tr></table>
<h2>池州市2025年民生实事项目清单</h2><p>发布日期：2025-02-20</p>
<table border="1">
<tr><th rowspan="2">序号</th><th rowspan="2">项目名称</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr>
<tr><th>牵头单位</th><th>配合单位</th></tr>
<tr><td colspan="5">一、教育</td></tr>
<tr><td>1</td><td>新建、改扩建<br>公办幼儿园3所。</td><td rowspan="2">市教体局</td><td>市住建局</td><td>12月底</td></tr>
<tr><td>2</td><td>建设智慧课堂100间。</td><td>市数据资源局</td><td>11月底</td></tr>
<tr><td colspan="5">二、养老</td></tr>
<tr><td>3</td><td>新增养老机构床位&nbsp;500张。</td><td>市民政局</td><td></td><td>12月底</td></tr>
</table><script>var x = "<table><tr><td>1</td><td>2</td></tr></table>";</script></body></html>"""
# the same table with a header the engine cannot read: --map and --header-row settle it
ODD = """<html><head><meta charset="utf-8"></head><body><p>2025年重点项目</p><table>
<tr><td>说明：本表由各单位填报</td></tr>
<tr><td>编</td><td>条目</td><td>谁</td></tr>
<tr><td>1</td><td>建成城市书房20个</td><td>市文旅局</td></tr>
<tr><td>2</td><td>新建公园3个</td><td>市林业局</td></tr></table></body></html>"""


def _page(tmp_path: Path, name: str, charset: str, encoding: str) -> Path:
    path = tmp_path / name
    path.write_bytes(PAGE.format(charset=charset).encode(encoding))
    return path


def _checksum(db: Path) -> str:
    with Store(db) as s:
        return s.content_checksum()


@pytest.mark.parametrize(("name", "charset", "encoding"), [("gbk.html", "gb2312", "gbk"),
                                                           ("utf8.htm", "utf-8", "utf-8"),
                                                           ("sniffed.html", "x-none", "gbk")])
def test_a_saved_page_imports_from_the_cli(tmp_path, capsys, name, charset, encoding):
    path = _page(tmp_path, name, charset, encoding)
    db = tmp_path / "page.db"
    assert main(["--db", str(db), "import", "--dry-run", str(path)]) == 0
    out = capsys.readouterr().out
    assert "C 列“责任单位/牵头单位” → 牵头单位(lead)" in out and "将导入 3 项任务" in out
    assert not db.exists()  # --dry-run writes nothing
    assert main(["--db", str(db), "import", str(path)]) == 0
    with Store(db) as s:
        rows = {r.no: r for r in s.task_rows(None)}
        assert s.plan_info(2025)["title"] == "池州市2025年民生实事项目清单"
    assert rows["1"].text == "新建、改扩建\n公办幼儿园3所。" and rows["1"].coop_units == ["市住房城乡建设局"]
    assert rows["2"].lead_units == ["市教育和体育局"]  # rowspan: the merged unit over both rows
    assert rows["3"].section == "二、养老" and rows["3"].text == "新增养老机构床位 500张。"
    assert len(rows) == 3  # the layout table and the script's table are not the list


def test_map_and_header_row_settle_a_page_like_an_xlsx(tmp_path, capsys):
    path = tmp_path / "odd.html"
    path.write_text(ODD, encoding="utf-8")
    db = tmp_path / "odd.db"
    assert main(["--db", str(db), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "odd.html" in err and "文件 → 导入" in err and not db.exists()
    args = ["--db", str(db), "import", "--header-row", "2", "--map", "A=no,B=task,C=lead", str(path)]
    assert main([*args[:3], "--dry-run", *args[3:]]) == 0
    assert "B 列“条目” → 任务内容(text)" in capsys.readouterr().out
    assert main(args) == 0
    with Store(db) as s:
        assert [(r.no, r.text, r.lead_units) for r in s.task_rows(None)] == [
            ("1", "建成城市书房20个", ["市文旅局"]), ("2", "新建公园3个", ["市林业局"])]


def test_a_refusal_says_the_window_can_fix_it_in_english_too(tmp_path, capsys):
    path = tmp_path / "lines.txt"
    path.write_text("2025年重点工作\n1. 建设产业园。\n市发改委负责\n2. 新建5G基站300个。\n", encoding="utf-8")
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "import", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "逐行" in err and "导入预览" in err and "文件 → 导入" in err
    assert main(["--db", str(db), "--lang", "en", "import", str(path)]) == 2
    assert "can be corrected and imported in the window: File → Import" in capsys.readouterr().err
    assert main(["--db", str(db), "import", str(tmp_path / "missing.html")]) == 2
    assert "文件 → 导入" not in capsys.readouterr().err  # not a list to fix: no hint


HOSTILE = {
    "a colspan past the column limit": ('<table><tr><td colspan="5000">a</td><td>b</td></tr>'
                                        '<tr><td>1</td><td>2</td></tr></table>', "列的上限"),
    "a 40,000-character cell": ("<table><tr><td>" + "长" * 40_000 + "</td><td>b</td></tr></table>", "字符的上限"),
    "rows past the limit": ("<table>" + "<tr><td>1</td><td>x</td></tr>" * 100_001 + "</table>", "行的上限"),
    "spans that fill millions of cells": ("<table>" + '<tr><td rowspan="65534" colspan="100">a</td></tr>' * 40
                                          + "</table>", "过多"),
    "a page without a table": ("<html><body><p>2025年工作要点</p></body></html>", "没有表格"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_page_is_refused_and_the_store_is_unchanged(case, seeded_db, tmp_path, capsys):
    text, words = HOSTILE[case]
    path = tmp_path / "bad.html"
    path.write_text("<!DOCTYPE html>" + text, encoding="utf-8")
    before = _checksum(seeded_db)
    assert main(["--db", str(seeded_db), "import", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.html" in err[0] and words in err[0], err
    assert _checksum(seeded_db) == before


def test_spans_are_spread_like_merged_cells():
    grid = html_grids('<table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr>'
                      "<tr><td>c</td><td>d</td></tr><tr><td>e</td><td>f</td><td>g</td></tr></table>")[0]
    assert grid.rows == [["A", "B", ""], ["", "c", "d"], ["e", "f", "g"]]
    assert sorted(grid.merges) == [(0, 0, 1, 0), (0, 1, 0, 2)]


def test_pasted_html_and_tabs_become_proposals():
    prop, checksum = propose_pasted(html=PAGE.format(charset="utf-8"))
    assert prop.col("lead") == 2 and len(checksum) == 64
    prop, _ = propose_pasted(text="序号\t重点工作任务\t牵头单位\n1\t任务一。\t市财政局\n2\t任务二。\t市商务局\n")
    assert [c.role for c in prop.columns] == ["no", "text", "lead"]
    with pytest.raises(InputError, match="剪贴板"):
        propose_pasted(text="   ")


def test_corrections_rebuild_the_table_as_the_user_said(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("2025年重点工作\n1. 建设产业园。\n市发改委负责\n2. 新建5G基站300个。\n附：联系人张三\n",
                    encoding="utf-8")
    prop, _ = propose_file(path)
    assert prop.grid.kind == "lines" and not prop.confident
    with pytest.raises(InputError, match="没有序号"):
        engine.build(prop, path)
    fixes = Corrections()
    fixes.mark([2, 4], "skip")
    fixes.edit(prop.grid, 1, 2, "市发改委")
    fixes.edit(prop.grid, 3, 0, "2")  # typing what the file says is no edit
    assert fixes.edits == {(1, 2): "市发改委"}
    again = engine.propose(fixes.applied(prop.grids, prop.sheet), path)
    fixes.give_marks(again)
    table = engine.build(again, path)
    assert [(t.no, t.lead_units) for t in table.tasks] == [("1", ["市发改委"]), ("2", [])]
    assert prop.grid.rows[1][2] == ""  # the file's grid is kept as read
