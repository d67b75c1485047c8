"""The crisis plan (Kriseplan) on paper: the full form, and a one-page card the patient carries
with the people to call first. The card shrinks its text to fit one page whatever is written
(six contacts with long names included)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepInFrame, Spacer

from desktop.i18n import translate
from desktop.records_measures import CrisisPlan
from desktop.reports import parts
from desktop.reports.common import Paper, Paragraph, Styles
from desktop.reports.parts import date, escape, markup


def _t(text: str) -> str:
    return translate("reports", text)


def _contacts(crisis: CrisisPlan, styles: Styles, paper: Paper) -> Flowable:
    w = paper.width
    rows = [[c.name, c.role, c.phone, c.reachable] for c in crisis.contacts]
    return parts.data_table([_t("Hvem"), _t("Rolle"), _t("Telefon"), _t("Når")], rows,
                            [w * 0.32, w * 0.24, w * 0.2, w * 0.24], styles, paper,
                            blank_rows=0 if rows else 3)


def _helpers(crisis: CrisisPlan, styles: Styles, paper: Paper) -> Flowable:
    w = paper.width
    rows = [[h.who, h.what] for h in crisis.helpers]
    return parts.data_table([_t("Hvem"), _t("Hva de gjør")], rows, [w * 0.3, w * 0.7], styles,
                            paper, blank_rows=0 if rows else 3)


def _dates(crisis: CrisisPlan, styles: Styles, paper: Paper) -> Flowable:
    return parts.field_grid([[(_t("Laget sammen med"), crisis.made_with),
                              (_t("Dato"), date(crisis.date)),
                              (_t("Revideres (dato)"), date(crisis.review_date))]],
                            [paper.width * 0.5, paper.width * 0.25, paper.width * 0.25],
                            styles, paper)


def crisis_flowables(crisis: CrisisPlan | None, styles: Styles, paper: Paper) -> list[Flowable]:
    """The full form (empty fields to write in when there is no crisis plan yet)."""
    crisis = crisis or CrisisPlan()
    return [
        _dates(crisis, styles, paper),
        *parts.free_text(_t("Varselsignaler – slik merker jeg og andre at det går dårlig"),
                         crisis.warning_signs, 4, styles, paper),
        *parts.free_text(_t("Dette gjør jeg selv"), crisis.self_help, 4, styles, paper),
        *parts.heading(_t("Dette gjør andre"), styles),
        _helpers(crisis, styles, paper),
        *parts.heading(_t("Hvem jeg kan ringe"), styles),
        _contacts(crisis, styles, paper),
        *parts.free_text(_t("Avtaler om medisiner"), crisis.medication, 3, styles, paper),
        *parts.free_text(_t("Slik vil jeg bli møtt"), crisis.how_to_meet, 3, styles, paper),
        *parts.free_text(_t("Hvis jeg må legges inn, ønsker jeg"), crisis.admission, 2, styles,
                         paper),
    ]


def _short(title: str, value: str, styles: Styles) -> list[Flowable]:
    if not value.strip():
        return []
    return [Paragraph(escape(title), styles.label), Paragraph(markup(value), styles.body)]


def card_flowables(crisis: CrisisPlan | None, styles: Styles, paper: Paper) -> list[Flowable]:
    """The card: whom to call first, then signs, what I do, what others do, medication, how to
    meet me and where to be admitted, shrunk to one page of ``paper``."""
    crisis = crisis or CrisisPlan()
    helpers = "\n".join(f"{h.who}: {h.what}" if h.who and h.what else h.who or h.what
                        for h in crisis.helpers)
    story: list[Flowable] = [
        Paragraph(escape(_t("Ring ved krise")), styles.heading), _contacts(crisis, styles, paper),
        Spacer(1, paper.body * 0.4),
        *_short(_t("Varselsignaler"), crisis.warning_signs, styles),
        *_short(_t("Dette gjør jeg selv"), crisis.self_help, styles),
        *_short(_t("Dette gjør andre"), helpers, styles),
        *_short(_t("Avtaler om medisiner"), crisis.medication, styles),
        *_short(_t("Slik vil jeg bli møtt"), crisis.how_to_meet, styles),
        *_short(_t("Innleggelse"), crisis.admission, styles),
        Spacer(1, paper.body * 0.4),
        Paragraph(escape(_t("Laget {d} sammen med {who}. Revideres {r}.").format(
            d=date(crisis.date) or "–", who=crisis.made_with or "–",
            r=date(crisis.review_date) or "–")), styles.label),
    ]
    # the page's frame less the section title (about three heading lines)
    height = paper.size[1] - paper.header - paper.footer - styles.heading.leading * 3
    return [KeepInFrame(paper.width, height, story, mode="shrink")]
