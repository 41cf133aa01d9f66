"""The log file for offline PCs: a rotating file in the data folder (the portable folder when
portable), so an error a user met can be read afterwards; the windowed build has no console."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "chizhou-desk.log"
log = logging.getLogger("chizhou_desk")


def log_dir() -> Path:
    from chizhou_desk.paths import data_dir

    return data_dir()


def setup_logging(folder: Path | None = None) -> Path | None:
    """Attach the rotating file (1 MB × 3) once per process; None when the folder is not writable."""
    folder = folder or log_dir()
    path = folder / LOG_NAME
    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1 << 20, backupCount=3,
                                                       encoding="utf-8", delay=True)
    except OSError:  # a read-only stick: the program still runs, without a log
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False  # the CLI's stderr stays one line per error
    return path
