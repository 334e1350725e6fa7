#!/usr/bin/env bash
# Install everything the tests need (system packages, a real Firebird 3 server on 127.0.0.1, the venv)
# and run all checks: ruff, import-linter layer contracts, pytest on SQLite and on Firebird (both drivers).
set -euo pipefail
source "$(dirname "$0")/scripts/bootstrap.sh"
cd "$ROOT"
ensure_system_packages
ensure_venv "[firebird,dev]"

fb_started=0
if [ "${SUPASOFT_SKIP_FIREBIRD:-0}" != 1 ]; then
  as_root bash scripts/firebird-server.sh start
  eval "$(as_root bash scripts/firebird-server.sh env)"
  fb_started=1
fi
cleanup() { [ "$fb_started" = 1 ] && as_root bash scripts/firebird-server.sh stop >/dev/null 2>&1 || true; }
trap cleanup EXIT

echo "== ruff"; "$VENV/bin/ruff" check supasoft tests bench
echo "== import-linter"; "$VENV/bin/lint-imports"
echo "== pytest"
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
