"""公文 style in the window's Chinese: full-width ，：； beside Chinese characters, as the exported
and printed sheets have. Half-width stays in format specs, shortcuts, numbers and English."""

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "chizhou_desk" / "gui"
CJK = re.compile(r"[\u4e00-\u9fff]")
# half-width on purpose: Qt's file-filter separator, and the clock's 时:分:秒 as it is shown
ALLOWED = (";;", "时:分:秒")


def half_width_marks(text: str) -> list[int]:
    """Where a Chinese text has a half-width , : ; that is not between ASCII letters or digits
    (B=task,C=lead; 12:30) nor inside a {0:g} replacement field."""
    if not CJK.search(text):
        return []
    for allowed in ALLOWED:
        text = text.replace(allowed, "")
    text = re.sub(r"\{[^{}]*\}", "{}", text)

    def ascii_word(c: str) -> bool:
        return c.isascii() and c.isalnum()
    return [m.start() for m in re.finditer("[,:;]", text)
            if not (0 < m.start() < len(text) - 1 and ascii_word(text[m.start() - 1])
                    and ascii_word(text[m.start() + 1]))]


# Texts that may keep a half-width mark beside Chinese, each with its reason. None at present: the
# CoreTexts templates match the core's messages, which are full-width too (tests/core/test_punctuation_core.py).
STILL_HALF_WIDTH: dict[str, set[str]] = {}
EXCEPTIONS: set[str] = set().union(*STILL_HALF_WIDTH.values())


def _text_argument(call: ast.Call) -> ast.expr | None:
    """The source text of self.tr("…"), translate("ctx", "…") or QT_TRANSLATE_NOOP("ctx", "…")."""
    f = call.func
    name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
    index = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
    if index is None or len(call.args) <= index:
        return None
    return call.args[index]


def translatable_texts() -> list[tuple[str, str]]:
    """(where, text) for every translatable literal in gui/*.py (not forms/) and ui/*.ui."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if "forms" in path.relative_to(GUI).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                arg = _text_argument(node)
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((f"{path.name}:{node.lineno}", arg.value))
    for path in sorted((ROOT / "ui").glob("*.ui")):
        for element in ET.parse(path).getroot().iter("string"):
            if element.text and element.get("notr") != "true":
                found.append((path.name, element.text))
    return found


def test_the_scan_sees_the_texts():
    texts = [t for _w, t in translatable_texts()]
    assert len(texts) > 300
    assert "文件(&F)" in texts and any("{0}" in t for t in texts)
    assert half_width_marks("本清单还没有期间:请用") and half_width_marks("{0}:共 {1} 项")
    assert half_width_marks(",{0} 项有进展") and half_width_marks("(原样保留):")
    assert not half_width_marks("如 \"B=task,C=lead\"，目标 {0:g}；Ctrl+F") and not half_width_marks("a, b: c")


def test_chinese_texts_use_full_width_punctuation():
    bad = [f"{where}: {text!r}" for where, text in translatable_texts()
           if half_width_marks(text) and text not in EXCEPTIONS]
    assert not bad, "use ，：； beside Chinese:\n" + "\n".join(bad)


def test_the_exceptions_are_still_needed():
    texts = {t for _w, t in translatable_texts()}
    assert EXCEPTIONS <= texts, sorted(EXCEPTIONS - texts)  # gone or converted: drop it from the list
