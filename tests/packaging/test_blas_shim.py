"""build_spec/blas_shim.c against numpy's own OpenBLAS: the same numbers, or a loud stop.

The shim replaces OpenBLAS in the Linux build (build_spec/blas_shim.py). Each case runs once
with OpenBLAS and once with the shim preloaded (same soname, so numpy binds to it); the results
must agree. numpy's own inv/solve/dot/matmul tests also run on the shim.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_spec"))
import blas_shim  # noqa: E402

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the shim is for Linux builds"),
    pytest.mark.skipif(bool(blas_shim.tools_missing()), reason="needs cc, nm, readelf"),
]

CASES = r'''
import sys
import numpy as np
from matplotlib.transforms import Affine2D

rng = np.random.default_rng(7)
out = {}

def r(shape, dt):
    a = rng.standard_normal(shape)
    if np.dtype(dt).kind == "c":
        a = a + 1j * rng.standard_normal(shape)
    return a.astype(dt)

for dt in ("f4", "f8", "c8", "c16"):
    a, b, v, w = r((5, 4), dt), r((4, 3), dt), r(4, dt), r(8, dt)
    big = r((40, 30), dt)
    sq = r((4, 4), dt) + 4 * np.eye(4, dtype=dt)
    rhs = r((4, 2), dt)
    out.update({
        f"{dt} gemm": a @ b, f"{dt} gemm T": a.T @ r((5, 2), dt),
        f"{dt} gemm TT": r((3, 5), dt).T @ r((2, 3), dt).T,
        f"{dt} gemm strided": big[::2, ::3] @ big[::3, 1::2][:10],
        f"{dt} gemm F": np.asfortranarray(a) @ np.asfortranarray(b),
        f"{dt} gemv": a @ v, f"{dt} gemv T": v @ a.T,
        f"{dt} gemv strided": big[:, ::2] @ r(15, dt),
        f"{dt} syrk": big @ big.T, f"{dt} syrk T": big.T @ big,
        f"{dt} dot": np.dot(v, v[::-1].copy()), f"{dt} dot strided": np.dot(w[::2], w[1::2]),
        f"{dt} vdot": np.vdot(w, w[::-1].copy()), f"{dt} inner": np.inner(a, a),
        f"{dt} inv": np.linalg.inv(sq), f"{dt} solve": np.linalg.solve(sq, rhs),
        f"{dt} det": np.linalg.det(sq), f"{dt} power": np.linalg.matrix_power(sq, 3),
        f"{dt} batched": np.linalg.inv(np.stack([sq, sq.T])),
    })
t = Affine2D().rotate_deg(30).scale(2, 3).translate(1, 2)
pts = rng.standard_normal((100, 2))
out["mpl transform"] = t.transform(pts)
out["mpl inverted"] = t.inverted().transform(t.transform(pts))
try:
    np.linalg.inv(np.zeros((3, 3)))
    out["singular"] = np.array(0)
except np.linalg.LinAlgError:
    out["singular"] = np.array(1)
np.savez(sys.argv[1], **{k: np.asarray(x) for k, x in out.items()})
print("maps:", open("/proc/self/maps").read().count(sys.argv[2]))
'''


@pytest.fixture(scope="module")
def shim(tmp_path_factory):
    openblas, users = blas_shim.installed_numpy()
    lib = blas_shim.build(openblas, users, tmp_path_factory.mktemp("shim"))
    assert lib is not None and lib.stat().st_size < 500_000
    return lib


def run(tmp_path, name, shim=None):
    import os

    env = dict(os.environ, MPLBACKEND="Agg")
    if shim:
        env["LD_PRELOAD"] = str(shim)
    out = tmp_path / f"{name}.npz"
    r = subprocess.run([sys.executable, "-c", CASES, str(out), str(shim.parent) if shim else "@@"],
                       capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    return out, r.stdout


def test_shim_matches_openblas(tmp_path, shim):
    import numpy as np

    ref, _ = run(tmp_path, "openblas")
    got, stdout = run(tmp_path, "shim", shim)
    assert "maps: 0" not in stdout  # the shim was really used
    ref, got = np.load(ref), np.load(got)
    assert sorted(ref.files) == sorted(got.files)
    for key in ref.files:
        single = key.split()[0] in ("f4", "c8")
        np.testing.assert_allclose(got[key], ref[key], rtol=2e-4 if single else 1e-10,
                                   atol=1e-4 if single else 1e-10, err_msg=key)


def test_unsupported_routine_stops_loudly(shim):
    r = subprocess.run([sys.executable, "-c", "import numpy as np; np.linalg.eig(np.eye(3))"],
                       capture_output=True, text=True, env={"LD_PRELOAD": str(shim), "PATH": ""},
                       timeout=120)
    assert r.returncode != 0
    assert "scipy_dgeev_64_" in r.stderr and "leaves out" in r.stderr


@pytest.mark.slow
def test_numpys_own_linalg_tests_on_the_shim(shim):
    if not shutil.which("true"):
        pytest.skip("no shell tools")
    r = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:pytestqt",
         "--pyargs", "numpy.linalg.tests.test_linalg", "-k",
         "TestInv or TestSolve or TestMatrixPower or TestMultiDot or TestTensorinv or TestTensorsolve"],
        capture_output=True, text=True, env={"LD_PRELOAD": str(shim), "PATH": ""}, timeout=600,
        cwd=shim.parent)
    assert r.returncode == 0 and " passed" in r.stdout, r.stdout[-3000:] + r.stderr[-2000:]
