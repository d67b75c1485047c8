"""The printed document as PDF (ReportLab, Qt-free): the plan, existing decisions, consent,
checklist of one patient, the people around them and the measures, in one file.

``render_pdf`` is pure (records in, bytes out); ``render_patient_pdf`` reads them from the store.
Output is deterministic (ReportLab's invariant mode, fixed metadata), and a signed plan version
reprints byte for byte: its print date, patient block and logo come from its print snapshot.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import io
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import sqlite_utils
from reportlab.platypus import BaseDocTemplate, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from desktop import __version__, resources
from desktop.i18n import source_language, translate
from desktop.records import (
    Checklist,
    Consent,
    DecisionRow,
    Patient,
    Plan,
    PlanRow,
    PlanVersion,
    ValidationError,
    format_partial_date,
)
from desktop.records_measures import Mapping
from desktop.records_people import Participant
from desktop.reports import checklist as checklist_form
from desktop.reports import consent as consent_form
from desktop.reports import contacts as contacts_form
from desktop.reports import crisis as crisis_form
from desktop.reports import evaluation as evaluation_form
from desktop.reports import mapping as mapping_form
from desktop.reports import plan as plan_form
from desktop.reports.common import (
    PAPERS,
    SANS,
    BodyFrame,
    PageContext,
    Paper,
    Section,
    SectionMark,
    Styles,
    canvas_class,
    make_styles,
    register_fonts,
)
from desktop.reports.pdfa import to_pdfa

if TYPE_CHECKING:
    from desktop.store.session import Session

FORMS = ("plan", "decisions", "consent", "checklist")  # the four IP forms (the default)
PEOPLE_FORMS = ("participants", "contacts")  # the people around the patient
MEASURE_FORMS = ("evaluation", "mapping", "crisis", "crisis-card")  # issue 13's forms
ALL_FORMS = FORMS + PEOPLE_FORMS + MEASURE_FORMS
PAPER_SIZES = tuple(PAPERS)

__all__ = ["FORMS", "PEOPLE_FORMS", "MEASURE_FORMS", "ALL_FORMS", "PAPER_SIZES", "render_pdf",
           "render_patient_pdf", "render_crisis_card",
           "parse_forms", "form_label", "log_print", "warm_up"]

# ReportLab's font registry and caches are the process's: one document is built at a time (a
# print waits for the background warm-up instead of building beside it)
_BUILDING = threading.RLock()


def _t(text: str) -> str:
    return translate("reports", text)


def form_label(form: str) -> str:
    return {"plan": _t("Individuell plan"), "decisions": _t("Eksisterende vedtak"),
            "consent": _t("Samtykke"), "checklist": _t("Sjekkliste"),
            "participants": _t("Deltakere"), "contacts": _t("Kontaktliste"),
            "evaluation": _t("Evaluering av tiltak"), "mapping": _t("Kartlegging"),
            "crisis": _t("Kriseplan"), "crisis-card": _t("Kriseplan, kort")}[form]


def parse_forms(forms: Iterable[str] | str) -> tuple[str, ...]:
    """The chosen forms in the document's order; refuses unknown names and an empty choice."""
    names = forms.split(",") if isinstance(forms, str) else list(forms)
    chosen = {name.strip().lower() for name in names if name.strip()}
    unknown = sorted(chosen - set(ALL_FORMS))
    if unknown:
        raise ValidationError(_t("Ukjent skjema: {names}. Velg blant {all}.").format(
            names=", ".join(unknown), all=",".join(ALL_FORMS)))
    if not chosen:
        raise ValidationError(_t("Velg minst ett skjema å skrive ut."))
    return tuple(form for form in ALL_FORMS if form in chosen)


def _check_paper(paper: str) -> str:
    key = paper.strip().upper()
    if key not in PAPERS:
        raise ValidationError(_t("Papirstørrelsen må være A4 eller A5."))
    return key


def version_label(version: PlanVersion) -> str:
    if version.signature is not None and not version.signature.signed_date:
        return _t("Versjon {n}, signert").format(n=version.number)  # signed in another system
    if version.signature is not None:
        return _t("Versjon {n}, signert {date}").format(
            n=version.number, date=format_partial_date(version.signature.signed_date))
    return _t("Versjon {n}, ikke signert").format(n=version.number)


def render_pdf(patient: Patient, version: PlanVersion, consent: Consent, checklist: Checklist,
               *, printed_on: dt.date, logo: bytes | None = None,
               forms: Sequence[str] = FORMS, paper: str = "A4", consent_text: str = "",
               today: dt.date | None = None, draft_mark: bool = False,
               participants: Sequence[Participant] = (),
               copies_to: Sequence[str] = (),
               people: Sequence[Participant] | None = None,
               mappings: Sequence[Mapping] = ()) -> bytes:
    """The chosen forms of one patient as one PDF. ``printed_on`` is printed on every page;
    ``today`` judges whether the consent has expired (default: the real date);
    ``participants`` are the plan's section of the people around the patient (a signed
    version's as frozen at its first print), ``people`` today's list for the participants and
    contacts forms (default: ``participants``), ``mappings`` the patient's life-area mappings
    (the newest is printed), ``copies_to`` the kopiliste's names for this
    version ("Kopi til: …" under the plan);
    ``draft_mark`` prints "UTKAST – ikke signert" across every page (an exported draft)."""
    forms = parse_forms(forms)
    size = PAPERS[_check_paper(paper)]
    register_fonts()
    args = (patient, version, consent, checklist, printed_on, logo, forms, consent_text,
            today or dt.date.today(), draft_mark, tuple(participants), tuple(copies_to),
            tuple(participants if people is None else people), tuple(mappings))
    with _BUILDING, source_language(), _no_cycle_collection():  # forms are always Bokmål
        try:
            return _build(size, *args)
        except LayoutError:
            # a single table row taller than a page (a very long comment): build again with
            # rows allowed to split inside, so the text flows on instead of failing or being cut
            return _build(dataclasses.replace(size, split_rows=True), *args)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector held back while one document is built: ReportLab makes some
    hundred thousand small objects per print, and the collector's passes over every object of
    the program (triggered by that many) took about a tenth of a warm print. Reference counting
    still frees nearly all of them at once; the few cycles go at the next pass after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(size: Paper, patient: Patient, version: PlanVersion, consent: Consent,
           checklist: Checklist, printed_on: dt.date, logo: bytes | None,
           forms: Sequence[str], consent_text: str, today: dt.date,
           draft_mark: bool, participants: Sequence[Participant], copies_to: Sequence[str],
           people: Sequence[Participant], mappings: Sequence[Mapping]) -> bytes:
    styles = make_styles(size)
    status, status_lines = plan_form.consent_status(consent, checklist, today)
    sections: list[Section] = []
    if "plan" in forms or "decisions" in forms:
        story = []
        if "plan" in forms:
            story += plan_form.plan_flowables(patient, version, consent, status, status_lines,
                                              styles, size, participants)
        if "decisions" in forms:
            story += plan_form.decisions_flowables(patient, version, consent, styles, size,
                                                   new_page="plan" in forms)
        story += contacts_form.copies_flowables(copies_to, styles)
        sections.append(Section(_t("Individuell plan"), version_label(version),
                                plan_form.consent_warning(status), story))
    if "consent" in forms:
        sections.append(Section(_t("Samtykke til individuell plan"), "", "",
                                consent_form.consent_flowables(patient, consent, status,
                                                               consent_text, styles, size)))
    if "checklist" in forms:
        sections.append(Section(_t("Sjekkliste for god praksis"), "", "",
                                checklist_form.checklist_flowables(checklist, consent, styles,
                                                                   size)))
    if "participants" in forms:
        sections.append(Section(_t("Deltakere i planarbeidet"), "", "",
                                contacts_form.participants_flowables(people, styles, size)
                                or contacts_form.contacts_flowables([], styles, size)))
    if "contacts" in forms:
        sections.append(Section(_t("Kontaktliste"), "", "",
                                contacts_form.contacts_flowables(people, styles, size)))
    sections += _measure_sections(version, forms, mappings, styles, size)
    born = format_partial_date(patient.birth_date)
    context = PageContext(
        paper=size,
        patient_line=(_t("{name}, født {born}").format(name=patient.name, born=born) if born
                      else patient.name),
        printed_line=_t("Utskrevet {date} · Individuell plan {version}").format(
            date=printed_on.strftime("%d.%m.%Y"), version=__version__),
        version_line=_t("Plan: {version}").format(version=version_label(version).lower()),
        logo=logo or resources.read_bytes(resources.DEFAULT_LOGO),
        draft_mark=_t("UTKAST – ikke signert") if draft_mark else "",
    )
    story = []
    for i, section in enumerate(sections):
        if i:
            story.append(PageBreak())
        story.append(SectionMark(section))
        story += section.flowables
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=size.size, invariant=1, pageCompression=1,
        leftMargin=size.margin, rightMargin=size.margin, topMargin=size.header,
        bottomMargin=size.footer,
        title=" – ".join([_t("Individuell plan"), patient.name]),
        author="", subject=", ".join(form_label(f) for f in forms),
        creator=f"Individuell plan {__version__}", lang="nb-NO", initialFontName=SANS)
    frame = BodyFrame(size.margin, size.footer, size.width,
                      size.size[1] - size.header - size.footer,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame])])
    doc.build(story, canvasmaker=canvas_class(context))
    return to_pdfa(out.getvalue())


def _measure_sections(version: PlanVersion, forms: Sequence[str], mappings: Sequence[Mapping],
                      styles: Styles, size: Paper) -> list[Section]:
    sections = []
    if "evaluation" in forms:
        sections.append(Section(_t("Evaluering av tiltak"), version_label(version), "",
                                evaluation_form.evaluation_flowables(version, styles, size)))
    if "mapping" in forms:
        sections.append(Section(_t("Kartlegging av livsområder"), "", "",
                                mapping_form.mapping_flowables(mappings, styles, size)))
    if "crisis" in forms:
        sections.append(Section(_t("Kriseplan"), "", "",
                                crisis_form.crisis_flowables(version.plan.crisis, styles, size)))
    if "crisis-card" in forms:
        sections.append(Section(_t("Kriseplan"), "", "",
                                crisis_form.card_flowables(version.plan.crisis, styles, size)))
    return sections


def render_crisis_card(patient: Patient, version: PlanVersion, *, printed_on: dt.date,
                       logo: bytes | None = None) -> bytes:
    """The crisis plan card alone on one A5 page."""
    return render_pdf(patient, version, Consent(), Checklist(), printed_on=printed_on, logo=logo,
                      forms=("crisis-card",), paper="A5")


def warm_up() -> None:
    """Build one small document of every form and throw it away, so that the first print of a
    session finds the fonts registered, the hyphenation patterns loaded and ReportLab's and
    pikepdf's modules imported (the window calls this on a background thread). It also does
    what a print of a patient does before it builds: imports the store's modules that
    ``render_patient_pdf`` reads through and works out how its records are read."""
    from desktop import records
    from desktop.store import (  # noqa: F401  (what render_patient_pdf imports)
        consents,
        distribution,
        mapping,
        participants,
        prints,
        settings,
    )

    records.prepare_reading(PlanVersion, Plan, Consent, Checklist, Participant, Mapping)
    plan = Plan(overall_goal="Oppfølging i kommunehelsetjenesten",
                rows=[PlanRow(goal="Arbeidsrettet aktivitet", measures="Samarbeidsmøte",
                              responsible="Koordinerende enhet")],
                decisions=[DecisionRow(decision="Helsetjenester i hjemmet")])
    render_pdf(Patient(name="Oppvarming"), PlanVersion(plan=plan), Consent(), Checklist(),
               printed_on=dt.date(2026, 1, 1), today=dt.date(2026, 1, 1))


def render_patient_pdf(db: sqlite_utils.Database, patient_id: int,
                       forms: Sequence[str] = FORMS, paper: str = "A4",
                       version_number: int | None = None,
                       today: dt.date | None = None, draft_mark: bool = False,
                       consent_version: int | None = None) -> bytes:
    """One patient's chosen forms from the store; ``version_number`` None prints the current
    plan version (an empty form when there is none), ``consent_version`` None the newest
    consent. Does not log: see ``log_print``.
    ``draft_mark`` marks an unsigned version "UTKAST – ikke signert" on every page."""
    from desktop import store
    from desktop.store import consents, distribution, mapping, participants, prints, settings

    patient = store.get_patient(db, patient_id)
    if patient is None:
        raise ValidationError(_t("Fant ikke pasienten."))
    version: PlanVersion | None
    if version_number is None:
        version = store.load_plan(db, patient_id)
    else:
        version = store.get_version(db, patient_id, version_number)
        if version is None:
            raise ValidationError(_t("Planen har ingen versjon {n}.").format(n=version_number))
    today = today or dt.date.today()
    logo = settings.get_logo(db) or resources.read_bytes(resources.DEFAULT_LOGO)
    printed_on = today
    people = participants.list_participants(db, patient_id)
    mappings = mapping.list_mappings(db, patient_id) if "mapping" in parse_forms(forms) else []
    if version.frozen:
        with db.atomic():  # the participants are frozen with the version's first print
            first = prints.get_snapshot(db, patient_id, version.number) is None
            snapshot = prints.snapshot_for_print(db, patient_id, version.number, patient, logo,
                                                 today)
            if first:
                participants.freeze_participants(db, patient_id, version.number)
        printed_on = dt.date.fromisoformat(snapshot.printed_on)
        patient, logo = snapshot.patient, snapshot.logo or logo
        plan_people = participants.participants_for_print(db, patient_id, version.number)
    else:
        plan_people = people
    consent = store.load_consent(db, patient_id)
    if consent_version is not None:  # an older consent version, printed on its own
        from desktop.store.consents import get_consent_version

        chosen = get_consent_version(db, patient_id, consent_version)
        if chosen is None:
            raise ValidationError(translate("reports", "Samtykket har ingen versjon {n}.").format(
                n=consent_version))
        consent = chosen.consent
    elif version.signature is not None:  # the consent of the signed version's own period
        at_signing = consents.version_at(db, patient_id, version.signature.recorded_at)
        consent = at_signing.consent if at_signing is not None else consent
    return render_pdf(patient, version, consent,
                      store.load_checklist(db, patient_id), printed_on=printed_on, logo=logo,
                      forms=forms, paper=paper, consent_text=settings.get_consent_text(db),
                      today=today, draft_mark=draft_mark and not version.frozen,
                      participants=plan_people, people=people,
                      mappings=mappings,
                      copies_to=distribution.copy_recipients(db, patient_id, version.number))


def log_print(session: Session | sqlite_utils.Database, patient_id: int,
              forms: Sequence[str], paper: str, version_number: int, target: str) -> None:
    """Record a print or saved PDF in the access log (``target``: "printer", "pdf" or "cli")
    in the session user's name."""
    from desktop.store import log
    from desktop.store.session import as_session

    as_session(session).log(log.PRINT, patient_id, {"forms": list(forms), "paper": paper,
                                                    "version": version_number,
                                                    "target": target})
