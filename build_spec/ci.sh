#!/usr/bin/env bash
# CI step after the tests: build the frozen app and smoke-test it, offscreen and on a real X server
# (about 1-2 minutes on 2 cores; the start-up timing is left to `smoke_test.py --timing N`, too
# noisy on a shared CI machine). PYTHON=.venv/bin/python (as .ci/run sets) picks the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
bash build_spec/build.sh
"$PY" build_spec/smoke_test.py
