"""A dialog as wide as its table's columns, up to the screen: sideways scrolling hides columns
(in English, 报送情况's "Behind without reason" was half past the table's edge at 1000 px)."""

from chizhou_desk.gui import window_fit


def columns_width(table) -> int:
    """The width the table needs to show every column whole, frame and vertical scroll bar included."""
    header = table.horizontalHeader()
    width = 0
    for col in range(header.count()):
        if header.isSectionHidden(col):
            continue
        if header.sectionResizeMode(col) == header.ResizeMode.Interactive:
            width += header.sectionSize(col)  # the width set for it, which the user may change
        else:
            width += max(table.sizeHintForColumn(col), header.sectionSizeHint(col))
    vertical = table.verticalHeader()
    return (width + (vertical.sizeHint().width() if vertical.isVisible() else 0) + 2 * table.frameWidth()
            + table.verticalScrollBar().sizeHint().width())


def widen_to_columns(dialog, table, narrowest: int = 120) -> None:
    """Widen `dialog` (never narrow it) so `table` shows all its columns, as far as its screen allows;
    past that, columns of a set width (a file name, elided anyway) give way down to `narrowest`."""
    layout = dialog.layout()
    margins = layout.contentsMargins() if layout is not None else None
    extra = margins.left() + margins.right() if margins is not None else 0
    limit = window_fit.available(dialog).width() - window_fit.FRAME_ALLOWANCE[0]
    header = table.horizontalHeader()
    for col in range(header.count()):
        over = columns_width(table) + extra - limit
        if over > 0 and header.sectionResizeMode(col) == header.ResizeMode.Interactive:
            table.setColumnWidth(col, max(narrowest, header.sectionSize(col) - over))
    width = min(max(dialog.width(), columns_width(table) + extra), limit)
    if width != dialog.width():
        dialog.resize(width, dialog.height())
