"""Is this Linux new enough for the frozen build? Asked at start, before any Qt library loads.

A build needs the glibc and libstdc++ versions its binaries were linked against (recorded at build
time by build_spec/elf_floor.py in _internal/build_floor.json). On an older system Qt would fail
with a loader error ("version `GLIBC_2.34' not found"); this says instead, in one line, what the
build needs, what the system has, and which build to use. No Qt import here; only the frozen app
on Linux checks (the source tree runs on whatever Python and PySide6 pip installed).

On Linux the folder's `chizhou-desk` is a small start script (build_spec/linux_start.sh) that
compares glibc before the program itself starts: the bundled libpython needs the build's glibc
too, so without it an older system would stop in the loader before any Python runs. This module
then checks libstdc++ (which Qt needs) and is the same check for a start of chizhou-desk.bin.

CHIZHOU_DESK_PRETEND_GLIBC=2.17 (and _GLIBCXX=3.4.19) make the checks see an older system: the
smoke test uses them to check the message of the frozen build.
"""

import json
import os
import re
import sys
from pathlib import Path

FLOOR_FILE = "build_floor.json"
COMPAT_BUILD = "chizhou-desk-linux-{machine}-glibc2.31"  # build_spec/compat_build.sh
COMPAT_GLIBC = (2, 30)  # the compat builds' floor (their Python, built on glibc 2.31, needs 2.30)

TEXTS = {
    "zh_CN": {
        "too_old": "{app}: 本机系统库版本过低，此版本无法运行：需要 {need}，本机为 {have}。",
        "use_compat": "请改用兼容版 {compat}(适用于 glibc 2.30 及以上：麒麟 V10、Ubuntu 20.04、Debian 11)。",
        "no_build": "没有适合本机的版本：请在本机或同版本系统上构建(见 README「Desktop package」)。",
    },
    "en": {
        "too_old": "{app}: this system's libraries are too old for this build: it needs {need}, "
                   "the system has {have}. ",
        "use_compat": "Use the compat build {compat} instead (glibc 2.30 and newer: Kylin V10, "
                      "Ubuntu 20.04, Debian 11).",
        "no_build": "No build fits this system: build on it or on the same release (README, "
                    "\"Desktop package\").",
    },
}


def _key(version: str) -> tuple:
    return tuple(int(x) for x in re.findall(r"\d+", version))


def system_glibc(environ=os.environ) -> str | None:
    """"2.31", from the C library itself (None on another libc, e.g. musl)."""
    pretend = environ.get("CHIZHOU_DESK_PRETEND_GLIBC")
    if pretend:
        return pretend
    try:
        value = os.confstr("CS_GNU_LIBC_VERSION") or ""  # "glibc 2.31"
    except (ValueError, OSError, AttributeError):
        return None
    m = re.search(r"([\d.]+)$", value)
    return m.group(1) if m else None


def _loaded_path(fragment: str) -> str | None:
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as f:
            for line in f:
                if fragment in line and "/" in line:
                    return line[line.index("/"):].strip()
    except OSError:
        pass
    return None


def system_glibcxx(environ=os.environ) -> str | None:
    """"3.4.28": the newest GLIBCXX version the system's libstdc++.so.6 defines, or None if none."""
    pretend = environ.get("CHIZHOU_DESK_PRETEND_GLIBCXX")
    if pretend:
        return pretend
    try:  # the loader's own choice (Qt would get the same one a moment later)
        from _ctypes import dlopen

        dlopen("libstdc++.so.6", os.RTLD_LAZY)
    except (ImportError, OSError):
        return None
    path = _loaded_path("libstdc++.so.6")
    if not path:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    versions = set(re.findall(rb"GLIBCXX_(3\.4(?:\.\d+)?)\x00", data))
    return max((v.decode() for v in versions), key=_key, default=None)


def read_floor(folder: str | None = None) -> dict | None:
    folder = folder or getattr(sys, "_MEIPASS", None)
    if not folder:
        return None
    try:
        return json.loads(Path(folder, FLOOR_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def problem(floor: dict | None, glibc: str | None, glibcxx_of=None, lang: str = "zh_CN",
            app: str = "chizhou-desk") -> str | None:
    """One line if the system (glibc; glibcxx_of() asked only when needed) is below the floor."""
    if not floor or glibc is None:  # no record, or not glibc: nothing to compare with
        return None
    need, have = [], []
    if _key(glibc) < _key(floor.get("glibc", "0")):
        need.append(f"glibc ≥ {floor['glibc']}")
        have.append(f"glibc {glibc}")
    want_cxx = floor.get("glibcxx", "0")
    if _key(want_cxx) > (0,) and glibcxx_of is not None:
        cxx = glibcxx_of()
        if cxx is None or _key(cxx) < _key(want_cxx):
            need.append(f"libstdc++ GLIBCXX_{want_cxx}")
            have.append(f"GLIBCXX_{cxx}" if cxx else "libstdc++.so.6 (none)")
    if not need:
        return None
    offer = _key(glibc) >= COMPAT_GLIBC and _key(floor.get("glibc", "0")) > COMPAT_GLIBC
    return message(need, have, floor.get("machine"), offer, lang, app)


def message(need: list, have: list, machine: str | None, offer_compat: bool, lang: str = "zh_CN",
            app: str = "chizhou-desk") -> str:
    """The line itself; build_spec/elf_floor.py also puts it into the Linux start script."""
    texts = TEXTS.get(lang, TEXTS["zh_CN"])
    sep = "、" if texts is TEXTS["zh_CN"] else ", "
    line = texts["too_old"].format(app=app, need=sep.join(need), have=sep.join(have))
    machine = machine or "x86_64"
    machine = {"aarch64": "arm64", "amd64": "x86_64"}.get(machine, machine)
    if offer_compat:
        return line + texts["use_compat"].format(compat=COMPAT_BUILD.format(machine=machine))
    return line + texts["no_build"]


def check(argv: list[str] | None = None, environ=os.environ) -> int:
    """0 when the frozen build fits this system; else prints one line to stderr and returns 1."""
    if not sys.platform.startswith("linux"):
        return 0
    floor = read_floor()
    if floor is None:
        return 0
    from chizhou_desk.cli_texts import lang_of

    lang = lang_of(list(sys.argv[1:] if argv is None else argv))
    line = problem(floor, system_glibc(environ), lambda: system_glibcxx(environ), lang)
    if line is None:
        return 0
    from chizhou_desk.desktop_notice import tell

    tell(line, environ)
    return 1
