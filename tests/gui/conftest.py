from pathlib import Path

import pytest

from chizhou_desk.gui import create_main_window
from chizhou_desk.gui.app import install_translator
from chizhou_desk.imports import read_file
from chizhou_desk.store import Store

QM = Path(__file__).resolve().parents[2] / "resources" / "translations" / "chizhou_desk_en.qm"
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


@pytest.fixture
def english(qapp):
    """The app's own loader with lang "en"; removed afterwards so other tests stay Chinese."""
    translators = install_translator(qapp, "en")
    try:
        assert any(Path(t.filePath()) == QM for t in translators), [t.filePath() for t in translators]
        yield
    finally:
        for t in translators:
            qapp.removeTranslator(t)
