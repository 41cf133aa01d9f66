"""The file format our own .xlsx files share between the writer (exports/) and the readers
(imports/): the hidden metadata sheet, the format names and schema, the gap markers shown instead of
blanks, and the checksum both sides compute (ARCHITECTURE: Outputs)."""

from __future__ import annotations

import hashlib

META_SHEET = "chizhou_desk_meta"  # a submission, summary or 审核意见单 made by this app carries it, hidden
FORMAT_SUBMISSION = "chizhou_desk/submission"
FORMAT_SUMMARY = "chizhou_desk/summary"
FORMAT_FEEDBACK = "chizhou_desk/feedback"  # the office's 审核意见单 (issue 15)
FEEDBACK_SCHEMA = 1  # bump when the 审核意见单's layout or metadata changes meaning
EXPORT_SCHEMA = 2  # bump when the sheet layout or the metadata changes meaning
# The metadata's line per data row. Schema 2 added the entry fields the office's six columns do
# not show, so the office's copy gets the unit's reasons and indicator values whatever was shown.
META_ROW_FIELDS = ("no", "row", "sha256", "gaps", "reason", "indicator", "rank", "office_comment")
# office_comment (issue 15): the office's comment on the task when it returned the unit's last
# submission; older readers take the first seven fields and ignore it. With such comments the
# sheet has a note row above the header (NOTE_ROW); header_row/first_row in the metadata say so.
MAX_CELL_CHARS = 32767  # Excel's limit for one cell
# The metadata names the next-steps column "plan", as files made before the field was renamed do;
# keeping the name lets older and newer copies of the app read each other's files.
_FILE_COLUMN = {"next_steps": "plan"}
_SHEET_COLUMN = {v: k for k, v in _FILE_COLUMN.items()}


def file_columns(keys) -> str:
    """The metadata's `columns` value for a sheet of these column keys."""
    return ",".join(_FILE_COLUMN.get(k, k) for k in keys)


def sheet_columns(text: str) -> list[str]:
    """The column keys a metadata `columns` value names (file_columns read back)."""
    return [_SHEET_COLUMN.get(k, k) for k in text.split(",")]

# Shown instead of a blank, so a gap never reads like an entered value.
GAP_UNFILLED = "（未填报）"   # the task has no entry at all for the period
GAP_FIELD = "（未填写）"      # the task is reported but this field is empty
GAP_STATUS = "（未评价）"
GAP_REASON = "（未说明原因）"


# --- the checksum both sides compute -------------------------------------------------

def canon(v) -> str:
    """A cell value as the same string whichever program wrote or read it (1 == 1.0 == '1')."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    return str(v)


def row_digest(values) -> str:
    return hashlib.sha256("\x1f".join([v if v.__class__ is str else canon(v) for v in values])
                          .encode("utf-8")).hexdigest()


def table_digest(row_digests: list[str]) -> str:
    return hashlib.sha256("\n".join(row_digests).encode("ascii")).hexdigest()
