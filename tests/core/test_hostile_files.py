"""Hostile and broken files are refused before they are read: one line, exit 2, the store unchanged.

Built by code: a cell at XFD1048576 (the reader would allocate the whole used range), a zip bomb,
entity definitions, corrupt sheet XML, a huge cell, a FIFO, a folder, GBK text (accepted).
"""

import os
import resource
import subprocess
import sys
import zipfile

import openpyxl
import pytest
from test_cli_bad_input import checksum as _checksum

from chizhou_desk.cli import main
from chizhou_desk.store import Store


def _far_cell(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "重点工作任务", "牵头单位"])
    ws.append([1, "任务一", "市财政局"])
    ws["XFD1048576"] = "x"
    path = tmp_path / "far.xlsx"
    wb.save(path)
    return path


def _small_xlsx(tmp_path, name="ok.xlsx"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年重点工作"])
    ws.append(["序号", "重点工作任务", "牵头单位"])
    ws.append([1, "任务一", "市财政局"])
    path = tmp_path / name
    wb.save(path)
    return path


def _rewrite(src, dst, change):
    """Copy a zip, passing each member's bytes through change(name, data)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info.filename, data)
    return dst


def _zip_bomb(tmp_path):
    src = _small_xlsx(tmp_path, "src.xlsx")
    dst = tmp_path / "bomb.xlsx"
    _rewrite(src, dst, lambda n, d: d)
    with zipfile.ZipFile(dst, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        with z.open("xl/media/padding.bin", "w", force_zip64=True) as f:
            block = b"\0" * (1 << 24)
            for _ in range(13):  # 208 MB unpacked, a few hundred KB packed
                f.write(block)
    return dst


def _entities(tmp_path):
    src = _small_xlsx(tmp_path, "src.xlsx")
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')

    def change(name, data):
        if name == "xl/worksheets/sheet1.xml":
            body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
            return laughs + body.replace(b"\xe4\xbb\xbb\xe5\x8a\xa1\xe4\xb8\x80", b"&lol3;")
        return data
    return _rewrite(src, tmp_path / "entities.xlsx", change)


def _corrupt_xml(tmp_path):
    src = _small_xlsx(tmp_path, "src.xlsx")
    return _rewrite(src, tmp_path / "corrupt.xlsx",
                    lambda n, d: d[: len(d) // 2] if n == "xl/worksheets/sheet1.xml" else d)


def _huge_cell(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "重点工作任务", "牵头单位"])
    ws.append([1, "长" * 40_000, "市财政局"])
    path = tmp_path / "huge.xlsx"
    wb.save(path)
    return path


def _circled_number(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年重点工作"])
    ws.append(["序号", "重点工作任务", "牵头单位"])
    ws.append(["①", "任务一", "市财政局"])
    ws.append(["²", "任务二", "市商务局"])
    path = tmp_path / "circled.xlsx"
    wb.save(path)
    return path


def _many_rows_csv(tmp_path):
    path = tmp_path / "rows.csv"
    with open(path, "w", encoding="utf-8") as f:
        f.write("序号,重点工作任务,牵头单位\n")
        for i in range(1, 100_002):
            f.write(f"{i},任务{i},市财政局\n")
    return path


def _fifo(tmp_path):
    path = tmp_path / "pipe.xlsx"
    os.mkfifo(path)
    return path


def _folder(tmp_path):
    path = tmp_path / "folder.xlsx"
    path.mkdir()
    return path


CASES = {
    "a cell at XFD1048576": (_far_cell, "上限"),
    "zip bomb": (_zip_bomb, "解压后"),
    "entity definitions": (_entities, "实体"),
    "corrupt sheet XML": (_corrupt_xml, "corrupt.xlsx"),
    "a 40,000-character cell": (_huge_cell, "32767 字符上限"),
    "① and ² as numbers": (_circled_number, "circled.xlsx"),
    "100,001 rows": (_many_rows_csv, "100000"),
    "a FIFO": (_fifo, "不是普通文件"),
    "a folder": (_folder, "不是普通文件"),
}


@pytest.mark.parametrize("case", CASES)
def test_hostile_file_refused_in_one_line_store_unchanged(case, seeded_db, tmp_path, capsys):
    make, words = CASES[case]
    path = make(tmp_path)
    before = _checksum(seeded_db)
    code = main(["--db", str(seeded_db), "import", str(path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and path.name in err[0] and words in err[0], err
    assert "Traceback" not in err[0]
    assert _checksum(seeded_db) == before


def test_the_far_cell_is_refused_without_allocating_its_range(tmp_path):
    """In a process limited to 1 GB of address space: the reader must not try to allocate 512 GB."""
    path = _far_cell(tmp_path)
    code = ("import resource, sys\n"
            "resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
            "from chizhou_desk.cli import main\n"
            f"sys.exit(main(['--db', r'{tmp_path / 'x.db'}', 'import', r'{path}']))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "far.xlsx" in proc.stderr and "上限" in proc.stderr
    assert resource.getrlimit(resource.RLIMIT_AS)  # the limit applied to the child only


def test_gbk_text_from_windows_notepad_is_read(tmp_path, capsys):
    path = tmp_path / "list.csv"
    path.write_bytes("2025年重点工作责任清单\n序号,重点工作任务,牵头单位\n1,建成城市书房20个,市文旅局\n"
                     .encode("gbk"))
    db = tmp_path / "t.db"
    assert main(["--db", str(db), "import", str(path)]) == 0, capsys.readouterr().err
    with Store(db) as s:
        (row,) = s.task_rows(None)
    assert row.text == "建成城市书房20个"


def test_a_submission_claiming_the_year_10_to_the_30_is_refused(seeded_db, tmp_path, capsys):
    from chizhou_desk.exports.submission import export_submission

    path = tmp_path / "unit.xlsx"
    with Store(seeded_db) as s:
        export_submission(s, "市商务局", "2025-05", path)
    wb = openpyxl.load_workbook(path)
    for row in wb["chizhou_desk_meta"].iter_rows():
        if row[0].value == "plan_year":
            row[1].value = "1" + "0" * 30
    wb.save(path)
    before = _checksum(seeded_db)
    assert main(["--db", str(seeded_db), "import", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unit.xlsx" in err[0] and "年份" in err[0]
    assert _checksum(seeded_db) == before
