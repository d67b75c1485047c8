"""Screenshots for the user guide, and the guide's HTML, so both stay current with the program.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/guide_screenshots.py

Drives the real window and dialogs over a temporary demo database (synthetic people only),
writes docs/guide/img/*.png, then builds docs/guide/index.html from docs/guide/index.md (the
Help menu shows that file). ``--html-only`` rebuilds the HTML alone; ``--out DIR`` writes the
pictures elsewhere (for looking at the window under QT_SCALE_FACTOR=1.5 or 2).
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INDIVIDUELL_PLAN_LANGUAGE", "nb")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GUIDE = ROOT / "docs" / "guide"
IMAGE_WIDTH = 640  # how wide the pictures are shown in the HTML (they are 1280 px)


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(widget, app, path: Path) -> None:
    widget.show()
    widget.raise_()
    settle(app)
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def screenshots(out: Path) -> None:
    from desktop import store
    from desktop.app import main_window_for, make_application
    from desktop.demo import fill_demo
    from desktop.records import CONSENT_GIVEN
    from desktop.store import policy
    from desktop.store.policy import export_consent_refusal
    from desktop.views.paper import export_dialog as export_module
    from desktop.views.paper.export_dialog import ExportDialog
    from desktop.views.paper.import_dialog import ImportDialog
    from desktop.views.paper.letter_dialog import LetterDialog
    from desktop.views.paper.print_dialog import PrintDialog
    from desktop.views.paper.sign_dialog import SignDialog
    from desktop.views.trust.login_dialog import LoginDialog
    from desktop.views.trust.settings_dialog import SettingsDialog

    app = make_application([sys.argv[0]], "nb")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        first = store.open_db(work / "empty.sqlite")
        shoot(LoginDialog(first), app, out / "forste-oppstart.png")
        first.close()

        db = store.open_db(work / "demo.sqlite")
        fill_demo(db, 40)
        policy.create_demo_accounts(db)
        shoot(LoginDialog(db), app, out / "innlogging.png")

        window = main_window_for(db)
        window.resize(1280, 800)
        window.show()
        settle(app)
        shoot(window, app, out / "hovedvindu-tomt.png")
        drafts = [p for p in store.search_patients(db, limit=100)
                  if p.current_consent_state() == CONSENT_GIVEN
                  and (v := store.load_plan(db, p.id)) is not None and v.signature is None
                  and v.plan.rows and not export_consent_refusal(db, p.id)]
        patient = drafts[0]  # consent given, a draft plan: ready to print and sign
        window.open_patient(patient.id)
        tabs = window.workspace.tabs
        for page, name in ((window.workspace.checklist, "sjekkliste"),
                           (window.workspace.consent, "samtykke"),
                           (window.workspace.plan, "plan"),
                           (window.workspace.decisions, "vedtak"),
                           (window.workspace.participants, "deltakere"),
                           (window.workspace.meetings, "moter")):
            tabs.setCurrentWidget(page)
            shoot(window, app, out / f"{name}.png")
        tabs.setCurrentWidget(window.workspace.plan)

        shoot(PrintDialog(db, patient.id, window), app, out / "utskrift.png")
        letter = LetterDialog(window.session, patient.id, window)
        letter.template.setCurrentIndex(max(0, letter.template.findData("Innkalling til møte")))
        letter.refresh_preview()
        shoot(letter, app, out / "brev.png")
        shoot(SignDialog(db, patient.id, window), app, out / "underskrifter.png")

        export = ExportDialog(db, patient.id, window)
        if export.chosen_version() is None:  # no signed version yet: send the draft, marked
            export.version_combo.setCurrentIndex(export.version_combo.count() - 1)
        shoot(export, app, out / "overfor-valg.png")
        saved: list[str] = []

        def save_in_work(_parent, _title, suggested, _format):  # instead of the file dialog
            saved.append(str(work / suggested))
            return saved[-1]

        export_module.choose_export_path = save_in_work
        export.save()
        package = Path(saved[0])
        shoot(export, app, out / "overfor-passord.png")
        secret = export.secret_label.text()

        other = store.open_db(work / "other.sqlite")  # another ward's database
        fill_demo(other, 5, seed=7)
        other_window = main_window_for(other)
        importer = ImportDialog(other, other_window)
        importer.path_edit.setText(str(package))
        importer.secret_edit.setText(secret)
        importer.read_file()
        importer.resize(importer.sizeHint().width(), importer.minimumSizeHint().height())
        shoot(importer, app, out / "hent-inn.png")
        settings = SettingsDialog(db, window)
        shoot(settings, app, out / "innstillinger.png")
        settings.tabs.setCurrentIndex(settings.tabs.count() - 1)  # Brevmaler
        settings.resize(1100, 680)
        shoot(settings, app, out / "brevmaler.png")
        from desktop.views.reports.indicators_window import IndicatorsWindow

        indicators = IndicatorsWindow(window.session, window)
        while indicators.counting:  # the figures are counted on their own thread
            app.processEvents()
        indicators.show_small.setChecked(True)  # forty demo patients: every figure is small
        indicators.resize(1280, 760)
        shoot(indicators, app, out / "indikatorer.png")
        indicators.close()
        for widget in (importer, other_window, window):
            widget.close()
        other.close()
        db.close()


# ------------------------------------------------------------------ Markdown to HTML

def _inline(text: str) -> str:
    text = html.escape(text, quote=False)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"\*([^*]+)\*", r"<i>\1</i>", text)
    return re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', text)


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def markdown_to_html(markdown: str, title: str) -> str:
    """The small part of Markdown the guide uses: headings, paragraphs, lists, pictures,
    bold, italics, code and links."""
    body: list[str] = []
    paragraph: list[str] = []
    list_tag = ""

    def end_paragraph() -> None:
        if paragraph:
            text = _inline(" ".join(paragraph))
            if list_tag and body[-1].endswith("</li>"):  # a paragraph inside a list item
                body[-1] = body[-1][:-len("</li>")] + f"<br>{text}</li>"
            else:
                body.append(f"<p>{text}</p>")
            paragraph.clear()

    def flush() -> None:
        nonlocal list_tag
        end_paragraph()
        if list_tag:
            body.append(f"</{list_tag}>")
            list_tag = ""

    def picture(alt: str, src: str) -> str:
        width, height = _png_size(GUIDE / src)
        if width > IMAGE_WIDTH:  # both given: Qt's text browser would stretch one alone
            width, height = IMAGE_WIDTH, round(height * IMAGE_WIDTH / width)
        alt, src = html.escape(alt), html.escape(src)
        return (f'<p class="picture"><img src="{src}" alt="{alt}" width="{width}" '
                f'height="{height}"><br><i>{alt}</i></p>')

    for raw in markdown.splitlines():
        line = raw.strip()
        indented = raw.startswith("   ")
        image = re.fullmatch(r"!\[([^\]]*)\]\(([^)]+)\)", line)
        item = re.fullmatch(r"(-|\d+\.)\s+(.*)", line)
        heading = re.fullmatch(r"(#{1,3})\s+(.*)", line)
        if not line:
            end_paragraph()  # a list goes on across blank lines
        elif heading:
            flush()
            level = len(heading.group(1))
            anchor = re.sub(r"[^a-zæøå0-9]+", "-", heading.group(2).lower()).strip("-")
            body.append(f'<h{level} id="{anchor}">{_inline(heading.group(2))}</h{level}>')
        elif image and list_tag and indented:
            end_paragraph()
            body[-1] = body[-1][:-len("</li>")] + picture(*image.groups()) + "</li>"
        elif image:
            flush()
            body.append(picture(*image.groups()))
        elif item and not indented:
            end_paragraph()
            tag = "ol" if item.group(1)[0].isdigit() else "ul"
            if list_tag != tag:
                if list_tag:
                    body.append(f"</{list_tag}>")
                body.append(f"<{tag}>")
                list_tag = tag
            body.append(f"<li>{_inline(item.group(2))}</li>")
        elif list_tag and indented:
            if paragraph:
                paragraph.append(line)
            elif body[-1].endswith("</li>") and not body[-1].endswith("</p></li>"):
                body[-1] = body[-1][:-len("</li>")] + " " + _inline(line) + "</li>"
            else:
                paragraph.append(line)
        else:
            if list_tag:
                flush()
            paragraph.append(line)
    flush()
    style = ("body { font-family: sans-serif; max-width: 46em; margin: 1em auto; "
             "line-height: 1.45; } img { border: 1px solid #999; }"
             " .picture i { color: #555; font-size: small; } code { background: #eee; }")
    return ("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


def build_html() -> Path:
    source = (GUIDE / "index.md").read_text(encoding="utf-8")
    title = next((line[2:].strip() for line in source.splitlines() if line.startswith("# ")),
                 "Brukerveiledning")
    target = GUIDE / "index.html"
    target.write_text(markdown_to_html(source, title), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GUIDE / "img")
    parser.add_argument("--html-only", action="store_true")
    args = parser.parse_args(argv)
    if not args.html_only:
        screenshots(args.out)
    if args.out == GUIDE / "img":
        build_html()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
