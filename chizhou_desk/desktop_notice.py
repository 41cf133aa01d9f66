"""A start-up problem shown where a desktop user sees it.

Started from the application menu (Terminal=false), a line on stderr goes nowhere and the user
sees nothing happen. So the line also goes to the log file and, when no terminal is attached and a
display is, to a message box through whatever the desktop has. build_spec/linux_start.sh does the
same in shell for the glibc check that runs before Python.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping

TITLE = "重点工作责任清单"

# the first tool found is used; zenity (GNOME, UOS, Kylin) and kdialog (KDE) wait for 确定
TOOLS: tuple[tuple[str, Callable[[str], list[str]]], ...] = (
    ("zenity", lambda msg: ["--error", "--no-wrap", f"--title={TITLE}", f"--text={msg}"]),
    ("kdialog", lambda msg: ["--title", TITLE, "--error", msg]),
    ("xmessage", lambda msg: ["-center", msg]),
    ("notify-send", lambda msg: ["-u", "critical", TITLE, msg]),
)


def message_box_command(message: str, environ: Mapping[str, str]) -> list[str] | None:
    """The command that shows `message` on this desktop, or None (no display, or no tool)."""
    if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        return None
    path = environ.get("PATH", os.defpath)
    for tool, args in TOOLS:
        found = shutil.which(tool, path=path)
        if found:
            return [found, *args(message)]
    return None


def _has_terminal(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def tell(message: str, environ: Mapping[str, str] = os.environ, stream=None) -> str | None:
    """Print the line to stderr, log it and, without a terminal, show it in a message box.

    Returns the message-box tool used, or None."""
    stream = sys.stderr if stream is None else stream
    print(message, file=stream)
    _log(message)
    if _has_terminal(stream):
        return None
    command = message_box_command(message, environ)
    if command is None:
        return None
    try:
        subprocess.run(command, env=dict(environ), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=600, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return os.path.basename(command[0])


def _log(message: str) -> None:
    try:
        from chizhou_desk.logs import log, setup_logging

        setup_logging()
        log.error("start: %s", message)
    except Exception:  # noqa: BLE001 - the line is already on stderr; a log that cannot be written is not a second problem
        pass
