"""The editor's 佐证材料 tab: the files of the task's entry for the period (name, size, type); attach
by button, by dropping files onto the editor or by pasting an image; open, rename, remove — each
a step on the window's QUndoStack. The core (store_attachments) checks and writes."""

import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QCoreApplication, QEvent, QIODevice, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chizhou_desk import attachments as A
from chizhou_desk import store_attachments as SA
from chizhou_desk.errors import InputError
from chizhou_desk.gui import dialogs
from chizhou_desk.gui.attachment_commands import (
    AddAttachmentsCommand,
    RemoveAttachmentCommand,
    RenameAttachmentCommand,
)
from chizhou_desk.gui.core_texts import core_text

ID_ROLE = Qt.ItemDataRole.UserRole
# attachments.KIND_LABELS, shown through QCoreApplication.translate("attachments", …)
_KIND_WORDS = (QT_TRANSLATE_NOOP("attachments", "图片"), QT_TRANSLATE_NOOP("attachments", "PDF"),
               QT_TRANSLATE_NOOP("attachments", "文档"), QT_TRANSLATE_NOOP("attachments", "表格"),
               QT_TRANSLATE_NOOP("attachments", "演示文稿"), QT_TRANSLATE_NOOP("attachments", "文本"))


def size_text(n: int) -> str:
    return f"{n} B" if n < 1024 else f"{n / 1024:.0f} KB" if n < 2**20 else f"{n / 2**20:.1f} MB"


class AttachmentsBox(QWidget):
    def __init__(self, store, undo, parent=None):
        super().__init__(parent)
        self.setObjectName("attachmentsBox")
        self._store, self.undo = store, undo  # a Store, or a callable: the window's current one
        self.task_id: int | None = None
        self.task_no = ""
        self.period_key: str | None = None
        self.writable = False
        self.counts_changed = lambda counts: None  # the window's task table marks tasks with files
        self.opener = QDesktopServices.openUrl  # tests replace these two
        self.ask_text = self._ask_text
        self._open_dir: str | None = None
        self.dropper: QObject | None = None
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("文件名"), self.tr("大小"), self.tr("类型")])
        self.view = QTableView(self, objectName="attachmentList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.hint = QLabel(self.tr("可把文件拖到编辑区，或复制图片后按 Ctrl+V 粘贴。每个文件不超过 {0} MB，"
                                   "每期合计不超过 {1} MB；可附图片、PDF、OFD、Office/WPS 文档、文本。")
                           .format(A.MAX_FILE_BYTES // 2**20, A.MAX_PERIOD_BYTES // 2**20), self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: #666;")
        buttons = QGridLayout()  # two short rows: the editor's column is narrow at 1366×768
        self.buttons = {}
        for i, (name, text, slot) in enumerate((
                ("attachButton", self.tr("附加文件…"), self.choose_files),
                ("pasteImageButton", self.tr("粘贴图片"), self.paste_image),
                ("openAttachmentButton", self.tr("打开"), self.open_selected),
                ("renameAttachmentButton", self.tr("重命名…"), self.rename_selected),
                ("removeAttachmentButton", self.tr("删除"), self.remove_selected))):
            button = QPushButton(text, self, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button, 0 if i < 2 else 1, i if i < 2 else i - 2)
            self.buttons[name] = button
        self.shrink_box = QCheckBox(self.tr("缩小照片"), self, objectName="shrinkImagesBox")
        self.shrink_box.setToolTip(self.tr("附加前把照片缩小到长边 {0} 像素(JPEG)，超过 {1} MB 的照片也可附加")
                                   .format(A.SHRINK_MAX_SIDE, A.MAX_FILE_BYTES // 2**20))
        buttons.addWidget(self.shrink_box, 0, 2)
        buttons.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    @property
    def store(self):
        return self._store() if callable(self._store) else self._store

    # --- showing -------------------------------------------------------------------------

    def show_entry(self, task_id: int | None, task_no: str, period_key: str | None) -> None:
        self.task_id, self.task_no, self.period_key = task_id, task_no, period_key
        closed = period_key is not None and self.store.period(period_key).closed
        self.writable = task_id is not None and period_key is not None and not closed \
            and not self.store.read_only
        self.refresh()

    def refresh(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        if self.task_id is not None and self.period_key is not None:
            for a in SA.listing(self.store, self.period_key, self.task_id):
                name = QStandardItem(a.name + (f"  ({a.unit})" if a.unit else ""))
                name.setData(a.id, ID_ROLE)
                name.setToolTip(f"{a.name}\nsha256 {a.sha256}")
                size = QStandardItem(size_text(a.size))
                size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                kind = QStandardItem(QCoreApplication.translate("attachments", A.kind_label(a.kind)))
                self.model.appendRow([name, size, kind])
        self.counts_changed(SA.counts(self.store, self.period_key))
        self._enable()

    def count(self) -> int:
        return self.model.rowCount()

    def _enable(self) -> None:
        chosen = self.selected_id() is not None
        self.buttons["attachButton"].setEnabled(self.writable)
        self.buttons["pasteImageButton"].setEnabled(self.writable)
        self.buttons["openAttachmentButton"].setEnabled(chosen)
        self.buttons["renameAttachmentButton"].setEnabled(chosen and self.writable)
        self.buttons["removeAttachmentButton"].setEnabled(chosen and self.writable)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_name(self, name: str) -> None:
        for r in range(self.model.rowCount()):
            if self.model.item(r, 0).text().split("  (")[0] == name:
                self.view.selectRow(r)

    # --- changing ------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = dialogs.get_open_paths(self, self.tr("附加佐证材料"), str(Path.home()), self.tr(
            "佐证材料 (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff *.pdf *.ofd *.doc *.docx *.xls "
            "*.xlsx *.ppt *.pptx *.wps *.et *.dps *.odt *.ods *.odp *.txt *.csv *.md);;所有文件 (*)"))
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[str]) -> bool:
        try:
            files = SA.read_files(paths, shrink=self.shrink_box.isChecked())
        except (InputError, OSError) as exc:
            self._refused(exc)
            return False
        return self.attach(files)

    def attach(self, files: list[tuple[str, bytes]]) -> bool:
        if not self.writable or self.task_id is None or self.period_key is None:
            return False
        try:
            added = SA.add(self.store, self.task_id, self.period_key, files)
        except (InputError, OSError) as exc:
            self._refused(exc)
            return False
        self.undo.push(AddAttachmentsCommand(self.store, [a.id for a in added], self.task_no,
                                             self.refresh, self._refused))
        self.refresh()
        if added:
            self.select_name(added[-1].name)
        return True

    def paste_image(self) -> bool:
        """The clipboard's image as a PNG (a screenshot, a photo copied from a chat)."""
        image = QApplication.clipboard().image()
        if image.isNull():
            self._refused(InputError(self.tr("剪贴板中没有图片")))
            return False
        files = [(self._image_name(), _png_bytes(image))]
        if self.shrink_box.isChecked():
            try:
                files = [A.shrink_image(*files[0])]
            except InputError as exc:
                self._refused(exc)
                return False
        return self.attach(files)

    def _image_name(self) -> str:
        from datetime import datetime

        return self.tr("粘贴的图片") + f"-{datetime.now():%Y%m%d-%H%M%S}.png"

    def open_selected(self) -> None:
        aid = self.selected_id()
        if aid is None:
            return
        name = self.model.item(self.view.currentIndex().row(), 0).text().split("  (")[0]
        try:
            if self._open_dir is None:  # the viewer reads the copy after we return: left to the temp folder
                self._open_dir = tempfile.mkdtemp(prefix="chizhou-attachments-")
            folder = Path(self._open_dir) / str(aid)
            folder.mkdir(exist_ok=True)
            target = folder / A.clean_name(name)
            target.write_bytes(SA.data(self.store, aid))
        except (InputError, OSError) as exc:
            self._refused(exc)
            return
        self.opener(QUrl.fromLocalFile(str(target)))

    def rename_selected(self) -> None:
        aid = self.selected_id()
        if aid is None or not self.writable or self.period_key is None:
            return
        old = self.model.item(self.view.currentIndex().row(), 0).text().split("  (")[0]
        new = self.ask_text(self.tr("重命名佐证材料"), self.tr("新文件名："), old)
        if not new or new.strip() == old:
            return
        try:
            SA.rename(self.store, aid, new)
        except (InputError, OSError) as exc:
            self._refused(exc)
            return
        stored = next(a.name for a in SA.listing(self.store, self.period_key, self.task_id) if a.id == aid)
        self.undo.push(RenameAttachmentCommand(self.store, aid, old, stored, self.task_no, self.refresh,
                                               self._refused))
        self.refresh()
        self.select_name(stored)

    def remove_selected(self) -> None:
        aid = self.selected_id()
        if aid is None or not self.writable:
            return
        try:
            row = SA.remove(self.store, aid)
        except (InputError, OSError) as exc:
            self._refused(exc)
            return
        self.undo.push(RemoveAttachmentCommand(self.store, row, self.task_no, self.refresh, self._refused))
        self.refresh()

    def _refused(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("佐证材料"), core_text(str(exc)))

    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


class _DropAndPaste(QObject):
    """Files dropped anywhere on the editor, and Ctrl+V of an image (with no text to paste),
    become attachments of the task shown."""

    def __init__(self, box: AttachmentsBox, parent):
        super().__init__(parent)
        self.box = box

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and _local_files(event.mimeData()):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop and _local_files(event.mimeData()):
            event.acceptProposedAction()
            self.box.attach_paths(_local_files(event.mimeData()))
            return True
        if kind == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Paste):
            mime = QApplication.clipboard().mimeData()
            if mime is not None and mime.hasImage() and not mime.hasText() and self.box.writable:
                self.box.paste_image()
                return True
        return False


def _local_files(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]


def install(window, editor) -> AttachmentsBox:
    """The 佐证材料 tab in the editor, following the task and period it shows."""
    box = AttachmentsBox(lambda: window.store, window.undo, editor)  # 打开数据库 replaces window.store
    tabs = editor.ui.editorTabs
    title = QCoreApplication.translate("AttachmentsBox", "佐证材料")
    tabs.addTab(box, title)
    index = tabs.indexOf(box)

    def counts(by_task: dict) -> None:
        window.model.set_attachment_counts(by_task)
        n = box.count()
        tabs.setTabText(index, title + (f"({n})" if n else ""))
    box.counts_changed = counts
    editor.loaded.connect(lambda: box.show_entry(editor.row.id if editor.row else None,
                                                 editor.row.no if editor.row else "", window.period_key))
    dropper = box.dropper = _DropAndPaste(box, editor)  # kept: Python's filter method must outlive install()
    editor.setAcceptDrops(True)
    targets = [editor, box.view, *editor.findChildren(QWidget, options=Qt.FindChildOption.FindChildrenRecursively)]
    for w in targets:
        w.installEventFilter(dropper)
        viewport = getattr(w, "viewport", None)
        if callable(viewport):
            viewport().installEventFilter(dropper)
    box.show_entry(editor.row.id if editor.row else None, editor.row.no if editor.row else "", window.period_key)
    return box
