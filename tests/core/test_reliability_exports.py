"""Every written file is verified before it replaces the old one (issue 13): a full disk, a
read-only target, a killed run's temporary files; PDF export never asks a print server."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chizhou_desk.errors import InputError
from chizhou_desk.files import atomic_target

ROOT = Path(__file__).resolve().parents[2]
PERIOD = "2025-05"
UNIT = "市发展改革委"


def _cli_limited(limit_bytes: int, db: Path, *args):
    """The CLI with RLIMIT_FSIZE: writes past `limit_bytes` fail (EFBIG), as on a full disk. A
    connection held open here keeps the database's 32 KB -shm made, as a window would."""
    from chizhou_desk.store import Store

    holder = Store(db, read_only=True)
    try:
        return _run_limited(limit_bytes, *args, "--db", db)
    finally:
        holder.close()


def _run_limited(limit_bytes: int, *args):
    code = ("import resource, sys\n"
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit_bytes}, {limit_bytes}))\n"
            "from chizhou_desk.cli import main\n"
            f"sys.exit(main({[str(a) for a in args]!r}))")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180,
                          cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "chizhou_desk", *map(str, args)], capture_output=True,
                          text=True, timeout=180, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX rlimit")
def test_a_pdf_to_a_full_disk_fails_and_keeps_the_old_file(store, db_path, tmp_path):
    store.close()
    pdf = tmp_path / "sheet.pdf"
    proc = _cli("print", "--unit", UNIT, "--period", PERIOD, "-o", pdf, "--db", db_path)
    assert proc.returncode == 0, proc.stderr
    good = pdf.read_bytes()
    assert len(good) > 40_000
    proc = _cli_limited(20_000, db_path, "print", "--unit", UNIT, "--period", PERIOD, "-o", pdf)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(pdf) in lines[0] and str(db_path) not in lines[0], proc.stderr
    assert pdf.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~chizhou-")] == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX rlimit")
def test_an_xlsx_to_a_full_disk_fails_naming_the_output(store, db_path, tmp_path):
    store.close()
    out = tmp_path / "sub.xlsx"
    out.write_bytes(b"old")
    proc = _cli_limited(8_000, db_path, "export", "--unit", UNIT, "--period", PERIOD, "-o", out)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert str(out) in proc.stderr and str(db_path) not in proc.stderr, proc.stderr
    assert out.read_bytes() == b"old"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_pdf_export_does_not_load_the_print_system(store, db_path, tmp_path):
    store.close()
    code = ("import os, sys\n"
            "from chizhou_desk.cli import main\n"
            f"rc = main(['print', '--unit', '{UNIT}', '--period', '{PERIOD}', '-o', r'{tmp_path / 'a.pdf'}',"
            f" '--db', r'{db_path}'])\n"
            "maps = open('/proc/self/maps').read()\n"
            "print('rc', rc, 'cups' if 'cups' in maps.lower() else 'no-cups')")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180,
                          cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "rc 0 no-cups" in proc.stdout, proc.stdout + proc.stderr


@pytest.mark.parametrize("suffix, content", [(".pdf", b"%PDF-1.4\n1 0 obj"), (".xlsx", b"PK\x03\x04junk"),
                                             (".png", b"\x89PNG\r\n\x1a\nIHDR"), (".pdf", b"")])
def test_a_file_that_does_not_read_back_never_replaces_the_old_one(tmp_path, suffix, content):
    target = tmp_path / f"out{suffix}"
    target.write_bytes(b"old")
    with pytest.raises(InputError, match="不完整"):
        with atomic_target(target, suffix) as tmp:
            tmp.write_bytes(content)
    assert target.read_bytes() == b"old"


def test_a_read_only_target_is_not_replaced(store, db_path, tmp_path):
    store.close()
    out = tmp_path / "sub.xlsx"
    out.write_bytes(b"old")
    os.chmod(out, 0o444)
    proc = _cli("export", "--unit", UNIT, "--period", PERIOD, "-o", out, "--db", db_path)
    assert proc.returncode == 2 and "只读" in proc.stderr and str(out) in proc.stderr, proc.stderr
    assert out.read_bytes() == b"old"


def test_temporary_files_a_killed_export_left_are_cleaned(store, db_path, tmp_path):
    store.close()
    old_tmp = tmp_path / ".~chizhou-abc123.xlsx.tmp"  # what a kill -9 mid-export leaves
    old_tmp.write_bytes(b"half")
    hour_ago = time.time() - 7200
    os.utime(old_tmp, (hour_ago, hour_ago))
    fresh_tmp = tmp_path / ".~chizhou-def456.pdf.tmp"  # another export still writing: left alone
    fresh_tmp.write_bytes(b"writing")
    proc = _cli("export", "--unit", UNIT, "--period", PERIOD, "-o", tmp_path / "sub.xlsx", "--db", db_path)
    assert proc.returncode == 0, proc.stderr
    assert not old_tmp.exists() and fresh_tmp.exists()


def test_a_killed_export_leaves_the_old_file_whole(store, db_path, tmp_path):
    """kill -9 at random moments of a summary export: the old file stays or the new one is whole."""
    import random
    import signal
    import zipfile

    from chizhou_desk.exports.summary import export_summary

    out = tmp_path / "summary.xlsx"
    export_summary(store, PERIOD, out)
    store.close()
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, "-m", "chizhou_desk", "summary", "--period", PERIOD, "-o",
                                 str(out), "--db", str(db_path)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0.2, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with zipfile.ZipFile(out) as z:
            assert z.testzip() is None
