"""新建数据库并导入 and 从清单文件新建数据库 (issue 24): the new database goes to the user data folder,
named after the list's city and year, and the texts name the window's real buttons, not the CLI."""

import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from chizhou_desk.gui import dialogs
from chizhou_desk.paths import data_dir

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "exports"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from qt_helpers import import_ok as _ok
from test_report_plan_facts import huangshan_list  # noqa: E402


def test_another_citys_list_goes_to_a_database_named_after_it(qtbot, window, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "get_open_paths", lambda *a: [str(huangshan_list(tmp_path))])
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, title, default, flt: asked.append(default) or default)
    sample, before = window.store.path, window.store.content_checksum()
    window.ui.actionImport.trigger()
    _ok(window.findChild(QDialog, "importPreview")).click()
    box = window.findChild(QMessageBox, "otherListBox")
    assert "新建数据库并导入…" in box.text() and "--db" not in box.text() and "命令行" not in box.text()
    assert "文件 → 新建数据库 " not in box.text()
    box.defaultButton().click()
    expected = data_dir() / "黄山市2025年重点工作.db"
    assert asked == [str(expected)]
    qtbot.waitUntil(lambda: window.store.path == expected)
    assert window.windowTitle() == f"黄山市2025年市政府重点工作责任清单 — {expected.name}"
    from chizhou_desk.store import Store

    with Store(sample, read_only=True) as s:
        assert s.content_checksum() == before


def test_new_database_from_the_menu_reads_the_list_then_proposes_its_name(qtbot, window, tmp_path, monkeypatch):
    (data_dir()).mkdir(parents=True, exist_ok=True)
    (data_dir() / "黄山市2025年重点工作.db").write_bytes(b"")  # taken: the next name is proposed
    asked = []
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: str(huangshan_list(tmp_path)))
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, title, default, flt: asked.append(default) or default)
    window.ui.actionNewDb.trigger()
    assert asked == []  # the list is read first: it names the database
    _ok(window.findChild(QDialog, "importPreview")).click()
    expected = data_dir() / "黄山市2025年重点工作(2).db"
    assert asked == [str(expected)]
    qtbot.waitUntil(lambda: window.store.path == expected)
