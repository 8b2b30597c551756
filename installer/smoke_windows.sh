#!/usr/bin/env bash
# Smoke test of the Windows installer under Wine, as an office PC would see it: silent per-user install into a
# fresh prefix, self-check, CLI, the GUI from the Start-menu shortcut (sign-in, then the main window), silent
# uninstall that leaves the profile. One Xvfb serves the whole run. Usage: installer/smoke_windows.sh [--screenshots DIR]
#
# Wine 8 lacks two DLLs that Windows 10 1903+/11 have (bcryptprimitives.dll ProcessPrng, icuuc.dll ucnv_*);
# test-only stand-ins from installer/wine/ are built with mingw-w64 into the prefix. They are never shipped.
# A Windows python.exe whose stdout is a regular file dies under Wine 8: every console run is piped.
set -euo pipefail
source "$(dirname "$0")/common.sh"
shots=""
[ "${1:-}" = "--screenshots" ] && shots="$(mkdir -p "$2" && cd "$2" && pwd)"
cd "$ROOT"
work="$BUILD/smoke-windows"
rm -rf "$work"
mkdir -p "$work/stubs"
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# errexit holds inside the trap too: every clean-up step must succeed or be allowed to fail.
trap 'timeout 30 wineserver -k 2>/dev/null || true; stop_xvfb' EXIT
for tool in wine wineserver x86_64-w64-mingw32-gcc xdotool import; do command -v $tool >/dev/null || fail "$tool missing"; done
[ -f "$WINDOWS_SETUP" ] || fail "no $WINDOWS_SETUP (make dist)"

# win SECONDS PROGRAM ARGS…: run a Windows console program with its output piped (see above), keep its exit code.
win() {
  local limit=$1; shift
  timeout "$limit" wine "$@" 2>&1 | tr -d '\r'
  return "${PIPESTATUS[0]}"
}

step "fresh Wine prefix, one Xvfb"
start_xvfb "$work"
timeout 300 wineboot --init >"$work/wineboot.log" 2>&1 || { cat "$work/wineboot.log"; fail "wineboot"; }
timeout 120 wineserver -w
wineserver -p  # stay up between commands: a cold Wine start costs seconds per command
# Start Wine's own services (services.exe, winedevice, rpcss …) now, with their output to a file: started by the
# first piped command they would inherit its pipe and keep it open for good, so `… | tr` would never end.
timeout 120 wine cmd /c ver >"$work/services.log" 2>&1 </dev/null || { cat "$work/services.log"; fail "wine services"; }
for stub in bcryptprimitives icuuc; do
  def=()
  [ -f "installer/wine/$stub.def" ] && def=("installer/wine/$stub.def")
  x86_64-w64-mingw32-gcc -shared -O2 -o "$work/stubs/$stub.dll" "installer/wine/$stub.c" "${def[@]}" -ladvapi32
  cp "$work/stubs/$stub.dll" "$WINEPREFIX/drive_c/windows/system32/"
done
user="$(id -un)"
local_app="$WINEPREFIX/drive_c/users/$user/AppData/Local"
instdir="$local_app/Programs/OPD Studio"
lnk="$WINEPREFIX/drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/OPD Studio.lnk"
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\OPD Studio'

step "silent install: /S /CurrentUser"
win 900 "$WINDOWS_SETUP" /S /CurrentUser  # returns when the installer (and its byte-compiling) is done
[ -f "$instdir/Python/pythonw.exe" ] || fail "nothing installed in $instdir"
[ -f "$instdir/uninstall.exe" ] || fail "no uninstaller"
[ -f "$lnk" ] || fail "no Start-menu shortcut at $lnk"
win 60 reg query "$uninstall_key" /v DisplayVersion | grep >/dev/null "$VERSION" || fail "no Apps entry in HKCU"
shipped_stubs="$(find "$instdir" \( -iname bcryptprimitives.dll -o -iname icuuc.dll \) -print)"
[ -z "$shipped_stubs" ] || fail "the installer ships a Wine stand-in: $shipped_stubs"
echo "installed: $(du -sm "$instdir" | cut -f1) MB in $instdir"

step "CLI: version, self-check, lint, demo profile, export"
cli="$instdir/bin/opdstudio.exe"
[ "$(win 120 "$cli" --version)" = "OPD Studio $VERSION" ] || fail "--version"
win 300 "$cli" selfcheck || fail "selfcheck"
printf 'NIK warga 3201231508900001\n' >"$work/caption.txt"
win 120 "$cli" lint 'Z:'"${work//\//\\}"'\caption.txt' --format json | grep >/dev/null '"personal_data.nik"' || fail "lint found no NIK"
win 600 "$cli" demo >"$work/demo.log" || { cat "$work/demo.log"; fail "demo"; }
win 300 "$cli" export report --period "$(date -u +%Y-%m)" --format xlsx -o 'Z:'"${work//\//\\}"'\report.xlsx'
unzip -l "$work/report.xlsx" xl/workbook.xml >/dev/null || fail "report.xlsx is not a workbook"
profile="$local_app/Diskominfo/OPDStudio/profiles/default"
[ -d "$profile" ] || fail "no default profile at $profile"

step "GUI from the Start-menu shortcut: sign-in, then the main window"
timeout 30 wine start /unix "$lnk"
sign_in="$(wait_window '^Masuk ke OPD Studio$' 240)"
[ -n "$shots" ] && screenshot "$sign_in" "$shots/frozen-wine-sign-in.png"
xdotool windowactivate --sync "$sign_in" 2>/dev/null || xdotool windowfocus --sync "$sign_in"
xdotool type --delay 80 demo
xdotool key Return
main="$(wait_window '^OPD Studio$' 240)"
[ -n "$shots" ] && screenshot "$main" "$shots/frozen-wine-main-window.png"
timeout 30 wineserver -k || true  # also ends the persistent server: the uninstall below can be waited for
timeout 60 wineserver -w || true

step "silent uninstall keeps the profile"
win 300 "$instdir/uninstall.exe" /S
timeout 300 wineserver -w  # the uninstaller re-runs itself from %TEMP%: wait for it
[ ! -e "$instdir/Python" ] && [ ! -e "$instdir/pkgs" ] || fail "uninstall left the program in $instdir"
[ ! -e "$lnk" ] || fail "uninstall left the shortcut"
! win 60 reg query "$uninstall_key" >/dev/null || fail "uninstall left the Apps entry"
[ -f "$profile/opdstudio.db" ] || [ -n "$(ls -A "$profile")" ] || fail "uninstall removed the profile"
echo "Windows (Wine) smoke passed"
