"""Smoke test of the Windows package, run by the Windows Python under Wine (build_spec/windows_smoke.sh).

    python.exe build_spec\\windows_smoke.py ZIP SETUP_EXE WORK_DIR [--timing N]

Unpacks the portable zip into a folder whose path has Chinese and spaces (a liaison's
`C:\\Users\\张三\\Desktop\\…`) and runs there what build_spec/smoke_test.py runs on Linux
(import the sample, tasks --json, export, summary, print to PDF, report and report --docx,
the window offscreen to `ready`, the launcher's selftest: charts through the BLAS shim, portable
mode), plus what is Windows' own:
- a list as .xlsx and as .docx, named with Chinese and spaces, imported into fresh databases;
  a unit's submission exported there, received by the office (import) and listed (`submissions`);
- the window's exe (chizhou-desk.exe, no console) reaching `ready` offscreen;
- the CLI printing the task list with stdout redirected to a file under the code pages 1252 and
  936 (`--code-page CP`: Wine takes the ANSI code page from LANG when it starts, so
  windows_smoke.sh starts it again for the other one; `chcp` sets the console's): no traceback,
  Chinese written (936) or replaced (1252);
- the installer: `setup.exe /S` installs per user, the shortcuts exist, the installed app keeps
  its database in %LOCALAPPDATA%\\chizhou-desk, `uninstall.exe /S` removes program and shortcuts
  and leaves that database.
--timing N: start-to-ready of the CLI exe, N runs (median wall clock and the app's own `ready`).
Exit status 0 when every check passed. Qt's `windows` platform plugin, input methods and real
printers cannot be checked under Wine 8 (see README-build.md).
"""

import ctypes
import json
import locale
import re
import shutil
import statistics
import subprocess
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from smoke_test import PERIOD, UNIT, Smoke  # noqa: E402

APP = "chizhou-desk"


def known_folder(csidl: int) -> Path:
    buf = ctypes.create_unicode_buffer(260)
    ctypes.windll.shell32.SHGetFolderPathW(None, csidl, None, 0, buf)  # type: ignore[attr-defined]
    return Path(buf.value)


LOCAL_APPDATA, PROGRAMS, DESKTOP = (known_folder(c) for c in (0x1C, 0x02, 0x10))
SHORTCUT_DIR = "重点工作责任清单"


class WindowsSmoke(Smoke):
    encoding = locale.getpreferredencoding(False)  # what a program reading the pipe gets

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.env.pop("PYTHONIOENCODING", None)  # this script's log is UTF-8; the program's output is not

    def portable(self) -> None:
        """The zip ships portable.ini: with no --db the sample database goes to `data` beside the exe
        (smoke_test.py's check makes a `data` folder itself; here the marker file must do it)."""
        user_db = LOCAL_APPDATA / APP / "chizhou-desk.db"
        had_user_db = user_db.exists()
        data = self.dist / "data"
        self.run("tasks")
        self.check((data / "chizhou-desk.db").is_file(), "portable (portable.ini): database created in data\\")
        self.check(had_user_db or not user_db.exists(), "portable: nothing in %LOCALAPPDATA%")

    def word_fonts(self) -> None:
        """The Word report names 仿宋_GB2312 for its body with 仿宋 (FangSong, on every Chinese
        Windows and in WPS) as the fallback Word and WPS substitute on a PC without it."""
        try:
            with zipfile.ZipFile(self.work / "report.docx") as z:
                table = z.read("word/fontTable.xml").decode("utf-8")
                body = z.read("word/styles.xml").decode("utf-8")
        except (OSError, KeyError, zipfile.BadZipFile) as exc:
            self.check(False, f"report.docx fonts: {exc}")
            return
        m = re.search(r'w:name="仿宋_GB2312"[^>]*>\s*<w:altName w:val="([^"]+)"', table)
        self.check('w:eastAsia="仿宋_GB2312"' in body and m is not None and m.group(1) in ("仿宋", "FangSong"),
                   f"report.docx: body 仿宋_GB2312, fallback {m.group(1) if m else None}")

    def tasks_in(self, db: Path) -> list[dict]:
        r = self.run("--db", str(db), "tasks", "--json")
        try:
            return json.loads(r.stdout)
        except ValueError:
            return []

    def lists(self) -> None:
        """A list as .xlsx and as .docx, Chinese names with spaces, each into a database of its own."""
        import docx
        import openpyxl

        rows = [["序号", "重点工作任务", "牵头责任单位", "工作评价", "1-6月份进展情况", "近期工作安排"],
                [1, "地区生产总值增长6.5%以上。", "市发改委", "序时推进", "上半年,增长6.6%。", "加强运行调度。"],
                [2, "固定资产投资增长8%。", "市工业和信息化局", "未达预期", "增长8.1%。", "抓好重点企业。"],
                [3, "规模以上工业增加值增长9%。", "市财政局", "已完成", "已引进1.2万人。", "巩固成果。"]]
        title = "2025年池州市政府重点工作责任清单1-6月份进展情况"
        folder = self.work / "张三 的桌面"
        folder.mkdir(exist_ok=True)
        xlsx = folder / "2025年 清单.xlsx"
        wb = openpyxl.Workbook()
        wb.active.append([title])
        for row in rows:
            wb.active.append(row)
        wb.save(xlsx)
        document = docx.Document()
        document.add_paragraph(title)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = str(value)
        word = folder / "2025年 清单 (Word).docx"
        document.save(word)
        for path in (xlsx, word):
            db = folder / f"{path.stem} 库.db"
            self.run("--db", str(db), "import", str(path))
            tasks = self.tasks_in(db)
            self.check([t.get("status") for t in tasks] == ["序时推进", "未达预期", "已完成"]
                       and tasks[0]["lead_units"] == [UNIT], f"{path.name}: {len(tasks)} tasks read back")

    def submission(self, db: Path) -> None:
        """A unit's submission exported under a Chinese path, received by the office, listed."""
        out = self.work / "张三 的桌面" / "2025年 发改委 报送.xlsx"
        out.parent.mkdir(exist_ok=True)
        self.run("--db", str(db), "export", "--unit", "市发改委", "--period", PERIOD, "-o", str(out))
        self.run("--db", str(db), "import", str(out))
        r = self.run("--db", str(db), "submissions", "--period", PERIOD, "--json")
        try:
            rows = {s["unit"]: s for s in json.loads(r.stdout)}
        except (ValueError, KeyError, TypeError) as exc:
            self.check(False, f"submissions --json parses: {exc}")
            return
        mine = rows.get(UNIT, {})
        self.check(mine.get("submitted") is True and Path(mine.get("file", "")) == out,
                   f"submissions: {UNIT} received from {mine.get('file')}")
        r = self.run("--db", str(db), "tasks", "--search", "镁基", "--json")
        self.check([t["no"] for t in json.loads(r.stdout or "[]")] == ["12", "42"], "Chinese argument: --search 镁基")

    def window(self, db: Path) -> None:
        """The window's exe (GUI subsystem, no console) reaches ready offscreen."""
        exe = self.dist / f"{APP}.exe"
        t = time.perf_counter()
        r = subprocess.run([str(exe), "--db", str(db), "--quit-when-ready"], capture_output=True,
                           env=self.env, cwd=self.work, timeout=120)
        wall = (time.perf_counter() - t) * 1000
        self.check(r.returncode == 0 and b"Traceback" not in r.stderr,
                   f"{exe.name} --quit-when-ready: exit {r.returncode} in {wall:.0f} ms"
                   + (f": {r.stderr[-300:]!r}" if r.returncode else ""))
        # an import from the window's exe: its reader child (imports/sandbox.py) must answer on a pipe
        xlsx = self.work / "张三 的桌面" / "2025年 清单.xlsx"
        if xlsx.is_file():
            fresh = self.work / "张三 的桌面" / "窗口程序导入.db"
            r = subprocess.run([str(exe), "--db", str(fresh), "import", str(xlsx)], capture_output=True,
                               env=self.env, cwd=self.work, timeout=180)
            self.check(r.returncode == 0 and len(self.tasks_in(fresh)) == 3,
                       f"{exe.name} import {xlsx.name}: exit {r.returncode}, {len(self.tasks_in(fresh))} tasks")

    def code_page(self, db: Path, cp: int) -> None:
        """The task list with stdout redirected to a file after `chcp CP`, the ANSI code page being
        Wine's (windows_smoke.sh starts Wine once with LANG=C.UTF-8: cp1252, once zh_CN: cp936)."""
        acp = self.encoding
        out = self.work / f"tasks-{cp}.txt"
        cmd = f'chcp {cp} >nul & "{self.exe}" --db "{db}" tasks > "{out}" 2>&1'
        r = subprocess.run(f'cmd /d /s /c "{cmd}"', env=self.env, cwd=self.work, timeout=120)
        text = (out.read_bytes() if out.is_file() else b"").decode(acp, "replace")
        lines = text.splitlines()
        chinese = "地区生产总值" in text
        self.check(r.returncode == 0 and "Traceback" not in text and len(lines) == 49
                   and lines[0].startswith("1\t") and chinese == (acp in ("cp936", "gbk")),
                   f"chcp {cp}, ANSI code page {acp}: tasks > file: exit {r.returncode}, {len(lines)} lines, "
                   f"Chinese {'written' if chinese else 'replaced'}: {lines[0][:40] if lines else ''!r}")

    def installer(self, setup: Path) -> None:
        """setup.exe /S per user; shortcuts; data in %LOCALAPPDATA%; uninstall.exe /S keeps the data."""
        target = LOCAL_APPDATA / "Programs" / APP
        data = LOCAL_APPDATA / APP
        db = data / "chizhou-desk.db"
        if target.exists() or db.exists():
            print(f"skip installer: {target} or {db} exists (someone's install; not touched)")
            return
        r = subprocess.run([str(setup), "/S"], timeout=300)
        exe = target / f"{APP}.exe"
        links = [PROGRAMS / SHORTCUT_DIR / f"{SHORTCUT_DIR}.lnk", DESKTOP / f"{SHORTCUT_DIR}.lnk",
                 PROGRAMS / SHORTCUT_DIR / f"卸载 {SHORTCUT_DIR}.lnk"]
        self.check(r.returncode == 0 and exe.is_file() and (target / f"{APP}-cli.exe").is_file()
                   and (target / "uninstall.exe").is_file(),
                   f"setup.exe /S: exit {r.returncode}, installed in {target}")
        self.check(all(p.is_file() for p in links),
                   "shortcuts: " + ", ".join(f"{p.name} {'ok' if p.is_file() else 'MISSING'}" for p in links))
        reg = subprocess.run(r'reg query "HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\chizhou-desk"',
                             capture_output=True, text=True, errors="replace")
        self.check(reg.returncode == 0 and "uninstall.exe" in reg.stdout, "uninstall entry in HKCU")
        # the installed app, no --db: its database goes to the user's AppData (not the program folder)
        r = subprocess.run([str(target / f"{APP}-cli.exe"), "tasks", "--json"], capture_output=True,
                           env=self.env, timeout=120)
        self.check(r.returncode == 0 and db.is_file() and not (target / "data").exists(),
                   f"installed app keeps its database in {db}")
        r = subprocess.run([str(target / "uninstall.exe"), "/S"], timeout=120)
        for _ in range(120):  # the uninstaller copies itself to %TEMP% and returns at once
            if not exe.exists() and not (target / "uninstall.exe").exists():
                break
            time.sleep(0.5)
        self.check(not target.exists() and not any(p.exists() for p in links),
                   f"uninstall.exe /S: program folder and shortcuts removed (exit {r.returncode})")
        self.check(db.is_file(), f"uninstall keeps the user's data: {db}")
        reg = subprocess.run(r'reg query "HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\chizhou-desk"',
                             capture_output=True)
        self.check(reg.returncode != 0, "uninstall entry removed")
        for f in data.glob("chizhou-desk.db*"):  # the test's own database, not a user's (checked above)
            f.unlink()

    def timing(self, db: Path, n: int) -> None:
        walls, readies = [], []
        for i in range(n + 1):
            t = time.perf_counter()
            r = subprocess.run([str(self.exe), "--db", str(db), "--quit-when-ready"], capture_output=True,
                               text=True, env=self.env, cwd=self.work, timeout=120)
            m = re.search(r"ready (\d+)", r.stdout)
            if i and m:  # the first run warms the disk cache and matplotlib's font cache
                walls.append((time.perf_counter() - t) * 1000)
                readies.append(int(m.group(1)))
        if walls:
            print(f"timing windows (Wine): median wall {statistics.median(walls):.0f} ms, "
                  f"median 'ready' {statistics.median(readies):.0f} ms ({len(walls)} runs)")


def main() -> int:
    zip_path, setup, work = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]).resolve()
    n = int(sys.argv[sys.argv.index("--timing") + 1]) if "--timing" in sys.argv else 0
    ctypes.windll.user32.GetDesktopWindow()  # type: ignore[attr-defined]  # see below
    if "--code-page" in sys.argv:  # a second Wine start with another ANSI code page, after the run
        cp = int(sys.argv[sys.argv.index("--code-page") + 1])
        smoke = WindowsSmoke(work / "张三 的U盘" / f"chizhou-desk-{zip_path.stem.split('-')[2]}", work, xcb=False)
        smoke.code_page(work / "t.db", cp)
        return 1 if smoke.failures else 0
    # Wine starts its desktop process (explorer.exe /desktop) for the first program that needs a
    # window, and that process inherits the program's handles: started by a CLI run whose output
    # is piped here, it would hold the pipe open and the run would never end. Start it now.
    ctypes.windll.user32.GetDesktopWindow()  # type: ignore[attr-defined]
    shutil.rmtree(work, ignore_errors=True)
    usb = work / "张三 的U盘"  # the package itself under a path with Chinese and a space
    with zipfile.ZipFile(zip_path) as z:
        z.extractall(usb)
        top = z.namelist()[0].split("/")[0]
    dist = usb / top
    smoke = WindowsSmoke(dist, work, xcb=False)
    print(f"ANSI code page {smoke.encoding}; package at {dist}", flush=True)
    smoke.check((dist / "portable.ini").is_file(), "the zip is portable (portable.ini)")
    smoke.all()
    smoke.word_fonts()
    db = work / "t.db"
    smoke.lists()
    smoke.submission(db)
    smoke.window(db)
    smoke.code_page(db, 936 if smoke.encoding in ("cp936", "gbk") else 1252)
    smoke.installer(setup)
    size = sum(f.stat().st_size for f in dist.rglob("*") if f.is_file())
    print(f"size of {dist.name}: {size / 1e6:.1f} MB unpacked ({size / 2**20:.1f} MiB); "
          f"zip {zip_path.stat().st_size / 1e6:.1f} MB; installer {setup.stat().st_size / 1e6:.1f} MB")
    smoke.check(size <= 130e6 and setup.stat().st_size <= 60e6, "budget: ≤ 130 MB unpacked, installer ≤ 60 MB")
    if n and not smoke.failures:
        smoke.timing(db, n)
    if smoke.failures:
        print(f"{len(smoke.failures)} check(s) failed:\n  " + "\n  ".join(smoke.failures))
        return 1
    print("windows smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
