"""Reliability harness (issue 13): kill -9 of the window while typing, and two writers on one file.

    python3 bench/reliability_harness.py kill [--trials 100] [--min-s 6] [--max-s 14]
    python3 bench/reliability_harness.py writers [--n 200]

kill: each trial copies the sample database, starts the real window offscreen in a subprocess
(`child-type`), which types into task 1's progress box a character every 50 ms through
QInputMethodEvent (as an input method does) and logs the time of each keystroke; after a random
time the parent kills it with SIGKILL and reads the database. Everything typed more than 5 s
before the kill must be there, and what is there must be exactly the start of what was typed.

writers: two processes append tokens to the same entry, each a read then a save that expects the
value it read (the window's save), retrying on StaleValue; and both write their own task at the
same time. 0 lost updates and 0 "database is locked" failures are expected.

tests/core/test_reliability_harness.py runs both with a few trials; this script runs the long ones.
"""

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHARS = "甲乙丙丁戊己庚辛壬癸"  # the typed text is CHARS repeated: a prefix check finds any loss
PERIOD = "2025-05"
GRACE_S = 5.0  # ARCHITECTURE: Reliability: text typed more than this long before a crash is saved


def typed(n: int) -> str:
    return "".join(CHARS[i % len(CHARS)] for i in range(n))


def sample_db(folder: Path) -> Path:
    from chizhou_desk.imports import read_file
    from chizhou_desk.paths import sample_report
    from chizhou_desk.store import Store

    db = folder / "sample.db"
    with Store(db) as s:
        s.import_table(read_file(sample_report()))
    return db


# --- kill -9 while typing ------------------------------------------------------------------

def child_type(db: str, log: str, settings: str, interval_ms: int) -> int:
    """The window on `db`, typing into task 1's progress box until killed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QInputMethodEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from chizhou_desk.gui import create_main_window
    from chizhou_desk.gui.app import make_app

    app = make_app()
    w = create_main_window(db, settings)
    w.show()
    w.ui.taskTable.selectRow(0)
    edit = w.editor.ui.progressEdit
    edit.setFocus()
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def commit(text: str) -> None:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)
    edit.clear()  # the old text goes, as a user selecting all and deleting it
    os.write(fd, f"ready {w.editor.row.no}\n".encode())
    count = 0

    def tick() -> None:
        nonlocal count
        edit.moveCursor(QTextCursor.MoveOperation.End)
        commit(CHARS[count % len(CHARS)])
        count += 1
        os.write(fd, f"{time.time():.4f} {count}\n".encode())
    timer = QTimer(interval=interval_ms)
    timer.timeout.connect(tick)
    timer.start()
    return app.exec()


def kill_trial(seed: Path, folder: Path, i: int, wait_s: float, interval_ms: int = 50) -> dict:
    from chizhou_desk.store import Store

    db, log = folder / f"trial{i}.db", folder / f"trial{i}.log"
    shutil.copy(seed, db)
    log.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, __file__, "child-type", str(db), str(log),
                             str(folder / f"settings{i}"), str(interval_ms)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = time.time() + 120
    while not (log.exists() and log.read_bytes().startswith(b"ready")):
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            raise RuntimeError(f"typing window did not start: {proc.stderr.read().decode()[-2000:]}")
        time.sleep(0.05)
    time.sleep(wait_s)
    os.kill(proc.pid, signal.SIGKILL)
    killed_at = time.time()
    proc.wait()
    proc.stderr.close()
    lines = log.read_text().splitlines()
    task_no = lines[0].split()[1]
    keys = [(float(t), int(n)) for t, n in (line.split() for line in lines[1:])]
    required = max((n for t, n in keys if t <= killed_at - GRACE_S), default=0)
    with Store(db) as s:  # a normal open after the crash: SQLite replays the WAL
        s.quick_check()
        progress = s.task_rows(PERIOD, [s.task_id(task_no, PERIOD)])[0].progress
    saved = len(progress)
    exact = progress == typed(saved)
    saved_at = next((t for t, n in keys if n == saved), None)
    return {"trial": i, "typed": keys[-1][1] if keys else 0, "required": required, "saved": saved,
            "exact_prefix": exact, "ok": exact and saved >= required,
            "unsaved_s": round(killed_at - saved_at, 2) if saved_at else None, "ran_s": round(wait_s, 1)}


def run_kill(trials: int, min_s: float, max_s: float, folder: Path | None = None, quiet=False) -> dict:
    folder = Path(folder or tempfile.mkdtemp(prefix="czd-kill-"))
    seed = sample_db(folder)
    results = []
    for i in range(trials):
        r = kill_trial(seed, folder, i, random.uniform(min_s, max_s))
        results.append(r)
        if not quiet:
            print(json.dumps(r, ensure_ascii=False), flush=True)
    lags = [r["unsaved_s"] for r in results if r["unsaved_s"] is not None]
    summary = {"trials": trials, "failures": sum(not r["ok"] for r in results),
               "max_unsaved_s": max(lags) if lags else None,
               "typed_chars": sum(r["typed"] for r in results)}
    if not quiet:
        print("summary", json.dumps(summary), flush=True)
    return summary


# --- two writers ---------------------------------------------------------------------------

def child_writer(db: str, n: int, tag: str, own_task: str) -> int:
    from chizhou_desk.store import StaleValue, Store

    locked = stale = 0
    with Store(db) as s:
        shared, own = s.task_id("1", PERIOD), s.task_id(own_task, PERIOD)
        for i in range(n):
            while True:
                current = s.task_rows(PERIOD, [shared])[0].comment
                try:
                    s.save_entry(shared, PERIOD, {"comment": current + f"[{tag}{i}]"}, author=tag,
                                 expected={"comment": current})
                    break
                except StaleValue:
                    stale += 1  # another process wrote first: read again, as the window would show
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) and "busy" not in str(exc):
                        raise
                    locked += 1
            try:
                s.save_entry(own, PERIOD, {"progress": f"{tag} 第{i}次"}, author=tag)
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                locked += 1
    print(json.dumps({"locked": locked, "stale": stale}), flush=True)
    return 0


def run_writers(n: int, folder: Path | None = None, quiet=False) -> dict:
    from chizhou_desk.paths import sample_report
    from chizhou_desk.store import Store

    folder = Path(folder or tempfile.mkdtemp(prefix="czd-writers-"))
    db = sample_db(folder)
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, __file__, "child-writer", str(db), str(n), tag, task],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag, task in (("A", "2"), ("B", "3"))]
    # meanwhile three command lines import the published report (long write transactions)
    imports = [subprocess.Popen([sys.executable, "-m", "chizhou_desk", "import", str(sample_report()),
                                 "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                cwd=ROOT) for _ in range(3)]
    outs = [p.communicate(timeout=600) for p in procs]
    import_errors = [err for p in imports for _out, err in [p.communicate(timeout=600)] if p.returncode != 0]
    elapsed = time.perf_counter() - started
    failures = [err for (_out, err), p in zip(outs, procs, strict=False) if p.returncode != 0]
    counts = [json.loads(out.strip().splitlines()[-1]) for (out, _err), p in zip(outs, procs, strict=False)
              if p.returncode == 0]
    with Store(db) as s:
        comment = s.task_rows(PERIOD, [s.task_id("1", PERIOD)])[0].comment
        own = {no: s.task_rows(PERIOD, [s.task_id(no, PERIOD)])[0].progress for no in ("2", "3")}
    tokens = [f"[{tag}{i}]" for tag in "AB" for i in range(n)]
    lost = [t for t in tokens if t not in comment]
    failures += import_errors
    summary = {"writes": 4 * n, "cli_imports": len(imports),
               "lost_updates": len(lost), "locked_failures": sum(c["locked"] for c in counts),
               "stale_retries": sum(c["stale"] for c in counts), "process_failures": len(failures),
               "own_tasks_final": own == {"2": f"A 第{n - 1}次", "3": f"B 第{n - 1}次"},
               "seconds": round(elapsed, 2)}
    if failures and not quiet:
        print("\n".join(failures), file=sys.stderr)
    if not quiet:
        print("summary", json.dumps(summary, ensure_ascii=False), flush=True)
    return summary


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    k = sub.add_parser("kill")
    k.add_argument("--trials", type=int, default=100)
    k.add_argument("--min-s", type=float, default=6.0)
    k.add_argument("--max-s", type=float, default=14.0)
    wr = sub.add_parser("writers")
    wr.add_argument("--n", type=int, default=200)
    c = sub.add_parser("child-type")
    c.add_argument("db")
    c.add_argument("log")
    c.add_argument("settings")
    c.add_argument("interval_ms", type=int)
    c = sub.add_parser("child-writer")
    c.add_argument("db")
    c.add_argument("n", type=int)
    c.add_argument("tag")
    c.add_argument("own_task")
    a = p.parse_args(argv)
    if a.cmd == "kill":
        s = run_kill(a.trials, a.min_s, a.max_s)
        return 1 if s["failures"] else 0
    if a.cmd == "writers":
        s = run_writers(a.n)
        return 1 if s["lost_updates"] or s["locked_failures"] or s["process_failures"] else 0
    if a.cmd == "child-type":
        return child_type(a.db, a.log, a.settings, a.interval_ms)
    return child_writer(a.db, a.n, a.tag, a.own_task)


if __name__ == "__main__":
    sys.exit(main())
