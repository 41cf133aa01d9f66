"""Core benchmark (issue 2): xlsx import against a plain read, search and filter on a big store.

Run: python bench/bench_core.py [--rounds N]
Prints figures; asserts nothing. Budgets: import <= 1.2x a plain read of the same file (issue 2 allows
python-calamine or openpyxl as the reference; both are printed); search and unit+status filter
<= 16 ms median. The generated workbooks are cached in the
temp folder (they take a while to write with openpyxl).
"""

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chizhou_desk.imports import read_file  # noqa: E402
from chizhou_desk.query import row_filter, select  # noqa: E402
from chizhou_desk.store import Store  # noqa: E402

N_TASKS = 10_000
N_PERIODS = 12
CACHE = Path(tempfile.gettempdir()) / "chizhou_desk_bench_v2"
STATUSES = ("已完成", "序时推进", "序时推进", "序时推进", "未达预期", "滞后")
UNITS = ["市发展改革委", "市工业和信息化局", "市财政局", "市商务局", "市人力资源社会保障局",
         "市农业农村局", "市生态环境局", "市科技局", "市教育和体育局", "市文化和旅游局",
         "市住房城乡建设局", "市交通运输局", "市投资促进局", "市委人才工作局"]
UNITS += [f"市第{i}局" for i in range(1, 47)]  # 60 lead units in all


def _phrases() -> list[str]:
    """Clauses of the published report, so needles are as common as in real text."""
    import re

    table = read_file(ROOT / "resources" / "sample" / "chizhou_2025_1-5.txt")
    cells = [t.text for t in table.tasks] + [e.progress for e in table.entries.values()] + \
            [e.next_steps for e in table.entries.values()]
    return sorted({p for c in cells for p in re.split(r"[,，。;；:：\s]+", c) if len(p) >= 4})


PHRASES = _phrases()


def sentence(rng: random.Random, n: int) -> str:
    return ",".join(rng.choice(PHRASES) for _ in range(n)) + "。"


def generate(month: int) -> Path:
    """A 10,000-row progress table for period 1-<month>月份, like the office's list."""
    import openpyxl

    path = CACHE / f"list_2025_1-{month}.xlsx"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2025)  # the same tasks in every file
    trng = random.Random(month)  # period texts differ
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("清单")
    ws.append([f"2025年池州市政府重点工作责任清单1-{month}月份进展情况"])
    ws.append(["序号", "重点工作任务", "牵头责任单位", "工作评价", f"1-{month}月份进展情况", "近期工作安排"])
    for no in range(1, N_TASKS + 1):
        text = sentence(rng, rng.randint(1, 4))
        lead = rng.choice(UNITS)
        if rng.random() < 0.05:
            lead += "、" + rng.choice(UNITS)
        ws.append([no, text, lead, trng.choice(STATUSES), sentence(trng, trng.randint(2, 6)),
                   sentence(trng, trng.randint(1, 3))])
    tmp = path.with_suffix(".tmp")
    wb.save(tmp)
    tmp.rename(path)
    return path


def timed(fn, rounds: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def plain_read(path: Path):
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    return [wb.get_sheet_by_name(n).to_python(skip_empty_area=False) for n in wb.sheet_names]


def openpyxl_read(path: Path):
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    rows = [list(ws.iter_rows(values_only=True)) for ws in wb.worksheets]
    wb.close()
    return rows


def import_fresh(path: Path, work: Path):
    db = work / "fresh.db"
    for f in work.glob("fresh.db*"):
        f.unlink()
    with Store(db) as s:
        s.import_table(read_file(path))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    t0 = time.perf_counter()
    files = [generate(m) for m in range(1, N_PERIODS + 1)]
    print(f"workbooks: {len(files)} × {N_TASKS} rows in {CACHE} ({time.perf_counter() - t0:.1f} s)")

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # alternate the three so that load from other processes hits them alike
        reads, opx_reads, imports = [], [], []
        for _ in range(args.rounds):
            reads.append(timed(lambda: plain_read(files[0]), 1)[0])
            opx_reads.append(timed(lambda: openpyxl_read(files[0]), 1)[0])
            imports.append(timed(lambda: import_fresh(files[0], work), 1)[0])
        read_med, opx_med, imp_med = (statistics.median(x) for x in (reads, opx_reads, imports))

        def runs(times):
            return ", ".join(f"{t * 1000:.0f}" for t in times)

        print(f"plain python-calamine read of {N_TASKS} rows: median {read_med * 1000:.0f} ms ({runs(reads)})")
        print(f"plain openpyxl read-only read of the same file: median {opx_med * 1000:.0f} ms "
              f"({runs(opx_reads)})")
        print(f"import into a fresh db (read_file + import_table, FTS index included): median "
              f"{imp_med * 1000:.0f} ms ({runs(imports)})")
        print(f"  ratio import / openpyxl read: {imp_med / opx_med:.2f} (budget <= 1.20)")
        print(f"  ratio import / python-calamine read: {imp_med / read_med:.2f} (the import reads with "
              f"calamine; the FTS5 trigram index alone costs ~2x this read, see README design notes)")
        parse_med, _ = timed(lambda: read_file(files[0]), args.rounds)
        print(f"  of which read_file (parse only): median {parse_med * 1000:.0f} ms")

        db = work / "big.db"
        t0 = time.perf_counter()
        later = []
        with Store(db) as s:
            s.import_table(read_file(files[0]))
            for f in files[1:]:
                t1 = time.perf_counter()
                s.import_table(read_file(f))
                later.append(time.perf_counter() - t1)
        print(f"db with {N_TASKS} tasks × {N_PERIODS} periods built in {time.perf_counter() - t0:.1f} s "
              f"(a later period's import: median {statistics.median(later) * 1000:.0f} ms)")

        with Store(db) as s:
            key = s.latest_period()
            n_entries = s.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
            print(f"entries: {n_entries}, period asked: {key}")
            rounds = max(args.rounds * 4, 21)
            for label, needle in (("search, 2-char needle '镁基'", "镁基"),
                                  ("search, 3-char needle '新材料'", "新材料"),
                                  ("search, 7-char needle '镁基新材料创新'", "镁基新材料创新")):
                med, _ = timed(lambda needle=needle: s.search(needle, key), rounds)
                hits = len(s.search(needle, key))
                print(f"{label}: median {med * 1000:.1f} ms ({hits} tasks) (budget <= 16 ms)")
            # the window loads the period's rows once; a filter change runs row_filter over them
            rows = s.task_rows(key)
            for status in ("未达预期", "未填"):
                def run(status=status):
                    accept = row_filter(s, key, unit="市发改委", status=status)
                    return [r for r in rows if accept is None or accept(r)]
                med, _ = timed(run, rounds)
                print(f"filter unit 市发改委 + status {status} over loaded rows: median {med * 1000:.1f} ms "
                      f"({len(run())} tasks) (budget <= 16 ms)")
            med, _ = timed(lambda: select(s, key, unit="市发改委", status="未达预期"), max(args.rounds, 5))
            print(f"(CLI) tasks --unit --status, rows read included: median {med * 1000:.0f} ms")
            med, _ = timed(lambda: s.task_rows(key), max(args.rounds, 5))
            print(f"(for reference) all {N_TASKS} task rows of a period: median {med * 1000:.0f} ms")


if __name__ == "__main__":
    main()
