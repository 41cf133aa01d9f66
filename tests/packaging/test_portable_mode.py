"""Portable mode (chizhou_desk/paths.py): a `data` folder or `portable.ini` beside the frozen exe."""

import sys

import pytest

from chizhou_desk import database, paths


@pytest.fixture
def frozen_exe(tmp_path, monkeypatch):
    """Pretend to be the frozen app unpacked at tmp_path/app (a real folder with a real exe file)."""
    app = tmp_path / "app"
    app.mkdir()
    exe = app / "chizhou-desk"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    return app


def test_not_portable_from_source(tmp_path, monkeypatch, isolated_user_dirs):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    (tmp_path / "data").mkdir()  # beside the interpreter: means nothing
    assert paths.portable_dir() is None
    assert paths.settings_dir() is None
    assert paths.data_dir().is_relative_to(isolated_user_dirs)


def test_frozen_without_marker_uses_user_folder(frozen_exe, isolated_user_dirs):
    assert paths.portable_dir() is None
    assert paths.settings_dir() is None
    assert paths.default_db_path().is_relative_to(isolated_user_dirs)


def test_data_folder_makes_it_portable(frozen_exe):
    (frozen_exe / "data").mkdir()
    assert paths.portable_dir() == frozen_exe / "data"
    assert paths.settings_dir() == frozen_exe / "data"
    assert paths.default_db_path() == frozen_exe / "data" / paths.DB_NAME


def test_portable_ini_makes_it_portable(frozen_exe):
    (frozen_exe / "portable.ini").write_text("", encoding="utf-8")
    assert paths.data_dir() == frozen_exe / "data"
    assert paths.settings_dir() == frozen_exe / "data"


def test_a_file_named_data_is_not_a_marker(frozen_exe):
    (frozen_exe / "data").write_text("not a folder", encoding="utf-8")
    assert paths.portable_dir() is None


def test_first_run_puts_sample_db_in_portable_folder(frozen_exe, isolated_user_dirs):
    (frozen_exe / "portable.ini").write_text("", encoding="utf-8")
    store = database.open_store(None)  # the default database: first run loads the embedded sample
    try:
        assert store.latest_period() == "2025-05"
    finally:
        store.close()
    assert (frozen_exe / "data" / paths.DB_NAME).is_file()
    assert not any(isolated_user_dirs.rglob(paths.DB_NAME))  # nothing in the user's folders


def test_gui_settings_go_to_portable_folder(frozen_exe, qapp):
    from chizhou_desk.gui.settings import AppSettings

    (frozen_exe / "data").mkdir()
    settings = AppSettings(paths.settings_dir())
    settings.own_unit = "市发展改革委"
    settings.qs.sync()
    assert (frozen_exe / "data" / "chizhou-desk.ini").is_file()
