"""The program's translations: refresh the .ts files from the source and build the .qm files.

    python scripts/translations.py            update, then release (what `make translations` runs)
    python scripts/translations.py release    build missing or stale .qm files only (start-up)
    python scripts/translations.py check      fail when a .ts lacks a string of the source, or
                                              nn/en has an unfinished translation (CI)

resources/translations/individuell-plan_{nb,nn,en}.ts are made by pyside6-lupdate over every
module in desktop/ (self.tr, QCoreApplication.translate, desktop.i18n.translate and
QT_TRANSLATE_NOOP calls with literal strings). The source strings are Bokmål, so the nb file is
the identity and is marked finished here. qtbase_nb.ts (Qt's own buttons and dialogs in Bokmål,
which Qt does not ship) is written by hand and only compiled. The .qm files are not committed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
APP_NAME = "individuell-plan"
LANGUAGES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}

_UNFINISHED = re.compile(
    r"(<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
    r'<translation type="unfinished">[^<]*</translation>')
_MESSAGE = re.compile(r"<name>([^<]*)</name>|<source>([^<]*)</source>")


def _qt_tool(name: str) -> str:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (scripts/setup.sh)")
    return found


def ts_path(language: str) -> Path:
    return TS_DIR / f"{APP_NAME}_{language}.ts"


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py")
                  if "__pycache__" not in p.parts)


def lupdate(language: str, target: Path) -> None:
    """Refresh ``target`` with the strings of desktop/ (translations already there are kept)."""
    subprocess.run([_qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                    "-tr-function-alias", "QT_TRANSLATE_NOOP+=translatable",
                    "-source-language", "nb_NO", "-target-language", LANGUAGES[language],
                    *source_files(), "-ts", str(target)], cwd=ROOT, check=True)
    if language == "nb":
        text = target.read_text(encoding="utf-8")
        target.write_text(_UNFINISHED.sub(r"\1<translation>\2</translation>", text),
                          encoding="utf-8")


def messages(ts_file: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a .ts file."""
    found, context = set(), ""
    for name, source in _MESSAGE.findall(ts_file.read_text(encoding="utf-8")):
        if name or not source:
            context = name
        else:
            found.add((context, source))
    return found


def unfinished(ts_file: Path) -> list[str]:
    return [m.group(2) for m in _UNFINISHED.finditer(ts_file.read_text(encoding="utf-8"))]


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        lupdate(language, ts_path(language))
        left = unfinished(ts_path(language))
        if left:
            print(f"{ts_path(language).name}: {len(left)} unfinished", file=sys.stderr)


def release(force: bool = False) -> list[Path]:
    """Compile every .ts in resources/translations whose .qm is missing or older."""
    built = []
    for ts_file in sorted(TS_DIR.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if force or not qm_file.is_file() or qm_file.stat().st_mtime < ts_file.stat().st_mtime:
            subprocess.run([_qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                           check=True)
            built.append(qm_file)
    return built


def check() -> list[str]:
    """What is wrong with the committed .ts files (empty when they are current and finished)."""
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for language in LANGUAGES:
            committed = ts_path(language)
            if not committed.is_file():
                problems.append(f"{committed.name} is missing")
                continue
            fresh = Path(folder) / committed.name
            shutil.copyfile(committed, fresh)
            lupdate(language, fresh)
            added = messages(fresh) - messages(committed)
            gone = messages(committed) - messages(fresh)
            for context, source in sorted(added):
                problems.append(f"{committed.name}: not in the file: [{context}] {source}")
            for context, source in sorted(gone):
                problems.append(f"{committed.name}: no longer in the source: [{context}] {source}")
            for source in unfinished(committed):
                problems.append(f"{committed.name}: unfinished: {source}")
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "all"
    if command in ("all", "update"):
        update()
    if command in ("all", "release"):
        release(force=command == "all")
    if command == "check":
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    if command not in ("all", "update", "release", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
