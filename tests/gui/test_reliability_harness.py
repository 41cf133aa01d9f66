"""A few trials of bench/reliability_harness.py's kill -9 test (the script runs 100): the real
window in a subprocess, typing without a pause, killed; what was typed more than 5 s before the
kill is in the database, exactly as typed."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_while_typing_keeps_what_was_typed_5_s_before(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from reliability_harness import run_kill

    summary = run_kill(2, 6.5, 9.0, tmp_path, quiet=True)
    assert summary["failures"] == 0, summary
    assert summary["max_unsaved_s"] is not None and summary["max_unsaved_s"] < 5.0, summary
