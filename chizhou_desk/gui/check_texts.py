"""The pre-export check's messages (exports.layout.problems_in, Chinese, written into nothing but
this box) in the window's language. The core writes "第 N 项（任务）：why"; the fixed parts are
translated here, the data (task names, status words, column headers of the Chinese sheet) stays.
A message this module does not recognise is shown as the core wrote it: never less information."""

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

_WHERE = r"^第 (?P<no>\S+) 项(?:（(?P<name>.*)）)?："
_WHY = {  # kind -> [(the core's why, as a pattern), ...]; English built in _english
    "unfilled": [r"未填报", r"已选“(.+)”，但未写进展情况", r"工作评价“(.+)”沿用上期，本期未写进展情况"],
    "no_status": [r"未选择工作评价"],
    "no_reason": [r"工作评价为“(.+)”，未说明原因"],
    "same_as_previous": [r"进展情况与上期完全相同（沿用后未更新？）"],
    "too_long": [r"“(.+)”约 (\d+) 行，超过 Excel 行高上限（409 磅），导出时将加宽该列（打印字号随之变小），建议精简",
                 r"“(.+)”约 (\d+) 行，超过 Excel 行高上限（409 磅），加宽该列后仍显示不全，请精简后再导出"],
}


def _english(kind: str, which: int, args: tuple[str, ...]) -> str:
    if kind == "unfilled":
        if which == 2:
            return translate("ExportActions", "工作评价“{0}”沿用上期，本期未写进展情况").format(*args)
        return (translate("ExportActions", "未填报") if which == 0
                else translate("ExportActions", "已选“{0}”，但未写进展情况").format(*args))
    if kind == "no_status":
        return translate("ExportActions", "未选择工作评价")
    if kind == "no_reason":
        return translate("ExportActions", "工作评价为“{0}”，未说明原因").format(*args)
    if kind == "same_as_previous":
        return translate("ExportActions", "进展情况与上期完全相同（沿用后未更新？）")
    if which == 0:
        return translate("ExportActions", "“{0}”约 {1} 行，超过 Excel 行高上限（409 磅），"
                                          "导出时将加宽该列（打印字号随之变小），建议精简").format(*args)
    return translate("ExportActions", "“{0}”约 {1} 行，超过 Excel 行高上限（409 磅），"
                                      "加宽该列后仍显示不全，请精简后再导出").format(*args)


def problem_text(problem) -> str:
    """One check message (an exports.layout.Problem) in the window's language."""
    for which, why in enumerate(_WHY.get(problem.kind, [])):
        m = re.match(_WHERE + why + "$", problem.message)
        if m:
            no, name = m.group("no"), m.group("name")
            where = (translate("ExportActions", "第 {0} 项（{1}）：").format(no, name) if name
                     else translate("ExportActions", "第 {0} 项：").format(no))
            return where + _english(problem.kind, which, m.groups()[2:])
    return problem.message
