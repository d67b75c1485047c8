"""The import dialog: file and passphrase, the preview and its table of differences, the choice
between a new patient and a new plan version, confirmation, and refusals as one message."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from desktop import store
from desktop.demo import fill_demo
from desktop.exchange.exporter import export_patient
from desktop.exchange.fhir import build_bundle, load_document
from desktop.records import Patient
from desktop.store import departments, log
from desktop.views.paper import import_dialog
from desktop.views.paper.import_dialog import ImportDialog

PASS = "kanel-fjord-sykkel-hest-tromme"


@pytest.fixture
def source(db):
    for patient in fill_demo(db, 10):
        if len(store.plan_versions(db, patient.id)) == 2:  # the "revised" stage
            return patient
    raise AssertionError("no revised demo patient")


@pytest.fixture
def package(db, source, tmp_path):
    path = tmp_path / "pakke.zip"
    export_patient(db, source.id, path, PASS)
    return path


@pytest.fixture
def answers(monkeypatch):
    state = {"file": "", "confirm": True, "asked": []}
    monkeypatch.setattr(import_dialog, "choose_import_path", lambda *_a: state["file"])

    def confirm(_parent, _title, text):
        state["asked"].append(text)
        return state["confirm"]

    monkeypatch.setattr(import_dialog, "confirm", confirm)
    return state


def _open(qtbot, db, answers, path, secret=PASS) -> ImportDialog:
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    answers["file"] = str(path)
    dialog.browse()
    qtbot.keyClicks(dialog.secret_edit, secret)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.reading)  # read off the UI thread
    return dialog


def _cells(dialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_a_known_patient_gets_a_new_version_after_confirmation(qtbot, db, source, package,
                                                               answers, tmp_path) -> None:
    plan = store.load_plan(db, source.id).plan
    plan.rows[0].measures = "Endret her etter eksporten"
    store.save_plan(db, source.id, plan)
    before = store.plan_versions(db, source.id)
    dialog = _open(qtbot, db, answers, package)
    assert dialog.message.text() == "" and dialog.preview_box.isVisible()
    assert source.name in dialog.summary.text() and "Samme fødselsnummer" in (
        dialog.match_label.text())
    assert ["Plan", "Rad 1: Tiltak", "Endret her etter eksporten",
            before[-2].plan.rows[0].measures] in _cells(dialog)
    assert dialog.new_version_button.isChecked() and not dialog.new_patient_button.isEnabled()
    dialog.grab().save(str(tmp_path / "import_preview.png"))
    answers["confirm"] = False
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert store.plan_versions(db, source.id) == before  # not confirmed: nothing written
    answers["confirm"] = True
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "ny versjon" in answers["asked"][-1]
    after = store.plan_versions(db, source.id)
    assert after[:len(before)] == before and len(after) == len(before) + 1
    assert dialog.result.versions == [len(after)]
    assert log.entries(db, source.id, log.IMPORT)


def test_a_new_patient_from_a_fhir_file(qtbot, db, source, answers, tmp_path) -> None:
    bundle = build_bundle(load_document(db, source.id))
    patient = next(e["resource"] for e in bundle["entry"]
                   if e["resource"]["resourceType"] == "Patient")
    del patient["identifier"]
    patient["name"] = [{"text": "Ny Person"}]
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    answers["file"] = str(path)
    dialog.browse()  # a .json file is read at once, no passphrase
    qtbot.waitUntil(lambda: not dialog.reading)
    assert "Ingen pasient her" in dialog.match_label.text()
    assert dialog.new_patient_button.isChecked() and not dialog.new_version_button.isVisible()
    dialog.department.setCurrentText("Rusbehandling")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    added = store.get_patient(db, dialog.result.patient_id)
    assert added.name == "Ny Person" and added.department == "Rusbehandling"


def test_a_name_and_birth_match_needs_the_users_check(qtbot, db, source, package, answers,
                                                      tmp_path) -> None:
    other = store.open_db(tmp_path / "other.sqlite")
    try:
        twin = store.add_patient(other, Patient(name=source.name, birth_date=source.birth_date))
        dialog = _open(qtbot, other, answers, package)
        assert "Kontroller at det er samme person" in dialog.match_label.text()
        dialog.new_version_button.setChecked(True)
        assert not dialog.import_button.isEnabled()
        dialog.same_person.setChecked(True)
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.result.patient_id == twin.id
        assert len(store.plan_versions(other, twin.id)) == 1
    finally:
        other.close()


@pytest.mark.parametrize("secret, words", [("feil-passord-her", "Feil passord"),
                                           ("", "Skriv passordet")])
def test_refusals_are_one_message_and_nothing_is_written(qtbot, db, package, answers,
                                                         secret, words, tmp_path) -> None:
    before = "\n".join(db.conn.iterdump())
    dialog = _open(qtbot, db, answers, package, secret)
    assert words in dialog.message.text() and "\n" not in dialog.message.text()
    assert not dialog.preview_box.isVisible() and not dialog.import_button.isEnabled()
    assert "\n".join(db.conn.iterdump()) == before
    dialog.grab().save(str(tmp_path / "import_refused.png"))


def test_a_tampered_package_is_refused(qtbot, db, package, answers) -> None:
    data = bytearray(package.read_bytes())
    data[len(data) // 3] ^= 0x10
    package.write_bytes(bytes(data))
    dialog = _open(qtbot, db, answers, package)
    assert "endret eller skadet" in dialog.message.text()


def test_an_administrator_without_patient_access_is_told_after_the_import(
        qtbot, db, package, answers, tmp_path, monkeypatch, fast_hash) -> None:
    from desktop import paths
    from desktop.store import accounts, policy
    from desktop.store.session import Session

    told: list[str] = []
    monkeypatch.setattr(import_dialog, "tell", lambda _p, _t, text: told.append(text))
    other = store.open_db(paths.database_path(tmp_path / "other"))
    try:
        policy.create_demo_accounts(other)
        other["settings"].delete_where("key = ?", [policy.KEY_DEMO])  # a real ward's database
        admin = accounts.authenticate(other, "demo.admin", "demo-passord-admin")
        staff = accounts.authenticate(other, "demo.voksen", "demo-passord-ansatt")
        dialog = _open(qtbot, Session(other, staff), answers, package)
        from_file = dialog.preview.document.patient.department
        assert from_file  # the exporter writes the department into the file
        assert dialog.department.currentText() == (
            from_file if from_file in staff.departments else staff.departments[0])
        dialog.reject()
        dialog = _open(qtbot, Session(other, admin), answers, package)
        dialog.new_patient_button.setChecked(True)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.result is not None
        (text,) = told
        assert text == (f"Pasienten er importert til avdeling {from_file}. Du har ikke tilgang "
                        "til den avdelingen.")
    finally:
        other.close()


def test_the_department_is_preset_from_the_file_when_it_is_the_users(
        qtbot, db, source, package, answers, tmp_path, fast_hash) -> None:
    """Not the first of the list: the file's department when it is one of the user's, else
    the user's own; an administrator without departments chooses when the file names none."""
    from desktop import paths
    from desktop.store import accounts
    from desktop.store.session import Session

    from_file = source.department
    other = store.open_db(paths.database_path(tmp_path / "other"))
    try:
        admin = accounts.create_first_admin(other, "sjef", "Sjef", "kanel-tromme-vindu-lys")
        names = [d for d in departments.active_names(other) if d != from_file]
        both = accounts.add_user(other, admin, "begge", "Begge", "kanel-tromme-vindu-lys",
                                 departments=[names[0], from_file])
        dialog = _open(qtbot, Session(other, both), answers, package)
        assert dialog.department.currentText() == from_file != names[0]
        dialog.reject()
        elsewhere = accounts.add_user(other, admin, "annen", "Annen", "kanel-tromme-vindu-lys",
                                      departments=[names[-1]])
        dialog = _open(qtbot, Session(other, elsewhere), answers, package)
        assert [dialog.department.itemText(i) for i in range(dialog.department.count())] == [
            names[-1]]  # only the user's own departments, never another ward's
        assert dialog.department.currentText() == names[-1]
        dialog.reject()
        departments.set_active(Session(other, admin), from_file, False)
        dialog = _open(qtbot, Session(other, admin), answers, package)
        assert dialog.department.currentIndex() == -1  # the file's is inactive: no guess
        assert not dialog.import_button.isEnabled()
        dialog.department.setCurrentText(names[0])
        assert dialog.import_button.isEnabled()
    finally:
        other.close()


def test_the_preview_counts_the_people_the_file_brings(qtbot, db, source, package,
                                                       answers) -> None:
    from desktop.store import distribution, meetings, participants

    dialog = _open(qtbot, db, answers, package)
    counts = (len(participants.list_participants(db, source.id)),
              len(meetings.list_meetings(db, source.id)),
              len(distribution.list_copies(db, source.id)))
    assert counts[0] > 0  # the demo patients have people
    assert "Deltakere: {}; møter: {}; kopiliste: {}.".format(*counts) in dialog.summary.text()

