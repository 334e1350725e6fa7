#!/usr/bin/env bash
# Refresh supasoft/i18n/supasoft_{pl,ru}.ts from every UI package, then compile them to .qm.
# Translate new entries in the .ts files (Qt Linguist: .venv/bin/pyside6-linguist) and run this again.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${VENV:-$ROOT/.venv}/bin"
cd "$ROOT"
SOURCES=()
for pkg in shell cards configurator reports widgets; do
    [ -d "supasoft/$pkg" ] && SOURCES+=("supasoft/$pkg")
done
for lang in pl ru; do
    "$BIN/pyside6-lupdate" -extensions py -locations none -no-obsolete "${SOURCES[@]}" -ts "supasoft/i18n/supasoft_$lang.ts"
    "$BIN/pyside6-lrelease" -silent "supasoft/i18n/supasoft_$lang.ts" -qm "supasoft/i18n/supasoft_$lang.qm"
done
