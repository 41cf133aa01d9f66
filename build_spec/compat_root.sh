#!/usr/bin/env bash
# Runs INSIDE the Debian 11 (bullseye, glibc 2.31) root that build_spec/compat_build.sh prepares;
# not meant to be started by hand. Steps, each skipped when already done (a second run is quick):
#   1. apt: build tools and the X/font/CUPS libraries the smoke test needs
#   2. Python 3.11 (Debian 12's python3.11 source, upstream CPython 3.11.2, built here against
#      glibc 2.31; bullseye's own Python is 3.9 and the app needs >= 3.10: sqlite-utils 4 alone
#      requires it) into /opt/python3.11
#   3. a venv with the app's dependencies: pip picks the newest PySide6-Essentials whose wheel
#      fits this glibc (6.9.3 manylinux_2_28 on x86-64, 6.8.0.2 manylinux_2_31 on arm64)
#   4. build_spec/build.sh, then build_spec/smoke_test.py on the display in $DISPLAY
# `testenv` instead prepares a newer root (Debian 12) that only runs the built folder's smoke test;
# `tests` runs the app's test suite in the root (with its PySide6); `cross-python-aarch64`, in the
# x86-64 root, cross-compiles the arm64 root's Python (see cross_python).
#
# Usage (inside the root): bash /build/src/build_spec/compat_root.sh build|testenv|smoke [DIST]|tests [PYTEST ARGS]|cross-python-aarch64
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 LANG=C.UTF-8
PYDIR=/opt/python3.11
VENV=/build/venv
SRC=/build/src
step() { echo "== compat_root: $* ($(date +%H:%M:%S))"; }

apt_packages() {  # build: also the build tools; run: only what running and testing need
  if [ -e /build/.apt-done-$1 ]; then return; fi
  step "apt packages ($1)"
  apt-get update -qq
  if [ "$1" = build ]; then
    # build tools and Python's build dependencies (ssl: pip reaches PyPI; the app leaves it out)
    apt-get install -y -qq --no-install-recommends ca-certificates build-essential pkg-config \
        xz-utils libssl-dev zlib1g-dev libbz2-dev liblzma-dev libffi-dev libsqlite3-dev uuid-dev \
        binutils icu-devtools file >/dev/null
  else
    apt-get install -y -qq --no-install-recommends ca-certificates python3 python3-venv >/dev/null
  fi
  # what Qt's xcb plugin and the smoke test take from the system (a desktop has them all);
  # the xcb-util libraries are bundled into the folder, so they must be here to be found
  apt-get install -y -qq --no-install-recommends libglib2.0-0 libfontconfig1 libfreetype6 \
      libx11-6 libx11-xcb1 libxcb1 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
      libxcb-cursor0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-sync1 \
      libxcb-xkb1 libxcb-shm0 libxcb-render0 libxcb-util1 libxkbcommon0 libxkbcommon-x11-0 \
      libdbus-1-3 libegl1 libgl1 libopengl0 libcups2 libxrender1 libxi6 libsm6 libice6 \
      libwayland-client0 libwayland-cursor0 libwayland-egl1 fontconfig poppler-utils >/dev/null
  # every desktop has a machine id; libdbus (Qt's ibus input plugin) aborts without one
  [ -s /etc/machine-id ] || tr -d - < /proc/sys/kernel/random/uuid > /etc/machine-id
  touch /build/.apt-done-$1
}

build_python() {
  if [ -x $PYDIR/bin/python3.11 ] && $PYDIR/bin/python3.11 -c "import ssl, sqlite3, ctypes, lzma, bz2"; then
    return
  fi
  step "Python 3.11 from Debian 12's python3.11 source"
  echo "deb-src http://deb.debian.org/debian bookworm main" > /etc/apt/sources.list.d/bookworm-src.list
  apt-get update -qq
  mkdir -p /build/python && cd /build/python
  ls python3.11_*.orig.tar.* >/dev/null 2>&1 || apt-get source -qq --download-only python3.11
  rm -rf Python-3.11.*/ && tar xf python3.11_*.orig.tar.*
  cd Python-3.11.*/
  # --enable-shared: PyInstaller bundles libpython; rpath so the interpreter finds it here.
  # No PGO/LTO: that triples the build time (and under emulation, hours) for a few % of speed
  ./configure -q --prefix=$PYDIR --enable-shared --disable-test-modules --with-ensurepip=install \
      LDFLAGS="-Wl,-rpath,$PYDIR/lib" >/dev/null
  make -s -j"$(nproc)" >/dev/null 2>make.err || { tail -30 make.err; exit 1; }
  make -s altinstall >/dev/null 2>>make.err || { tail -30 make.err; exit 1; }
  ln -sf python3.11 $PYDIR/bin/python3
  $PYDIR/bin/python3.11 -c "import ssl, sqlite3, ctypes, lzma, bz2, zlib, uuid; print('python ok', sqlite3.sqlite_version)"
}

cross_python() {  # in the x86-64 root: Python 3.11 for aarch64 with bullseye's cross compiler
  # (glibc 2.31 too), instead of compiling under qemu (~70 min): ~5 min. Installed under
  # /build/cross-aarch64/opt/python3.11; compat_build.sh copies it into the arm64 root.
  local dest=/build/cross-aarch64
  if [ -x $dest$PYDIR/bin/python3.11 ]; then return; fi
  build_python  # the build Python of the same version, which a cross build needs
  step "Python 3.11 for aarch64 (cross compiler)"
  if [ ! -e /build/.apt-done-cross ]; then
    dpkg --add-architecture arm64
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends gcc-aarch64-linux-gnu libc6-dev-arm64-cross \
        libssl-dev:arm64 zlib1g-dev:arm64 libbz2-dev:arm64 liblzma-dev:arm64 libffi-dev:arm64 \
        libsqlite3-dev:arm64 uuid-dev:arm64 >/dev/null
    touch /build/.apt-done-cross
  fi
  mkdir -p /build/python-cross && cd /build/python-cross
  rm -rf Python-3.11.*/ && tar xf /build/python/python3.11_*.orig.tar.*
  cd Python-3.11.*/
  PKG_CONFIG_LIBDIR=/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig \
  ./configure -q --build=x86_64-linux-gnu --host=aarch64-linux-gnu --with-build-python=$PYDIR/bin/python3.11 \
      --prefix=$PYDIR --enable-shared --disable-test-modules --without-ensurepip \
      ac_cv_file__dev_ptmx=yes ac_cv_file__dev_ptc=no ac_cv_buggy_getaddrinfo=no LDFLAGS="-Wl,-rpath,$PYDIR/lib" >/dev/null
  make -s -j"$(nproc)" >/dev/null 2>make.err || { tail -30 make.err; exit 1; }
  make -s altinstall DESTDIR=$dest >/dev/null 2>>make.err || { tail -30 make.err; exit 1; }
  ln -sf python3.11 $dest$PYDIR/bin/python3
  file $dest$PYDIR/bin/python3.11
}

venv() {
  if [ -x $VENV/bin/python ] && $VENV/bin/python -c "import PySide6, chizhou_desk, PyInstaller" 2>/dev/null; then
    return
  fi
  step "venv and the app's dependencies from PyPI"
  $PYDIR/bin/python3.11 -m venv $VENV
  $VENV/bin/pip install -q --upgrade pip
  # -e: the app is imported from /build/src, the copy compat_build.sh refreshes each run
  $VENV/bin/pip install -q -e "$SRC" "pyinstaller>=6.5"
}

case "${1:-build}" in
  cross-python-aarch64)
    apt_packages build
    cross_python
    ;;
  build)
    apt_packages build
    build_python
    venv
    cd $SRC
    $VENV/bin/pip install -q --no-deps -e . >/dev/null  # the copy may have new modules
    step "versions: $(ldd --version | head -1 | grep -o '[0-9.]*$') glibc," \
      "$($VENV/bin/python -c 'import sys, PySide6; print("Python", sys.version.split()[0], "PySide6", PySide6.__version__)')"
    step "build.sh"
    PYTHON=$VENV/bin/python bash build_spec/build.sh
    ;;
  testenv)  # another system (Debian 12) only runs the folder: its own python3 runs the smoke test
    apt_packages run
    [ -x $VENV/bin/python ] || python3 -m venv $VENV
    $VENV/bin/python -c "import python_calamine" 2>/dev/null || $VENV/bin/pip install -q python-calamine
    ;;
  tests)  # the app's test suite on this root's Python and PySide6 (the "same code" check)
    cd $SRC
    $VENV/bin/python -c "import pytestqt, hypothesis, odf" 2>/dev/null || $VENV/bin/pip install -q -e ".[test]"
    step "pytest -m 'not slow and not frozen' on $($VENV/bin/python -c 'import PySide6; print("PySide6", PySide6.__version__)')"
    QT_QPA_PLATFORM=offscreen $VENV/bin/python -m pytest -q -p no:cacheprovider -m "not slow and not frozen" "${@:2}"
    ;;
  smoke)
    cd $SRC
    step "smoke test (offscreen, and xcb on DISPLAY=${DISPLAY:-})"
    $VENV/bin/python build_spec/smoke_test.py "${2:-dist/chizhou-desk}"
    ;;
  *) echo "usage: compat_root.sh build|testenv|smoke [DIST]|tests [PYTEST ARGS]|cross-python-aarch64" >&2; exit 2 ;;
esac
