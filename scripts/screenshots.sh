#!/usr/bin/env bash
# Take the documentation screenshots: every scripts/screenshots_*.py under Xvfb, PNGs into docs/screenshots/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
OUT="$ROOT/docs/screenshots"
mkdir -p "$OUT"
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb xauth" >&2; exit 1; }
status=0
for script in "$ROOT"/scripts/screenshots_*.py; do
    [ -e "$script" ] || continue
    echo "== $(basename "$script")"
    if ! xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb LANG=C.UTF-8 \
            "$PY" "$script" --out "$OUT"; then
        echo "!! $(basename "$script") failed" >&2
        status=1
    fi
done
ls -1 "$OUT"
exit $status
