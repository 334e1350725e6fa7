#!/usr/bin/env bash
# Shared by start.sh and test.sh: system packages (Debian/Ubuntu) and the project venv in .venv.
# Sourced, not run. Needs root or sudo only when a system package is missing.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# Qt offscreen/xcb runtime, Xvfb + openbox (+ xprop) for screenshots, venv support (qt-and-perf.md §1, §8).
SYSTEM_PACKAGES=(python3 python3-venv python3-dev gcc libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0
  libfreetype6 libfontconfig1 libdbus-1-3 fonts-dejavu-core xvfb xauth openbox x11-utils libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  binutils  # objdump and strip for PyInstaller (installer/build.sh)
  libreoffice-writer-nogui libreoffice-calc-nogui)  # documents to PDF, CSV to .xlsx in the import tests (headless soffice)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_system_packages() {
  command -v dpkg-query >/dev/null || { echo "bootstrap: not a Debian/Ubuntu system; install Qt's libraries yourself" >&2; return 0; }
  local missing=()
  for p in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "bootstrap: installing ${missing[*]}" >&2
    as_root apt-get update -q </dev/null
    as_root apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
  fi
}

pick_python() {  # PySide6 6.12 needs Python >= 3.12 (it aborts on 3.11); 3.11 gets PySide6 < 6.12 via pyproject markers
  local candidate
  for candidate in python3.12 python3.13; do  # pyenv shims exist but fail when that version is not selected
    if command -v "$candidate" >/dev/null && "$candidate" -c "import venv" >/dev/null 2>&1; then
      "$candidate" -c "import sys; print(sys.executable)"; return
    fi
  done
  if command -v pyenv >/dev/null; then
    for v in 3.12 3.13; do
      local prefix
      prefix="$(pyenv prefix "$(pyenv versions --bare | grep -E "^$v(\.|$)" | tail -1)" 2>/dev/null || true)"
      [ -n "$prefix" ] && [ -x "$prefix/bin/python" ] && { echo "$prefix/bin/python"; return; }
    done
  fi
  command -v python3
}

ensure_venv() {
  local extras="${1:-}"
  local stamp="$VENV/.installed$extras"
  if [ ! -x "$VENV/bin/python" ]; then
    "$(pick_python)" -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e "$ROOT$extras"
    touch "$stamp"
  fi
}
