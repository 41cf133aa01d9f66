"""Issue 26: a full disk while restoring is said as such. A healthy file is never called damaged, no
0-byte .bad is left in backups/, the database is unchanged. The full disk is RLIMIT_FSIZE on a real
CLI process."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from chizhou_desk.backups import daily_backup
from chizhou_desk.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _run_limited(limit_bytes: int, *args):
    code = ("import resource, sys\n"
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit_bytes}, {limit_bytes}))\n"
            "from chizhou_desk.cli import main\n"
            f"sys.exit(main({[str(a) for a in args]!r}))")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180, cwd=ROOT)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX rlimit")
def test_restore_on_a_full_disk_says_so_and_leaves_nothing_behind(store, db_path):
    backup = daily_backup(store)
    tid = store.task_id("1", "2025-05")
    store.save_entry(tid, "2025-05", {"progress": "备份之后写的。"})
    checksum = store.content_checksum()
    store.close()
    before = sorted(p.name for p in backup.parent.iterdir())
    proc = _run_limited(20_000, "restore", backup, "--db", db_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "磁盘" in lines[0], proc.stderr
    assert "损坏" not in lines[0] and "damaged" not in lines[0], proc.stderr
    after = sorted(p.name for p in backup.parent.iterdir())
    assert after == before, after
    assert not [p for p in backup.parent.iterdir() if p.stat().st_size == 0]
    with Store(db_path, read_only=True) as s:
        assert s.content_checksum() == checksum
