"""The `indicators` command (issue 14): the year's indicator report per tertial and report
category as a table or CSV, as FHIR MeasureReports, or the sum of several ward PCs' files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.base import EXIT_OK, Refused, open_session
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.reports.indicators import Report
    from desktop.store.accounts import User


def _t(text: str) -> str:
    return translate("cli", text)


def format_table(report: Report, suppress: bool) -> str:
    """Plain text: one table per indicator, categories as rows, tertials as columns."""
    from desktop.reports.indicators import CATEGORIES, INDICATORS, TOTAL, column_label, shown

    width = max(len(c) for c in (*CATEGORIES, TOTAL)) + 2
    lines = []
    for indicator, table in report.tables.items():
        lines.append(f"{indicator} {translate('indicators', INDICATORS[indicator])} "
                     f"{report.year}")
        lines.append(" " * width + "".join(f"{column_label(t):>14}" for t in report.columns))
        for category in (*CATEGORIES, TOTAL):
            lines.append(f"{category:<{width}}" + "".join(
                f"{shown(table.count(category, t), suppress):>14}" for t in report.columns))
        for department in sorted({d for (d, _t) in table.unmapped}):
            figures = ", ".join(f"{column_label(t)} {shown(n, suppress)}"
                                for (d, t), n in sorted(table.unmapped.items()) if d == department)
            lines.append(_t("Uten kategori: {department} ({figures})")
                         .format(department=department, figures=figures))
        lines.append("")
    return "\n".join(lines)


def cmd_indicators(args: argparse.Namespace, user: User | None) -> int:
    from desktop.reports import indicator_files as files
    from desktop.reports import indicators as ind
    from desktop.store.log import EXPORT
    from desktop.store.outbox import DeliveryFailed

    suppress = not args.no_suppress
    if args.merge:
        try:
            report = files.merge([Path(p) for p in args.merge])
        except files.MergeRefused as refusal:
            raise Refused(str(refusal)) from None
        print(files.to_csv(report, suppress) if args.csv else format_table(report, suppress),
              end="")
        return EXIT_OK
    if args.year is None:
        raise Refused(_t("Oppgi --year eller --merge."))
    if args.indicator and args.indicator not in ind.INDICATORS:
        raise Refused(_t("Ukjent indikator {id}; velg I1-I10.").format(id=args.indicator))
    session = open_session(args, user)
    db = session.db
    try:
        report = ind.count(db, args.year, (args.tertial,) if args.tertial else ind.TERTIALS,
                           (args.indicator,) if args.indicator else tuple(ind.INDICATORS),
                           ind.visible_departments(session.user))
        detail = {"report": "indicators", "year": args.year, "tertial": args.tertial,
                  "indicator": args.indicator,
                  "suppress": suppress}
        if args.fhir:
            out = Path(args.fhir)
            if out.exists():
                raise Refused(_t("Filen {path} finnes allerede; velg et annet navn.")
                              .format(path=out))
            try:
                files.save_fhir(session, report, out)
            except DeliveryFailed as failed:
                raise Refused(str(failed)) from None
            print(_t("Lagret {path} (FHIR MeasureReport).").format(path=out))
            return EXIT_OK
        if args.csv:
            session.log(EXPORT, detail={**detail, "format": "csv"})
    finally:
        db.close()
    print(files.to_csv(report, suppress) if args.csv else format_table(report, suppress),
          end="")
    return EXIT_OK


def register(commands) -> None:
    parser = commands.add_parser(
        "indicators", help="indikatorene I1-I10 per tertial og kategori, eller summen av filer")
    parser.add_argument("--year", type=int, metavar="YYYY", help="året som telles")
    parser.add_argument("--tertial", type=int, choices=(1, 2, 3), help="bare ett tertial")
    parser.add_argument("--indicator", metavar="I2", help="bare én indikator (I1-I10)")
    parser.add_argument("--csv", action="store_true", help="CSV på standard ut")
    parser.add_argument("--fhir", metavar="OUT.json", help="lagre som FHIR MeasureReport")
    parser.add_argument("--no-suppress", action="store_true", help="vis små tall (under 5)")
    parser.add_argument("--merge", nargs="+", metavar="FIL.json",
                        help="slå sammen MeasureReport-filer fra andre avdelinger")
    parser.set_defaults(func=cmd_indicators)
