"""Compile ui/*.ui into chizhou_desk/gui/forms/ui_*.py (run after editing a form in Designer)."""

import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
FORMS_DIR = UI_DIR.parent / "chizhou_desk" / "gui" / "forms"


def compile_form(ui_file: Path) -> str:
    return subprocess.run(["pyside6-uic", str(ui_file)], check=True, capture_output=True,
                          text=True, cwd=UI_DIR).stdout


def target(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


if __name__ == "__main__":
    for ui in sorted(UI_DIR.glob("*.ui")):
        target(ui).write_text(compile_form(ui), encoding="utf-8")
        print(f"{ui.name} -> {target(ui).relative_to(UI_DIR.parent)}")
    sys.exit(0)
