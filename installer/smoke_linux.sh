#!/usr/bin/env bash
# Smoke test of the Linux tarball as an office would use it: unpack, per-user install into a fresh HOME,
# self-check, CLI demo and exports, HEIC import, the GUI under Xvfb from sign-in to the main window, uninstall
# (the profile stays). Usage: installer/smoke_linux.sh [--screenshots DIR]
set -euo pipefail
source "$(dirname "$0")/common.sh"
shots=""
[ "${1:-}" = "--screenshots" ] && shots="$(mkdir -p "$2" && cd "$2" && pwd)"
cd "$ROOT"
work="$BUILD/smoke-linux"
rm -rf "$work"
mkdir -p "$work/home" "$work/out"
trap 'stop_xvfb; [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null; true' EXIT
export HOME="$work/home"
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
export QT_QPA_PLATFORM=offscreen

step "unpack and install for this user"
[ -f "$LINUX_TARBALL" ] || fail "no $LINUX_TARBALL (make dist)"
tar -xzf "$LINUX_TARBALL" -C "$work"
"$work/opdstudio-$VERSION-linux-x86_64/install.sh"
app="$HOME/.local/bin/opdstudio"
[ -f "$HOME/.local/share/applications/opdstudio.desktop" ] || fail "no desktop entry"
[ -f "$HOME/.local/share/icons/hicolor/48x48/apps/opdstudio.png" ] || fail "no icon"
[ "$("$app" --version)" = "OPD Studio $VERSION" ] || fail "--version"

step "self-check"
"$app" selfcheck

step "CLI: demo profile, lint, exports"
demo="$work/demo"
timeout 300 "$app" demo --profile "$demo" >"$work/out/demo.txt" || { cat "$work/out/demo.txt"; fail "demo"; }
echo demo | "$app" post list --profile "$demo" --as admin.kominfo --password-stdin --format json >"$work/out/posts.json"
grep -q '"status"' "$work/out/posts.json" || fail "post list gave no posts"
"$app" audit verify --profile "$demo"
period="$(date -u +%Y-%m)"
for format in csv xlsx pdf; do
  "$app" export report --period "$period" --format "$format" -o "$work/out/report.$format" --profile "$demo"
done
"$app" export log --period "$period" --format xlsx -o "$work/out/log.xlsx" --profile "$demo"
head -c 4 "$work/out/report.pdf" | grep >/dev/null '%PDF' || fail "report.pdf is not a PDF"
unzip -l "$work/out/report.xlsx" xl/workbook.xml >/dev/null || fail "report.xlsx is not a workbook"
unzip -l "$work/out/log.xlsx" xl/workbook.xml >/dev/null || fail "log.xlsx is not a workbook"
[ "$(wc -l <"$work/out/report.csv")" -gt 1 ] || fail "report.csv is empty"
echo "exports: $(cd "$work/out" && ls -l report.* log.xlsx | awk '{print $NF, $5}' | tr '\n' ' ')"

step "HEIC import"
"$BUILD/linux/venv/bin/python" - "$work/out/photo.heic" <<'PY'
import sys
import pillow_heif
from PIL import Image, ImageDraw
pillow_heif.register_heif_opener()
image = Image.new("RGB", (1600, 1200), (30, 110, 170))
ImageDraw.Draw(image).ellipse([400, 200, 1200, 1000], fill=(240, 200, 40))
image.save(sys.argv[1], format="HEIF", quality=80)
PY
"$app" media import "$work/out/photo.heic" --profile "$demo" --format json >"$work/out/heic.json" ||
  { cat "$work/out/heic.json"; fail "HEIC import"; }
grep -q '"ok": true' "$work/out/heic.json" || { cat "$work/out/heic.json"; fail "HEIC import gave no photo"; }

step "GUI under Xvfb: sign-in window, then the main window"
unset QT_QPA_PLATFORM
start_xvfb "$work"
"$app" --profile "$demo" >"$work/gui.log" 2>&1 &
app_pid=$!
sign_in="$(wait_window '^Masuk ke OPD Studio$' 120)" || { cat "$work/gui.log"; exit 1; }
[ -n "$shots" ] && screenshot "$sign_in" "$shots/frozen-linux-sign-in.png"
xdotool windowactivate --sync "$sign_in" 2>/dev/null || xdotool windowfocus --sync "$sign_in"
xdotool type --delay 50 demo
xdotool key Return
main="$(wait_window '^OPD Studio$' 120)" || { cat "$work/gui.log"; exit 1; }
[ -n "$shots" ] && screenshot "$main" "$shots/frozen-linux-main-window.png"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
stop_xvfb
export QT_QPA_PLATFORM=offscreen

step "uninstall keeps the profile"
"$app" profile info >/dev/null  # creates the default profile in the platform data dir
profile="$HOME/.local/share/OPDStudio/profiles/default"
[ -d "$profile" ] || fail "no default profile at $profile"
"$HOME/.local/opt/opdstudio/uninstall.sh"
[ ! -e "$HOME/.local/opt/opdstudio" ] && [ ! -e "$app" ] || fail "uninstall left the program"
[ ! -e "$HOME/.local/share/applications/opdstudio.desktop" ] || fail "uninstall left the desktop entry"
[ -d "$profile" ] || fail "uninstall removed the profile"
echo "Linux smoke passed"
