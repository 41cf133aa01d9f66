"""Every budget figure in one run, side by side (issue 28). Prints; asserts nothing.

    python bench/budget.py [--rounds N] [--checkout DIR] [--quick]

--checkout times another copy of the code (an older commit unpacked with `git archive`) with the
same harness, so a change can be judged before and after. Whole processes are timed from outside
(wall clock; CPU time and peak RSS from the kernel's rusage), app and floor in turn (A B A B …) and
quoted as the median of the pairwise ratios: the machine's speed drifts between pairs, not within
one. On a shared, loaded machine wall times swell with the load; CPU times much less, so both are
printed (figures in a process: median CPU time, wall in the details).

Figures and budgets:
  ready / floor     start to painted window on the sample vs a bare PySide6 window painting
                    147 Chinese rows (bench/bare_window.py)                         <= 1.3
  search 2/3/7      keystroke in the window at 10,000 tasks (filter + table refresh)   <= 5 ms
                    and the search alone (needle -> matching task ids)                  <= 5 ms
  edit -> commit    undo command -> store transaction (synchronous=FULL) -> row shown  <= 10 ms
  import            10,000 rows vs a plain calamine read                               <= 3.0
                    (and vs a plain openpyxl read)
  export            a unit's submission (warm) <= 100 ms; a 10,000-task summary
  memory            peak RSS of a start on 10,000 tasks that quits when ready       <= 100 MB
  ready at 50k      start to painted window on 50,000 tasks                            <= 2 s
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = Path(tempfile.gettempdir()) / "chizhou_desk_budget_v1"
NEEDLES = {2: ("镁基", "项目", "民生", "招商"), 3: ("新材料", "镁基新", "推进项"),
           7: ("镁基新材料产业", "招商引资完成", "生态环境治理民")}


def run_timed(cmd: list[str], env: dict) -> tuple[float, float, str, float]:
    """(wall ms, peak RSS MiB, stdout, CPU ms) of one whole process."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = p.stdout.read().decode() if p.stdout else ""
    _, status, usage = os.wait4(p.pid, 0)
    wall = (time.perf_counter() - t) * 1000
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0 or "ready" not in out:
        raise SystemExit(f"{' '.join(cmd)}: exit {p.returncode}, {out!r}")
    return wall, usage.ru_maxrss / 1024, out, (usage.ru_utime + usage.ru_stime) * 1000


class Clock:
    """CPU and wall milliseconds of the timed calls."""

    def __init__(self) -> None:
        self.cpu: list[float] = []
        self.wall: list[float] = []

    def __enter__(self):
        self._t = (time.process_time(), time.perf_counter())
        return self

    def __exit__(self, *exc) -> None:
        self.cpu.append((time.process_time() - self._t[0]) * 1000)
        self.wall.append((time.perf_counter() - self._t[1]) * 1000)

    def figure(self) -> str:
        return f"{statistics.median(self.cpu):.1f} ms"

    def detail(self) -> str:
        return (f"CPU max {max(self.cpu):.1f}; wall median {statistics.median(self.wall):.1f}, "
                f"max {max(self.wall):.1f}; {len(self.cpu)} runs")


def ready_ms(out: str) -> float:
    return float(out.split("ready", 1)[1].split()[0])


def child_env(checkout: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as on a user's PC
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(checkout)
    return env


def app_cmd(db: Path, settings: Path) -> list[str]:
    return [sys.executable, "-m", "chizhou_desk", "--db", str(db), "--settings-dir", str(settings),
            "--quit-when-ready"]


def big_db(checkout: Path, n: int, months: int) -> Path:
    """A generated store (bench/bigdata.py), built once per size and kept in the temp folder."""
    from chizhou_desk.schema import SCHEMA_VERSION  # the checkout's: a read-only store cannot migrate

    path = CACHE / f"big_{n}_{months}_v{SCHEMA_VERSION}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part")
        for f in CACHE.glob(tmp.name + "*"):
            f.unlink()
        subprocess.run([sys.executable, "-c", f"import sys; sys.path[:0] = [{str(checkout)!r}, {str(HERE)!r}]\n"
                        f"from pathlib import Path\nfrom bigdata import make_big_db\n"
                        f"make_big_db(Path({str(tmp)!r}), {n}, {months})"], check=True)
        tmp.rename(path)
    return path


def startup(checkout: Path, work: Path, rounds: int, rows: list) -> None:
    env = child_env(checkout)
    sample = work / "sample.db"
    subprocess.run([sys.executable, "-c", "from chizhou_desk.database import load_sample\n"
                    "from chizhou_desk.store import Store\n"
                    f"s = Store({str(sample)!r}); load_sample(s); s.close()"], env=env, check=True)
    app, bare = app_cmd(sample, work / "settings"), [sys.executable, str(HERE / "bare_window.py")]
    run_timed(app, env), run_timed(bare, env)  # warm the file cache and the bytecode
    walls, ratios, cpu_ratios, cpus, readies, bare_readies, rss = [], [], [], [], [], [], []
    for _ in range(rounds):
        a, mem, out, a_cpu = run_timed(app, env)
        b, _, bare_out, b_cpu = run_timed(bare, env)
        walls.append((a, b))
        cpus.append((a_cpu, b_cpu))
        ratios.append(a / b)
        cpu_ratios.append(a_cpu / b_cpu)
        readies.append(ready_ms(out))
        bare_readies.append(ready_ms(bare_out))
        rss.append(mem)
    med_a, med_b = (statistics.median(x) for x in zip(*walls, strict=True))
    cpu_a, cpu_b = (statistics.median(x) for x in zip(*cpus, strict=True))
    rows.append(("ready / floor, whole process wall (sample)", f"{statistics.median(ratios):.2f}",
                 f"{med_a:.0f} ms vs {med_b:.0f} ms; pairs {min(ratios):.2f}–{max(ratios):.2f}", "<= 1.30"))
    rows.append(("ready / floor, whole process CPU (sample)", f"{statistics.median(cpu_ratios):.2f}",
                 f"{cpu_a:.0f} ms vs {cpu_b:.0f} ms; pairs {min(cpu_ratios):.2f}–{max(cpu_ratios):.2f}",
                 "<= 1.30"))
    rows.append(("  ready ms printed (app / floor)", f"{statistics.median(readies):.0f} / "
                 f"{statistics.median(bare_readies):.0f}", "from the first import", ""))
    rows.append(("  peak RSS, sample", f"{statistics.median(rss):.1f} MiB", "", ""))


def big_starts(checkout: Path, work: Path, rounds: int, rows: list) -> None:
    env = child_env(checkout)
    for n, months, budget in ((10_000, 12, None), (50_000, 3, "<= 2000 ms")):
        db = big_db(checkout, n, months)
        cmd = app_cmd(db, work / f"settings-{n}")
        run_timed(cmd, env)
        runs = [run_timed(cmd, env) for _ in range(max(3, rounds // 2))]
        ready = statistics.median(ready_ms(r[2]) for r in runs)
        wall = statistics.median(r[0] for r in runs)
        rss = statistics.median(r[1] for r in runs)
        cpu = statistics.median(r[3] for r in runs)
        rows.append((f"ready at {n:,} tasks × {months} periods", f"{ready:.0f} ms",
                     f"whole process {wall:.0f} ms wall, {cpu:.0f} ms CPU", budget or ""))
        if n == 10_000:
            rows.append(("memory at ready, 10,000 tasks (peak RSS)", f"{rss:.1f} MiB", "", "<= 100 MB"))


def window_figures(checkout: Path, work: Path, rounds: int, rows: list) -> None:
    """Keystroke and edit figures from a window on the 10,000-task store, in a child process."""
    db = big_db(checkout, 10_000, 12)
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--checkout", str(checkout),
                          "--window-child", str(db), str(work / "settings-window"), str(rounds)],
                         env=child_env(checkout), capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("ROW\t"):
            rows.append(tuple(line.split("\t")[1:]))


def window_child(db: str, settings: str, rounds: int) -> None:
    from PySide6.QtWidgets import QApplication

    from chizhou_desk.gui import create_main_window

    app = QApplication.instance() or QApplication([])
    w = create_main_window(db, settings)
    w.show()
    app.processEvents()
    for length, needles in NEEDLES.items():
        clock = Clock()
        for _ in range(rounds):
            for q in needles:
                with clock:
                    w.ui.searchEdit.setText(q)  # textChanged -> the slot typing reaches
                w.ui.searchEdit.setText("")
        print(f"ROW\tsearch keystroke, {length} chars, window (10k)\t{clock.figure()}\t{clock.detail()}\t<= 5 ms")
    _ = w.store.db  # sqlite-utils is loaded after start-up in the app too
    editor = w.editor
    w._reselect(w.model.visible_rows()[0].id)
    clock = Clock()
    for i in range(rounds * 3):
        with clock:
            w._edited("progress", editor.row.progress, f"进展第{i}次修改。")
    # wall first here: the commit waits for the disk (synchronous=FULL), which CPU time leaves out
    print(f"ROW\tedit -> commit, wall (10k)\t{statistics.median(clock.wall):.1f} ms\t"
          f"CPU median {statistics.median(clock.cpu):.1f}, wall max {max(clock.wall):.1f}\t<= 10 ms")
    w.close()


def core_search(rows: list, rounds: int, checkout: Path) -> None:
    """needle -> the set of matching task ids, as the window's filter gets it, at 10,000 tasks."""
    from chizhou_desk.query import row_filter
    from chizhou_desk.store import Store

    db = big_db(checkout, 10_000, 12)
    try:
        from chizhou_desk.search_rows import RowTexts  # the in-memory index over loaded rows
    except ImportError:
        RowTexts = None
    with Store(db, read_only=True) as s:
        key = s.latest_period()
        loaded = s.task_rows(key)
        texts = RowTexts(loaded) if RowTexts is not None else None
        for length, needles in NEEDLES.items():
            clock = Clock()
            for _ in range(rounds):
                for q in needles:
                    with clock:
                        if texts is not None:
                            accept = row_filter(s, key, search=q, texts=texts)
                        else:
                            accept = row_filter(s, key, search=q)
                        [r for r in loaded if accept is None or accept(r)]
            rows.append((f"search alone, {length} chars (10k)", clock.figure(), clock.detail(), "<= 5 ms"))


def imports(rows: list, rounds: int) -> None:
    sys.path.insert(1, str(HERE))
    from bench_core import generate, import_fresh, openpyxl_read, plain_read

    path = generate(5)
    with tempfile.TemporaryDirectory() as tmp:
        cal, opx, imp = Clock(), Clock(), Clock()
        for _ in range(rounds):  # in turn, so all three see the same machine
            for fn, clock in ((lambda: plain_read(path), cal), (lambda: openpyxl_read(path), opx),
                              (lambda: import_fresh(path, Path(tmp)), imp)):
                with clock:
                    fn()
    c, o, i = (statistics.median(x.wall) for x in (cal, opx, imp))
    cc, oc, ic = (statistics.median(x.cpu) for x in (cal, opx, imp))
    rows.append(("import 10,000 rows / calamine read, wall", f"{i / c:.2f}",
                 f"import {i:.0f} ms, calamine {c:.0f} ms", "<= 3.00"))
    rows.append(("import 10,000 rows / calamine read, CPU", f"{ic / cc:.2f}",
                 f"import {ic:.0f} ms, calamine {cc:.0f} ms", "<= 3.00"))
    rows.append(("import 10,000 rows / openpyxl read, wall", f"{i / o:.2f}", f"openpyxl {o:.0f} ms", ""))


def exports(rows: list, rounds: int, checkout: Path) -> None:
    from chizhou_desk.database import load_sample
    from chizhou_desk.exports import layout as L
    from chizhou_desk.exports.submission import export_submission
    from chizhou_desk.exports.summary import export_summary
    from chizhou_desk.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "sample.db") as store:
            load_sample(store)
            out = Path(tmp) / L.default_file_name("市发展改革委", "2025-05")
            export_submission(store, "市发改委", "2025-05", out)  # openpyxl imported
            clock = Clock()
            for _ in range(rounds * 2):
                with clock:
                    export_submission(store, "市发改委", "2025-05", out)
        rows.append(("export a unit's submission (sample, warm)", clock.figure(), clock.detail(), "<= 100 ms"))
        with Store(big_db(checkout, 10_000, 12), read_only=True) as store:
            key = store.latest_period()
            clock = Clock()
            for _ in range(max(2, rounds // 3)):
                with clock:
                    export_summary(store, key, Path(tmp) / "summary.xlsx")
        rows.append(("export the summary, 10,000 tasks", clock.figure(), clock.detail(), ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--checkout", default=str(HERE.parent), help="the code to time (default: this one)")
    ap.add_argument("--quick", action="store_true", help="start-up and search only")
    ap.add_argument("--window-child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    checkout = Path(args.checkout).resolve()
    sys.path.insert(0, str(checkout))
    os.chdir(checkout)  # `python -m chizhou_desk` and `-c` put the working folder first on the path
    if args.window_child:
        db, settings, rounds = args.window_child
        return window_child(db, settings, int(rounds))
    rows: list[tuple] = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        startup(checkout, work, args.rounds, rows)
        core_search(rows, args.rounds, checkout)
        window_figures(checkout, work, args.rounds, rows)
        big_starts(checkout, work, args.rounds, rows)
        if not args.quick:
            imports(rows, max(3, args.rounds // 2))
            exports(rows, args.rounds, checkout)
    width = max(len(r[0]) for r in rows)
    print(f"budget figures for {checkout} ({time.perf_counter() - t0:.0f} s, median of {args.rounds})")
    for name, value, detail, budget in rows:
        print(f"{name:<{width}}  {value:>12}  {budget:<10}  {detail}")


if __name__ == "__main__":
    main()
