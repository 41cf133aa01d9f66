"""The office's month at scale: 30 lead units' submissions of a 10,000-task list.

Budgets (issue 15): dry run of the 30 files ≤ 2 s, merge ≤ 3 s. Prints figures; asserts nothing.

    python3 bench/bench_office.py [--tasks 10000] [--units 30] [--rounds 3]
"""

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chizhou_desk import office  # noqa: E402
from chizhou_desk.domain import Entry, ImportedTable, Plan, Task  # noqa: E402
from chizhou_desk.exports.submission import export_submission  # noqa: E402
from chizhou_desk.imports import read_file  # noqa: E402
from chizhou_desk.store import Store  # noqa: E402
from chizhou_desk.units import load_city_registry  # noqa: E402

KEY = "2025-05"
WORDS = ("推进", "镁基", "新材料", "产业", "项目", "建设", "招商", "引资", "完成", "增长", "投资", "改革",
         "创新", "平台", "企业", "培育", "生态", "环境", "治理", "民生", "就业", "教育", "医疗", "交通")
STATUSES = ("序时推进",) * 8 + ("未达预期", "已完成", "滞后")


def sentence(rng, n):
    return "".join(rng.choice(WORDS) for _ in range(n)) + "。"


def setup(work: Path, n_tasks: int, n_units: int) -> tuple[Path, list[Path]]:
    """The office's database (list and period, nothing reported) and the units' files."""
    rng = random.Random(15)
    _, units = load_city_registry("池州")
    names = [u.name for u in units][:n_units]
    names += [f"市第{i}工作专班" for i in range(1, n_units - len(names) + 1)]  # the registry has fewer
    plan = Plan(2025, "2025年市政府重点工作责任清单", "池政秘〔2025〕9号", "池州")
    tasks = [Task(no=str(i), text=sentence(rng, 12), lead_units=[names[i % len(names)]])
             for i in range(1, n_tasks + 1)]
    office_db = work / "office.db"
    with Store(office_db) as s:
        s.import_table(ImportedTable("list", plan, tasks))
        s.create_period(KEY)
    liaison_db = work / "liaisons.db"
    shutil.copy(office_db, liaison_db)
    entries = {t.no: Entry(status=rng.choice(STATUSES), progress=sentence(rng, 30), next_steps=sentence(rng, 12),
                           reason=sentence(rng, 6)) for t in tasks}
    files = []
    with Store(liaison_db) as s:
        s.import_table(ImportedTable("typed", plan, tasks, KEY, entries))
        for i, unit in enumerate(names):
            path = work / f"{unit}.xlsx"
            export_submission(s, unit, KEY, path, filler={"person": f"联络员{i}", "phone": f"0566-21{i:02d}"})
            files.append(path)
    return office_db, files


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=10_000)
    ap.add_argument("--units", type=int, default=30)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-office-"))
    try:
        t = time.perf_counter()
        office_db, files = setup(work, args.tasks, args.units)
        print(f"setup: {args.tasks} tasks, {len(files)} unit files "
              f"({sum(f.stat().st_size for f in files) / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s")
        cli_dry = []
        for _ in range(args.rounds):  # as `import --dry-run` runs it: the database opened read-only
            t = time.perf_counter()
            office.dry_run_submissions(files, office_db)
            cli_dry.append(time.perf_counter() - t)
        dry, read, merge, status = [], [], [], []
        for _ in range(args.rounds):
            db = work / "round.db"
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            shutil.copy(office_db, db)
            with Store(db) as s:
                t = time.perf_counter()
                previews = office.preview_submissions(s, files)
                dry.append(time.perf_counter() - t)
                assert all(not p.refused for p in previews), [p.refused for p in previews if p.refused]
                t = time.perf_counter()
                tables = [read_file(f) for f in files]
                read.append(time.perf_counter() - t)
                t = time.perf_counter()
                s.import_tables(tables)  # one transaction, as the CLI and the window merge
                merge.append(time.perf_counter() - t)
                t = time.perf_counter()
                got = office.submission_status(s, KEY)
                status.append(time.perf_counter() - t)
                assert sum(g.submitted for g in got) == len(files)
        changed = sum(p.changed for p in previews)
        print(f"dry run (read {len(files)} files + compare): best {min(dry):.2f} s, "
              f"median {sorted(dry)[len(dry) // 2]:.2f} s  [budget 2 s]; {changed} tasks would change")
        print(f"dry run as the CLI does it (office.dry_run_submissions): best {min(cli_dry):.2f} s  [budget 2 s]")
        best = min(r + m for r, m in zip(read, merge, strict=False))
        print(f"merge (read {min(read):.2f} s + write {min(merge):.2f} s): best {best:.2f} s  [budget 3 s]")
        print(f"报送情况 of {len(got)} units (liaisons read from their files): best {min(status) * 1000:.0f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
