"""The office's verdict where the liaison works (issue 24): a banner over the task table once a
审核意见单 is imported (退回：N 条意见 in amber, 已采纳 as information), a mark on the 序号 of each
task the office's comments concern, and the filter 有办公室意见 in the status box. Refreshed
whenever the table is reloaded or filtered (the model's reset); core: store_review."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from chizhou_desk.gui import period_texts as PT
from chizhou_desk.gui import task_model as TM
from chizhou_desk.store_review import COMMENTED, commented_task_ids, received_verdicts

translate = QCoreApplication.translate
_RETURNED_STYLE = ("QLabel#verdictBanner { color: #7a4b00; background: #fff4d6; border: 1px solid #f0c36d;"
                   " padding: 4px 8px; }")
_ACCEPTED_STYLE = ("QLabel#verdictBanner { color: #1d4f7a; background: #e8f1fb; border: 1px solid #b6d0ea;"
                   " padding: 4px 8px; }")


def connect(w) -> QLabel:
    banner = QLabel(w.ui.centralwidget)
    banner.setObjectName("verdictBanner")
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.hide()
    w.ui.centralLayout.insertWidget(0, banner)
    w.model.modelReset.connect(lambda: refresh(w, banner))
    return banner


def banner_line(r, period_key: str) -> str:
    label = PT.short_label(period_key)
    if r.returned:
        count = len(r.tasks) + (1 if r.reason else 0)
        return translate("OfficeVerdict", "市政府办公室退回了{0}{1}的报送表：{2} 条意见({3})。序号旁有橙色标记的"
                                          "任务有意见(筛选“有办公室意见”)；请按意见修改后重新导出报送表").format(
            r.unit, label, count, r.at[:10])
    return translate("OfficeVerdict", "市政府办公室已采纳{0}{1}的报送表({2})").format(r.unit, label, r.at[:10])


def refresh(w, banner: QLabel) -> None:
    key = w.period_key
    if key is None:
        banner.hide()
        return
    reviews = w.store.reviews(key)
    received = received_verdicts(w.store, key, reviews)
    own = w.settings.own_unit
    if own:  # a liaison's own unit first; other units' verdicts (a shared PC) after it
        received.sort(key=lambda r: r.unit != own)
    banner.setText("\n".join(banner_line(r, key) for r in received))
    banner.setStyleSheet(_RETURNED_STYLE if any(r.returned for r in received) else _ACCEPTED_STYLE)
    banner.setVisible(bool(received))
    ids = commented_task_ids(w.store, key, reviews)
    if ids != w.model.commented:
        w.model.commented = ids
        if w.model.rowCount():
            w.model.dataChanged.emit(w.model.index(0, TM.COL_NO), w.model.index(w.model.rowCount() - 1, TM.COL_NO))
    _filter_item(w.ui.statusFilter, bool(ids))


def _filter_item(combo, wanted: bool) -> None:
    at = combo.findData(COMMENTED)
    if wanted and at < 0:
        combo.addItem(translate("OfficeVerdict", "有办公室意见"), COMMENTED)
    elif not wanted and at >= 0 and combo.currentIndex() != at:
        combo.removeItem(at)
