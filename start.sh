#!/usr/bin/env bash
# Set up and start chizhou-desk from the source tree on Debian/Ubuntu (README, first command):
#
#     bash start.sh [ARGS…]       the window (ARGS go to the app, e.g. --quit-when-ready)
#     bash start.sh --tests [ARGS…]   the test suite without the slow tests (ARGS go to pytest)
#
# Debian's python3 refuses `pip install` outside a virtual environment (PEP 668), so everything
# goes into .venv beside this file. The system packages it needs (python3-venv, the libraries
# Qt's xcb platform links against; for --tests also .ci/apt-packages.txt) are installed when run
# as root, otherwise named with the command that installs them. Runs again in seconds: pip is
# asked only when pyproject.toml changed.
#     bash start.sh --missing-packages   only name the Debian packages it would install (exit 0)
set -euo pipefail
cd "$(dirname "$0")"
VENV=${CHIZHOU_VENV:-.venv}
mode=app
case "${1:-}" in
  --tests) mode=tests; shift ;;
  --missing-packages) mode=check; shift ;;
esac

say() { echo "start.sh: $*" >&2; }
rerun=""; [ "$mode" = tests ] && rerun=" --tests"
is_root() { [ "$(id -u)" = 0 ]; }

# Python first, before anything is installed: Debian 11, Kylin V10 and Ubuntu 20.04 have 3.8/3.9,
# where pip's own error ("setup.py not found … editable mode") says nothing useful.
# PYTHON=python3.11 bash start.sh picks another interpreter; a python3.1x on PATH is taken by itself.
python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; }
PYTHON_CMD=""
if [ -x "$VENV/bin/python" ]; then
  PYTHON_CMD="$VENV/bin/python"
else
  for cand in ${PYTHON:-} python3 python3.13 python3.12 python3.11 python3.10; do
    if command -v "$cand" >/dev/null 2>&1 && python_ok "$cand"; then PYTHON_CMD=$cand; break; fi
  done
fi
if [ -z "$PYTHON_CMD" ]; then
  have=$( { "${PYTHON:-python3}" -c 'import platform; print(platform.python_version())'; } 2>/dev/null || echo "无")
  say "需要 Python ≥ 3.10，本机 python3 为 ${have}(Debian 11、麒麟 V10、Ubuntu 20.04 等为 3.8/3.9)：请改用兼容版 chizhou-desk-linux-$(uname -m | sed s/aarch64/arm64/)-glibc2.31(无需安装 Python，见 README“Compat build”)，或装好 Python 3.10 以上后运行 PYTHON=python3.11 bash start.sh"
  exit 1
fi

# Libraries Qt 6's xcb platform and PySide6's modules load, and their Debian/Ubuntu packages.
# (After pip, chizhou_desk.platform_check asks ldd for anything a newer Qt adds.)
XCB_LIBS="libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1
libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0
libxcb-cursor.so.0:libxcb-cursor0 libxcb-util.so.1:libxcb-util1 libxcb-randr.so.0:libxcb-randr0
libxcb-shape.so.0:libxcb-shape0 libxcb-shm.so.0:libxcb-shm0 libxcb-sync.so.1:libxcb-sync1
libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-render.so.0:libxcb-render0 libxcb-xkb.so.1:libxcb-xkb1
libX11-xcb.so.1:libx11-xcb1 libxkbcommon.so.0:libxkbcommon0 libxkbcommon-x11.so.0:libxkbcommon-x11-0
libGL.so.1:libgl1 libEGL.so.1:libegl1 libglib-2.0.so.0:libglib2.0-0 libgthread-2.0.so.0:libglib2.0-0
libdbus-1.so.3:libdbus-1-3 libfontconfig.so.1:libfontconfig1"

# ldconfig's cache read once into a variable: `ldconfig -p | grep -q` under pipefail counted a
# library as missing whenever grep stopped early and ldconfig died of SIGPIPE (a real desktop: always)
LDCONFIG=${CHIZHOU_LDCONFIG:-/sbin/ldconfig}
[ -x "$LDCONFIG" ] || LDCONFIG=$(command -v ldconfig || true)
LIB_CACHE=$'\n'$( { [ -n "$LDCONFIG" ] && "$LDCONFIG" -p; } 2>/dev/null || true)
have_lib() {
  # no cache to read (not glibc, no ldconfig): the ldd check after pip names what is missing
  [ "$LIB_CACHE" = $'\n' ] && return 0
  case $LIB_CACHE in *$'\n'[[:space:]]"$1 "*) return 0 ;; esac
  return 1
}

# install (root) or name (not root) Debian packages; stop when they are needed and missing
apt_install() {
  [ $# -gt 0 ] || return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "缺少系统软件包(Debian/Ubuntu 名称):$*;请用本系统的软件包管理器安装后重新运行 bash start.sh${rerun}"
    exit 1
  fi
  if is_root; then
    say "安装系统软件包:$*"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  else
    say "缺少系统软件包:$*。请先运行:sudo apt-get install -y $*,然后重新运行 bash start.sh${rerun}"
    exit 1
  fi
}

need=""
add() { case " $need " in *" $1 "*) ;; *) need="${need:+$need }$1" ;; esac; }
[ -x "$VENV/bin/python" ] || "$PYTHON_CMD" -c "import ensurepip, venv" 2>/dev/null || add python3-venv
for pair in $XCB_LIBS; do
  have_lib "${pair%%:*}" || add "${pair#*:}"
done
if [ "$mode" != app ]; then
  # one dpkg-query for the list; a package it does not know is not installed
  wanted=$(grep -v '^#' .ci/apt-packages.txt | xargs)
  # shellcheck disable=SC2086
  installed=$'\n'$(dpkg-query -W -f='${Package} ${Status}\n' $wanted 2>/dev/null || true)
  for p in $wanted; do
    case $installed in *$'\n'"$p install ok installed"*) ;; *) add "$p" ;; esac
  done
fi
if [ "$mode" = check ]; then
  [ -z "$need" ] || echo "$need"
  exit 0
fi
# shellcheck disable=SC2086
apt_install $need

if [ ! -x "$VENV/bin/python" ]; then
  say "新建虚拟环境 $VENV"
  "$PYTHON_CMD" -m venv "$VENV"
fi
PY="$VENV/bin/python"
extras=.
[ "$mode" = tests ] && extras=".[test]"
# pip only when pyproject.toml changed since the last install (the tests' install serves the app too)
want=$(cksum < pyproject.toml)
if [ "$(cat "$VENV/.installed-$mode" 2>/dev/null)" != "$want" ] \
    && { [ "$mode" = tests ] || [ "$(cat "$VENV/.installed-tests" 2>/dev/null)" != "$want" ]; }; then
  say "安装 Python 依赖到 $VENV(首次需几分钟)"
  "$PY" -m pip install -q --disable-pip-version-check -e "$extras"
  echo "$want" > "$VENV/.installed-$mode"
fi

# what a newer Qt may need beyond the list above: the same ldd check the app makes at start
# shellcheck disable=SC2046
apt_install $("$PY" -m chizhou_desk.platform_check --packages)

if [ "$mode" = tests ]; then
  say "ruff 与 mypy 检查"  # the house rules, before the tests (pyproject.toml configures both)
  "$PY" -m ruff check .
  "$PY" -m mypy
  exec "$PY" -m pytest -q -m "not slow" "$@"
fi
exec "$PY" -m chizhou_desk "$@"
