"""Issue 13 on real SQLite files and real processes: writes wait for another writer, one writer
per file, restore done right, damaged and missing databases, the smaller file-system cases."""

import json
import os
import socket
import stat
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from chizhou_desk import backups
from chizhou_desk.cli import main
from chizhou_desk.database import MissingDatabase, open_store
from chizhou_desk.errors import InputError
from chizhou_desk.paths import default_db_path
from chizhou_desk.store import DamagedDatabase, ReadOnlyDatabase, StaleValue, Store

ROOT = Path(__file__).resolve().parents[2]
PERIOD = "2025-05"


def _cli(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "chizhou_desk", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT)


def _progress(s, no="1"):
    return s.task_rows(PERIOD, [s.task_id(no, PERIOD)])[0].progress


# --- writes wait; two writers; a stale value ---------------------------------------------------

def test_a_save_waits_for_another_process_holding_the_write_lock(store):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         f"c = sqlite3.connect(r'{store.path}', isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); time.sleep(1.5); c.execute('COMMIT')"],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    started = time.perf_counter()
    store.save_entry(store.task_id("1", PERIOD), PERIOD, {"progress": "等到了。"})  # no "database is locked"
    waited = time.perf_counter() - started
    holder.wait(10)
    holder.stdout.close()
    assert waited > 0.5, waited  # it did wait for the other writer, then wrote
    assert _progress(store) == "等到了。"


def test_two_processes_lose_no_update_and_never_fail_locked(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from reliability_harness import run_writers

    summary = run_writers(25, tmp_path, quiet=True)
    assert summary["process_failures"] == 0, summary
    assert summary["lost_updates"] == 0 and summary["locked_failures"] == 0, summary
    assert summary["own_tasks_final"], summary


def test_a_value_changed_since_it_was_loaded_is_not_overwritten(store, db_path):
    tid = store.task_id("1", PERIOD)
    loaded = _progress(store)
    with Store(db_path) as other:
        other.save_entry(tid, PERIOD, {"progress": "别处。"})
    with pytest.raises(StaleValue) as caught:
        store.save_entry(tid, PERIOD, {"progress": "我的。"}, expected={"progress": loaded})
    assert caught.value.stored == "别处。" and _progress(store) == "别处。"
    store.save_entry(tid, PERIOD, {"progress": "我的。"}, expected={"progress": "别处。"})
    assert _progress(store) == "我的。"


# --- one writer: the window's lock file ------------------------------------------------------------

def _qt_style_lock(db: Path, pid: int) -> None:
    """The lock file a window's QLockFile writes: pid, process name, host name, one a line."""
    exe = Path(os.readlink(f"/proc/{pid}/exe")).name if Path(f"/proc/{pid}/exe").exists() else "python3"
    Path(str(db) + ".lock").write_text(f"{pid}\n{exe}\n{socket.gethostname()}\n")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_cli_refuses_to_write_while_a_window_holds_the_lock_and_ignores_a_stale_one(store, db_path,
                                                                                      seed_path):
    store.close()
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        time.sleep(0.2)
        _qt_style_lock(db_path, window.pid)
        before = Store(db_path, read_only=True)
        checksum = before.content_checksum()
        before.close()
        proc = _cli("import", seed_path, "--db", db_path)
        assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert "窗口" in proc.stderr and str(window.pid) in proc.stderr
        proc = _cli("tasks", "--db", db_path)  # reading goes on
        assert proc.returncode == 0, proc.stderr
        with Store(db_path, read_only=True) as s:
            assert s.content_checksum() == checksum
    finally:
        window.kill()
        window.wait()
    # the window died (kill -9, a crash): its lock is stale and does not block
    proc = _cli("import", seed_path, "--db", db_path)
    assert proc.returncode == 0, proc.stderr


# --- restore ----------------------------------------------------------------------------------------

def test_restore_puts_the_backup_back_and_it_survives_the_next_starts(store, db_path, capsys):
    tid = store.task_id("1", PERIOD)
    store.save_entry(tid, PERIOD, {"progress": "备份时的内容。"})
    made = backups.daily_backup(store, date.today() - timedelta(days=1))
    with Store(made, read_only=True) as b:
        backup_sum = b.content_checksum()
    store.save_entry(tid, PERIOD, {"progress": "之后写错的内容。"})
    store.close()

    assert main(["--db", str(db_path), "backups"]) == 0
    listing = capsys.readouterr().out
    assert made.name in listing and "任务 49 项" in listing
    assert main(["--db", str(db_path), "restore", made.name]) == 0
    out = capsys.readouterr().out
    assert "恢复" in out and "before-restore" in out

    for day in range(20):  # the next starts: a daily backup and its cleanup each
        with Store(db_path, check=True) as s:
            assert s.content_checksum() == backup_sum
            assert _progress(s) == "备份时的内容。"
            backups.daily_backup(s, date.today() + timedelta(days=day), keep=3)
    assert db_path.exists()
    before = [p for p in backups.backup_folder(db_path).iterdir() if "before-restore" in p.name]
    assert len(before) == 1  # the replaced file was kept, with the later text
    with Store(before[0], read_only=True) as s:
        assert _progress(s) == "之后写错的内容。"


def test_restore_removes_a_stale_wal_first(store, db_path):
    made = backups.daily_backup(store)
    with Store(made, read_only=True) as b:
        backup_sum = b.content_checksum()
    store.close()
    # a process that wrote and died without closing leaves its -wal behind
    subprocess.run([sys.executable, "-c", "import os, sqlite3\n"
                    f"c = sqlite3.connect(r'{db_path}', isolation_level=None)\n"
                    "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
                    "c.execute(\"UPDATE entries SET progress = 'wal 中的内容'\")\n"
                    "os._exit(0)"], check=True)
    assert Path(str(db_path) + "-wal").stat().st_size > 0
    backups.restore(made, db_path)
    assert not Path(str(db_path) + "-wal").exists()
    with Store(db_path, check=True) as s:
        assert s.content_checksum() == backup_sum


def test_a_backup_a_user_worked_in_is_not_cleaned_away(store, db_path):
    old = backups.daily_backup(store, date(2025, 6, 1))
    with Store(old) as s:  # someone opened the copy and typed into it
        s.save_entry(s.task_id("1", PERIOD), PERIOD, {"progress": "在备份里写的。"})
    for day in range(2, 6):
        backups.daily_backup(store, date(2025, 6, day), keep=2)
    assert old.exists()


def test_cleanup_never_deletes_an_open_or_protected_copy(store, db_path):
    first = backups.daily_backup(store, date(2025, 6, 1))
    Path(str(first) + ".lock").write_text(f"{os.getpid()}\n{Path(os.readlink('/proc/self/exe')).name}\n"
                                          f"{socket.gethostname()}\n")
    second = backups.daily_backup(store, date(2025, 6, 2))
    for day in range(3, 6):
        backups.daily_backup(store, date(2025, 6, day), keep=2, protect=(str(second),))
    assert first.exists() and second.exists()


# --- damaged and missing databases ---------------------------------------------------------------

def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for page in range(len(data) // 4096 // 2, len(data) // 4096):  # the later pages; schema kept
        data[page * 4096 + 8: page * 4096 + 64] = b"\xa5" * 56
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_reported_not_backed_up_and_a_good_backup_is_offered(store, db_path,
                                                                                 capsys):
    good = backups.daily_backup(store, date(2025, 6, 1))
    store.close()
    Path(str(db_path) + "-wal").unlink(missing_ok=True)
    _damage(db_path)
    with pytest.raises(DamagedDatabase):
        Store(db_path, check=True)
    s = Store(db_path)  # opened without the check, the daily backup still refuses to copy it
    try:
        with pytest.raises(DamagedDatabase):
            backups.daily_backup(s, date(2025, 6, 2))
    finally:
        s.close()
    assert not list(backups.backup_folder(db_path).glob("*20250602*"))
    assert backups.newest_good(db_path).path == good
    assert main(["--db", str(db_path), "restore", str(good)]) == 0
    assert "damaged" in capsys.readouterr().out  # the damaged file is kept aside, not as a backup
    with Store(db_path, check=True) as s:
        assert len(s.task_rows(PERIOD)) == 49


def test_a_missing_default_database_with_backups_is_refused_naming_the_newest(isolated_user_dirs):
    with open_store(None) as s:  # the first run: the sample
        backups.daily_backup(s, date(2025, 6, 1))
        newest = backups.daily_backup(s, date(2025, 6, 2))
    db = default_db_path()
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    with pytest.raises(MissingDatabase) as caught:
        open_store(None)
    assert caught.value.newest.path == newest and not db.exists()  # no sample over the real data
    proc = subprocess.run([sys.executable, "-m", "chizhou_desk", "tasks"], capture_output=True, text=True,
                          timeout=120, env={**os.environ})
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert newest.name in proc.stderr and not db.exists()


# --- the smaller cases ------------------------------------------------------------------------------

def test_a_folder_or_fifo_is_named_as_such_not_missing(tmp_path):
    folder = tmp_path / "a.db"
    folder.mkdir()
    proc = _cli("tasks", "--db", folder)
    assert proc.returncode == 2 and "文件夹" in proc.stderr and "不存在" not in proc.stderr, proc.stderr
    fifo = tmp_path / "f.db"
    os.mkfifo(fifo)
    proc = _cli("tasks", "--db", fifo, timeout=60)  # never blocks reading the pipe
    assert proc.returncode == 2 and "不是普通文件" in proc.stderr and "不存在" not in proc.stderr, proc.stderr


def test_a_read_only_database_file_opens_read_only(store, db_path):
    store.close()
    os.chmod(db_path, 0o444)
    try:
        with Store(db_path) as s:
            assert s.read_only and len(s.task_rows(PERIOD)) == 49
            with pytest.raises(ReadOnlyDatabase):
                s.save_entry(s.task_id("1", PERIOD), PERIOD, {"progress": "x"})
    finally:
        os.chmod(db_path, 0o644)


def _unshare_works() -> bool:
    try:
        return subprocess.run(["unshare", "-rm", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not _unshare_works(), reason="needs unshare -rm (a read-only bind mount)")
def test_a_read_only_usb_stick_can_still_list_tasks(store, db_path, tmp_path):
    store.close()  # a cleanly closed database: no -wal or -shm beside it
    folder = db_path.parent
    script = (f"mount --bind -o ro '{folder}' '{folder}' && "
              f"'{sys.executable}' -m chizhou_desk tasks --json --db '{db_path}'")
    proc = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)) == 49


def test_inf_indicators_never_give_invalid_json(store, db_path):
    tid = store.task_id("1", PERIOD)
    with pytest.raises(InputError):
        store.save_entry(tid, PERIOD, {"indicator": float("inf")})
    with store.transaction() as c:  # a database written by an older version
        c.execute("UPDATE entries SET indicator = 9e999 WHERE task_id = ?", (tid,))
    store.close()
    proc = _cli("tasks", "--json", "--db", db_path)
    assert proc.returncode == 0, proc.stderr

    def refuse(token):
        raise ValueError(token)
    rows = json.loads(proc.stdout, parse_constant=refuse)
    assert next(r for r in rows if r["no"] == "1")["indicator"] is None


def test_a_zero_width_space_never_makes_a_look_alike_status(store):
    tid = store.task_id("3", PERIOD)
    store.save_entry(tid, PERIOD, {"status": "未达预期\u200b"})
    assert store.task_rows(PERIOD, [tid])[0].status == "未达预期"
    assert "未达预期\u200b" not in store.statuses(PERIOD)


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_data_files_are_private(isolated_user_dirs):
    with open_store(None) as s:
        made = backups.daily_backup(s)
    db = default_db_path()
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    os.chmod(db, 0o644)  # an older version's file
    os.chmod(db.parent, 0o755)
    open_store(None).close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600 and stat.S_IMODE(db.parent.stat().st_mode) == 0o700

