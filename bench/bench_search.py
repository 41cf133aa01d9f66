"""Which index serves a 2-character search (issue 28): a scan of the loaded rows' texts, or a
bigram index over them, at 10,000 and 50,000 tasks. Prints; asserts nothing.

    python bench/bench_search.py

The trigram FTS index cannot answer 2 characters (it scanned entries with instr(): 11 ms at 10k).
The SQLite bigram table was not built: it would hold one row per distinct bigram of every entry
of every period (~150 a text), millions of rows at 10,000 tasks × 12 periods, and each lookup
would still build the set of ids in Python; the in-memory bigram index below is its upper bound.
"""

import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from budget import NEEDLES, big_db  # noqa: E402

from chizhou_desk.search_rows import RowTexts  # noqa: E402
from chizhou_desk.store import Store  # noqa: E402


def bigram_index(texts: dict[int, str]) -> dict[str, set[int]]:
    index: dict[str, set[int]] = {}
    for task_id, text in texts.items():
        for gram in {text[i:i + 2] for i in range(len(text) - 1)}:
            index.setdefault(gram, set()).add(task_id)
    return index


def by_bigrams(index, texts, needle: str) -> set[int]:
    grams = [needle[i:i + 2] for i in range(len(needle) - 1)]
    found = set(index.get(grams[0], ()))
    for g in grams[1:]:
        found &= index.get(g, set())
    return found if len(needle) == 2 else {i for i in found if needle in texts[i]}


def ms(fn, rounds=9) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    for n, months in ((10_000, 12), (50_000, 3)):
        with Store(big_db(HERE.parent, n, months), read_only=True) as s:
            rows = s.task_rows(s.latest_period())
        t = time.perf_counter()
        scan = RowTexts(rows)
        scan.matching("镁基")
        built_scan = (time.perf_counter() - t) * 1000
        texts = scan.texts()
        t = time.perf_counter()
        index = bigram_index(texts)
        built_index = (time.perf_counter() - t) * 1000
        print(f"{n:,} tasks: texts kept {built_scan:.0f} ms; bigram index built {built_index:.0f} ms "
              f"({len(index):,} bigrams)")
        for length, needles in NEEDLES.items():
            for q in needles[:2]:
                a = ms(lambda q=q, scan=scan: scan.matching(q))
                b = ms(lambda q=q, index=index, texts=texts: by_bigrams(index, texts, q))
                assert scan.matching(q) == by_bigrams(index, texts, q)
                print(f"  {length} chars {q}: scan {a:.1f} ms, bigram index {b:.1f} ms "
                      f"({len(scan.matching(q)):,} tasks)")


if __name__ == "__main__":
    main()
