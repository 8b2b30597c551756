#!/bin/sh
# Install OPD Studio for the current user (no root needed): the program into ~/.local/opt/opdstudio, the
# command into ~/.local/bin, the menu entry and icons into ~/.local/share. Run it again to upgrade.
# Profiles (drafts, photos) live in ~/.local/share/OPDStudio and are never touched here.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app="$HOME/.local/opt/opdstudio"
bin="$HOME/.local/bin"

if [ ! -x "$here/opdstudio/opdstudio" ]; then
  echo "Berkas program tidak ditemukan di $here/opdstudio; ekstrak arsipnya lagi. / Program files missing." >&2
  exit 1
fi
mkdir -p "$app" "$bin" "$data/applications"
rm -rf "$app.new"
cp -R "$here/opdstudio" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sf "$app/opdstudio" "$bin/opdstudio"
for icon in "$here"/icons/*/apps/opdstudio.png; do
  size="$(basename "$(dirname "$(dirname "$icon")")")"
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$icon" "$data/icons/hicolor/$size/apps/opdstudio.png"
done
sed "s|@EXEC@|\"$app/opdstudio\"|" "$here/opdstudio.desktop" >"$data/applications/opdstudio.desktop"
cp "$here/uninstall.sh" "$app/uninstall.sh"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "OPD Studio terpasang di $app (menu: OPD Studio; perintah: $bin/opdstudio)."
echo "Hapus dengan: $app/uninstall.sh"
