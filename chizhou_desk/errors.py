"""Errors for bad input: one clear message naming the file and where."""


class InputError(Exception):
    """Bad user input; the message names the file and the place (sheet, row, column or line)."""

    fixable = False  # a list the window's import preview can settle (the CLI says so)

    def __init__(self, message: str, *, file: str | None = None, where: str | None = None):
        self.file = file
        self.where = where
        text = f"{where}：{message}" if where else message  # the place is Chinese prose
        super().__init__(f"{file}: {text}" if file else text)  # "file: …": a path, not prose


class PeriodNeeded(InputError):
    """A progress table whose header names no period: the caller asks which one (--period, a dialog)."""

    def __init__(self, message: str, *, year: int, file: str | None = None, where: str | None = None):
        super().__init__(message, file=file, where=where)
        self.year = year


class OtherList(InputError):
    """A list that is not the database's list of its year (another city's, or another list): it is
    not merged by task number; the caller offers a new database for it."""
