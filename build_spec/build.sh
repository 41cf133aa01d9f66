#!/usr/bin/env bash
# Build the one-folder app: dist/chizhou-desk/ (run from anywhere; needs Python >= 3.10 and the
# app's dependencies, i.e. `pip install -e .`). Installs PyInstaller first if it is missing.
#
#     bash build_spec/build.sh            then   bash build_spec/smoke_test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

"$PY" -c "import chizhou_desk" 2>/dev/null || "$PY" -m pip install -q -e .
"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q "pyinstaller>=6.5"

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller build_spec/chizhou_desk.spec

out=dist/chizhou-desk
# Linux desktops (UOS/Kylin): a helper that adds a menu entry pointing at wherever the folder is
if [ "$(uname -s)" = Linux ]; then
  cp build_spec/install-desktop-entry.sh "$out/"
  chmod +x "$out/install-desktop-entry.sh"
fi
"$PY" -c "import chizhou_desk; print(chizhou_desk.__version__)" > "$out/VERSION"
echo "built $out in $(( $(date +%s) - start )) s, $(du -sh "$out" | cut -f1)"
