"""Excel export benchmark (issue 4). Prints figures; asserts nothing.

Run: python bench/bench_export.py [--tasks 10000] [--rounds 5]

Budgets:
  - a unit submission (市发展改革委, 15 tasks) <= 100 ms (warm: openpyxl already imported;
    the first call, which pays the import, is printed too);
  - a summary of 10,000 tasks <= 1.2x a plain openpyxl write of the same cells without styles,
    measured in the same run (the plain write is the usual Workbook() + ws.append + save;
    a write-only plain write is printed for reference).
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chizhou_desk.database import load_sample  # noqa: E402
from chizhou_desk.domain import Entry, ImportedTable, Plan, Task  # noqa: E402
from chizhou_desk.store import Store  # noqa: E402

WORDS = ("推进", "镁基", "新材料", "产业", "项目", "建设", "招商", "引资", "完成", "增长", "投资", "改革",
         "创新", "平台", "企业", "培育", "生态", "环境", "治理", "民生", "就业", "教育", "医疗", "交通")
STATUSES = ("序时推进",) * 8 + ("未达预期", "已完成", "滞后")


def make_big_db(path: Path, n_tasks: int, seed: int = 7) -> Path:
    """N tasks led by the sample's units, one period, 97 % of them reported (2025-05)."""
    import random

    rng = random.Random(seed)
    say = lambda n: "".join(rng.choice(WORDS) for _ in range(n)) + "。"  # noqa: E731
    with Store(tmp_sample := path.with_name("units.db")) as s:
        load_sample(s)
        units = s.lead_unit_names()
    tmp_sample.unlink()
    plan = Plan(2025, "2025年市政府重点工作责任清单", "池政秘〔2025〕9号", "池州")
    tasks = [Task(no=str(i), text=say(12), lead_units=[rng.choice(units)])
             for i in range(1, n_tasks + 1)]
    entries = {t.no: Entry(status=rng.choice(STATUSES), progress=say(20), next_steps=say(10))
               for t in tasks if rng.random() < 0.97}
    with Store(path) as store:
        store.import_table(ImportedTable("bench", plan, tasks, "2025-05", entries))
    return path


def timed(fn, rounds):
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-export-"))

    from chizhou_desk.exports import layout as L
    from chizhou_desk.exports.submission import export_submission
    from chizhou_desk.exports.summary import export_summary

    with Store(tmp / "sample.db") as store:
        load_sample(store)
        out = tmp / L.default_file_name("市发展改革委", "2025-05")
        t = time.perf_counter()
        export_submission(store, "市发改委", "2025-05", out)
        first = time.perf_counter() - t
        med, best = timed(lambda: export_submission(store, "市发改委", "2025-05", out), args.rounds * 4)
        print(f"submission 15 tasks: median {med * 1000:.1f} ms, best {best * 1000:.1f} ms, "
              f"first call incl. openpyxl import {first * 1000:.1f} ms (budget 100 ms)")

    db = make_big_db(tmp / "big.db", args.tasks)
    with Store(db) as store:
        key = store.latest_period()
        rows = store.task_rows(key)
        keys = L.ExportOptions().keys()
        headers = L.headers(keys, key)
        cells = [["汇总表标题"], ["填报信息"], headers] + [L.sheet_row(r, keys).values for r in rows]

        def plain():
            from openpyxl import Workbook

            wb = Workbook()
            ws = wb.active
            for line in cells:
                ws.append(line)
            wb.save(tmp / "plain.xlsx")

        def plain_write_only():
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("汇总表")
            for line in cells:
                ws.append(line)
            wb.save(tmp / "plain_wo.xlsx")

        def ours():
            export_summary(store, key, tmp / "summary.xlsx")

        plain()  # warm both paths once
        ours()
        # interleave so both see the same machine state
        p_times, o_times, w_times = [], [], []
        for _ in range(args.rounds):
            p_times.append(timed(plain, 1)[0])
            o_times.append(timed(ours, 1)[0])
            w_times.append(timed(plain_write_only, 1)[0])
        p, o, w = (statistics.median(x) for x in (p_times, o_times, w_times))
        pb, ob, wb_ = (min(x) for x in (p_times, o_times, w_times))
        read, _ = timed(lambda: store.task_rows(key), args.rounds)
        print(f"summary {len(rows)} tasks (styled, row heights, metadata, store read included): "
              f"median {o * 1000:.0f} ms, best {ob * 1000:.0f} ms; store.task_rows alone {read * 1000:.0f} ms")
        print(f"plain openpyxl write of the same cells, no styles:             "
              f"median {p * 1000:.0f} ms, best {pb * 1000:.0f} ms")
        print(f"plain openpyxl write-only write of the same cells (reference): "
              f"median {w * 1000:.0f} ms, best {wb_ * 1000:.0f} ms")
        print(f"ratio summary / plain: median {o / p:.2f}, best {ob / pb:.2f} (budget <= 1.20; "
              f"best-of-N is the steadier figure on a shared machine); "
              f"summary / plain write-only {o / w:.2f}")


if __name__ == "__main__":
    main()
