"""Untrusted spreadsheets and Word files are read in a child process with limits on time and
memory (ARCHITECTURE: Reliability): a native reader that aborts (calamine panics on some forged
sheets, an allocation of hundreds of GB) or a file that would take minutes ends the child, never
the window, and the user gets one clear refusal.

The child is this program again: `python -m chizhou_desk.imports.sandbox FILE` from source, the
frozen executable with CHIZHOU_DESK_READER=FILE (build_spec/launcher.py). It prints the pickled
result of `detect.read_source` on stdout: ("ok", grids or table) or ("refused", message, where).
Plain text is read in-process: its readers are pure Python and bound what they read.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

from chizhou_desk.errors import InputError
from chizhou_desk.logs import log

TIME_LIMIT_S = 30.0
MEMORY_LIMIT_BYTES = 2 * 1024**3  # address space of the child: a 10,000-row list needs ~0.4 GB
ENV_CHILD = "CHIZHOU_DESK_READER"
ENV_NO_PRESCAN = "CHIZHOU_DESK_READER_NO_PRESCAN"


def needs_child(data: bytes) -> bool:
    """Zip (xlsx, ods, docx) and OLE (xls, et) files go through native readers."""
    from chizhou_desk.imports.grid import OLE_MAGIC

    return data[:4] == b"PK\x03\x04" or data[:8] == OLE_MAGIC


def read_untrusted(path: Path, data: bytes, *, time_limit: float = TIME_LIMIT_S):
    """detect.read_source(path, data), in a child process for the native readers."""
    from chizhou_desk.imports import detect

    if not needs_child(data):
        return detect.read_source(path, data)
    try:
        proc = subprocess.run(_command(path), env=_child_env(path), capture_output=True,
                              timeout=time_limit, stdin=subprocess.DEVNULL,
                              creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except subprocess.TimeoutExpired:
        raise InputError(f"读取超过 {time_limit:.0f} 秒仍未完成，已停止(文件过大或是恶意构造的)，不予导入"
                         " / reading took too long", file=str(path)) from None
    except OSError as exc:  # the child cannot start at all: read here rather than not at all
        log.warning("reader child could not start (%s); reading %s in-process", exc, path)
        return detect.read_source(path, data)
    if proc.returncode == 0 and proc.stdout:
        try:
            result = pickle.loads(proc.stdout)
        except Exception:  # noqa: BLE001 - a child that died while writing
            result = None
        if isinstance(result, tuple) and result and result[0] == "ok":
            return result[1]
        if isinstance(result, tuple) and result and result[0] == "refused":
            raise InputError(result[1], file=str(path), where=result[2])
    stderr = proc.stderr.decode("utf-8", "replace")
    if "No module named" in stderr and "chizhou_desk" in stderr:  # our own set-up, not the file
        log.warning("reader child cannot import the program; reading %s in-process", path)
        return detect.read_source(path, data)
    log.warning("reader child for %s ended with %s: %s", path, proc.returncode, stderr[-2000:])
    raise InputError(_crash_message(proc.returncode, stderr), file=str(path))


def _crash_message(code: int, stderr: str) -> str:
    if "memory allocation" in stderr or "MemoryError" in stderr or code == -9:
        why = "读取时所需内存超过上限"
    else:
        why = "读取程序异常退出"
    return f"文件无法读取({why})，文件可能已损坏或是恶意构造的，不予导入；请在 Excel/WPS 中打开并另存后再试"


CLI_EXE = "chizhou-desk-cli.exe"  # the Windows package's console program, beside the window's


def _command(path: Path) -> list[str]:
    if getattr(sys, "frozen", False):
        # Windows: the window's exe has no console, so its stdout may be nothing; the console
        # program beside it writes to the pipe for sure (started without a console window)
        cli = Path(sys.executable).with_name(CLI_EXE)
        return [str(cli)] if sys.platform == "win32" and cli.is_file() else [sys.executable]
    return [sys.executable, "-m", "chizhou_desk.imports.sandbox", str(path)]


def _child_env(path: Path) -> dict:
    env = dict(os.environ)
    env[ENV_CHILD] = str(path)
    root = str(Path(__file__).resolve().parent.parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    env.pop("RUST_BACKTRACE", None)
    return env


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit still applies
        return
    try:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # an abort leaves no core file
    except (ValueError, OSError):
        pass


def child_main(file: str) -> int:
    """The child: read `file`, print the pickled outcome; a native abort ends only this process."""
    from chizhou_desk.imports import detect

    _limit_memory()
    if os.environ.get(ENV_NO_PRESCAN) == "1":  # tests: let a forged sheet reach the native reader
        from chizhou_desk.imports import grid

        grid.check_sheet_sizes = lambda path: None  # type: ignore[assignment]
    out = sys.stdout.buffer
    path = Path(file)
    try:
        data = detect.read_bytes(path)
        outcome: tuple = ("ok", detect.read_source(path, data))
    except InputError as exc:
        message = str(exc)
        prefix = f"{exc.file}: " if exc.file else ""
        if exc.where:
            prefix += f"{exc.where}："
        outcome = ("refused", message.removeprefix(prefix), exc.where)
    except MemoryError:
        print("MemoryError", file=sys.stderr)
        return 3
    out.write(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(child_main(os.environ.get(ENV_CHILD) or sys.argv[1]))
