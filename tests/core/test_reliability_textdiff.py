"""The 上期 highlight diff is bounded (issue 13: 32,767 characters blocked the window 7 s)."""

import random
import time

import pytest

from chizhou_desk.textdiff import changed_spans

CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"


def _text(rng, n):
    parts = []
    while sum(map(len, parts)) < n:
        parts.append("".join(rng.choice(CHARS) for _ in range(rng.randint(8, 60))) + rng.choice("，。；\n"))
    return "".join(parts)[:n]


def _cases():
    rng = random.Random(13)
    old = _text(rng, 32767)
    scattered = list(old)
    for _ in range(300):
        scattered[rng.randrange(len(scattered))] = rng.choice(CHARS)
    return {"scattered edits": (old, "".join(scattered)), "unrelated": (old, _text(rng, 32767)),
            "repeated sentences": (("甲。乙。" * 9000)[:32767], ("乙。甲。" * 9000)[:32767]),
            "shuffled sentences": ("。".join(str(i) for i in range(6000))[:32767],
                                   "。".join(str(i * 7 % 6000) for i in range(6000))[:32767]),
            "no punctuation": ("x" * 32767, "y" * 16000 + "x" * 16767)}


@pytest.mark.parametrize("case", list(_cases()))
def test_32767_characters_diff_within_50_ms(case):
    old, new = _cases()[case]
    best = min(_timed(old, new) for _ in range(3))  # the best of three: the machine is shared
    assert best < 0.05, f"{case}: {best * 1000:.0f} ms"


def _timed(old, new):
    started = time.perf_counter()
    spans = changed_spans(old, new)
    took = time.perf_counter() - started
    assert "".join(t for t, _ in spans) == old
    return took


def test_scattered_edits_are_still_marked_one_by_one():
    old, new = _cases()["scattered edits"]
    changed = sum(len(t) for t, c in changed_spans(old, new) if c)
    assert 200 <= changed <= 400, changed  # about the 300 characters changed, not whole sentences
