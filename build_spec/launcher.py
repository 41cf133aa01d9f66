"""Entry point of the frozen app (build_spec/chizhou_desk.spec); the source tree uses __main__.py.

CHIZHOU_DESK_SELFTEST=DIR makes the frozen app check the parts the spec trims instead of
starting (build_spec/smoke_test.sh sets it): ICU collation and codecs, hashing without OpenSSL,
every chart through Agg (PNG files in DIR) and through the QtAgg canvas, offscreen.
"""

import os
import sys

# A windowed Windows exe has no stdout/stderr: print() and warnings would raise on None.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))


def selftest(out_dir: str, db: str) -> int:
    from pathlib import Path

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    import hashlib

    assert hashlib.sha256(b"abc").hexdigest().startswith("ba7816bf"), "sha256"
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["chizhou-desk"])
    words = sorted(["池州", "北京", "安徽", "中国"], key=QCollator(QLocale("zh_CN")).sortKey)
    if under_wine():  # Qt on Windows collates with CompareStringEx; Wine 8's has no pinyin order
        print(f"selftest: pinyin collation not checked under Wine ({'、'.join(words)})")
    else:
        assert words == ["安徽", "北京", "池州", "中国"], f"pinyin collation: {words}"
    if sys.platform != "win32":  # Qt for Windows has no ICU: Python's codecs read GBK there
        for codec in ("GBK", "GB18030"):
            assert QStringDecoder(codec).isValid(), f"codec {codec}"

    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from chizhou_desk import charts
    from chizhou_desk.database import open_store

    with open_store(db) as store:
        period = store.latest_period()
        for kind in charts.CHARTS:
            fig = charts.build(kind, store, period)
            charts.save_png(fig, out / f"{kind}.png")
            FigureCanvasQTAgg(fig).draw()  # the chart pane's canvas class
    print(f"selftest ok: {len(charts.CHARTS)} charts in {out}")
    app.quit()
    return 0


def under_wine() -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")


def input_method_fallback(environ=os.environ, plugins: str | None = None) -> None:
    """Chinese input on xcb: Qt's wheels ship the ibus input-context plugin (and compose), not
    fcitx's (fcitx5-qt builds that against one exact Qt version, outside the wheel). fcitx5 also
    serves ibus clients (its ibus frontend), so a session asking Qt for fcitx is pointed at ibus
    rather than left with no input method at all."""
    asked = environ.get("QT_IM_MODULE", "")
    if not asked.startswith("fcitx"):
        return
    folder = plugins or os.path.join(getattr(sys, "_MEIPASS", ""), "PySide6", "Qt", "plugins",
                                     "platforminputcontexts")
    try:
        names = os.listdir(folder)
    except OSError:
        return
    if not any("fcitx" in n for n in names) and any("ibus" in n for n in names):
        environ["QT_IM_MODULE"] = "ibus"


if __name__ == "__main__":
    # before anything loads Qt: a system older than the build's glibc/libstdc++ gets one line
    from chizhou_desk.floor_check import check

    if check():
        sys.exit(1)
    if os.environ.get("CHIZHOU_DESK_READER"):  # the import's reader child (imports/sandbox.py)
        from chizhou_desk.imports.sandbox import ENV_CHILD, child_main

        sys.exit(child_main(os.environ[ENV_CHILD]))
    if sys.platform.startswith("linux"):
        input_method_fallback()
    if os.environ.get("CHIZHOU_DESK_SELFTEST"):
        db = sys.argv[sys.argv.index("--db") + 1] if "--db" in sys.argv else None
        sys.exit(selftest(os.environ["CHIZHOU_DESK_SELFTEST"], db))

    from chizhou_desk.cli import main

    sys.exit(main())
