# Shared by the build and smoke scripts: paths, the version, and a step logger. Source it; do not run it.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/opdstudio/__init__.py")"
DIST="$ROOT/dist"
BUILD="$ROOT/build"
LINUX_TARBALL="$DIST/opdstudio-$VERSION-linux-x86_64.tar.gz"
WINDOWS_SETUP="$DIST/OPDStudio-$VERSION-win64-setup.exe"
PYINSTALLER_PINS="pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.10"

step() { printf '\n== %s [%s]\n' "$*" "$(date -u +%H:%M:%S)"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
# pip, less the machine's notes about absent local index folders
quiet_pip() { "$@" 2>&1 | { grep -v 'is ignored: it is neither a file nor a directory' || true; }; return "${PIPESTATUS[0]}"; }

# One Xvfb for a whole smoke run (Wine only shows windows on an X server that outlives its wineserver).
start_xvfb() {
  local n
  for n in $(seq 90 130); do [ -e "/tmp/.X$n-lock" ] || break; done
  export DISPLAY=":$n"
  Xvfb "$DISPLAY" -screen 0 1366x860x24 -nolisten tcp >"$1/xvfb.log" 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && return 0; sleep 0.1; done
  cat "$1/xvfb.log"; fail "Xvfb did not start on $DISPLAY"
}
stop_xvfb() { if [ -n "${XVFB_PID:-}" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi; XVFB_PID=""; }

# wait_window TITLE-REGEX SECONDS: print the id of the first visible window whose title matches, or fail.
# Polls (xdotool's own --sync gives up on an X error when another window closes meanwhile).
wait_window() {
  local id="" deadline=$((SECONDS + $2))
  while [ -z "$id" ] && [ $SECONDS -lt $deadline ]; do
    id="$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1)" || true
    [ -n "$id" ] || sleep 0.5
  done
  [ -n "$id" ] || { xdotool search --onlyvisible --name . getwindowname %@ 2>/dev/null | sed 's/^/  window: /' >&2
                    fail "no window titled /$1/ within $2 s"; }
  echo "$id"
}

# screenshot WINDOW-ID FILE: the window as a person would see it on the X screen.
screenshot() { sleep 1; import -window "$1" "$2"; }
