#!/usr/bin/env bash
# Prepares a fresh Debian machine (or a developer's) to run and test the program; idempotent.
# As root it installs the system packages Qt and the tests need; it always makes .venv and
# installs the Python dependencies when pyproject.toml changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  python3 python3-venv python3-pip
  # Qt 6 (PySide6 wheels) runtime libraries
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxi6 libasound2 libcups2
  # tests and tools: PDF to text/PNG, 7-Zip for the handover package, a virtual screen, NSIS
  poppler-utils p7zip-full xvfb nsis
  # the bundle and installer builds (installer/): make, and binutils that PyInstaller needs
  make binutils
)

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Python 3.11 or newer is needed (found $("$PYTHON" --version 2>&1))." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
# the compiled translations (.qm) are not committed: build the missing or stale ones
.venv/bin/python scripts/translations.py release
