#!/usr/bin/env bash
# Runs Individuell plan (set-up included). Extra arguments go to the program, e.g. `./run.sh demo`.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec .venv/bin/individuell-plan "$@"
