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
    stubs = out_dir / "blas_stubs.c"
    stubs.write_text(
        "#include <stdio.h>\n#include <stdlib.h>\n"
        "static void missing(const char *name) {\n"
        '    fprintf(stderr, "chizhou-desk: numpy called %s, which this build leaves out '
        '(build_spec/blas_shim.c)\\n", name);\n    abort();\n}\n'
        + "".join(f'void {s}(void) {{ missing("{s}"); }}\n' for s in missing), encoding="utf-8")
    lib = out_dir / openblas.name
    subprocess.run([cc, "-O2", "-fPIC", "-shared", f"-Wl,-soname,{soname}", "-o", str(lib), str(obj),
                    str(stubs), "-lm"], check=True, capture_output=True, text=True)
    obj.unlink()
    return lib


def installed_numpy() -> tuple[Path, list[Path]]:
    import numpy

    root = Path(numpy.__file__).parent
    libs = sorted((root.parent / "numpy.libs").glob("libscipy_openblas*.so*"))
    if not libs:
        raise SystemExit("this numpy has no vendored scipy-openblas")
    return libs[0], sorted(root.rglob("*.so"))


if __name__ == "__main__":
    openblas, users = installed_numpy()
    lib = build(openblas, users, Path(sys.argv[1]))
    print(lib or "not built")
