#!/usr/bin/env bash
# Builds the program bundle and the Windows installer, and checks the bundle works.
#
#   installer/build.sh bundle      PyInstaller one-folder bundle in dist/individuell-plan/
#   installer/build.sh smoke       runs the bundle offscreen on a temporary data folder
#   installer/build.sh installer   makensis -WX: dist/individuell-plan-VERSION-setup.exe
#
# Environment: PYTHON (default .venv/bin/python), MAKENSIS_FAST=1 stores the installer without
# compression (a compile check; what CI does), SMOKE_GUI_SECONDS (default 20).
# On Linux the installer wraps the Linux bundle, so it is only a check that the script compiles;
# the real setup.exe is built on Windows from the same spec and script (installer/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
NAME=individuell-plan
BUNDLE=dist/$NAME

say() { echo "build.sh: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

version() {
  "$PYTHON" -c 'import desktop; print(desktop.__version__)'
}

cmd_bundle() {
  if ! "$PYTHON" -c 'import PyInstaller' 2>/dev/null; then
    fail "PyInstaller is missing: $PYTHON -m pip install -e '.[test]' (or scripts/setup.sh)"
  fi
  local started=$SECONDS
  nice -n 10 "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/$NAME.spec
  say "bundle $BUNDLE: $(du -sh "$BUNDLE" | cut -f1), $(find "$BUNDLE" -type f | wc -l) files," \
      "built in $((SECONDS - started)) s"
}

pdf_text() {  # text of a PDF on standard output
  if command -v pdftotext >/dev/null; then
    pdftotext -enc UTF-8 "$1" -
  else
    "$PYTHON" -c 'import sys, pypdf; print("\n".join(p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages))' "$1"
  fi
}

has_command() {  # does the bundled program know this command?
  "$CLI" "$1" --help >/dev/null 2>&1
}

cmd_smoke() {
  CLI=$BUNDLE/$NAME-cli
  local gui=$BUNDLE/$NAME
  [ -x "$CLI" ] && [ -x "$gui" ] || fail "no bundle in $BUNDLE: run installer/build.sh bundle first"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT  # tmp is global: the trap runs after this function returned
  export QT_QPA_PLATFORM=offscreen
  unset INDIVIDUELL_PLAN_DATA_DIR
  local data=$tmp/data

  # The version comes from desktop.__version__ through the bundle.
  local expected shown
  expected="$NAME $(version)"
  shown=$("$CLI" --version)
  [ "$shown" = "$expected" ] || fail "--version says '$shown', expected '$expected'"
  say "ok: $shown"

  # Resources the spec must carry.
  for file in fonts/DejaVuSans.ttf fonts/DejaVuSans-Bold.ttf fonts/DejaVuSansCondensed.ttf \
              fonts/DejaVuSansCondensed-Bold.ttf fonts/LICENSE-DejaVu.txt logo-default.png; do
    [ -f "$BUNDLE/_internal/resources/$file" ] || fail "resources/$file is not in the bundle"
  done
  local ts
  while IFS= read -r ts; do
    local qm=${ts%.ts}.qm
    [ -f "$BUNDLE/_internal/$qm" ] || fail "$ts is not in the bundle as $qm"
  done < <(find resources -name '*.ts')
  ls "$BUNDLE"/_internal/PySide6/Qt/translations/qtbase_*.qm >/dev/null 2>&1 \
    || fail "Qt's own translations (qtbase_*.qm) are not in the bundle"
  say "ok: resources and Qt translations are in the bundle"

  "$CLI" --data-dir "$data" demo --patients 6
  local listing
  listing=$("$CLI" --data-dir "$data" list)
  [ "$(printf '%s\n' "$listing" | grep -c .)" -ge 6 ] || fail "list shows fewer than 6 patients"
  "$CLI" --data-dir "$data" check
  say "ok: demo, list and check"

  local patient_id patient_name
  patient_id=$(printf '%s\n' "$listing" | head -n1 | cut -f1)
  patient_name=$(printf '%s\n' "$listing" | head -n1 | cut -f2)

  if has_command print; then
    "$CLI" --data-dir "$data" print "$patient_id" --out "$tmp/plan.pdf"
    [ "$(head -c 5 "$tmp/plan.pdf")" = "%PDF-" ] || fail "print did not write a PDF"
    pdf_text "$tmp/plan.pdf" | tr -s '[:space:]' ' ' > "$tmp/plan.txt"  # a name may wrap
    grep -qF "$patient_name" "$tmp/plan.txt" || fail "the printed PDF lacks the name '$patient_name'"
    say "ok: print wrote a PDF ($(stat -c %s "$tmp/plan.pdf") bytes) with '$patient_name'"
  else
    say "skipped: print (not a command of this program yet)"
  fi

  if has_command export && has_command import; then
    printf 'korrekt hest batteri stift\n' > "$tmp/passphrase"
    # Demo patients are in every stage; export refuses those without a plan: take the first
    # one it accepts.
    local id name exported=""
    while IFS=$'\t' read -r id name _; do
      if "$CLI" --data-dir "$data" export "$id" --out "$tmp/package.zip" \
           --passphrase-file "$tmp/passphrase" >/dev/null 2>"$tmp/export.err"; then
        exported=$name
        break
      fi
    done <<< "$listing"
    [ -n "$exported" ] || { cat "$tmp/export.err" >&2; fail "export refused every demo patient"; }
    "$CLI" --data-dir "$tmp/other" import "$tmp/package.zip" --passphrase-file "$tmp/passphrase" \
      >/dev/null
    "$CLI" --data-dir "$tmp/other" list | grep -qF "$exported" \
      || fail "the exported and imported patient '$exported' is missing"
    say "ok: export and import of '$exported' (FHIR, encryption)"
  else
    say "skipped: export/import (not commands of this program yet)"
  fi

  # The window: it must start and keep running (killed by timeout = 124) on the demo data.
  if [ -f desktop/app.py ]; then
    local seconds=${SMOKE_GUI_SECONDS:-20} status=0
    timeout "$seconds" "$gui" --data-dir "$data" >"$tmp/gui.log" 2>&1 || status=$?
    if [ "$status" != 124 ]; then
      cat "$tmp/gui.log" >&2
      fail "the window ended with status $status within $seconds s instead of running"
    fi
    say "ok: the window started offscreen and ran for $seconds s"
  else
    say "skipped: the window (desktop/app.py does not exist yet)"
  fi
  say "smoke check passed"
}

cmd_installer() {
  command -v makensis >/dev/null || fail "makensis is missing (Debian: apt-get install nsis)"
  [ -d "$BUNDLE/_internal" ] || fail "no bundle in $BUNDLE: run installer/build.sh bundle first"
  local ver quad out args=()
  ver=$(version)
  quad=$("$PYTHON" -c 'import re, sys
numbers = [int(n) for n in re.findall(r"\d+", sys.argv[1].split("+")[0])][:4]
print(".".join(str(n) for n in numbers + [0] * (4 - len(numbers))))' "$ver")
  if [ "$(uname -s)" = Linux ]; then
    out=$PWD/build/installer-check/$NAME-$ver-setup.exe  # wraps the Linux bundle: a check only
  else
    out=$PWD/dist/$NAME-$ver-setup.exe
  fi
  mkdir -p "$(dirname "$out")"
  [ "${MAKENSIS_FAST:-0}" = 1 ] && args+=(-DFAST)
  local started=$SECONDS
  nice -n 10 makensis -WX -V2 -DVERSION="$ver" -DVERSION_QUAD="$quad" \
    -DBUNDLE_DIR="$PWD/$BUNDLE" -DOUTFILE="$out" "${args[@]}" installer/$NAME.nsi
  say "installer $out: $(du -h "$out" | cut -f1), version $ver, compiled in $((SECONDS - started)) s"
}

case "${1:-}" in
  bundle) cmd_bundle ;;
  smoke) cmd_smoke ;;
  installer) cmd_installer ;;
  *) echo "usage: installer/build.sh bundle|smoke|installer" >&2; exit 2 ;;
esac
