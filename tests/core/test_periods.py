"""Period keys (YYYY-MM cumulative) and the labels reports use."""

import pytest

from chizhou_desk import periods as P
from chizhou_desk.errors import InputError


@pytest.mark.parametrize("text, key", [
    ("2025-05", "2025-05"), ("2025-5", "2025-05"), (" 2025-05 ", "2025-05"),
    ("1-5月份", "2025-05"), ("1-5月份进展情况", "2025-05"), ("1—6月", "2025-06"), ("1至7月", "2025-07"),
    ("一至五月", "2025-05"), ("1月份", "2025-01"),
    ("一季度", "2025-03"), ("第一季度", "2025-03"), ("1-3月", "2025-03"),
    ("上半年", "2025-06"), ("上半年进展情况", "2025-06"),
    ("前三季度", "2025-09"), ("全年", "2025-12"), ("1-12月份", "2025-12"),
])
def test_parse(text, key):
    assert P.parse(text, 2025) == key


def test_year_in_the_text_wins_over_the_default():
    assert P.parse("2024年1-5月份", 2025) == "2024-05"
    assert P.parse("2026年上半年") == "2026-06"


@pytest.mark.parametrize("key, label", [("2025-05", "1-5月份"), ("2025-01", "1月份"),
                                        ("2025-12", "1-12月份"), ("2025-03", "1-3月份")])
def test_label_and_back(key, label):
    assert P.label(key) == label
    assert P.parse(label, 2025) == key


def test_long_label():
    assert P.long_label("2025-05") == "2025年1-5月份"


@pytest.mark.parametrize("key, nxt", [("2025-05", "2025-06"), ("2025-11", "2025-12"),
                                      ("2025-12", "2026-01")])
def test_next_key(key, nxt):
    assert P.next_key(key) == nxt


@pytest.mark.parametrize("bad", ["2025-13", "2025-00", "25-05", "2025/05", "abc", "", "2025年",
                                 "13月", "1-13月", "5-6月", "下半年"])
def test_bad_text_is_an_input_error(bad):
    with pytest.raises(InputError):
        P.parse(bad, 2025)


@pytest.mark.parametrize("bad", ["2025-13", "2025-00", "2025", "x-05"])
def test_bad_keys(bad):
    with pytest.raises(InputError, match="YYYY-MM"):
        P.split_key(bad)
    with pytest.raises(InputError):
        P.next_key(bad)


def test_label_without_year_needs_one():
    with pytest.raises(InputError, match="年份"):
        P.parse("1-5月份")


def test_elapsed_fraction():
    assert P.elapsed_fraction("2025-06") == pytest.approx(0.5)
