"""Shrink Qt's ICU data library (Linux) to what a Chinese/English office app can reach.

PySide6's Linux wheels ship libicudata.so.73: 32 MB of ICU data for ~800 locales and ~200
legacy codepages, the largest single file of the build. Qt reads ICU for collation (QCollator:
pinyin order), codecs (QStringDecoder: GBK, GB18030) and time-zone names; it keeps its own CLDR
tables for QLocale and its own text breaking. This keeps the collation and zone-name data of
root/zh*/en*, Chinese and Western codepages and the core tables (properties, normalisation),
and rebuilds the library (same soname, same exported symbol icudtNN_dat) from the smaller
package: about 5 MB. Gone: other locales, break iteration, transliteration, number spell-out,
unit/currency/language names, Big5/Japanese/Korean/EBCDIC codepages.

Needs icupkg (Debian: icu-devtools), readelf and a C compiler driver (gcc/cc); without them the
build keeps the original library and says so. Usable alone for a check:

    python3 build_spec/icu_trim.py PATH/TO/libicudata.so.73 OUTDIR
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

KEEP_LOCALE = re.compile(r"^(root|en|en_.*|zh|zh_.*|yue|yue_.*)$")  # zh_Hant_HK rbnf inherits from yue
# Qt 6 calls ICU only for collation (ucol_*), codecs (ucnv_*) and time-zone names (ucal_*):
# `nm -D libQt6Core.so.6 | grep _73`. Data trees nothing of those reads are dropped whole.
DROP_TREES = ("translit", "brkitr", "rbnf", "unit", "curr", "lang", "region")
DROP_FILES = re.compile(r"^(unames\.icu|confusables\.cfu|confusablesWholeScript\.cfu)$")
# Codepages worth keeping: Chinese (GBK = ibm-1386, GB2312 = ibm-5478, EUC-CN = ibm-1383,
# windows-936, GB18030) and Windows-1252 (ibm-5348) for Latin text from old Excel/CSV files.
# UTF-8/16/32, ASCII and Latin-1 are algorithmic and need no table.
KEEP_CNV = re.compile(r"^(gb18030|ibm-1386_|ibm-5478_|ibm-1383_|windows-936-|ibm-5348_).*\.cnv$")


def _run(*cmd: str) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def tools_missing() -> list[str]:
    cc = shutil.which("cc") or shutil.which("gcc")
    return [t for t, ok in (("icupkg", shutil.which("icupkg")), ("readelf", shutil.which("readelf")),
                            ("cc", cc)) if not ok]


def extract_data(so: Path) -> tuple[str, bytes]:
    """The bytes behind the exported symbol icudtNN_dat, located through the ELF section table."""
    syms = _run("readelf", "--dyn-syms", "-W", str(so))
    m = re.search(r":\s+([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+(icudt\d+_dat)\b",
                  syms)
    if not m:
        raise ValueError(f"{so}: no icudtNN_dat symbol")
    addr, size, index, symbol = int(m.group(1), 16), int(m.group(2), 0), int(m.group(3)), m.group(4)
    for line in _run("readelf", "-S", "-W", str(so)).splitlines():
        s = re.match(r"\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if s and int(s.group(1)) == index:
            offset = int(s.group(3), 16) + addr - int(s.group(2), 16)
            with open(so, "rb") as f:
                f.seek(offset)
                data = f.read(size)
            if data[2:4] != b"\xda\x27" or b"CmnD" not in data[:32]:
                raise ValueError(f"{so}: {symbol} is not an ICU common data package")
            return symbol, data
    raise ValueError(f"{so}: section {index} not found")


LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")  # af, zh_Hans_CN, de__PHONEBOOK; not pool/units


def items_to_drop(names: list[str]) -> list[str]:
    def drop(n: str) -> bool:
        tree, _, leaf = n.rpartition("/")
        stem = leaf.rsplit(".", 1)[0]
        if tree in DROP_TREES or DROP_FILES.match(n):
            return True
        if not tree and leaf.endswith(".cnv"):
            return not KEEP_CNV.match(leaf)
        return leaf.endswith(".res") and bool(LOCALE_NAME.match(stem)) and not KEEP_LOCALE.match(stem)

    return [n for n in names if drop(n)]


def trim(so: Path, out_dir: Path) -> Path:
    """Write a trimmed copy of libicudata.so.NN into out_dir and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    symbol, data = extract_data(so)
    # icupkg takes the items' prefix from the file name: icudt73l (l = little-endian)
    pkg = symbol[: -len("_dat")] + ("b" if data[8] else "l") + ".dat"
    (out_dir / "full").mkdir(exist_ok=True)
    full, small = out_dir / "full" / pkg, out_dir / pkg
    full.write_bytes(data)
    names = _run("icupkg", "-l", str(full)).split()
    drop_list = out_dir / "drop.txt"
    drop_list.write_text("\n".join(items_to_drop(names)) + "\n", encoding="utf-8")
    small.unlink(missing_ok=True)
    _run("icupkg", "-r", str(drop_list), str(full), str(small))
    asm = out_dir / "icudata.S"
    # STT_OBJECT is the spelling GNU as accepts on every architecture (x86-64, arm64 ...)
    asm.write_text(
        '\t.section .rodata\n\t.balign 16\n'
        f"\t.globl {symbol}\n\t.type {symbol}, STT_OBJECT\n{symbol}:\n"
        f'\t.incbin "{small.name}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",%progbits\n', encoding="utf-8")
    lib = out_dir / so.name
    cc = shutil.which("cc") or shutil.which("gcc")
    subprocess.run([cc, "-shared", "-nostdlib", f"-Wl,-soname,{so.name}", "-o", lib.name, asm.name],
                   cwd=out_dir, check=True, capture_output=True, text=True)
    full.unlink()
    small.unlink()
    return lib


if __name__ == "__main__":
    src, dest = Path(sys.argv[1]), Path(sys.argv[2])
    lib = trim(src, dest)
    print(f"{src} {src.stat().st_size / 1e6:.1f} MB -> {lib} {lib.stat().st_size / 1e6:.1f} MB")
