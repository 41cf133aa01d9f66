"""House rules for gui/: generated forms current, small modules, no SQL, light start-up."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "chizhou_desk" / "gui"
sys.path.insert(0, str(ROOT / "ui"))
from compile_forms import compile_form, target  # noqa: E402


def _without_uic_version(text: str) -> str:
    return re.sub(r"^## Created by: Qt User Interface Compiler version .*$", "", text, flags=re.M)


@pytest.mark.parametrize("ui_file", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_is_current(ui_file):
    committed = _without_uic_version(target(ui_file).read_text(encoding="utf-8"))
    assert committed == _without_uic_version(compile_form(ui_file)), \
        f"run: python ui/compile_forms.py ({ui_file.name} changed)"


def test_gui_modules_are_small_and_hold_no_sql():
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")
    for path in GUI.rglob("*.py"):
        if "forms" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 400, path.name
        assert not sql.search(text), path.name


def test_core_never_imports_qt():
    for path in (ROOT / "chizhou_desk").rglob("*.py"):
        if "gui" in path.parts:
            continue
        assert not re.search(r"^\s*(from|import) PySide6", path.read_text(encoding="utf-8"), re.M), \
            path.name


def test_window_ready_without_heavy_imports(sample_db, tmp_path):
    code = (
        "import sys\n"
        "from chizhou_desk.cli import main\n"
        f"rc = main(['--db', r'{sample_db}', '--settings-dir', r'{tmp_path}', '--quit-when-ready'])\n"
        "heavy = [m for m in ('matplotlib', 'openpyxl', 'sqlite_utils', 'numpy', 'python_calamine')"
        " if m in sys.modules]\n"
        "print('heavy', heavy, 'rc', rc)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert re.search(r"^ready \d+$", proc.stdout, re.M), proc.stdout + proc.stderr
    assert "heavy [] rc 0" in proc.stdout, proc.stdout + proc.stderr


def test_a_damaged_database_gives_a_message_and_exit_2_not_a_traceback(tmp_path):
    from chizhou_desk.store import Store

    bad = tmp_path / "damaged.db"
    Store(bad).close()
    data = bytearray(bad.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # our header kept, the schema page destroyed
    bad.write_bytes(bytes(data))
    proc = subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(bad), "--settings-dir",
                           str(tmp_path), "--quit-when-ready"], capture_output=True, text=True,
                          timeout=60, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged.db" in lines[0], proc.stderr
