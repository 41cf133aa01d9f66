"""Readers that turn a file into an ImportedTable; `read_file` picks the reader.

`read_file` is looked up on first use: the window's start reads the list's name through
imports.plan_title, which must not load every reader (zipfile, csv, html …) before the first paint."""

from typing import Any

__all__ = ["read_file"]


def __getattr__(name: str) -> Any:
    if name == "read_file":
        from chizhou_desk.imports.detect import read_file

        return read_file
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
