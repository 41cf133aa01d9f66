import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from chizhou_desk.imports import read_file  # noqa: E402
from chizhou_desk.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "sample" / "chizhou_2025_1-5.txt"
SHARED_SEED = ROOT.parent / "shared" / "seeds" / "000_f726a68b873f7ee2.txt"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    """No test reads or writes the real user data or settings folders."""
    home = tmp_path / "home"
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("MPLCONFIGDIR", str(home / "mpl"))
    return home


@pytest.fixture
def seed_path() -> Path:
    """The published 1-5月 report: the shared seed when present, else the embedded copy."""
    return SHARED_SEED if SHARED_SEED.exists() else SEED


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


def _sample_store(path: Path, seed: Path):
    s = Store(path)
    s.import_table(read_file(seed))
    return s


@pytest.fixture
def store(db_path):
    """A fresh database holding the published 1-5月 report."""
    s = _sample_store(db_path, SEED)
    yield s
    s.close()


@pytest.fixture
def office_store(tmp_path, seed_path):
    """The office's own database: the sample list, no submission merged yet."""
    s = _sample_store(tmp_path / "office.db", seed_path)
    yield s
    s.close()


@pytest.fixture
def unit_store(tmp_path, seed_path):
    """A liaison's own database (the sample, as a first run makes it), beside the office's."""
    s = _sample_store(tmp_path / "unit.db", seed_path)
    yield s
    s.close()


@pytest.fixture
def empty_store(db_path):
    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture
def seeded_db(tmp_path, seed_path, capsys) -> Path:
    """A database the command line made from the published report (its output swallowed)."""
    from chizhou_desk.cli import main

    db = tmp_path / "t.db"
    assert main(["--db", str(db), "import", str(seed_path)]) == 0
    capsys.readouterr()
    return db
