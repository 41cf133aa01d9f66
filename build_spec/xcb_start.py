"""Start the window on a real X server (platform xcb) and wait for "ready": the check the offscreen
tests cannot make. A missing system library of Qt's xcb plugin shows only here.

    python3 build_spec/xcb_start.py [--frozen [DIST]] [--timeout S]

Runs `python -m chizhou_desk --quit-when-ready` from the source tree, or with --frozen the built
program (default dist/chizhou-desk), with QT_QPA_PLATFORM=xcb, as a new user would: an empty home,
so the first run loads the embedded sample and the window paints its 49 tasks. The display is
$DISPLAY when its socket exists, else an Xvfb started here (apt-get install xvfb) and stopped
after. Exit 0 once "ready <ms>" is printed; 1 otherwise, with the program's stderr and the
libraries the xcb plugin lacks (ldd, the same check as chizhou_desk.platform_check).
build_spec/smoke_test.py uses x_display() and start_on_xcb() for the frozen build.
"""

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@contextlib.contextmanager
def x_display():
    """A display to start on: $DISPLAY if its socket is there, else a private Xvfb."""
    current = os.environ.get("DISPLAY", "")
    m = re.fullmatch(r":(\d+)(\.\d+)?", current)
    if m and Path(f"/tmp/.X11-unix/X{m.group(1)}").exists():
        yield current
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("xcb_start: no X server: DISPLAY is not set and Xvfb is not installed "
                         "(apt-get install xvfb)")
    read, write = os.pipe()
    proc = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1280x1024x24",
                             "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as f:
            number = f.readline().strip()  # Xvfb writes its display number once it accepts clients
        if not number:
            raise SystemExit(f"xcb_start: Xvfb did not start (exit {proc.poll()})")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def new_user_env(home: Path, display: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               MPLCONFIGDIR=str(home / "mpl"))
    return env


def missing_xcb_libraries(plugin: Path | None = None, environ=None) -> list[str]:
    from chizhou_desk import platform_check

    plugin = plugin or platform_check.xcb_plugin()
    if plugin is None:
        return []
    return platform_check.missing_libraries(*platform_check.qt_binaries(plugin), environ=environ)


def start_on_xcb(cmd: list[str], env: dict, timeout: float = 90) -> tuple[bool, str]:
    """Run cmd (…--quit-when-ready) and say whether it reached ready, and how it went."""
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace",
                           env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, f"no 'ready' within {timeout:.0f} s"
    m = re.search(r"^ready (\d+)\s*$", r.stdout, re.MULTILINE)
    if r.returncode == 0 and m:
        return True, f"ready {m.group(1)} ms"
    tail = " | ".join(r.stderr.strip().splitlines()[-4:])
    return False, f"exit {r.returncode}" + (" (Qt aborted)" if r.returncode in (134, -6) else "") + \
        (f", stderr: {tail}" if tail else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frozen", nargs="?", const=str(ROOT / "dist" / "chizhou-desk"), metavar="DIST")
    ap.add_argument("--timeout", type=float, default=90)
    args = ap.parse_args()
    if args.frozen:
        dist = Path(args.frozen).resolve()
        cmd, what = [str(dist / "chizhou-desk"), "--quit-when-ready"], f"frozen build {dist}"
        plugin = next(dist.rglob("platforms/libqxcb.so"), None)
        missing = missing_xcb_libraries(plugin, dict(os.environ, LD_LIBRARY_PATH=str(dist / "_internal"))) \
            if plugin else []
    else:
        cmd, what = [sys.executable, "-m", "chizhou_desk", "--quit-when-ready"], "source tree"
        missing = missing_xcb_libraries()
    if missing:
        print(f"xcb_start: the xcb plugin lacks: {' '.join(missing)}", flush=True)
    with tempfile.TemporaryDirectory(prefix="chizhou-xcb-") as tmp, x_display() as display:
        env = new_user_env(Path(tmp), display)
        env["PYTHONPATH"] = str(ROOT)
        ok, how = start_on_xcb(cmd, env, args.timeout)
    print(f"{'ok  ' if ok else 'FAIL'} window on xcb ({display}) from the {what}: {how}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
