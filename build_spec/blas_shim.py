"""Build build_spec/blas_shim.c into a stand-in for numpy's vendored OpenBLAS (Linux).

numpy's wheel ships libscipy_openblas64_-*.so (25 MB) plus libgfortran and libquadmath (3 MB);
the app reaches numpy only through matplotlib (small transforms, 3x3 inverses). The shim gets
the same file name and soname, implements what blas_shim.c implements, and gets a generated
stub for every other symbol numpy's extension modules import: the stub prints the routine's
name and aborts, because numpy would otherwise return unset memory. About 50 KB.

Needs nm, readelf and cc/gcc; returns None (keep OpenBLAS) without them or when numpy imports a
BLAS symbol this shim does not implement at all (a newer numpy: look before adding it).

    python3 build_spec/blas_shim.py OUTDIR      builds from the installed numpy, prints the path
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STUB_OK = re.compile(r"^scipy_[a-z]+_64_$")  # LAPACK (Fortran) names may be stubs; cblas may not


def _write_stubs(out_dir: Path, missing: list[str]) -> Path:
    """C stubs for the BLAS symbols numpy links but never calls here: each aborts with a line."""
    stubs = out_dir / "blas_stubs.c"
    stubs.write_text(
        "#include <stdio.h>\n#include <stdlib.h>\n"
        "static void missing(const char *name) {\n"
        '    fprintf(stderr, "chizhou-desk: numpy called %s, which this build leaves out '
        '(build_spec/blas_shim.c)\\n", name);\n    abort();\n}\n'
        + "".join(f'void {s}(void) {{ missing("{s}"); }}\n' for s in missing), encoding="utf-8")
    return stubs


def _run(*cmd: str) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def tools_missing() -> list[str]:
    cc = shutil.which("cc") or shutil.which("gcc")
    return [t for t, ok in (("nm", shutil.which("nm")), ("readelf", shutil.which("readelf")), ("cc", cc))
            if not ok]


def needed_symbols(users: list[Path], lib_name: str) -> set[str]:
    """Symbols from lib_name that the given extension modules import."""
    out = set()
    for so in users:
        if lib_name in _run("readelf", "-d", str(so)):
            out |= {s.split("@")[0] for s in _run("nm", "-D", "--undefined-only", str(so)).split()
                    if s.startswith("scipy_")}
    return out


def build(openblas: Path, users: list[Path], out_dir: Path) -> Path | None:
    """Compile the shim as out_dir/<openblas file name>; None when it cannot stand in."""
    out_dir.mkdir(parents=True, exist_ok=True)
    soname = re.search(r"SONAME\)\s+Library soname: \[(.+?)\]", _run("readelf", "-d", str(openblas)))
    soname = soname.group(1) if soname else openblas.name
    needed = needed_symbols(users, openblas.name)
    cc = shutil.which("cc") or shutil.which("gcc")
    obj = out_dir / "blas_shim.o"
    subprocess.run([cc, "-O2", "-fPIC", "-c", str(HERE / "blas_shim.c"), "-o", str(obj)],
                   check=True, capture_output=True, text=True)
    have = {ln.split()[-1] for ln in _run("nm", "--defined-only", str(obj)).splitlines()
            if " T " in ln}
    missing = sorted(needed - have)
    not_stubbable = [s for s in missing if not STUB_OK.match(s)]
    if not_stubbable:
        print(f"blas_shim: numpy needs {not_stubbable}, not in blas_shim.c: keeping OpenBLAS")
        return None
    stubs = _write_stubs(out_dir, missing)
    lib = out_dir / openblas.name
    subprocess.run([cc, "-O2", "-fPIC", "-shared", f"-Wl,-soname,{soname}", "-o", str(lib), str(obj),
                    str(stubs), "-lm"], check=True, capture_output=True, text=True)
    obj.unlink()
    return lib


WIN_CC = "x86_64-w64-mingw32-gcc"
WIN_STUB_OK = re.compile(r"^[a-z]+_64_$")  # numpy 1.26 on Windows: openblas64_ names, no prefix


def windows_tools_missing() -> list[str]:
    return [t for t in (WIN_CC, "x86_64-w64-mingw32-nm") if not shutil.which(t)]


def build_windows(openblas: Path, users: list[Path], out_dir: Path) -> Path | None:
    """The Windows build's stand-in for numpy 1.26's libopenblas64_*.dll (38 MB), cross-compiled
    with mingw-w64 on Linux: the same file name, every symbol numpy's .pyd files import from it
    (read with pefile), stubs that stop with the routine's name for LAPACK it leaves out. Imports
    only KERNEL32 and msvcrt (present on every Windows). None when it cannot stand in."""
    import pefile

    out_dir.mkdir(parents=True, exist_ok=True)
    needed: set[str] = set()
    for pyd in users:
        pe = pefile.PE(str(pyd), fast_load=True)
        pe.parse_data_directories(directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"]])
        for entry in getattr(pe, "DIRECTORY_ENTRY_IMPORT", []):
            if entry.dll.decode().lower() == openblas.name.lower():
                needed |= {i.name.decode() for i in entry.imports if i.name}
    obj = out_dir / "blas_shim.o"
    subprocess.run([WIN_CC, "-O2", "-DPREFIX(name)=cblas_##name##64_", "-DLAPACK(name)=name##_64_",
                    "-c", str(HERE / "blas_shim.c"), "-o", str(obj)], check=True, capture_output=True, text=True)
    have = {ln.split()[-1] for ln in _run("x86_64-w64-mingw32-nm", "--defined-only", str(obj)).splitlines()
            if " T " in ln}
    missing = sorted(needed - have)
    not_stubbable = [s for s in missing if not WIN_STUB_OK.match(s)]
    if not needed or not_stubbable:
        print(f"blas_shim: numpy needs {not_stubbable or 'nothing?'}, not in blas_shim.c: keeping OpenBLAS")
        return None
    stubs = _write_stubs(out_dir, missing)
    lib = out_dir / openblas.name
    subprocess.run([WIN_CC, "-O2", "-shared", "-s", "-static-libgcc", "-o", str(lib), str(obj), str(stubs)],
                   check=True, capture_output=True, text=True)
    obj.unlink()
    exported = {e.name.decode() for e in pefile.PE(str(lib)).DIRECTORY_ENTRY_EXPORT.symbols if e.name}
    if needed - exported:
        print(f"blas_shim: the DLL lacks {sorted(needed - exported)}: keeping OpenBLAS")
        return None
    return lib


def installed_numpy() -> tuple[Path, list[Path]]:
    import numpy

    root = Path(numpy.__file__).parent
    libs = sorted((root.parent / "numpy.libs").glob("libscipy_openblas*.so*"))
    if not libs:
        raise SystemExit("this numpy has no vendored scipy-openblas")
    return libs[0], sorted(root.rglob("*.so"))


if __name__ == "__main__":
    if sys.argv[1] == "--windows":  # --windows SITE_PACKAGES OUTDIR: numpy for win_amd64
        site = Path(sys.argv[2])
        dlls = sorted((site / "numpy.libs").glob("libopenblas*.dll"))
        lib = build_windows(dlls[0], sorted((site / "numpy").rglob("*.pyd")), Path(sys.argv[3])) if dlls else None
        print(lib or "not built")
        sys.exit(0)
    openblas, users = installed_numpy()
    lib = build(openblas, users, Path(sys.argv[1]))
    print(lib or "not built")
