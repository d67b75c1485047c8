#!/usr/bin/env bash
# CI, after the tests: builds the bundle, runs the smoke check through it and compiles the
# Windows installer script against it (makensis -WX, uncompressed: a compile check), so neither
# can silently rot. Works as root on a fresh Debian machine; scripts/setup.sh installs what lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
scripts/setup.sh
installer/build.sh bundle
installer/build.sh smoke
MAKENSIS_FAST=1 installer/build.sh installer
echo "ci-smoke.sh: bundle, smoke check and installer script passed in $((SECONDS - started)) s" >&2
