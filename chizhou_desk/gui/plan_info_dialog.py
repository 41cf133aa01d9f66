"""编辑 → 清单信息…: the list's own facts (name, 文号, city, 署名) that the window title, the sheets,
the printed forms and the Word report cite (store_plan.set_plan_facts writes them)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from chizhou_desk.errors import InputError
from chizhou_desk.gui.core_texts import core_text
from chizhou_desk.gui.popups import open_window_modal, show_error

translate = QCoreApplication.translate


class PlanInfoDialog(QDialog):
    """Four one-line fields; 确定 writes them, a refused value is said inside the dialog."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setObjectName("planInfoDialog")
        self.setWindowTitle(translate("PlanInfo", "清单信息"))
        self.store = store
        plan = store.plan_info() or {}
        self.year = plan.get("year")
        from chizhou_desk.exports.report_docx import office_name

        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, hint in (
                ("title", translate("PlanInfo", "清单名称："), translate("PlanInfo", "不含期间和“推进情况”等字样")),
                ("doc_no", translate("PlanInfo", "文号："), translate("PlanInfo", "如 池政办秘〔2025〕12号")),
                ("city", translate("PlanInfo", "城市："), translate("PlanInfo", "如 池州")),
                ("office", translate("PlanInfo", "署名："), office_name({**plan, "office": ""}))):
            edit = QLineEdit(plan.get(key, ""), self)
            edit.setObjectName(f"plan_{key}")
            edit.setPlaceholderText(hint)
            edit.setMinimumWidth(420)
            edit.setReadOnly(store.read_only)
            form.addRow(label, edit)
            self.fields[key] = edit
        note = QLabel(translate("PlanInfo", "报告引用清单名称和文号，并以署名落款；"
                                            "窗口标题、汇总表和打印的表格也用清单名称。"), self)
        note.setWordWrap(True)
        self.problem = QLabel("", self)
        self.problem.setObjectName("planInfoProblem")
        self.problem.setStyleSheet("color: #c0392b")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not store.read_only)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.fields.items()}

    def _save(self) -> None:
        from chizhou_desk.store_plan import set_plan_facts

        try:
            set_plan_facts(self.store, self.year, **self.values())
        except InputError as exc:
            self.problem.setText(core_text(str(exc)))
            self.problem.show()
            return
        self.accept()


def read_line(plan) -> str:
    """What a list file says of itself, for the import preview: its name, 文号 and city as read,
    and where to correct them."""
    parts = [translate("PlanInfo", "清单名称：{0}").format(plan.title)] if plan.title else []
    if plan.doc_no:
        parts.append(translate("PlanInfo", "文号：{0}").format(plan.doc_no))
    if plan.city:
        parts.append(translate("PlanInfo", "城市：{0}").format(plan.city))
    if not parts:
        return ""
    return (translate("PlanInfo", "读到的清单信息 — ") + translate("PlanInfo", "；").join(parts)
            + translate("PlanInfo", "(导入后可在“编辑 → 清单信息”中更正)"))


def edit_plan_info(w):
    if w.store.plan_info() is None:
        show_error(w, InputError(translate("PlanInfo", "请先导入本年度的责任清单")))
        return None
    w.flush_edits()
    dialog = PlanInfoDialog(w.store, w)

    def done(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            plan = w.store.plan_info()
            w.setWindowTitle(f"{plan['title']} — {w.store.path.name}")
    dialog.finished.connect(done)
    return open_window_modal(dialog)


def connect(w) -> None:
    """The menu item, under 编辑 beside 工作评价用词… (the list's facts, as its words are)."""
    action = QAction(translate("PlanInfo", "清单信息…"), w)
    action.setObjectName("actionPlanInfo")
    action.triggered.connect(lambda: edit_plan_info(w))
    w.ui.menuEdit.insertAction(w.ui.actionStatusWords, action)
    w.ui.actionPlanInfo = action
