"""The office does not trust a submission's hidden sheet (issue 13, item 7): files forged with
recomputed checksums are refused by the checks against its own database, which stays unchanged."""

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from chizhou_desk.errors import InputError
from chizhou_desk.exports import layout as L
from chizhou_desk.exports.submission import export_submission
from chizhou_desk.file_format import META_SHEET
from chizhou_desk.imports import read_file
from chizhou_desk.store import Store

ROOT = Path(__file__).resolve().parents[2]
PERIOD = "2025-05"
UNIT = "市发展改革委"


def forge(src: Path, dst: Path, meta: dict | None = None, rows: dict | None = None) -> Path:
    """Edit the data sheet and the metadata as a careful forger would: every row checksum and
    the table checksum recomputed, so the file reads as untouched since export."""
    wb = openpyxl.load_workbook(src)
    ms = wb[META_SHEET]
    where, table_start = {}, None
    for r in range(1, ms.max_row + 1):
        a, b = ms.cell(r, 1).value, ms.cell(r, 2).value
        if a == "no" and b == "row":
            table_start = r + 1
            break
        if a:
            where[a] = r
    get = lambda k: ms.cell(where[k], 2).value  # noqa: E731
    for k, v in (meta or {}).items():
        ms.cell(where[k], 2).value = v
    keys, sheet, first = get("columns").split(","), wb[get("sheet")], int(get("first_row"))
    for i, changes in (rows or {}).items():
        for k, v in changes.items():
            sheet.cell(first + i, keys.index(k) + 1).value = v
    digests = []
    for i in range(int(get("row_count"))):
        values = [sheet.cell(first + i, j + 1).value for j in range(len(keys))]
        digests.append(L.row_digest(values))
        ms.cell(table_start + i, 1).value = L.canon(values[keys.index("no")])
        ms.cell(table_start + i, 3).value = digests[-1]
    ms.cell(where["sha256"], 2).value = L.table_digest(digests)
    wb.save(dst)
    return dst


@pytest.fixture
def exported(store, tmp_path):
    rows = store.task_rows(PERIOD, sorted(store.task_ids_for(unit=UNIT)))
    store.save_entry(rows[0].id, PERIOD, {"progress": "本单位的进展。"})
    path = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, path)
    store.save_entry(rows[0].id, PERIOD, {"progress": rows[0].progress})
    return path


def _other_units_task(store):
    own = store.task_ids_for(unit=UNIT)
    return next(r for r in store.task_rows(PERIOD) if r.id not in own and UNIT not in r.lead_units)


def test_an_untouched_submission_imports(store, exported):
    store.import_table(read_file(exported))
    assert store.task_rows(PERIOD, sorted(store.task_ids_for(unit=UNIT)))[0].progress == "本单位的进展。"


def cases(store):
    other = _other_units_task(store)
    return {
        "unknown unit": ({"unit": "市不存在局"}, None, "不是本库登记的单位"),
        "another unit": ({"unit": other.lead_units[0]}, None, "不牵头"),
        "period never created": ({"period_key": "2025-07", "period_label": "1-7月份"}, None, "本库没有期间"),
        "another unit's task": (None, {0: {"no": other.no, "text": other.text}}, "不牵头"),
        "task text rewritten": (None, {0: {"text": "改写后的任务内容"}}, "不符"),
    }


@pytest.mark.parametrize("case", ["unknown unit", "another unit", "period never created",
                                  "another unit's task", "task text rewritten"])
def test_a_forged_submission_is_refused_and_the_database_unchanged(store, exported, tmp_path, case):
    meta, rows, words = cases(store)[case]
    forged = forge(exported, tmp_path / "forged.xlsx", meta, rows)
    if case == "period never created":  # the header names the period too: forged consistently
        wb = openpyxl.load_workbook(forged)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and "1-5月份" in cell.value:
                        cell.value = cell.value.replace("1-5月份", "1-7月份")
        wb.save(forged)
        forged = forge(forged, forged)
    table = read_file(forged)  # the reader alone is fooled: checksums match
    before = store.content_checksum()
    with pytest.raises(InputError, match=words):
        store.import_table(table)
    assert store.content_checksum() == before


def test_the_cli_refuses_a_forged_file_in_one_line(store, db_path, exported, tmp_path):
    forged = forge(exported, tmp_path / "forged.xlsx", {"unit": "市不存在局"})
    before = store.content_checksum()
    store.close()
    proc = subprocess.run([sys.executable, "-m", "chizhou_desk", "import", str(forged), "--db", str(db_path)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "forged.xlsx" in proc.stderr, proc.stderr
    with Store(db_path, read_only=True) as s:
        assert s.content_checksum() == before
