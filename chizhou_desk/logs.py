"""The log file for offline PCs: a rotating file in the data folder (the portable folder when
portable), so an error a user met can be read afterwards; the windowed build has no console.

The window attaches the file after its first paint (logging.handlers and the data folder's lookup
cost start-up time); what is logged before that is held in memory and written then."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_NAME = "chizhou-desk.log"
DEBUG_ENV = "CHIZHOU_DESK_DEBUG"  # set (to 1): DEBUG lines too, e.g. the start-up's phases
log = logging.getLogger("chizhou_desk")


class _Held(logging.Handler):
    """Records kept until setup_logging attaches the file."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold() -> None:
    """Keep what is logged in memory until setup_logging (the window: after its first paint)."""
    if not any(isinstance(h, _Held) for h in log.handlers) and not _file_handler():
        log.addHandler(_Held())
        log.setLevel(_level())
        log.propagate = False


def log_dir() -> Path:
    from chizhou_desk.paths import data_dir

    return data_dir()


def setup_logging(folder: Path | None = None) -> Path | None:
    """Attach the rotating file (1 MB × 3) once per process; None when the folder is not writable.
    Records held since hold() are written to it first."""
    existing = _file_handler()
    if existing is not None:
        return Path(existing.baseFilename)
    import logging.handlers

    folder = folder or log_dir()
    path = folder / LOG_NAME
    held = [h for h in log.handlers if isinstance(h, _Held)]
    for h in held:
        log.removeHandler(h)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1 << 20, backupCount=3,
                                                       encoding="utf-8", delay=True)
    except OSError:  # a read-only stick: the program still runs, without a log
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(_level())
    log.propagate = False  # the CLI's stderr stays one line per error
    for h in held:
        for record in h.records:
            if record.levelno >= log.level:
                handler.handle(record)
    return path


def _file_handler():
    return next((h for h in log.handlers if isinstance(h, logging.FileHandler)), None)


def _level() -> int:
    return logging.DEBUG if os.environ.get(DEBUG_ENV, "") not in ("", "0") else logging.INFO
