"""Period names in the window's language, made from the key (YYYY-MM, cumulative months).

The store keeps the Chinese label (periods.label); in Chinese these give the same text, byte for
byte; English names the months ("Jan–May 2025"). One literal a period, so lupdate finds each and
a language free to name the months its own way."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chizhou_desk import periods as P

translate = QCoreApplication.translate

_MONTHS = tuple(str(t) for t in (  # the cumulative period ending in month 1 … 12 (periods.label)
    QT_TRANSLATE_NOOP("Periods", "1月份"), QT_TRANSLATE_NOOP("Periods", "1-2月份"),
    QT_TRANSLATE_NOOP("Periods", "1-3月份"), QT_TRANSLATE_NOOP("Periods", "1-4月份"),
    QT_TRANSLATE_NOOP("Periods", "1-5月份"), QT_TRANSLATE_NOOP("Periods", "1-6月份"),
    QT_TRANSLATE_NOOP("Periods", "1-7月份"), QT_TRANSLATE_NOOP("Periods", "1-8月份"),
    QT_TRANSLATE_NOOP("Periods", "1-9月份"), QT_TRANSLATE_NOOP("Periods", "1-10月份"),
    QT_TRANSLATE_NOOP("Periods", "1-11月份"), QT_TRANSLATE_NOOP("Periods", "1-12月份")))


def short_label(key: str) -> str:
    """2025-05 -> 1-5月份 / Jan–May."""
    return translate("Periods", _MONTHS[P.split_key(key)[1] - 1])


def long_label(key: str) -> str:
    """2025-05 -> 2025年1-5月份 / Jan–May 2025."""
    return translate("Periods", "{0}年{1}").format(P.split_key(key)[0], short_label(key))


def month_texts() -> dict[str, str]:
    """The short names by end month ("1" … "12"), for the charts (core, no Qt)."""
    return {str(m): short_label(P.make_key(2000, m)) for m in range(1, 13)}
