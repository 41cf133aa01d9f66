"""Where the database, the settings and the embedded sample live.

Portable mode (a USB stick): when the frozen app finds a folder `data` or a file `portable.ini`
beside its executable, the database, its backups and the settings live in that `data` folder.
"""

import sys
from pathlib import Path

from chizhou_desk import APP_NAME
from chizhou_desk.resources import SAMPLE_REPORT, resource_path

DB_NAME = "chizhou-desk.db"
PORTABLE_DIR, PORTABLE_MARKER = "data", "portable.ini"


def portable_dir() -> Path | None:
    """The `data` folder beside the frozen executable in portable mode, else None.

    Only a frozen build is portable: from source, sys.executable is the Python interpreter.
    """
    if not getattr(sys, "frozen", False):
        return None
    here = Path(sys.executable).resolve().parent
    if (here / PORTABLE_DIR).is_dir() or (here / PORTABLE_MARKER).is_file():
        return here / PORTABLE_DIR
    return None


def settings_dir() -> Path | None:
    """Folder for the GUI's QSettings ini file: the portable `data` folder, or None (user scope)."""
    return portable_dir()


def data_dir() -> Path:
    portable = portable_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_NAME


def sample_report() -> Path:
    return resource_path(*SAMPLE_REPORT)
