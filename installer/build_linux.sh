#!/usr/bin/env bash
# Build dist/opdstudio-<version>-linux-x86_64.tar.gz: a PyInstaller one-folder bundle plus a per-user install
# script, desktop entry and icons. The bundle is frozen from a fresh venv holding a non-editable `pip install .`,
# which installer/smoke_package.sh checks first (lint rules and translations must be in the installed package).
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
started=$SECONDS
venv="$BUILD/linux/venv"

step "fresh venv with a non-editable install"
rm -rf "$BUILD/linux"
"$PYTHON" -m venv "$venv"
quiet_pip "$venv/bin/pip" install -q --upgrade pip
quiet_pip "$venv/bin/pip" install -q . $PYINSTALLER_PINS
bash installer/smoke_package.sh "$venv"

step "PyInstaller"
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$BUILD/linux/dist" --workpath "$BUILD/linux/work" \
  installer/opdstudio.spec

step "tarball"
name="opdstudio-$VERSION-linux-x86_64"
stage="$BUILD/linux/stage/$name"
mkdir -p "$stage"
mv "$BUILD/linux/dist/opdstudio" "$stage/opdstudio"
cp installer/linux/install.sh installer/linux/uninstall.sh installer/linux/opdstudio.desktop "$stage/"
cp -r installer/icon/hicolor "$stage/icons"
sed "s/@VERSION@/$VERSION/" installer/linux/README.txt >"$stage/README.txt"
mkdir -p "$DIST"
tar -C "$BUILD/linux/stage" -czf "$LINUX_TARBALL" "$name"
echo "built $LINUX_TARBALL: $(du -sm "$stage" | cut -f1) MB unpacked, $(du -m "$LINUX_TARBALL" | cut -f1) MB packed, $((SECONDS - started)) s"
