"""The chart pane on the published report: lazy matplotlib, follows the unit, saves PNG."""

import subprocess
import sys

import pytest

from chizhou_desk.gui.chart_pane import ChartPane

KEY = "2025-05"


def heights(pane) -> dict[str, float]:
    ax = pane.figure.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    return dict(zip(labels, (p.get_height() for p in ax.containers[0]), strict=False))


@pytest.fixture
def pane(qtbot, store):
    p = ChartPane(store)
    qtbot.addWidget(p)
    p.resize(560, 400)
    p.set_context(None, KEY)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_importing_the_pane_does_not_import_matplotlib():
    code = ("import sys; import chizhou_desk.gui.chart_pane; "
            "sys.exit(1 if any(m.startswith('matplotlib') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_canvas_is_made_on_first_show(qtbot, store):
    p = ChartPane(store)
    qtbot.addWidget(p)
    p.set_context(None, KEY)
    assert p.canvas is None and p.objectName() == "chartPane"
    with qtbot.waitSignal(p.redrawn, timeout=5000):
        p.show()
    assert p.canvas is not None and heights(p)["序时推进"] == 39


def test_pane_follows_unit_change_and_edits(qtbot, pane, store):
    assert heights(pane) == {"已完成": 1, "序时推进": 39, "未达预期": 8, "未填": 1}  # the list's three words
    with qtbot.waitSignal(pane.redrawn, timeout=5000):
        pane.set_context("市发展改革委", KEY)
    assert heights(pane)["序时推进"] == 12 and heights(pane)["未达预期"] == 2
    assert "市发展改革委" in pane.figure.axes[0].get_title()
    store.save_entry(store.task_id("49", KEY), KEY, {"status": "已完成", "progress": "已建成。"})
    pane.refresh()  # an edit: redrawn once typing pauses, not inside the keystroke's save
    assert heights(pane)["已完成"] == 0
    with qtbot.waitSignal(pane.redrawn, timeout=5000):
        pass
    assert heights(pane)["已完成"] == 1 and heights(pane)["未填"] == 0


def test_hidden_pane_draws_when_shown_again(qtbot, pane):
    pane.hide()
    pane.set_context("市财政局", KEY)
    assert heights(pane)["序时推进"] == 39  # not redrawn while hidden
    with qtbot.waitSignal(pane.redrawn, timeout=5000):
        pane.show()
    assert heights(pane)["未达预期"] == 1 and heights(pane)["序时推进"] == 1


def test_chart_choice_and_indicator_tasks(qtbot, pane):
    pane.set_context("市发改委", KEY)
    pane.set_chart("indicator")
    assert pane.task_combo.isVisible() and pane.task_combo.currentData() == "1"
    assert "第1项指标" in pane.figure.axes[0].get_title()
    pane.task_combo.setCurrentIndex(1)
    assert "第2项指标" in pane.figure.axes[0].get_title()
    pane.set_chart("by_unit")
    assert not pane.task_combo.isVisible()
    assert "各单位工作评价" in pane.figure.axes[0].get_title()


def test_save_image(qtbot, pane, tmp_path, monkeypatch):
    target = tmp_path / "chart"
    seen = {}

    def fake(parent, title, default, name_filter):
        seen["default"] = default
        return str(target)
    monkeypatch.setattr("chizhou_desk.gui.dialogs.get_save_path", fake)
    pane.set_context("市发展改革委", KEY)
    qtbot.mouseClick(pane.save_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert seen["default"] == "市发展改革委_2025年1-5月份_工作评价统计.png"
    out = tmp_path / "chart.png"
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_saved_image_is_report_width_at_300_dpi(qtbot, pane, tmp_path, monkeypatch):
    from PIL import Image

    monkeypatch.setattr("chizhou_desk.gui.dialogs.get_save_path", lambda *a: str(tmp_path / "c.png"))
    pane.set_context(None, KEY)
    pane.set_chart("indicator")
    path = pane.save_image()
    with Image.open(path) as im:  # not the pane's size: the report's 156 mm at 300 dpi
        assert abs(im.width - 156 / 25.4 * 300) <= 1 and round(im.info["dpi"][0]) == 300


def test_status_unit_table_prints_on_one_a4_page(qtbot, pane, tmp_path):
    import subprocess

    from PySide6.QtGui import QPageSize, QPdfWriter

    from chizhou_desk.gui.chart_pane import chart_image, paint_image

    pane.set_context(None, KEY)
    pane.set_chart("unit_table")
    assert pane.chart_combo.currentText() == "各单位工作评价统计表"
    # in the pane a Qt table, readable at the pane's size; print and save draw the A4 figure
    assert pane.table.isVisible() and not pane.canvas.isVisible()
    assert pane.table.horizontalHeaderItem(0).text() == "牵头单位"
    assert pane.table.cell_text(0, 0) == "市发展改革委"
    last = pane.table.rowCount() - 1
    assert [pane.table.cell_text(last, c) for c in range(6)] == ["合计(按任务)", "1", "39", "8", "1", "49"]
    pane.set_chart("status")
    assert pane.canvas.isVisible() and not pane.table.isVisible()
    pane.set_chart("unit_table")
    out = tmp_path / "table.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    image = chart_image(pane.report_figure(), dpi=100)
    assert image.width() / image.height() == pytest.approx(210 / 297, rel=0.01)
    paint_image(writer, image)
    del writer
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Pages:           1" in info and "A4" in info


def test_a_chart_that_fails_shows_a_line_not_the_crash_dialog(qtbot, pane, monkeypatch):
    from chizhou_desk import charts

    def broken(*args, **kwargs):
        raise KeyError(("市发展改革委", "未填"))

    monkeypatch.setattr(charts, "status_by_unit_figure", broken)
    pane.set_chart("by_unit")  # no exception reaches Qt (pytest-qt fails a test on one)
    assert pane.failure == "无法绘制此图表：KeyError"
    assert pane.canvas.isVisible() and pane.failure in [t.get_text() for t in pane.figure.texts]
    pane.set_chart("status")
    assert pane.failure == "" and pane.figure.axes[0].containers
