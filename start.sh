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
set -euo pipefail
cd "$(dirname "$0")"
VENV=${CHIZHOU_VENV:-.venv}
mode=app
if [ "${1:-}" = --tests ]; then mode=tests; shift; fi

say() { echo "start.sh: $*" >&2; }
is_root() { [ "$(id -u)" = 0 ]; }

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

have_lib() { /sbin/ldconfig -p 2>/dev/null | grep -q "^[[:space:]]*$1 "; }

# install (root) or name (not root) Debian packages; stop when they are needed and missing
apt_install() {
  [ $# -gt 0 ] || return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "缺少系统软件包(Debian/Ubuntu 名称):$*;请用本系统的软件包管理器安装后重新运行 bash start.sh"
    exit 1
  fi
  if is_root; then
    say "安装系统软件包:$*"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  else
    say "缺少系统软件包:$*。请先运行:sudo apt-get install -y $*,然后重新运行 bash start.sh"
    exit 1
  fi
}

need=""
add() { case " $need " in *" $1 "*) ;; *) need="${need:+$need }$1" ;; esac; }
[ -x "$VENV/bin/python" ] || python3 -c "import ensurepip, venv" 2>/dev/null || add python3-venv
for pair in $XCB_LIBS; do
  have_lib "${pair%%:*}" || add "${pair#*:}"
done
if [ "$mode" = tests ]; then
  for p in $(grep -v '^#' .ci/apt-packages.txt); do
    dpkg -s "$p" >/dev/null 2>&1 || add "$p"
  done
fi
# shellcheck disable=SC2086
apt_install $need

if [ ! -x "$VENV/bin/python" ]; then
  say "新建虚拟环境 $VENV"
  python3 -m venv "$VENV"
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
