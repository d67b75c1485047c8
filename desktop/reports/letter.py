"""Letters merged from templates: merge fields filled from the store, an unknown or empty field
printed as a visible "[mangler: …]", and the letter laid out as a one-column PDF."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import sqlite_utils
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from desktop import __version__
from desktop.i18n import source_language, translate
from desktop.reports.common import PAPERS, SANS, make_styles, register_fonts
from desktop.reports.parts import escape
from desktop.store.session import Session, as_session

# {name} or {group.name}; letters, digits, Norwegian letters and underscores. A brace that
# does not open such a field ("{ }", "{{") is ordinary text and stays as written.
FIELD = re.compile(r"\{([^\W\d][\w]*(?:\.[^\W\d][\w]*)?)\}")


def missing_marker(name: str) -> str:
    return "[" + translate("reports", "mangler") + f": {name}]"


def merge(body: str, fields: dict[str, str]) -> str:
    """The template's text with every field filled; never raises, never drops text."""
    def fill(match: re.Match) -> str:
        value = fields.get(match.group(1), "")
        return value if value.strip() else missing_marker(match.group(1))
    return FIELD.sub(fill, body)


def template_fields(body: str) -> list[str]:
    """The merge fields a template uses, each once in order (for the template editor)."""
    return list(dict.fromkeys(FIELD.findall(body)))


def render_letter(text: str, *, title: str, paper: str = "A4",
                  logo: bytes | None = None) -> bytes:
    """A merged letter as PDF: its first line as the heading, blank lines between paragraphs,
    single line breaks kept. Deterministic for the same input."""
    size = PAPERS[paper.strip().upper()]
    register_fonts()
    with source_language():
        styles = make_styles(size)
        heading, _, rest = text.strip().partition("\n")
        story = []
        if logo:
            from reportlab.platypus import Image

            image = Image(io.BytesIO(logo))
            scale = (size.body * 3) / image.imageHeight
            image.drawHeight, image.drawWidth = size.body * 3, image.imageWidth * scale
            image.hAlign = "RIGHT"
            story.append(image)
        story += [Paragraph(escape(heading), styles.heading), Spacer(1, size.body)]
        for block in re.split(r"\n\s*\n", rest.strip()):
            lines = "<br/>".join(escape(line) for line in block.splitlines())
            story += [Paragraph(lines, styles.body), Spacer(1, size.body * 0.6)]
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=size.size, invariant=1, pageCompression=1,
                                leftMargin=size.margin * 1.5, rightMargin=size.margin * 1.5,
                                topMargin=size.margin * 1.5, bottomMargin=size.margin * 1.5,
                                title=title, author="", creator=f"Individuell plan {__version__}",
                                lang="nb-NO", initialFontName=SANS)
        doc.build(story)
    return out.getvalue()


def patient_letter(db, patient_id: int, template_name: str, *, meeting_id: int | None = None,
                   sender: str = "", paper: str = "A4",
                   today: dt.date | None = None) -> tuple[str, bytes]:
    """(merged text, PDF) of one template for one patient, from the store. Does not log."""
    from desktop.records import ValidationError
    from desktop.store import letters, settings

    template = letters.get_template(db, template_name)
    if template is None:
        names = ", ".join(t.name for t in letters.list_templates(db))
        raise ValidationError(translate("reports", "Fant ingen brevmal som heter «{name}». "
                                                   "Malene er: {names}.").format(
            name=template_name, names=names))
    with source_language():
        fields = letters.letter_fields(db, patient_id, meeting_id=meeting_id, sender=sender,
                                       today=today)
        text = merge(template.body, fields)
    return text, render_letter(text, title=template.name, paper=paper,
                               logo=settings.get_logo(db))


def issue_letter(session: Session | sqlite_utils.Database, patient_id: int,
                 template_name: str, *, channel: str,
                 recipients: Sequence[int | None] = (None,), passphrase: str | None = None,
                 target: str = "pdf", meeting_id: int | None = None, sender: str = "",
                 reasons: dict[int, str] | None = None, path: Path | str | None = None,
                 deliver: Callable[[bytes], None] | None = None,
                 today: dt.date | None = None) -> bytes:
    """The letter as PDF (AES-256 encrypted with ``passphrase`` when given), logged as a print
    in the session user's name and put on the kopiliste for each recipient (participant ids;
    None is the patient). With ``path`` the file is written through store.outbox: the log
    entry and the copies commit before the file gets its name, and a failure (DeliveryFailed)
    leaves neither file nor entry. ``deliver`` (send it to the printer) runs inside the same
    transaction instead: if it fails, nothing is logged or recorded. A refused recipient (no
    consent to share, a reservation without a reason) leaves nothing either way."""
    from desktop.exchange.pdf_crypto import encrypt_pdf
    from desktop.records_people import WHAT_LETTER
    from desktop.store import distribution, log, outbox

    session = as_session(session)
    db = session.db
    _text, pdf = patient_letter(db, patient_id, template_name, meeting_id=meeting_id,
                                sender=sender, today=today)
    if passphrase:
        pdf = encrypt_pdf(pdf, passphrase)

    def record() -> None:
        distribution.record_copies(session, patient_id, recipients, channel, what=WHAT_LETTER,
                                   title=template_name, reasons=reasons, today=today)
        session.log(log.PRINT, patient_id, {"letter": template_name, "target": target,
                                            "encrypted": bool(passphrase)})

    if path is not None:
        outbox.deliver(db, path, pdf, record)
        return pdf
    with db.atomic():
        record()
        if deliver is not None:
            deliver(pdf)
    return pdf
