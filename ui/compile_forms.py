"""Compile ui/*.ui into chizhou_desk/gui/forms/ui_*.py (run after editing a form in Designer)."""

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qt_tools import qt_tool  # noqa: E402

UI_DIR = Path(__file__).resolve().parent
FORMS_DIR = UI_DIR.parent / "chizhou_desk" / "gui" / "forms"


_IMPORT = re.compile(r"^from (PySide6\.\w+) import (?:\(([^)]*)\)|([^\n]*))\n", re.M)


def compile_form(ui_file: Path) -> str:
    code = subprocess.run([*qt_tool("uic"), str(ui_file)], check=True, capture_output=True,
                          text=True, cwd=UI_DIR).stdout
    return trim_imports(code)


def trim_imports(code: str) -> str:
    """Keep only the Qt names a form uses: uic imports dozens more (QGradient, QPalette …),
    and each costs start-up time to initialise."""
    body = _IMPORT.sub("", code)

    def keep(m: re.Match) -> str:
        names = [n.strip() for n in (m.group(2) or m.group(3)).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", body)]
        return f"from {m.group(1)} import ({', '.join(used)})\n" if used else ""
    return _IMPORT.sub(keep, code)


def target(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


if __name__ == "__main__":
    for ui in sorted(UI_DIR.glob("*.ui")):
        target(ui).write_text(compile_form(ui), encoding="utf-8")
        print(f"{ui.name} -> {target(ui).relative_to(UI_DIR.parent)}")
    sys.exit(0)
