"""Qt only: the window and its parts. `create_main_window` is the embedding and test entry."""


def create_main_window(db_path, settings_dir=None):
    """The ready main window on `db_path` (a QApplication must already exist); not yet shown.

    db_path None means the user's default database (the embedded sample on first use).
    """
    from chizhou_desk.gui.app import build_window

    return build_window(db_path, settings_dir)
