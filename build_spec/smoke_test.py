"""Smoke test of the frozen one-folder build (dist/chizhou-desk), offscreen and on xcb.

    python3 build_spec/smoke_test.py [DIST_FOLDER] [--timing N] [--no-xcb]

Runs the frozen executable the way a liaison and the office would: import the sample report,
tasks --json, export and summary (.xlsx, read back with python-calamine), print (PDF; pdftotext
must give back Chinese when poppler is installed), report (text and .docx), --quit-when-ready,
portable mode (a temporary `data` folder beside the exe), and the launcher's selftest (ICU
collation/codecs, every chart through Agg and QtAgg). Every run's stderr must be free of Python
warnings and tracebacks. Nothing is written outside a temporary folder except the short-lived
`data` folder. On Linux the window is also started on a real X server (QT_QPA_PLATFORM=xcb;
$DISPLAY or an Xvfb of its own, see xcb_start.py) and must reach ready, also in sessions set up for
fcitx and ibus; the libraries the xcb plugin takes from the system are listed, and any the loader
cannot find fail the test (--no-xcb skips this); the recorded glibc floor and the one-line refusal
below it are checked.

--timing N: also measures `--quit-when-ready` N times frozen and N times from source
(python3 -m chizhou_desk), alternating, and prints the medians and their ratio (budget 1.3).
Exit status 0 when every check passed.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "chizhou_2025_1-5.txt"
UNIT, PERIOD = "市发展改革委", "2025-05"
# stderr lines that are not faults: the offscreen platform's notice, the export's list of
# rows not ready for sign-off, the import's unknown unit names
BENIGN = re.compile(r"This plugin does not support|^未就绪: |未登记的单位")
FAULT = re.compile(r"Traceback|\w+(Warning|Error)\b|^qt\.|QFont|Fontconfig|not found|cannot|failed",
                   re.IGNORECASE)


class Smoke:
    encoding = "utf-8"  # of the program's stdout in a pipe (Windows: the ANSI code page)

    def __init__(self, dist: Path, work: Path, xcb: bool = True):
        exe = "chizhou-desk-cli.exe" if os.name == "nt" else "chizhou-desk"  # Windows: console exe
        self.exe = dist / exe
        self.dist = dist
        self.work = work
        self.failures: list[str] = []
        self.xcb_enabled = xcb and sys.platform.startswith("linux")
        home = work / "home"
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
                        XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                        XDG_CACHE_HOME=str(home / "cache"), MPLCONFIGDIR=str(home / "mpl"),
                        APPDATA=str(home / "appdata"), LOCALAPPDATA=str(home / "localappdata"))
        self.env.pop("CHIZHOU_DESK_SELFTEST", None)

    def check(self, ok: bool, what: str) -> bool:
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        if not ok:
            self.failures.append(what)
        return ok

    def run(self, *args: str, env: dict | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
        r = subprocess.run([str(self.exe), *args], capture_output=True, text=True, encoding=self.encoding,
                           errors="replace", cwd=self.work, env=env or self.env, timeout=timeout)
        faults = [ln for ln in r.stderr.splitlines() if FAULT.search(ln) and not BENIGN.search(ln)]
        self.check(r.returncode == 0 and not faults,
                   f"{' '.join(args[:3])}: exit {r.returncode}"
                   + (f", stderr: {' | '.join(faults[:5])}" if faults else ""))
        return r

    def xlsx(self, path: Path, title_part: str) -> None:
        from python_calamine import CalamineWorkbook

        if not self.check(path.is_file() and path.read_bytes()[:2] == b"PK", f"{path.name} is a zip"):
            return
        wb = CalamineWorkbook.from_path(str(path))
        rows = wb.get_sheet_by_index(0).to_python()
        text = " ".join(str(c) for row in rows[:6] for c in row)
        self.check(title_part in text and len(rows) > 5,
                   f"{path.name}: sheets {wb.sheet_names}, {len(rows)} rows, title has {title_part}")

    def docx(self, path: Path) -> None:
        """The Word report (python-docx through lxml.etree): a zip whose document has the text."""
        import zipfile

        try:
            with zipfile.ZipFile(path) as z:
                text = z.read("word/document.xml").decode("utf-8")
        except (OSError, KeyError, zipfile.BadZipFile) as exc:
            self.check(False, f"{path.name} is a Word document: {exc}")
            return
        self.check("项" in text and len(text) > 2000, f"{path.name}: word/document.xml has the report")

    def pdf(self, path: Path) -> None:
        if not self.check(path.is_file() and path.read_bytes()[:5] == b"%PDF-", f"{path.name} is a PDF"):
            return
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                                  text=True, encoding="utf-8").stdout
            self.check(UNIT in text and "进展" in text, f"{path.name}: pdftotext gives back Chinese")
        else:
            print("skip pdftotext (poppler-utils not installed)")

    def all(self) -> None:
        db = self.work / "t.db"
        self.run("--db", str(db), "import", str(SAMPLE))
        r = self.run("--db", str(db), "tasks", "--json")
        try:
            tasks = json.loads(r.stdout)
            self.check(len(tasks) >= 49 and tasks[0]["no"] == "1" and tasks[0]["lead_units"],
                       f"tasks --json: {len(tasks)} tasks")
        except (ValueError, KeyError, IndexError) as exc:
            self.check(False, f"tasks --json parses: {exc}")
        out = self.work / "unit.xlsx"
        self.run("--db", str(db), "export", "--unit", "市发改委", "--period", PERIOD, "-o", str(out))
        self.xlsx(out, UNIT)
        office = self.work / "office.db"  # the office imports it: the frozen reader's child process
        self.run("--db", str(office), "import", str(SAMPLE))
        r = self.run("--db", str(office), "import", str(out))
        self.check("已填报" in r.stderr + r.stdout, "the submission is read back through the reader's child process")
        out = self.work / "summary.xlsx"
        self.run("--db", str(db), "summary", "--period", PERIOD, "-o", str(out))
        self.xlsx(out, "汇总表")
        out = self.work / "unit.pdf"
        self.run("--db", str(db), "print", "--unit", UNIT, "--period", PERIOD, "-o", str(out))
        self.pdf(out)
        r = self.run("--db", str(db), "report", "--period", PERIOD)
        self.check("项" in r.stdout, "report prints the narrative")
        out = self.work / "report.docx"
        self.run("--db", str(db), "report", "--period", PERIOD, "--docx", "-o", str(out))
        self.docx(out)
        r = self.run("--db", str(db), "--quit-when-ready")
        self.check(re.fullmatch(r"ready \d+\s*", r.stdout) is not None, f"--quit-when-ready: {r.stdout.strip()!r}")
        if sys.platform.startswith("linux"):
            self.floor(db)
        if self.xcb_enabled:
            self.xcb(db)
        r = self.run("--db", str(db), env=dict(self.env, CHIZHOU_DESK_SELFTEST=str(self.work / "charts")))
        self.check("selftest ok" in r.stdout and len(list((self.work / "charts").glob("*.png"))) >= 4,
                   f"selftest: {r.stdout.strip()}")
        self.portable()

    def xcb(self, db: Path) -> None:
        """The window on a real X server: what offscreen runs never load (the xcb plugin's libraries)."""
        sys.path.insert(0, str(ROOT / "build_spec"))
        from xcb_start import missing_xcb_libraries, start_on_xcb, x_display

        plugin = next(self.dist.rglob("platforms/libqxcb.so"), None)
        if not self.check(plugin is not None, "the xcb platform plugin is in the folder"):
            return
        lib_env = dict(os.environ, LD_LIBRARY_PATH=str(plugin.parents[4]))  # _internal, as the bootloader sets
        ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=lib_env).stdout
        system = sorted({m for m, where in re.findall(r"^\s*(\S+) => (\S+)", ldd, re.MULTILINE)
                         if not where.startswith(str(self.dist))})
        print(f"the xcb plugin takes from the system: {' '.join(system)}")
        missing = missing_xcb_libraries(plugin, lib_env)
        self.check(not missing, "the system has every library the xcb plugin needs"
                   + (f"; missing: {' '.join(missing)}" if missing else ""))
        with x_display() as display:
            ok, how = start_on_xcb([str(self.exe), "--db", str(db), "--quit-when-ready"],
                                   dict(self.env, QT_QPA_PLATFORM="xcb", DISPLAY=display))
            self.check(ok, f"--quit-when-ready on xcb ({display}): {how}")
            self.input_methods()
            # a session set up for fcitx (UOS, Kylin) or ibus: the window still comes up
            for im in ("fcitx", "ibus"):
                ok, how = start_on_xcb([str(self.exe), "--db", str(db), "--quit-when-ready"],
                                       dict(self.env, QT_QPA_PLATFORM="xcb", DISPLAY=display,
                                            QT_IM_MODULE=im, XMODIFIERS=f"@im={im}"))
                self.check(ok, f"--quit-when-ready on xcb with QT_IM_MODULE={im}: {how}")

    def floor(self, db: Path) -> None:
        """The recorded glibc/libstdc++ floor, and the one-line refusal on an older system."""
        record = self.dist / "_internal" / "build_floor.json"
        if not self.check(record.is_file(), "the build records its glibc floor (_internal/build_floor.json)"):
            return
        floor = json.loads(record.read_text(encoding="utf-8"))
        print(f"floor: glibc >= {floor['glibc']}, libstdc++ GLIBCXX_{floor['glibcxx']}; built on "
              f"{floor.get('built_on')} (glibc {floor.get('build_glibc')}), Python {floor.get('python')}, "
              f"PySide6 {floor.get('pyside6')}, {floor.get('machine')}")
        r = subprocess.run([str(self.exe), "--db", str(db), "--quit-when-ready"], capture_output=True,
                           text=True, encoding="utf-8", errors="replace", cwd=self.work, timeout=60,
                           env=dict(self.env, CHIZHOU_DESK_PRETEND_GLIBC="2.17"))
        lines = r.stderr.strip().splitlines()
        self.check(r.returncode == 1 and len(lines) == 1 and f"glibc ≥ {floor['glibc']}" in r.stderr
                   and "ready" not in r.stdout,
                   f"on glibc 2.17 it stops with one line: exit {r.returncode}: {r.stderr.strip()[:160]}")

    def input_methods(self) -> None:
        """Chinese input on xcb goes through Qt's input-context plugins (ibus; fcitx5 via its
        ibus frontend): they must be in the folder and load."""
        folder = next(self.dist.rglob("plugins/platforminputcontexts"), None)
        names = sorted(p.name for p in folder.iterdir()) if folder else []
        ibus = [n for n in names if "ibus" in n]
        if not self.check(bool(ibus), f"input-context plugins shipped: {' '.join(names) or 'none'}"):
            return
        from chizhou_desk import platform_check  # importable: xcb_start put the source tree on the path

        env = dict(os.environ, LD_LIBRARY_PATH=str(folder.parents[3]))  # _internal
        missing = platform_check.missing_libraries(folder / ibus[0], environ=env)
        self.check(not missing, f"{ibus[0]} finds its libraries" + (f"; missing: {missing}" if missing else ""))

    def portable(self) -> None:
        data = self.dist / "data"
        if data.exists():
            print(f"skip portable mode: {data} exists (someone's data; not touched)")
            return
        data.mkdir()
        try:
            self.run("tasks")  # no --db: the first run puts the sample in data/
            self.check((data / "chizhou-desk.db").is_file(), "portable: database created in data/")
            self.check(not any((self.work / "home").rglob("chizhou-desk.db")),
                       "portable: nothing in the user's data folder")
        finally:
            shutil.rmtree(data, ignore_errors=True)


def glibc_floor(dist: Path) -> str:
    """The newest glibc / libstdc++ symbol versions the build's binaries ask for (Linux)."""
    if not sys.platform.startswith("linux") or not shutil.which("objdump"):
        return ""
    found = {"GLIBC": set(), "GLIBCXX": set()}
    for f in dist.rglob("*"):
        if f.is_file() and not f.is_symlink() and (".so" in f.name or f.name == "chizhou-desk.bin"):
            out = subprocess.run(["objdump", "-T", str(f)], capture_output=True, text=True).stdout
            for kind, ver in re.findall(r"\b(GLIBC|GLIBCXX)_(\d+(?:\.\d+)+)\b", out):
                found[kind].add(tuple(int(x) for x in ver.split(".")))
    return ", ".join(f"{k} >= {'.'.join(map(str, max(v)))}" for k, v in found.items() if v)


def ready_time(cmd: list[str], env: dict, cwd: Path) -> tuple[float, int]:
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)
    wall = (time.perf_counter() - t) * 1000
    m = re.search(r"ready (\d+)", r.stdout)
    if r.returncode or not m:
        raise RuntimeError(f"{cmd}: exit {r.returncode}: {r.stderr[-500:]}")
    return wall, int(m.group(1))


def timing(smoke: Smoke, n: int) -> float:
    # one copy each: the source tree may be ahead of the build and migrate its copy
    dbs = {k: smoke.work / f"{k}.db" for k in ("frozen", "source")}
    for db in dbs.values():
        shutil.copyfile(smoke.work / "t.db", db)
    frozen = [str(smoke.exe), "--db", str(dbs["frozen"]), "--quit-when-ready"]
    source = [sys.executable, "-m", "chizhou_desk", "--db", str(dbs["source"]), "--quit-when-ready"]
    env = dict(smoke.env, PYTHONPATH=str(ROOT))
    for cmd in (frozen, source):  # warm the disk cache and matplotlib's font cache once
        ready_time(cmd, env, smoke.work)
    results = {"frozen": [], "source": []}
    for _ in range(n):
        results["frozen"].append(ready_time(frozen, env, smoke.work))
        results["source"].append(ready_time(source, env, smoke.work))
    med = {k: (statistics.median(w for w, _ in v), statistics.median(r for _, r in v))
           for k, v in results.items()}
    ratio = med["frozen"][0] / med["source"][0]
    for k, (wall, ready) in med.items():
        print(f"timing {k:6}: median wall {wall:.0f} ms, median 'ready' {ready:.0f} ms ({n} runs)")
    print(f"timing frozen/source wall-clock ratio: {ratio:.2f} (budget 1.30)")
    return ratio


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dist", nargs="?", default=str(ROOT / "dist" / "chizhou-desk"))
    ap.add_argument("--timing", type=int, default=0, metavar="N")
    ap.add_argument("--no-xcb", action="store_true", help="skip the start on a real X server")
    args = ap.parse_args()
    dist = Path(args.dist).resolve()
    if not dist.is_dir():
        print(f"no build at {dist}: run bash build_spec/build.sh first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="chizhou-smoke-") as tmp:
        smoke = Smoke(dist, Path(tmp), xcb=not args.no_xcb)
        smoke.all()
        size = sum(f.stat().st_size for f in dist.rglob("*") if f.is_file() and not f.is_symlink())
        print(f"size of {dist.name}: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)")
        floor = glibc_floor(dist)
        if floor:
            print(f"target system needs {floor} (glibc and libstdc++ come from the system)")
        if args.timing and not smoke.failures:
            ratio = timing(smoke, args.timing)
            smoke.check(ratio <= 1.3, f"frozen start within 1.3x of source ({ratio:.2f})")
    if smoke.failures:
        print(f"{len(smoke.failures)} check(s) failed", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
