"""What the user corrected in the import preview (no Qt here): rows marked as a task, a section
heading, a continuation of the row above or not part of the list, and cells edited. The edits
change a copy of the grid before the engine reads it again; the marks go with the proposal to the
table builder, which reads a marked row as the user said instead of guessing. The checks still
run on the corrected table and say what is wrong; the user decides."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from chizhou_desk.imports.grid import Grid

TASK, SECTION, CONTINUE, SKIP = "task", "section", "continue", "skip"
MARKS = (TASK, SECTION, CONTINUE, SKIP)


@dataclass
class Corrections:
    """The user's word on rows and cells of one grid (rows and columns as in the grid, 0-based)."""

    marks: dict[int, str] = field(default_factory=dict)
    edits: dict[tuple[int, int], str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.marks or self.edits)

    def mark(self, rows, mark: str | None) -> None:
        """Mark `rows` (None: back to the engine's reading)."""
        if mark is not None and mark not in MARKS:
            raise ValueError(mark)
        for r in rows:
            if mark is None:
                self.marks.pop(r, None)
            else:
                self.marks[r] = mark

    def edit(self, grid: Grid, row: int, col: int, text: str) -> None:
        """The cell's new text; typing back what the file says drops the edit."""
        text = text.strip()
        original = grid.rows[row][col] if row < len(grid.rows) and col < len(grid.rows[row]) else ""
        if text == original:
            self.edits.pop((row, col), None)
        else:
            self.edits[(row, col)] = text

    def cell(self, grid: Grid, row: int, col: int) -> str:
        if (row, col) in self.edits:
            return self.edits[(row, col)]
        cells = grid.rows[row] if row < len(grid.rows) else []
        return cells[col] if col < len(cells) else ""

    def applied(self, grids: list[Grid], sheet: int) -> list[Grid]:
        """The grids with the edits made in grid `sheet` (a copy; the file's grid is kept as read)."""
        if not self.edits:
            return grids
        grid = grids[sheet]
        rows = list(grid.rows)
        for (r, c), text in self.edits.items():
            if r >= len(rows):
                continue
            row = list(rows[r])
            row += [""] * (c + 1 - len(row))
            row[c] = text
            rows[r] = row
        out = list(grids)
        out[sheet] = replace(grid, rows=rows)
        return out

    def give_marks(self, proposal) -> None:
        """Hand the marks to the table builder with the proposal (`Proposal.row_marks`)."""
        proposal.row_marks = dict(self.marks)
        proposal.user_checked = bool(self)
