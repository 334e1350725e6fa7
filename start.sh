#!/usr/bin/env bash
# Start Supasoft on the embedded SQLite database (Free Lite configuration on first start).
# Installs what is missing first (Qt system libraries, .venv). Extra arguments go to `supasoft`.
set -euo pipefail
source "$(dirname "$0")/scripts/bootstrap.sh"
ensure_system_packages
ensure_venv
exec "$VENV/bin/supasoft" "$@"
