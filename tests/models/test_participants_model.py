"""The participants' table model: passes Qt's model tester, marks reserved people."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.models.participants_model import PARTICIPANT_ID_ROLE, RESERVED_ROLE, ParticipantsModel
from desktop.records_people import KIND_GP, KIND_NEXT_OF_KIN, Participant


def _people() -> list[Participant]:
    return [Participant(id=1, patient_id=1, kind=KIND_NEXT_OF_KIN, name="Kari Hansen",
                        role="mor", phone="900 00 001", in_group=True),
            Participant(id=2, patient_id=1, kind=KIND_GP, name="Nils Lege", gets_copy=True)]


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ParticipantsModel()
    qtmodeltester.check(model)
    model.set_participants(_people(), {2})
    qtmodeltester.check(model)


def test_rows_show_kind_name_group_and_reservation() -> None:
    model = ParticipantsModel()
    model.set_participants(_people(), {2})
    assert model.rowCount() == 2
    text = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    assert text[0][:3] == ["Pårørende", "Kari Hansen", "mor"]
    assert text[0][ParticipantsModel.COL_IN_GROUP] == "Ja"
    assert text[1][ParticipantsModel.COL_NAME] == "Nils Lege (reservert)"
    assert text[1][ParticipantsModel.COL_GETS_COPY] == "Ja"
    assert model.index(1, 0).data(RESERVED_ROLE) is True
    assert model.index(0, 0).data(RESERVED_ROLE) is False
    assert model.index(0, 0).data(PARTICIPANT_ID_ROLE) == 1
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.row_of(2) == 1 and model.row_of(99) == -1
