#!/bin/sh
# chizhou-desk (Linux): check the system's glibc against this build's floor, then start the program
# (chizhou-desk.bin, PyInstaller's launcher). Written by build_spec/elf_floor.py from
# build_spec/linux_start.sh: the program's own libpython needs this glibc, so on an older system
# the loader would stop it with "version `GLIBC_2.35' not found" before any check in Python.
here=$(dirname "$(readlink -f "$0" 2>/dev/null || echo "$0")")
need='@NEED@'
have=${CHIZHOU_DESK_PRETEND_GLIBC:-$(getconf GNU_LIBC_VERSION 2>/dev/null)}
have=${have#glibc }
# Started from the menu (Terminal=false) stderr goes nowhere: also the log file and a message box
# through whatever the desktop has (chizhou_desk/desktop_notice.py does the same after Python starts).
tell() {
  printf '%s\n' "$1" >&2
  log="${XDG_DATA_HOME:-$HOME/.local/share}/chizhou-desk"
  [ -d "$here/data" ] || [ -f "$here/portable.ini" ] && log="$here/data"
  { mkdir -p "$log" && printf '%s ERROR start: %s\n' "$(date '+%F %T')" "$1" >> "$log/chizhou-desk.log"; } 2>/dev/null
  [ -t 2 ] && return 0
  [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || return 0
  t='重点工作责任清单'
  if command -v zenity >/dev/null 2>&1; then zenity --error --no-wrap --title="$t" --text="$1"
  elif command -v kdialog >/dev/null 2>&1; then kdialog --title "$t" --error "$1"
  elif command -v xmessage >/dev/null 2>&1; then xmessage -center "$1"
  elif command -v notify-send >/dev/null 2>&1; then notify-send -u critical "$t" "$1"
  fi >/dev/null 2>&1
  return 0
}
older() {  # is version $1 older than $2?
  awk -v a="$1" -v b="$2" 'BEGIN { n = split(a, x, "."); m = split(b, y, ".");
    for (i = 1; i <= (n > m ? n : m); i++) { if (x[i] + 0 < y[i] + 0) exit 0; if (x[i] + 0 > y[i] + 0) exit 1 }
    exit 1 }'
}
if [ -n "$have" ] && older "$have" "$need"; then
  lang=zh
  for a in "$@"; do case $prev$a in --langen|--lang=en) lang=en ;; esac; prev=$a; done
  if older "$have" '@COMPAT@' || ! older '@COMPAT@' "$need"; then offer=no; else offer=yes; fi
  case $lang-$offer in
    zh-yes) msg='@ZH_YES@' ;; zh-no) msg='@ZH_NO@' ;;
    en-yes) msg='@EN_YES@' ;; *) msg='@EN_NO@' ;;
  esac
  tell "${msg%%@HAVE@*}$have${msg#*@HAVE@}"
  exit 1
fi
exec "$here/chizhou-desk.bin" "$@"
