#!/usr/bin/env bash
# Build Supasoft for users: the one-folder bundle (PyInstaller), then a portable folder and/or a .deb.
#
#   installer/build.sh                       bundle + portable folder  -> dist/supasoft-portable/
#   installer/build.sh --deb                 bundle + Debian package   -> dist/supasoft_<version>_<arch>.deb
#   installer/build.sh --database crm.db --client-ini staff.ini [--deb]
#                                            the same for staff, from an admin's prepared database and client.ini
#   installer/build.sh --reuse ...           skip PyInstaller when dist/bundle/supasoft exists (iterating)
#   installer/build.sh --out DIR ...         put the results in DIR instead of dist/
#
# Needs the project venv (.venv, created by scripts/bootstrap.sh with the dev extra: PyInstaller) and, for
# --deb, dpkg-deb. See docs/deployment.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/dist"
KIND=portable
REUSE=0
EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) KIND=deb ;;
    --portable) KIND=portable ;;
    --reuse) REUSE=1 ;;
    --out) OUT="$(realpath -m "$2")"; shift ;;
    --database) EXTRA+=(--database "$(realpath "$2")"); shift ;;
    --client-ini) EXTRA+=(--client-ini "$(realpath "$2")"); shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

PY="$ROOT/.venv/bin/python"
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  # shellcheck source=../scripts/bootstrap.sh
  source "$ROOT/scripts/bootstrap.sh"
  ensure_system_packages
  ensure_venv "[dev,firebird]"
fi
command -v objdump >/dev/null || { echo "build.sh: PyInstaller needs objdump (apt-get install binutils)" >&2; exit 1; }

BUNDLE="$OUT/bundle/supasoft"
if [ "$REUSE" = 0 ] || [ ! -x "$BUNDLE/supasoft" ]; then
  started=$(date +%s)
  "$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$OUT/bundle" \
    --workpath "$OUT/build" "$ROOT/installer/supasoft.spec"
  echo "build.sh: bundle built in $(( $(date +%s) - started )) s: $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE"
fi

if [ "$KIND" = portable ]; then
  "$PY" "$ROOT/installer/package.py" portable --bundle "$BUNDLE" --out "$OUT/supasoft-portable" "${EXTRA[@]}"
  echo "build.sh: copy $OUT/supasoft-portable to a USB stick and start ./supasoft there"
else
  "$PY" "$ROOT/installer/package.py" deb --bundle "$BUNDLE" --out "$OUT" "${EXTRA[@]}"
fi
