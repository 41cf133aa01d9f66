from pathlib import Path

import pytest

from chizhou_desk.gui import create_main_window
from chizhou_desk.imports import read_file
from chizhou_desk.store import Store

SEED = Path(__file__).resolve().parents[2] / "resources" / "sample" / "chizhou_2025_1-5.txt"


@pytest.fixture
def sample_db(db_path):
    with Store(db_path) as s:
        s.import_table(read_file(SEED))
    return db_path


@pytest.fixture
def settings_dir(tmp_path):
    return tmp_path / "settings"


@pytest.fixture
def open_window(qtbot, settings_dir):
    def make(db):
        w = create_main_window(db, settings_dir)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        return w
    return make


@pytest.fixture
def window(open_window, sample_db):
    return open_window(sample_db)
