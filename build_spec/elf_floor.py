"""The oldest Linux a one-folder build runs on: the newest glibc and libstdc++ symbol versions its
binaries ask for (`readelf -V`, version needs), written to _internal/build_floor.json.

    python3 build_spec/elf_floor.py [DIST]        print the floor of a built folder

The spec calls write_floor() after the build; chizhou_desk.floor_check reads the file when the
frozen app starts and stops with one line on a system below it, before Qt loads and fails with a
loader error. glibc and libstdc++ always come from the system (the spec never bundles them).
"""

import json
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

FLOOR_FILE = "build_floor.json"
_NEED = re.compile(r"Name: (GLIBC|GLIBCXX|CXXABI)_([\d.]+)")


def _key(version: str) -> tuple:
    return tuple(int(x) for x in version.split("."))


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def needs(path: Path) -> dict:
    """{"GLIBC": "2.28", "GLIBCXX": "3.4.21", ...}: the newest version of each the file needs."""
    out = subprocess.run(["readelf", "-V", "--wide", str(path)], capture_output=True, text=True).stdout
    part = out.split("Version needs section", 1)
    found: dict = {}
    for kind, version in _NEED.findall(part[1] if len(part) > 1 else ""):
        if kind not in found or _key(version) > _key(found[kind]):
            found[kind] = version
    return found


def floor(folder: Path) -> dict | None:
    """The folder's floor, with the file that sets each part; None without readelf."""
    if shutil.which("readelf") is None:
        return None
    best: dict = {}
    for f in sorted(folder.rglob("*")):
        if f.is_symlink() or not f.is_file() or not (f.suffix == ".so" or ".so." in f.name
                                                      or f.parent == folder) or not _is_elf(f):
            continue
        for kind, version in needs(f).items():
            if kind not in best or _key(version) > _key(best[kind][0]):
                best[kind] = (version, str(f.relative_to(folder)))
    result = {"glibc": best.get("GLIBC", ("0", ""))[0], "glibcxx": best.get("GLIBCXX", ("0", ""))[0],
              "needed_by": {k.lower(): v[1] for k, v in best.items()}}
    return result


def os_name() -> str:
    try:
        text = Path("/etc/os-release").read_text(encoding="utf-8")
        m = re.search(r'^PRETTY_NAME="?([^"\n]*)', text, re.MULTILINE)
        return m.group(1) if m else ""
    except OSError:
        return ""


def write_floor(dist: Path, extra: dict | None = None) -> dict | None:
    """Record the floor of dist/ (the one-folder build) in its _internal folder."""
    internal = dist / "_internal"
    result = floor(dist)
    if result is None:
        print("elf_floor: WARNING: readelf missing (binutils): no glibc floor recorded, no start check")
        return None
    libc = platform.libc_ver()
    result.update(machine=platform.machine(), built_on=os_name(), build_glibc=libc[1], **(extra or {}))
    (internal if internal.is_dir() else dist).joinpath(FLOOR_FILE).write_text(
        json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"elf_floor: the build needs glibc >= {result['glibc']}, libstdc++ GLIBCXX_{result['glibcxx']} "
          f"({result['needed_by'].get('glibc', '')}; {result['needed_by'].get('glibcxx', '')})")
    return result


def write_start_script(dist: Path, floor: dict, name: str = "chizhou-desk") -> None:
    """Make dist/NAME the glibc check (build_spec/linux_start.sh) in front of dist/NAME.bin."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from chizhou_desk.floor_check import COMPAT_GLIBC, message

    exe = dist / name
    exe.replace(dist / f"{name}.bin")  # PyInstaller's launcher finds _internal/ beside itself
    need = floor["glibc"]
    script = (Path(__file__).with_name("linux_start.sh")).read_text(encoding="utf-8")
    values = {"NEED": need, "COMPAT": ".".join(map(str, COMPAT_GLIBC))}
    for lang, tag in (("zh_CN", "ZH"), ("en", "EN")):
        for offer, yes in ((True, "YES"), (False, "NO")):
            values[f"{tag}_{yes}"] = message([f"glibc ≥ {need}"], ["glibc @HAVE@"], floor.get("machine"),
                                             offer, lang, name)
    for key, value in values.items():
        script = script.replace(f"@{key}@", value.replace("'", "'\\''"))
    exe.write_text(script, encoding="utf-8")
    exe.chmod(0o755)


if __name__ == "__main__":
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "dist" / "chizhou-desk")
    print(json.dumps(floor(dist), indent=1))
