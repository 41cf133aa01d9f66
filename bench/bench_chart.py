"""Chart pane benchmark (issue 5): time from set_context(unit change) to the redrawn canvas.

Run: python bench/bench_chart.py [--rounds N] [--chart KIND]
Prints figures; asserts nothing. Budget: <= 150 ms median on the sample (the published 1-5月 report),
pane at 560x400 offscreen. Each round switches to the next lead unit (or 全部) and waits until the
canvas has drawn (ChartPane.draw is synchronous, then emits `redrawn`).
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from chizhou_desk import charts  # noqa: E402
from chizhou_desk.database import load_sample  # noqa: E402
from chizhou_desk.store import Store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=40)
    ap.add_argument("--chart", default="all", choices=["all", *charts.CHARTS])
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    from chizhou_desk.gui.chart_pane import ChartPane

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        load_sample(store)
        key = store.latest_period()
        units = [None, *store.lead_unit_names()]
        pane = ChartPane(store)
        pane.resize(560, 400)
        pane.set_context(None, key)
        t0 = time.perf_counter()
        pane.show()
        app.processEvents()
        first = (time.perf_counter() - t0) * 1000
        print(f"first show (imports matplotlib, makes the canvas, draws): {first:.0f} ms")
        kinds = list(charts.CHARTS) if args.chart == "all" else [args.chart]
        for kind in kinds:
            pane.set_chart(kind)
            app.processEvents()
            times = []
            for i in range(args.rounds):
                unit = units[(i + 1) % len(units)]
                t = time.perf_counter()
                pane.set_context(unit, key)  # draws synchronously
                app.processEvents()  # let Qt paint the new pixmap
                times.append((time.perf_counter() - t) * 1000)
            print(f"{kind:13s} unit change -> redrawn: median {statistics.median(times):6.1f} ms, "
                  f"p90 {sorted(times)[int(len(times) * 0.9) - 1]:6.1f} ms, max {max(times):6.1f} ms "
                  f"({args.rounds} rounds; budget 150 ms median)")
        pane.close()
        pane.deleteLater()  # before Python finalises: avoids a PySide6 teardown crash
        app.processEvents()
        del pane
        store.close()


if __name__ == "__main__":
    main()
