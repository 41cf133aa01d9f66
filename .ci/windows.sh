#!/usr/bin/env bash
# CI, Windows part: install Wine, NSIS and mingw-w64, build the Windows package under Wine
# (dist/*-windows-x64.zip, *-setup.exe) and smoke-test it there. Everything it downloads stays in
# the clone (build/win/). Prints the time of each half.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
pkgs=$(grep -v '^#' .ci/apt-packages-windows.txt | xargs)
missing=$(for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
installed=$(date +%s)
# zlib instead of solid LZMA for the installer: the same script and files, made in seconds
# instead of 1-3 minutes on 2 shared cores (50 MB instead of 31 MB, still within the 60 MB budget)
CHIZHOU_FAST_INSTALLER=1 bash build_spec/windows_build.sh
built=$(date +%s)
bash build_spec/windows_smoke.sh --timing 3
echo "ci windows: packages $(( installed - start )) s, build $(( built - installed )) s," \
  "smoke test $(( $(date +%s) - built )) s, total $(( $(date +%s) - start )) s"
