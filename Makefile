# Builds of the program for distribution (the work is in installer/build.sh; see installer/README.md).
.PHONY: bundle smoke installer ci-smoke translations

bundle:  ## PyInstaller one-folder bundle in dist/individuell-plan/
	installer/build.sh bundle

smoke: bundle  ## run the bundle offscreen on a temporary data folder (demo, print, ...)
	installer/build.sh smoke

installer: bundle  ## Windows installer (makensis -WX) around the bundle
	installer/build.sh installer

ci-smoke:  ## what CI runs after the tests
	installer/ci-smoke.sh

translations:  ## refresh resources/translations/*.ts from desktop/ (lupdate) and build the .qm (lrelease)
	.venv/bin/python scripts/translations.py
