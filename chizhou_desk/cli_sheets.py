"""The `print` and `report` commands of the CLI (DESIGN §7); heavy imports happen inside."""

import os


def cmd_report(args) -> int:
    from chizhou_desk.cli import _period, _store
    from chizhou_desk.narrative import report_text

    with _store(args) as store:
        key = _period(store, args.period)
        print(report_text(store, key))
    return 0


def cmd_print(args) -> int:
    """Write a unit's status sheet or a task's sheet as PDF, offscreen (no window needed)."""
    from chizhou_desk.cli import _period, _store
    from chizhou_desk.errors import InputError

    if not args.output.lower().endswith(".pdf"):
        raise InputError(f"输出文件应为 .pdf: {args.output}")
    with _store(args) as store:
        key = _period(store, args.period)
        if args.unit:
            unit = store.resolve_unit(args.unit)
        else:
            store.task_id(args.task, key)  # a clear error for an unknown number, before Qt starts
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from chizhou_desk.gui.refcount_guard import immortalise_singletons

        immortalise_singletons()  # thousands of QPainter calls for a long list
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])  # noqa: F841 (alive while printing)
        from chizhou_desk.gui import printing

        if args.unit:
            html, landscape = printing.build_unit_sheet_html(store, unit, key), True
        else:
            html, landscape = printing.build_task_sheet_html(store, args.task, key), False
        pages = printing.write_pdf(html, args.output, landscape)
    print(f"{args.output}: {pages} 页")
    return 0
