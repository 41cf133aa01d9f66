"""Issue 26, starting: temporary files of a killed export are removed at the next start; a window
started on a full disk says so (not "read-only medium")."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_temporary_files_of_a_killed_export_are_removed_at_the_next_start(qtbot, sample_db, tmp_path):
    from chizhou_desk.gui import create_main_window
    from chizhou_desk.gui.app import backup_now

    db_path = sample_db
    dead = db_path.parent / f".~chizhou-{_dead_pid()}-abc123.xlsx.tmp"  # killed a minute ago
    legacy = db_path.parent / ".~chizhou-def456.pdf.tmp"  # an older version's, two hours old
    fresh = db_path.parent / f".~chizhou-{os.getppid()}-now.docx.tmp"  # an export running right now
    for p in (dead, legacy, fresh):
        p.write_bytes(b"PK\x03\x04 half an export")
    os.utime(legacy, (time.time() - 7200, time.time() - 7200))
    left = [dead, legacy]
    w = create_main_window(db_path, tmp_path / "settings")
    qtbot.addWidget(w)
    backup_now(w)
    assert not [p for p in left if p.exists()]
    assert fresh.exists()
    w.close()


FULL = """
import resource, sys
from chizhou_desk.gui.app import make_app
from chizhou_desk.gui import create_main_window
app = make_app()
resource.setrlimit(resource.RLIMIT_FSIZE, (64, 64))
w = create_main_window(sys.argv[1], sys.argv[2])
print("BANNER", w.banner.text() if w.banner.isVisibleTo(w) else "")
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX rlimit")
def test_a_window_started_on_a_full_disk_says_the_disk_is_full(sample_db, tmp_path):
    proc = subprocess.run([sys.executable, "-c", FULL, str(sample_db), str(tmp_path / "settings")],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    banner = next((ln for ln in proc.stdout.splitlines() if ln.startswith("BANNER")), "")
    assert "磁盘已满" in banner and "只读介质" not in banner, proc.stdout + proc.stderr
    assert not Path(str(sample_db) + ".lock").exists()  # no empty lock file left


def test_a_workbook_that_aborts_the_reader_leaves_the_window_running(qtbot, window, sample_db, tmp_path,
                                                                   monkeypatch):
    """The far row of cells without r= (calamine allocates 512 GB and aborts), let past the pre-scan:
    the window says why in one box and works on."""
    import zipfile

    import openpyxl
    from qt_helpers import answer_modals

    from chizhou_desk.gui.import_actions import import_paths
    from chizhou_desk.imports import sandbox

    src = tmp_path / "src.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["序号", "重点工作任务", "牵头单位"])
    wb.save(src)
    path = tmp_path / "abort.xlsx"
    cells = b'<c t="inlineStr"><is><t>x</t></is></c>' * 16384
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b'<row r="1048576">' + cells + b"</row></sheetData>")
            zout.writestr(info.filename, data)
    monkeypatch.setenv(sandbox.ENV_NO_PRESCAN, "1")
    said = []
    timer = answer_modals([lambda box: (said.append(box.text()), box.accept())])
    import_paths(window, [str(path)])
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    del timer
    assert "abort.xlsx" in said[0] and "读取" in said[0] and len(said[0]) < 300, said
    assert window.isVisible() and window.model.rowCount() == 49
