#!/usr/bin/env bash
# Take the documentation screenshots: every scripts/screenshots_*.py on a 1366×768 Xvfb screen with the openbox
# window manager (real title bars and placement), once per language; PNGs into docs/screenshots/
# (<name>.png in English, <name>-pl.png / <name>-ru.png in Polish and Russian).
# Usage: scripts/screenshots.sh [--lang en|pl|ru]...   (default: all three; SUPASOFT_SHOTS_LANGS="en pl" works too)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
OUT="$ROOT/docs/screenshots"
SCREEN="1366x768x24"
LANGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --lang) LANGS+=("$2"); shift 2 ;;
        --lang=*) LANGS+=("${1#--lang=}"); shift ;;
        *) echo "usage: $0 [--lang en|pl|ru]..." >&2; exit 2 ;;
    esac
done
[ "${#LANGS[@]}" -gt 0 ] || read -r -a LANGS <<<"${SUPASOFT_SHOTS_LANGS:-en pl ru}"
mkdir -p "$OUT"
missing=()
for tool in xvfb-run openbox xprop; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "missing ${missing[*]}: apt-get install xvfb xauth openbox x11-utils (scripts/bootstrap.sh installs them)" >&2
    exit 1
fi

# Inside the X server: start openbox, wait until it manages the screen, run one script, stop openbox.
# shellcheck disable=SC2016
IN_X='openbox --sm-disable >/dev/null 2>&1 & wm=$!
for _ in $(seq 100); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break; sleep 0.05; done
"$@"; rc=$?; kill "$wm" 2>/dev/null; wait "$wm" 2>/dev/null; exit $rc'

status=0
for lang in "${LANGS[@]}"; do
    for script in "$ROOT"/scripts/screenshots_*.py; do
        [ -e "$script" ] || continue
        [ "$(basename "$script")" = screenshots_common.py ] && continue  # the scripts' shared helpers
        echo "== $(basename "$script") --lang $lang"
        if ! xvfb-run -a -s "-screen 0 $SCREEN" env QT_QPA_PLATFORM=xcb LANG=C.UTF-8 SUPASOFT_SHOTS_WM=openbox \
                bash -c "$IN_X" in-x "$PY" "$script" --out "$OUT" --lang "$lang"; then
            echo "!! $(basename "$script") --lang $lang failed" >&2
            status=1
        fi
    done
done
ls -1 "$OUT"
exit $status
