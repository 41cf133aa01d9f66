#!/usr/bin/env bash
# Smoke test of the Windows package under Wine, after build_spec/windows_build.sh:
#
#     bash build_spec/windows_smoke.sh [--timing N]
#
# Runs build_spec/windows_smoke.py with the Windows Python the build installed, on the portable
# zip and the installer in dist/, as a Chinese PC (LANG=zh_CN.UTF-8: ANSI code page 936); then,
# on Linux, checks that the printed PDF gives back Chinese (pdftotext) and, with --timing and a
# Linux build in dist/chizhou-desk, times that build's start-to-ready on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. build_spec/windows_env.sh
PY=${PYTHON:-python3}
timing=0
[ "${1:-}" = --timing ] && timing=${2:-5}
VERSION=$("$PY" -c "import re, sys; print(re.search(r'__version__ = \"(.+?)\"', open(sys.argv[1], encoding='utf-8').read())[1])" chizhou_desk/__init__.py)
base=dist/chizhou-desk-$VERSION-windows-x64
for f in "$base.zip" "$base-setup.exe" "$W/python/python.exe"; do
  [ -f "$f" ] || { echo "windows_smoke: no $f: run bash build_spec/windows_build.sh first" >&2; exit 2; }
done
start=$(date +%s)
status=0
# Wine 8 lacks Windows 10's bcryptprimitives.dll (python-calamine's Rust runtime imports it): the
# prefix, not the package, gets a stand-in (build_spec/wine_bcryptprimitives.c)
sys32=$WINEPREFIX/drive_c/windows/system32
if [ ! -f "$sys32/bcryptprimitives.dll" ]; then
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$sys32/bcryptprimitives.dll" build_spec/wine_bcryptprimitives.c -lbcrypt
fi
export LANG=zh_CN.UTF-8
wrun "$W/smoke.log" "set PYTHONIOENCODING=utf-8&& build\\win\\python\\python.exe build_spec\\windows_smoke.py ${base//\//\\}.zip ${base//\//\\}-setup.exe build\\win\\smoke$([ "$timing" != 0 ] && echo " --timing $timing")" || status=1
cat "$W/smoke.log"
grep -q "^windows smoke test passed" "$W/smoke.log" || status=1  # a killed run may still exit 0
# the CLI under the other code page: Wine picks the ANSI code page (1252) from LANG as it starts
export LANG=C.UTF-8
wrun "$W/smoke-cp1252.log" "set PYTHONIOENCODING=utf-8&& build\\win\\python\\python.exe build_spec\\windows_smoke.py ${base//\//\\}.zip ${base//\//\\}-setup.exe build\\win\\smoke --code-page 1252" || status=1
cat "$W/smoke-cp1252.log"
grep -q "^ok   chcp 1252" "$W/smoke-cp1252.log" || status=1
unset LANG
pdf=$W/smoke/unit.pdf
if command -v pdftotext >/dev/null && [ -f "$pdf" ]; then
  text=$(pdftotext -enc UTF-8 "$pdf" -)
  if [[ $text == *市发展改革委* && $text == *进展* ]]; then
    echo "ok   unit.pdf (printed under Wine): pdftotext gives back Chinese"
  else
    echo "FAIL unit.pdf (printed under Wine): no Chinese text"; status=1
  fi
fi
if [ "$timing" != 0 ] && [ -x dist/chizhou-desk/chizhou-desk ] && [ -f "$W/smoke/t.db" ]; then
  QT_QPA_PLATFORM=offscreen "$PY" - "$timing" "$W/smoke/t.db" <<'PYEOF'
import re, shutil, statistics, subprocess, sys, tempfile, time
n, db = int(sys.argv[1]), sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    copy = shutil.copy(db, tmp)
    walls, readies = [], []
    for i in range(n + 1):
        t = time.perf_counter()
        r = subprocess.run(["dist/chizhou-desk/chizhou-desk", "--db", copy, "--quit-when-ready"],
                           capture_output=True, text=True, timeout=120)
        m = re.search(r"ready (\d+)", r.stdout)
        if i and m:
            walls.append((time.perf_counter() - t) * 1000)
            readies.append(int(m.group(1)))
print(f"timing linux build: median wall {statistics.median(walls):.0f} ms, "
      f"median 'ready' {statistics.median(readies):.0f} ms ({len(walls)} runs)")
PYEOF
fi
echo "windows_smoke: $([ $status = 0 ] && echo passed || echo FAILED) in $(( $(date +%s) - start )) s"
exit $status
