"""Which characters changed between last period's text and this one's (for highlighting)."""

from html import escape


def changed_spans(old: str, new: str) -> list[tuple[str, bool]]:
    """`old` cut into (text, differs-from-new) pieces."""
    from difflib import SequenceMatcher  # only when a previous period is shown

    out = []
    for op, i1, i2, _, _ in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if i2 > i1:
            out.append((old[i1:i2], op != "equal"))
    return out


def highlight_html(old: str, new: str, mark: str = "#ffe08a") -> str:
    parts = [f'<span style="background:{mark}">{escape(t)}</span>' if changed else escape(t)
             for t, changed in changed_spans(old, new)]
    return "".join(parts).replace("\n", "<br>")
