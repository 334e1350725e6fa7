#!/usr/bin/env bash
# Refresh supasoft/i18n/supasoft_{pl,ru}.ts from every UI package, then compile them to .qm.
# Translate new entries in scripts/i18n_fill.py (table T) and run this again; tests/ui/test_translations_complete.py
# fails while any Polish or Russian text is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${VENV:-$ROOT/.venv}/bin"
VENV_PY="$BIN/python"
cd "$ROOT"
SOURCES=()
for pkg in shell cards configurator reports documents importer accessrights widgets; do  # every package that imports Qt (a test checks)
    [ -d "supasoft/$pkg" ] && SOURCES+=("supasoft/$pkg")
done
SOURCES+=("supasoft/app.py")  # the launcher's own messages (first start, New database)
# English needs only plural forms ("1 record", "2 records"); i18n_fill.py derives them from the "(s)" sources.
"$BIN/pyside6-lupdate" -extensions py -locations none -no-obsolete -pluralonly "${SOURCES[@]}" -ts supasoft/i18n/supasoft_en.ts
"$VENV_PY" scripts/i18n_fill.py --english-only
"$BIN/pyside6-lrelease" -silent supasoft/i18n/supasoft_en.ts -qm supasoft/i18n/supasoft_en.qm
for lang in pl ru; do
    # Obsolete texts are kept here: fix_contexts re-homes helper texts (tr() in common.py) and then drops the rest.
    "$BIN/pyside6-lupdate" -extensions py -locations relative "${SOURCES[@]}" -ts "supasoft/i18n/supasoft_$lang.ts"
done
"$VENV_PY" scripts/i18n_fill.py --fix-contexts
# Translations live in i18n_fill.py (context -> source -> Polish, Russian): fill them in after every refresh.
"$VENV_PY" scripts/i18n_fill.py
for lang in pl ru; do
    "$BIN/pyside6-lrelease" -silent "supasoft/i18n/supasoft_$lang.ts" -qm "supasoft/i18n/supasoft_$lang.qm"
done
