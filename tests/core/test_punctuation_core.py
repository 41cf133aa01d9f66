"""公文 style in the core's Chinese messages (errors, import results and notes, CLI texts, chart
words): full-width ，：； beside Chinese, as the window's texts (tests/gui/test_punctuation.py) and
the exported sheets have. Half-width stays where it is data or a format: the listed exceptions."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "chizhou_desk"
CJK = "\u4e00-\u9fff"
# a half-width mark after a Chinese character (or a closing ” ） 」), or right before one
HALF_WIDTH = re.compile(rf"(?<=[{CJK}”）」])[,:;]|[,:;](?=[{CJK}])")
EXCEPTIONS = {  # (module, text): why it keeps the half-width mark
    ("store_import.py", "报送表:"): "entry_log.author prefix stored in databases and read back",
    ("store_import.py", "导入:"): "entry_log.author prefix stored in databases and read back",
    ("cli_import.py", "列=角色,…"): "the --map syntax (B=task,C=lead) the user types",
}


def _is_english(text: str) -> bool:
    """English prose quoting Chinese words (cli_texts.EN): its own punctuation is half-width."""
    return text[:1].isascii() and text[:1].isalpha() and \
        len(re.findall(r"[A-Za-z]", text)) > len(re.findall(f"[{CJK}]", text))


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _regexes(tree: ast.AST) -> set[int]:
    """Literals passed to re.*: readers of user files, which may accept both forms."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                isinstance(node.func.value, ast.Name) and node.func.value.id == "re":
            found.update(id(n) for arg in node.args[:1] for n in ast.walk(arg))
    return found


def chinese_literals() -> list[tuple[str, int, str]]:
    """(module, line, text) for every string literal of the core with Chinese in it; an f-string's
    replacement fields become {}."""
    out = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts[0] == "gui":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree) | _regexes(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                skip.update(id(n) for n in ast.walk(node) if n is not node)
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            elif isinstance(node, ast.JoinedStr):
                text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            else:
                continue
            if re.search(f"[{CJK}]", text):
                out.append((str(rel), node.lineno, text))
    return out


def half_width(text: str) -> bool:
    return bool(HALF_WIDTH.search(re.sub(r"\{[^{}]*\}", "{}", text)))


def test_the_scan_sees_the_messages():
    texts = [t for _m, _l, t in chinese_literals()]
    assert len(texts) > 300
    assert "这就是当前数据库，不能用它恢复自身" in texts and "未知单位：{}" in texts
    assert half_width("期间 {} 已关闭,不能导入") and half_width("未知单位: {0}") and half_width("第{}项{},未导入")
    assert half_width("元数据记录了 {} 行,应为") and half_width("本库没有期间 {},未导入")
    assert not half_width("--map \"B=task,C=lead\"，目标 {0:g}") and not half_width("{}: 没有备份")
    assert _is_english("period: 2025-05, 1-5月, 上半年") and not _is_english("期间：2025-05、1-5月")


def test_core_messages_use_full_width_punctuation():
    bad = [f"{m}:{line}: {text!r}" for m, line, text in chinese_literals()
           if half_width(text) and not _is_english(text) and (m, text) not in EXCEPTIONS]
    assert not bad, "use ，：； beside Chinese (or list a data format in EXCEPTIONS):\n" + "\n".join(bad)


def test_the_exceptions_are_still_needed():
    texts = {(m, t) for m, _l, t in chinese_literals()}
    assert set(EXCEPTIONS) <= texts, sorted(set(EXCEPTIONS) - texts)
