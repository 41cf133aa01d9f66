# Sourced by windows_build.sh and windows_smoke.sh (from the clone's root): Wine's settings and
# `wrun`, which runs a Windows command line inside Wine.
wine_bin() { command -v wine64 || command -v wine || { [ -x /usr/lib/wine/wine64 ] && echo /usr/lib/wine/wine64; }; }
wineserver_bin() { command -v wineserver || command -v wineserver64 || echo /usr/lib/wine/wineserver64; }
ROOT=$PWD
W=build/win
export WINEPREFIX=$ROOT/$W/prefix WINEDEBUG=-all WINEARCH=win64
# no Mono/Gecko download prompts; no winemenubuilder (it would copy shortcuts into ~/.local)
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
WINROOT="Z:${ROOT//\//\\}"

# Output is redirected INSIDE Wine: a redirect made by bash leaves python.exe without valid
# standard handles ("init_sys_streams: invalid handle"). QT_QPA_PLATFORM is set there too (Qt's
# `windows` platform plugin aborts under Wine 8; the Linux variable does not reach the program).
wrun() {  # wrun LOGFILE COMMAND-LINE   (Windows syntax, run from the clone's root)
  local log=$1; shift
  mkdir -p "$W"
  printf '@echo off\r\ncd /d "%s"\r\nset QT_QPA_PLATFORM=offscreen\r\n%s > "%s" 2>&1\r\nexit /b %%errorlevel%%\r\n' \
    "$WINROOT" "$*" "${log//\//\\}" > "$W/run.bat"
  if ! "$(wine_bin)" cmd /c "$WINROOT\\build\\win\\run.bat"; then
    echo "failed under Wine: $*" >&2
    grep -v "api-ms-win-crt" "$log" | tail -40 >&2
    return 1
  fi
}
