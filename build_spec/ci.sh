#!/usr/bin/env bash
# CI step after the tests: build the frozen app and smoke-test it (about 1 minute on 2 cores;
# the start-up timing is left to `smoke_test.py --timing N`, too noisy on a shared CI machine).
set -euo pipefail
cd "$(dirname "$0")/.."
bash build_spec/build.sh
python3 build_spec/smoke_test.py
