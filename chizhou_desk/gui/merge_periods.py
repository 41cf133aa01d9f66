"""The merge's way past a period not opened yet: units' files report 1-6月份, the office's database
has the list but not that period; the confirmation offers 新建期间“1-6月份”并导入, which opens the
period and merges in one transaction (Store.import_tables(new_periods=…)).

A liaison's database (本单位 set) is never offered this: its periods come from the office."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from chizhou_desk.gui import period_texts as PT

translate = QCoreApplication.translate


def offer_new_periods(w, box: QMessageBox, tables: list, subs: list, previews: list, merge) -> None:
    """Adds the button to the merge confirmation `box` when some files wait only for their period;
    `merge(tables, new_periods)` does the import."""
    if w.settings.own_unit:
        return
    waiting = [t for t, p in zip(subs, previews, strict=False) if p.missing_period]
    if not waiting:
        return
    keys = sorted({p.missing_period for p in previews if p.missing_period})
    labels = translate("merge_periods", "、").join(PT.short_label(k) for k in keys)
    button = box.addButton(translate("merge_periods", "新建期间“{0}”并导入").format(labels),
                           QMessageBox.ButtonRole.AcceptRole)
    button.setObjectName("newPeriodMergeButton")
    box.setDefaultButton(button)
    text = box.text()
    if all(p.refused for p in previews):  # nothing to import "but the others": that line says nothing
        text = text.replace("\n" + translate("actions", "被拒绝的文件不会导入；其余文件可以一起导入。"), "")
    box.setText(text + "\n" + translate(
        "merge_periods", "本库还没有期间“{0}”：可以新建该期间，并把这些文件一起导入。").format(labels))
    skipped = [t for t, p in zip(subs, previews, strict=False) if p.refused and not p.missing_period]
    chosen = [t for t in tables if t not in skipped]
    button.clicked.connect(lambda: merge(chosen, keys))
