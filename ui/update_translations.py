"""Refresh the English translation: lupdate -> fill from en.json -> lrelease.

    python ui/update_translations.py

Sources are chizhou_desk/gui/**/*.py (not the generated forms/) and ui/*.ui. English comes from
resources/translations/en.json, keyed by the Chinese source text; a key "Context|源文" overrides
the plain key for one context. Texts without Chinese (shortcuts, style sheets) are kept as they are.
Exits 1 when a text has no English yet (it stays unfinished in the .ts and is left out of the .qm).
"""

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qt_tools import qt_tool  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "chizhou_desk_en.ts"
QM = TS.with_suffix(".qm")
TABLE = TS.parent / "en.json"
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_PLACEHOLDER = re.compile(r"\{\d+\}")
_CJK_RUN = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+")


def sources() -> list[str]:
    gui = ROOT / "chizhou_desk" / "gui"
    files = [p for p in gui.rglob("*.py") if "forms" not in p.relative_to(gui).parts]
    files += (ROOT / "ui").glob("*.ui")
    return sorted(str(p.relative_to(ROOT)) for p in files)


def lupdate(ts: Path) -> None:
    """Extract into `ts` (no line numbers, so the file changes only when texts change)."""
    subprocess.run([*qt_tool("lupdate"), *sources(), "-ts", str(ts), "-locations", "none",
                    "-no-obsolete", "-source-language", "zh_CN", "-target-language", "en"],
                   check=True, capture_output=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True, cwd=ROOT)


def messages(ts: Path):
    """(context name, source, translation element) for every message."""
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation")


def problem(source: str, english: str) -> str | None:
    """Why `english` cannot stand for `source`, or None."""
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(english)):
        return "placeholders differ"
    if "&" in source.replace("&&", "") and "&" not in english.replace("&&", ""):
        return "menu accelerator (&) missing"
    if any(run not in source for run in _CJK_RUN.findall(english)):
        return "Chinese not from the source"  # data quoted from the source (未达预期) may stay
    return None


def fill(ts: Path, table: dict[str, str]) -> list[str]:
    """Write English from `table` into `ts`; returns the sources that have none."""
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            english = table.get(f"{name}|{source}", table.get(source))
            if english is None and not _CJK.search(source):
                english = source
            translation = message.find("translation")
            why = problem(source, english) if english is not None else "no English"
            if why:
                missing.append(f"{name}: {source!r} ({why})")
                translation.text, translation.attrib = None, {"type": "unfinished"}
            else:
                translation.text, translation.attrib = english, {}
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


def load_table() -> dict[str, str]:
    return json.loads(TABLE.read_text(encoding="utf-8"))


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    table = load_table()
    missing = fill(TS, table)
    lrelease(TS, QM)
    used = {s for _c, s, _t in messages(TS)} | {f"{c}|{s}" for c, s, _t in messages(TS)}
    for key in sorted(set(table) - used):
        print(f"unused in en.json: {key!r}")
    for line in missing:
        print(f"needs English: {line}", file=sys.stderr)
    print(f"{TS.relative_to(ROOT)}: {sum(1 for _ in messages(TS))} texts, {len(missing)} unfinished")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
