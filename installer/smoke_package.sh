#!/usr/bin/env bash
# A non-editable `pip install .` must carry its package data: lint rules (a NIK is found), English translations,
# migrations. Run from outside the repository so nothing can come from the source tree.
# Usage: installer/smoke_package.sh VENV
set -euo pipefail
source "$(dirname "$0")/common.sh"
venv="$(cd "$1" && pwd)"
step "installed package: $venv"
cd "$(mktemp -d)"
"$venv/bin/python" -c 'import opdstudio, sys; sys.exit("opdstudio imported from the source tree" if "site-packages" not in opdstudio.__file__ else 0)'
[ "$("$venv/bin/opdstudio" --version)" = "OPD Studio $VERSION" ] || fail "opdstudio --version"
out="$(echo "NIK warga 3201231508900001" | "$venv/bin/opdstudio" lint - --lang en --format json || true)"
grep -q '"personal_data.nik"' <<<"$out" || fail "opdstudio lint found no NIK: $out"
QT_QPA_PLATFORM=offscreen "$venv/bin/opdstudio" selfcheck
