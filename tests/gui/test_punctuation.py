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


# Still half-width, to convert together with their owners: CoreTexts templates must match the core's
# messages word for word (the core's messages are not converted yet: imports/ and store_plan.py are
# edited elsewhere); chart texts must equal charts.TEXTS.
STILL_HALF_WIDTH = {
    "CoreTexts": {
        "{0}:已填报 {1} 项,未填报 {2} 项",
        "第{0}项{1}:与{2}的报送表不同,已按{3}的报送表更新",
        "第{0}项在导出后于 Excel/WPS 中改动过,已按表中内容导入",
        "市政府办公室审核意见({0},{1}):{2},{3} 项任务有意见",
        "市政府办公室审核意见({0},{1}):{2}",
        "市政府办公室对{0}{1}报送表的意见:{2}",
        "{0}: 将不导入 — {1}",
        "{0}: 单位报送表({1},{2}),将更新 {3} 项,未变 {4} 项",
        "{0}: 单位报送表({1},无期间),将更新 {2} 项,未变 {3} 项",
        "共 {0} 个文件:可导入 {1} 个,将更新 {2} 项;拒绝 {3} 个",
        "本库没有 {0} 年的清单,请先导入清单",
        "本库清单中没有第{0}项,未导入",
        "报送表的填报单位“{0}”不是本库登记的单位,未导入",
        "退回单的单位“{0}”不是本库登记的单位,未导入",
        "本库没有期间 {0}(期间由办公室建立),未导入",
        "本库没有期间 {0},未导入",
        "报送表中有 {0} 不牵头的任务: 第{1}项等,未导入",
        "报送表中有 {0} 不牵头的任务: 第{1}项,未导入",
        "报送表中任务的内容与本库清单中同一序号的任务不符: 第{0}项等,未导入",
        "报送表中任务的内容与本库清单中同一序号的任务不符: 第{0}项,未导入",
        "第{0}项的任务内容与本库清单不符,未导入",
        "报送表中的任务在本库清单中不存在: {0}",
        "期间 {0} 已关闭,不能导入",
        "期间 {0} 已关闭,不能修改",
        "工作评价不在本清单的选项中: {0}",
        "未知单位: {0}",
        "这就是当前数据库,不能用它恢复自身",
        "备份不能使用:{0}",
    },
    "ChartPane": {
        "第{0}项指标:{1}",
        "底色:该格任务中最严重的灯(红、黄、绿);单位按未达预期和滞后的项数排序;"
        "联合牵头的任务在每个牵头单位各计一次,合计按任务计。",
    },
}
EXCEPTIONS = set().union(*STILL_HALF_WIDTH.values())


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
