"""Qt's uic, lupdate and lrelease as shipped inside PySide6, run through this Python.

The pyside6-* console scripts may not be on PATH (pyenv shims need a rehash after pip install).
"""

import sys


def qt_tool(name: str) -> list[str]:
    """The command line that runs PySide6's wrapper for `name` (uic, lupdate, lrelease)."""
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]
