#!/usr/bin/env bash
# The Linux package for older office PCs (glibc >= 2.30: Kylin V10, Ubuntu 20.04, Debian 11; not
# UOS 20, glibc 2.28), built and smoke-tested in a Debian 11 (bullseye) root; run as root on Debian.
#
#     bash build_spec/compat_build.sh x86_64        build + smoke test in bullseye (~8 min first run)
#     bash build_spec/compat_build.sh arm64         the same under qemu-user emulation (slow)
#     bash build_spec/compat_build.sh test-bookworm x86_64   the built folder's smoke test in Debian 12
#     bash build_spec/compat_build.sh tests x86_64 [PYTEST ARGS]   the app's tests on the root's PySide6
#
# Everything lives under $COMPAT_DIR (default /tmp/chizhou-compat), never in the repository:
#   bullseye-ARCH/   the root (debootstrap; Python 3.11 built inside, see compat_root.sh)
#   out/chizhou-desk-linux-ARCH-glibc2.31/ and .tar.gz   the result
# The root is kept for the next run (then only the app is rebuilt: ~2 min on x86-64);
# COMPAT_FRESH=1 starts from a new root. The source built is this checkout's last commit
# (COMPAT_REF=ref for another; COMPAT_WORKTREE=1 for the working tree with its uncommitted edits).
# The smoke test runs offscreen and on the host's X server: $DISPLAY when its socket exists, else
# an Xvfb started here on :77 (apt-get install xvfb) and stopped after.
# Mounts (proc, dev, /tmp/.X11-unix) are undone on exit, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD
COMPAT_DIR=${COMPAT_DIR:-/tmp/chizhou-compat}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
CA=${CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}  # the workplace's CA, for pip and apt in the root

usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 1 ] || usage
mode=build
if [ "$1" = test-bookworm ]; then mode=bookworm; shift; [ $# -ge 1 ] || usage; fi
if [ "$1" = tests ]; then mode=tests; shift; [ $# -ge 1 ] || usage; fi
case "$1" in
  x86_64|amd64) arch=x86_64; debarch=amd64 ;;
  arm64|aarch64) arch=arm64; debarch=arm64 ;;
  *) usage ;;
esac
[ "$(id -u)" = 0 ] || { echo "compat_build.sh: run as root (debootstrap, chroot, mount)" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive
T0=$(date +%s)
say() { echo "== compat_build: $* (+$(( $(date +%s) - T0 )) s)"; }

need() {  # host tools: command -> Debian package
  local missing=""
  for pair in "$@"; do command -v "${pair%%:*}" >/dev/null 2>&1 || missing="$missing ${pair#*:}"; done
  if [ -n "$missing" ]; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
}

MOUNTED=()
XVFB_PID=""
cleanup() {
  local i
  for (( i=${#MOUNTED[@]}-1; i>=0; i-- )); do
    umount "${MOUNTED[$i]}" 2>/dev/null || umount -l "${MOUNTED[$i]}" 2>/dev/null || true
  done
  [ -z "$XVFB_PID" ] || kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT

mount_into() {  # root: proc, dev, the X socket folder
  local root=$1 d
  for d in proc dev tmp/.X11-unix; do
    mkdir -p "$root/$d"
    if ! mountpoint -q "$root/$d"; then
      case $d in
        proc) mount -t proc proc "$root/proc" ;;
        *) mount --bind "/$d" "$root/$d" ;;
      esac
      MOUNTED+=("$root/$d")
    fi
  done
}

make_root() {  # root suite [debian-arch]
  local root=$1 suite=$2 debarch=${3:-$debarch}
  if [ "${COMPAT_FRESH:-0}" = 1 ] && [ -d "$root" ]; then
    mountpoint -q "$root/proc" && { echo "compat_build.sh: $root is in use (mounted)" >&2; exit 1; }
    rm -rf --one-file-system "$root"
  fi
  [ -x "$root/usr/bin/apt-get" ] && [ ! -d "$root/debootstrap" ] && return
  need debootstrap:debootstrap
  if [ "$debarch" != "$(dpkg --print-architecture)" ]; then
    need qemu-aarch64-static:qemu-user-static update-binfmts:binfmt-support
    [ -e /proc/sys/fs/binfmt_misc/register ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
    update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
    say "debootstrap $suite $debarch (foreign; second stage under qemu)"
    rm -rf --one-file-system "$root"
    nice -n 10 debootstrap --variant=minbase --arch "$debarch" --foreign "$suite" "$root" "$MIRROR" >/dev/null
    cp /usr/bin/qemu-aarch64-static "$root/usr/bin/"
    nice -n 10 chroot "$root" /debootstrap/debootstrap --second-stage >/dev/null
  else
    say "debootstrap $suite $debarch"
    rm -rf --one-file-system "$root"
    nice -n 10 debootstrap --variant=minbase --arch "$debarch" "$suite" "$root" "$MIRROR" >/dev/null
  fi
  echo "deb $MIRROR $suite main" > "$root/etc/apt/sources.list"
}

in_root() {  # root command... : run in the root with the workplace CA and the display
  local root=$1; shift
  cp "$CA" "$root/etc/ssl/certs/workplace-ca.crt" 2>/dev/null || {
    mkdir -p "$root/etc/ssl/certs"; cp "$CA" "$root/etc/ssl/certs/workplace-ca.crt"; }
  nice -n 10 chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      HOME=/root TERM=dumb DISPLAY="$DISPLAY" \
      PIP_CERT=/etc/ssl/certs/workplace-ca.crt SSL_CERT_FILE=/etc/ssl/certs/workplace-ca.crt \
      PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=180 PIP_ROOT_USER_ACTION=ignore \
      "$@"
}

copy_source() {  # root: the committed source (COMPAT_REF, default HEAD), or the working tree
  local root=$1
  mkdir -p "$root/build/src"
  find "$root/build/src" -mindepth 1 -maxdepth 1 ! -name dist ! -name build ! -name '*.egg-info' \
      -exec rm -rf {} +
  if [ "${COMPAT_WORKTREE:-0}" = 1 ]; then  # tracked and new (not ignored) files, as they are now
    git -C "$SRC" ls-files -z --cached --others --exclude-standard \
      | (cd "$SRC" && tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -xf - -C "$root/build/src"
  else
    git -C "$SRC" archive --format=tar "${COMPAT_REF:-HEAD}" | tar -xf - -C "$root/build/src"
  fi
}

display() {  # $DISPLAY if its socket exists, else a private Xvfb on :77
  local n=${DISPLAY:-}; n=${n#:}; n=${n%%.*}
  if [ -n "${DISPLAY:-}" ] && [ -S "/tmp/.X11-unix/X$n" ]; then return; fi
  need Xvfb:xvfb
  local d=77
  while [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
  Xvfb ":$d" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X$d" ] && break; sleep 0.2; done
  export DISPLAY=":$d"
}

OUT=$COMPAT_DIR/out
NAME=chizhou-desk-linux-$arch-glibc2.31
mkdir -p "$COMPAT_DIR" "$OUT"
display

if [ $mode = build ]; then
  root=$COMPAT_DIR/bullseye-$arch
  make_root "$root" bullseye
  if [ $arch = arm64 ] && [ ! -x "$root/opt/python3.11/bin/python3.11" ] && [ "${COMPAT_CROSS:-1}" = 1 ]; then
    # compiling Python under qemu takes over an hour: cross-compile it in the x86-64 root instead
    x86=$COMPAT_DIR/bullseye-x86_64
    make_root "$x86" bullseye amd64
    mount_into "$x86"
    copy_source "$x86"
    say "Python 3.11 for arm64, cross-compiled in $x86"
    in_root "$x86" bash /build/src/build_spec/compat_root.sh cross-python-aarch64
    mkdir -p "$root/opt"
    cp -a "$x86/build/cross-aarch64/opt/python3.11" "$root/opt/"
  fi
  mount_into "$root"
  copy_source "$root"
  say "build in $root"
  in_root "$root" bash /build/src/build_spec/compat_root.sh build
  say "smoke test in $root"
  in_root "$root" bash /build/src/build_spec/compat_root.sh smoke
  rm -rf "${OUT:?}/$NAME"
  cp -a "$root/build/src/dist/chizhou-desk" "$OUT/$NAME"
  tar czf "$OUT/$NAME.tar.gz" -C "$OUT" --transform "s,^$NAME,chizhou-desk," "$NAME"
  say "done: $OUT/$NAME ($(du -sh "$OUT/$NAME" | cut -f1), tar.gz $(du -sh "$OUT/$NAME.tar.gz" | cut -f1))"
elif [ $mode = tests ]; then
  root=$COMPAT_DIR/bullseye-$arch
  [ -e "$root/build/venv/pyvenv.cfg" ] || { echo "compat_build.sh: build in $root first" >&2; exit 1; }
  mount_into "$root"
  copy_source "$root"
  say "tests in $root"
  in_root "$root" bash /build/src/build_spec/compat_root.sh tests "${@:2}"
  say "done"
else
  [ -d "$OUT/$NAME" ] || { echo "compat_build.sh: build $OUT/$NAME first" >&2; exit 1; }
  root=$COMPAT_DIR/bookworm-$arch
  make_root "$root" bookworm
  mount_into "$root"
  copy_source "$root"
  rm -rf "$root/build/dist" && cp -a "$OUT/$NAME" "$root/build/dist"
  in_root "$root" bash /build/src/build_spec/compat_root.sh testenv
  say "smoke test of $NAME in $root"
  in_root "$root" bash /build/src/build_spec/compat_root.sh smoke /build/dist
  say "done"
fi
