"""Runs build_spec/smoke_test.py against dist/chizhou-desk when a build is present (else skips).

Build first with `bash build_spec/build.sh`; the smoke test itself says what it checks.
"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "chizhou-desk"
EXE = DIST / ("chizhou-desk-cli.exe" if sys.platform == "win32" else "chizhou-desk")


@pytest.mark.frozen
@pytest.mark.slow
@pytest.mark.skipif(not EXE.is_file(), reason="no frozen build (bash build_spec/build.sh)")
def test_frozen_build_smoke():
    r = subprocess.run([sys.executable, str(ROOT / "build_spec" / "smoke_test.py"), str(DIST)],
                       capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
