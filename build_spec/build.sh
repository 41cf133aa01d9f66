#!/usr/bin/env bash
# Build the one-folder app: dist/chizhou-desk/ (run from anywhere; needs Python >= 3.10).
# Installs the app's dependencies and PyInstaller if they are missing. On Debian-like Linux run
# as root it also installs the tools that make the folder small (binutils, gcc, icu-devtools:
# strip, the ICU data trim, the BLAS shim); without them the build works and is ~55 MB larger.
#
#     bash build_spec/build.sh            then   python3 build_spec/smoke_test.py
#
# CHIZHOU_FULL_ICU=1 / CHIZHOU_FULL_BLAS=1 keep Qt's full ICU data / numpy's OpenBLAS.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

"$PY" -c "import chizhou_desk, matplotlib, openpyxl, python_calamine" 2>/dev/null || "$PY" -m pip install -q -e .
"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q "pyinstaller>=6.5"

if [ "$(uname -s)" = Linux ]; then
  # PyInstaller bundles Python's shared library; Debian's python3 has it in a package of its own
  libpython=$("$PY" -c "import sys, sysconfig; v = sysconfig.get_config_var
print(v('INSTSONAME') or '', v('LIBDIR') or '', 'libpython%d.%d' % sys.version_info[:2])")
  read -r soname libdir libpkg <<< "$libpython"
  if [ -n "$soname" ] && [ ! -e "$libdir/$soname" ] && ! /sbin/ldconfig -p | grep -q " $soname "; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq --no-install-recommends "$libpkg" >/dev/null
    else
      echo "build.sh: PyInstaller needs Python's shared library $soname: apt-get install $libpkg" >&2
      exit 1
    fi
  fi
  missing=""
  for tool in strip:binutils readelf:binutils nm:binutils cc:gcc icupkg:icu-devtools; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing="$missing ${tool#*:}"
  done
  if [ -n "$missing" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing libc6-dev >/dev/null
  elif [ -n "$missing" ]; then
    echo "note: missing$missing: the build works but is larger (see build_spec/README-build.md)" >&2
  fi
fi

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
