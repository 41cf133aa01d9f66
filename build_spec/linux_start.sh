#!/bin/sh
# chizhou-desk (Linux): check the system's glibc against this build's floor, then start the program
# (chizhou-desk.bin, PyInstaller's launcher). Written by build_spec/elf_floor.py from
# build_spec/linux_start.sh: the program's own libpython needs this glibc, so on an older system
# the loader would stop it with "version `GLIBC_2.35' not found" before any check in Python.
here=$(dirname "$(readlink -f "$0" 2>/dev/null || echo "$0")")
need='@NEED@'
have=${CHIZHOU_DESK_PRETEND_GLIBC:-$(getconf GNU_LIBC_VERSION 2>/dev/null)}
have=${have#glibc }
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
  printf '%s\n' "${msg%%@HAVE@*}$have${msg#*@HAVE@}" >&2
  exit 1
fi
exec "$here/chizhou-desk.bin" "$@"
