"""Every user-visible text of the main screens comes from the translation.

The window (a demo database, a patient open, every workspace tab) and the dialogs that open
without asking anything are built once in Bokmål and once in the language under test, and
their texts are compared widget by widget: a text that is the same in both languages is
untranslated unless it is only patient data (words from the database, dates, numbers) or is
listed below as the same word in both languages.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLibraryInfo,
    QModelIndex,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop import language, store
from desktop.app import main_window_for, make_application
from desktop.demo import fill_demo
from desktop.store import consent_text
from desktop.views.paper.export_dialog import ExportDialog
from desktop.views.paper.history_dialog import HistoryDialog
from desktop.views.paper.import_dialog import ImportDialog
from desktop.views.paper.print_dialog import PrintDialog
from desktop.views.paper.sign_dialog import SignDialog
from desktop.views.shell.guide_dialog import GuideDialog
from desktop.views.shell.patient_dialog import PatientDialog
from desktop.views.trust.settings_dialog import SettingsDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import translations  # noqa: E402

# Texts shown untranslated on purpose: each language's name is written in that language, and
# paper sizes are names. (Words a catalogue translates to the same word, like nn "Avdeling",
# need no list: the test sees them come out of the translator.)
SAME_IN_EVERY_LANGUAGE = {"Norsk (bokmål)", "Norsk (nynorsk)", "English", "A4", "A5",
                          "Individuell plan"}  # the program's name
# the consent text is shown as the form prints it (Bokmål) in every language, with a note
SAME_IN_EVERY_LANGUAGE |= {consent_text.default_statement(), consent_text.share_with_team(),
                           consent_text.share_confidential(), "\n\n".join([
                               consent_text.default_statement(),
                               "☐ " + consent_text.share_with_team(),
                               "☐ " + consent_text.share_confidential()])}

_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W\d_]+")
_SAME_WORDS = {word for text in SAME_IN_EVERY_LANGUAGE for word in _WORD.findall(text)}


def _tree_path(obj: QObject, root: QObject) -> str:
    parts = []
    while obj is not None and obj is not root:
        parent = obj.parent()
        siblings = parent.children() if parent is not None else [obj]
        parts.append(f"{type(obj).__name__}{siblings.index(obj)}")
        obj = parent
    return "/".join(reversed(parts))


def _model_texts(view: QAbstractItemView) -> dict[str, str]:
    model = view.model()
    found = {}
    if model is None:
        return found
    # a list model (a completer's) hides columnCount and wants rowCount's parent
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    root = QModelIndex()
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                found[f"header{column}/{int(role)}"] = value
        for row in range(min(model.rowCount(root), 25)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    found[f"cell{row},{column}/{int(role)}"] = value
    return found


def _actions(widget: QWidget, prefix: str, found: dict[str, str]) -> None:
    for number, action in enumerate(widget.actions()):
        if action.text():
            found[f"{prefix}/action{number}"] = action.text()
        if action.menu() is not None:
            _actions(action.menu(), f"{prefix}/action{number}", found)


def user_visible_texts(root: QWidget, name: str) -> dict[str, str]:
    """Every text a user (or a screen reader) meets in ``root`` and its children, by path."""
    found: dict[str, str] = {}
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QMenu) and widget.parent() is not root:
            continue  # menus are read through the actions that own them
        here = f"{name}/{_tree_path(widget, root)}"
        texts = {"tooltip": widget.toolTip(), "accessible": widget.accessibleName(),
                 "description": widget.accessibleDescription(), "status": widget.statusTip()}
        if widget.isWindow():
            texts["title"] = widget.windowTitle()
        if isinstance(widget, QLabel):
            texts["text"] = _TAG.sub(" ", widget.text())
        if isinstance(widget, QAbstractButton):
            texts["text"] = widget.text()
        if isinstance(widget, QGroupBox):
            texts["title"] = widget.title()
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts["placeholder"] = widget.placeholderText()
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                texts[f"tab{index}"] = widget.tabText(index)
                texts[f"tabtip{index}"] = widget.tabToolTip(index)
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for index in range(widget.count()):
                texts[f"item{index}"] = widget.itemText(index)
        if isinstance(widget, QAbstractItemView):
            texts.update(_model_texts(widget))
        if not widget.objectName().startswith("qt_"):  # not Qt's overflow (») buttons
            _actions(widget, f"{here}/actions", found)
        for key, text in texts.items():
            if text and text.strip():
                found[f"{here}/{key}"] = text.strip()
    return found


def _strings_in(value, out: set[str]) -> None:
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            out.update(word.casefold() for word in _WORD.findall(value))
            return
        if not isinstance(parsed, str):
            _strings_in(parsed, out)
            return
        out.update(word.casefold() for word in _WORD.findall(parsed))
    elif isinstance(value, dict):
        for item in value.values():
            _strings_in(item, out)
    elif isinstance(value, list):
        for item in value:
            _strings_in(item, out)


def data_words(db) -> set[str]:
    """Every word stored in the database: a text made only of these is patient data."""
    words: set[str] = set()
    for table in db.table_names():
        for row in db[table].rows:
            for value in row.values():
                _strings_in(value, words)
    return words


class RecordingTranslator(QTranslator):
    """The program's catalogue and Qt's for one language, remembering every word they gave."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.catalogue, self.qt = QTranslator(), QTranslator()
        assert self.catalogue.load(str(translations.TS_DIR / f"individuell-plan_{code}.qm"))
        self.qt.load(language.locale_for(code), "qtbase", "_",
                     QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        self.words: set[str] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        text = (self.catalogue.translate(context, source, disambiguation, n)
                or self.qt.translate(context, source, disambiguation, n))
        if not text:
            return None  # a null string: Qt asks the next translator
        self.words.update(word.casefold() for word in _WORD.findall(text))
        return text

    def isEmpty(self) -> bool:
        return False


def screens(db, patient_id: int, qtbot) -> dict[str, str]:
    """The texts of the window with the patient open (every tab shown once) and of the
    dialogs that open on it without user input."""
    window = main_window_for(db)
    qtbot.addWidget(window)
    window.show()
    assert window.open_patient(patient_id)
    found = {}
    for index in range(window.workspace.tabs.count()):
        window.workspace.tabs.setCurrentIndex(index)
        qtbot.wait(5)
    found.update(user_visible_texts(window, "window"))
    dialogs = {
        "patient": lambda: PatientDialog(db, store.get_patient(db, patient_id), parent=window),
        "new-patient": lambda: PatientDialog(db, parent=window),
        "print": lambda: PrintDialog(db, patient_id, window),
        "sign": lambda: SignDialog(db, patient_id, window),
        "history": lambda: HistoryDialog(db, patient_id, window),
        "export": lambda: ExportDialog(db, patient_id, window),
        "import": lambda: ImportDialog(db, window),
        "settings": lambda: SettingsDialog(db, window),
        "guide": lambda: GuideDialog(window),
    }
    for name, make in dialogs.items():
        dialog = make()
        if name == "guide":  # the guide's own text is Bokmål only; its frame is translated
            found[f"{name}/title"] = dialog.windowTitle()
            found.update(user_visible_texts(dialog.findChild(QDialogButtonBox), name))
        else:
            found.update(user_visible_texts(dialog, name))
        dialog.deleteLater()
    window.close()
    return found


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    translations.release()


@pytest.fixture
def demo(db):
    fill_demo(db, 12)
    patient = next(p for p in store.search_patients(db, limit=50)
                   if store.load_plan(db, p.id) is not None
                   and store.load_plan(db, p.id).plan.rows)
    return db, patient.id


def test_the_catalogues_hold_every_string_of_the_source_and_are_finished():
    assert translations.check() == []


def untranslated(nb: dict[str, str], other: dict[str, str], known_words: set[str]) -> list[str]:
    """Texts the same as in Bokmål with a word that is neither data nor from a translation."""
    problems = []
    for path, text in other.items():
        if nb.get(path) != text or text in SAME_IN_EVERY_LANGUAGE:
            continue
        if all(word.casefold() in known_words or word in _SAME_WORDS
               for word in _WORD.findall(text.replace("&", ""))):  # "Re&gistrert" is one word
            continue  # patient data, or words the catalogue gave (the same in both languages)
        problems.append(f"{path}: {text!r}")
    return problems


@pytest.mark.parametrize("code", ["nn", "en"])
def test_main_screens_show_no_untranslated_text(code, demo, qtbot):
    db, patient_id = demo
    make_application()
    recorder = RecordingTranslator(code)
    try:
        language.install("nb")
        nb = screens(db, patient_id, qtbot)
        language.install(code)
        QCoreApplication.installTranslator(recorder)
        other = screens(db, patient_id, qtbot)
    finally:
        QCoreApplication.removeTranslator(recorder)
        language.install("nb")
    assert nb.keys() == other.keys(), "the screens differ in structure between languages"
    assert len(nb) > 300  # the walk saw the screens (not a window that failed to fill)
    changed = sum(nb[path] != other[path] for path in nb)
    # a quarter once; the demo's people, meetings and letters are data, not translated
    assert changed > len(nb) // 5, "the language did not change"
    problems = untranslated(nb, other, data_words(db) | recorder.words)
    assert problems == [], "\n".join(problems)


def test_the_untranslated_check_catches_a_bokmal_text():
    """The comparison itself: a text the same in both runs fails unless it is data or every
    word came from the translator."""
    nb = {"a": "Lagre planen", "b": "Kari Nordmann", "c": "12.03.1980", "d": "Avdeling 3"}
    same = dict(nb)
    assert untranslated(nb, same, {"kari", "nordmann", "avdeling"}) == ["a: 'Lagre planen'"]
    assert untranslated(nb, {**same, "a": "Save the plan"}, {"kari", "nordmann"}) == [
        "d: 'Avdeling 3'"]


def test_bokmal_has_qts_own_buttons_and_menus(qtbot):
    make_application()
    language.install("nb")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Yes
                           | QDialogButtonBox.StandardButton.No
                           | QDialogButtonBox.StandardButton.Apply
                           | QDialogButtonBox.StandardButton.Reset)
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Lagre", "Avbryt", "Ja", "Nei", "Bruk", "Tilbakestill"}
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    entries = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    menu.deleteLater()
    assert entries == ["Angre", "Gjør om", "Klipp ut", "Kopier", "Lim inn", "Slett", "Merk alt"]


def test_language_follows_choice_then_system_then_bokmal(monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    make_application()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    monkeypatch.delenv(language.ENV_LANGUAGE, raising=False)
    monkeypatch.setattr(language, "system_language", lambda: "en")
    language.set_chosen_language(None)
    assert language.current_language() == "en"
    language.set_chosen_language("nn")
    assert language.current_language() == "nn"
    monkeypatch.setenv(language.ENV_LANGUAGE, "nb")
    assert language.current_language() == "nb"
    language.set_chosen_language(None)
    assert language.from_ui_languages(["nb-NO", "en-US"]) == "nb"
    assert language.from_ui_languages(["no"]) == "nb"
    assert language.from_ui_languages(["nn_NO"]) == "nn"
    assert language.from_ui_languages(["de-DE", "en-GB"]) == "en"
    assert language.from_ui_languages(["C"]) is None
