"""期间 menu: a new period, its due date, closing (and reopening) it."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from chizhou_desk import periods as P
from chizhou_desk.errors import InputError
from chizhou_desk.gui import period_texts as PT
from chizhou_desk.gui.popups import open_window_modal, show_error


def new_period(w):
    from chizhou_desk.gui.small_dialogs import NewPeriodDialog

    plan = w.store.plan_info()
    if plan is None:
        show_error(w, InputError(QCoreApplication.translate("actions", "请先导入本年度的责任清单")))
        return None
    existing = {p.key for p in w.store.periods()}
    choices = [(k, PT.long_label(k)) for k in (P.make_key(plan["year"], m) for m in range(1, 13))
               if k not in existing]
    if not choices:
        show_error(w, InputError(QCoreApplication.translate("actions", "本年度12个月的期间都已建立")))
        return None
    latest = w.store.latest_period()
    default = P.next_key(latest) if latest else choices[0][0]
    dialog = NewPeriodDialog(choices, default, w)

    def done(result: int) -> None:
        if result != dialog.DialogCode.Accepted:
            return
        key = dialog.key()
        try:
            w.store.create_period(key, carry_status=dialog.carryStatus.isChecked(),
                                  copy_texts=dialog.copyTexts.isChecked(), due_date=dialog.due_date())
        except InputError as exc:
            show_error(w, exc)
            return
        w.settings.set_last_period(str(w.store.path), key)
        w.reload()
    dialog.finished.connect(done)
    open_window_modal(dialog)
    return dialog


def set_due_date(w):
    from chizhou_desk.gui.small_dialogs import DueDateDialog

    dialog = DueDateDialog(w.current_period().due_date, w)

    def done(result: int) -> None:
        if result == dialog.DialogCode.Accepted:
            w.store.set_period(w.period_key, due_date=dialog.due_date())
            w.set_period(w.period_key)
    dialog.finished.connect(done)
    open_window_modal(dialog)
    return dialog


def close_period(w):
    p = w.current_period()
    if p.closed:  # the same action reopens a period closed by mistake
        w.store.set_period(p.key, closed=False)
        w.reload()
        return None
    question = QCoreApplication.translate("actions", "关闭 {0} 后，本期间的填报将只读。确定关闭吗?").format(
        PT.short_label(p.key))
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("actions", "关闭期间"), question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, w)
    box.setObjectName("closePeriodBox")

    def done(_result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            w.flush_edits()
            w.store.set_period(p.key, closed=True)
            w.undo.clear()
            w.reload()
    box.finished.connect(done)
    box.open()
    return box
