"""The table model without a view, and the undo command redo() then undo() on a real store."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from chizhou_desk.domain import Light
from chizhou_desk.gui.commands import EditEntryCommand
from chizhou_desk.gui.task_model import COL_FILLED, COL_LEAD, COL_NO, COL_STATUS, TaskSortProxy, TaskTableModel
from chizhou_desk.query import row_filter


def loaded_model(store):
    model = TaskTableModel()
    rows = store.task_rows("2025-05")
    model.set_rows(rows, {r.id: Light.GREEN for r in rows})
    return model


def test_model_columns_and_filters(qtmodeltester, store):
    model = loaded_model(store)
    qtmodeltester.check(model)
    assert model.rowCount() == 49
    assert model.index(44, COL_LEAD).data() == "市委人才工作局、市人力资源社会保障局"
    assert model.index(48, COL_STATUS).data() == "未填" and model.index(48, COL_FILLED).data() == "未填"
    model.set_filter(row_filter(store, "2025-05", unit="市人社局"))
    assert [model.index(i, COL_NO).data() for i in range(model.rowCount())] == ["6", "8", "45"]
    model.set_filter(row_filter(store, "2025-05", status="未达预期", search="增长"))
    assert model.rowCount() == 8 - 1  # task 11 speaks of 上升/下降, not 增长
    model.set_filter(None)
    assert model.rowCount() == 49


def test_proxy_sorts_numbers_as_numbers(store):
    model = loaded_model(store)
    proxy = TaskSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_NO, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(i, COL_NO).data() for i in range(3)] == ["49", "48", "47"]
    proxy.sort(COL_NO, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(i, COL_NO).data() for i in range(11)][-2:] == ["10", "11"]


def test_edit_command_redo_then_undo(store):
    tid = store.task_id("5", "2025-05")
    seen = []
    stack = QUndoStack()
    cmd = EditEntryCommand(store, tid, "2025-05", "status", "未达预期", "序时推进",
                           lambda *a: seen.append(a))
    stack.push(cmd)  # push runs redo()
    assert store.task_rows("2025-05", [tid])[0].status == "序时推进"
    stack.undo()
    assert store.task_rows("2025-05", [tid])[0].status == "未达预期"
    assert seen == [(tid, "2025-05", "status", "序时推进"), (tid, "2025-05", "status", "未达预期")]
    log = store.entry_log(tid, "2025-05")
    assert [(e["old"], e["new"]) for e in log if e["field"] == "status"][-2:] == \
        [("未达预期", "序时推进"), ("序时推进", "未达预期")]


def test_a_refused_write_leaves_no_command_and_reports(store):
    store.set_period("2025-05", closed=True)
    tid = store.task_id("5", "2025-05")
    failures, applied = [], []
    stack = QUndoStack()
    stack.push(EditEntryCommand(store, tid, "2025-05", "progress", "旧", "新",
                                lambda *a: applied.append(a), failed=lambda *a: failures.append(a)))
    assert stack.count() == 0 and applied == []
    command, wanted, kept, exc = failures[0]  # the command, the value wanted, the value kept, why
    assert (command.field, wanted, kept) == ("progress", "新", "旧") and "已关闭" in str(exc)
    assert store.task_rows("2025-05", [tid])[0].progress != "新"
