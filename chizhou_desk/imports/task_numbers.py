"""Task numbers are integers or a known nested form (ARCHITECTURE: Imports): 3.1, 3.2 … under task
or section 3, each family starting at .1. A "3.5" after 3 with no 3.1 before it is most often a
mistyped 4 or a decimal from a formula: it is refused, naming the row, rather than stored as a new
task beside task 3."""

from chizhou_desk.errors import InputError


def check_nested(raw: list[dict], file: str, where, i_no) -> None:
    """`raw`: the task rows with their final numbers ("no") and the cells as written."""
    last: dict[tuple[str, ...], int] = {}
    for it in raw:
        parts = str(it["no"]).split(".")
        if len(parts) < 2 or not all(p.isdigit() for p in parts):
            continue
        family, n = tuple(parts[:-1]), int(parts[-1])
        if family not in last and n != 1:
            written = it.get("written") or it["no"]
            raise InputError(f"序号“{written}”不是整数，也不在 {'.'.join(family)}.1 之后(子项应从 .1 编起)；"
                             f"可能是误填(例如本应是下一个整数)，没有导入。请改正序号后再导入",
                             file=file, where=where(it["row"], i_no))
        last[family] = n
