"""Readers that turn a file into an ImportedTable; `read_file` picks the reader."""

from chizhou_desk.imports.detect import read_file

__all__ = ["read_file"]
