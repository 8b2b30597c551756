#!/bin/sh
# Remove the per-user installation of OPD Studio. Profiles in ~/.local/share/OPDStudio stay (delete that folder
# yourself if the data should go too).
set -eu
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app="$HOME/.local/opt/opdstudio"
rm -f "$data/applications/opdstudio.desktop"
for icon in "$data"/icons/hicolor/*/apps/opdstudio.png; do
  [ -e "$icon" ] && rm -f "$icon"
done
[ "$(readlink "$HOME/.local/bin/opdstudio" 2>/dev/null)" = "$app/opdstudio" ] && rm -f "$HOME/.local/bin/opdstudio"
rm -rf "$app"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "OPD Studio dihapus. Profil Anda tetap di $data/OPDStudio."
