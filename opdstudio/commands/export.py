"""`opdstudio export log|report|registry`: the publication log, the compliance report and the official account
registry as files (CSV with BOM, XLSX with charts, PDF)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from opdstudio.core.errors import OpdError
from opdstudio.core.paths import check_output_file

from .common import Subparsers, find_org, open_profile, profile_arg

PERIOD_HELP = (
    "period: YYYY-MM (a month, e.g. 2025-10), YYYY-Qn (a quarter, 2025-Q3), YYYY-Sn (a semester, 2025-S1) "
    "or YYYY (a year)"
)
EPILOG = (
    "Periods: 2025-10 is October 2025, 2025-Q3 July–September, 2025-S1 January–June, 2025 the whole year; "
    "or give --from and --to (YYYY-MM-DD, inclusive, local WIB days). A running period counts up to today. "
    "--org takes an organisation's name or id and includes its units."
)


def register(sub: Subparsers) -> None:
    """Add the export commands."""
    export = sub.add_parser("export", help="export the publication log, the compliance report or the registry")
    kinds = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    log = kinds.add_parser(
        "log", help="the publication log (csv; xlsx adds a summary sheet with charts)", epilog=EPILOG
    )
    _common(log, ("csv", "xlsx"), period_required=False)
    log.add_argument("--search", default="", help="only publications matching these words (prefixes)")
    log.add_argument("--platform", choices=("facebook", "instagram", "tiktok", "youtube", "x", "website"))
    log.set_defaults(handler=_log)
    report = kinds.add_parser(
        "report", help="the compliance report (csv per agency, xlsx with charts, printable pdf)", epilog=EPILOG
    )
    _common(report, ("csv", "xlsx", "pdf"), period_required=True)
    report.add_argument("--days", choices=("all", "working"), default="all", help="days the daily minimum counts")
    report.add_argument("--dormant-days", type=int, default=7, metavar="N", help="dormant after N days (default 7)")
    report.set_defaults(handler=_report)
    registry = kinds.add_parser("registry", help="the official account registry (csv or xlsx)")
    profile_arg(registry)
    registry.add_argument("--org", help="organisation name or id (with its units)")
    registry.add_argument("--deadline", type=date.fromisoformat, help="reporting deadline, YYYY-MM-DD")
    registry.add_argument("--format", required=True, choices=("csv", "xlsx"))
    registry.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    registry.set_defaults(handler=_registry)


def _common(parser: argparse.ArgumentParser, formats: tuple[str, ...], *, period_required: bool) -> None:
    profile_arg(parser)
    parser.add_argument("--period", help=PERIOD_HELP)
    parser.add_argument("--from", dest="first", type=date.fromisoformat, metavar="D", help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=date.fromisoformat, metavar="D", help="last day, YYYY-MM-DD")
    parser.add_argument("--org", help="organisation name or id (with its units)")
    parser.add_argument("--format", required=True, choices=formats)
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    parser.set_defaults(period_required=period_required)


def _period(args: argparse.Namespace) -> Any:
    from opdstudio.core.reporting.periods import custom, parse_period

    if args.period and (args.first or args.last):
        raise OpdError("Pakai --period atau --from/--to, bukan keduanya.", "Use --period or --from/--to, not both.")
    if args.period:
        return parse_period(args.period)
    if args.first and args.last:
        return custom(args.first, args.last)
    if args.first or args.last or args.period_required:
        raise OpdError(
            "Sebutkan periode: --period 2025-10 (atau 2025-Q3, 2025-S1, 2025) atau --from dan --to.",
            "Give a period: --period 2025-10 (or 2025-Q3, 2025-S1, 2025) or --from and --to.",
        )
    return None


def _org(session: Any, key: str | None) -> str | None:
    return None if key is None else find_org(session, key)


def _progress(done: int, total: int, _message: str) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{done * 100 // total:3d}% ({done:,} / {total:,})".replace(",", "."), end="", file=sys.stderr)


def _log(args: argparse.Namespace) -> int:
    from opdstudio.core.reporting.log_export import write_log_csv
    from opdstudio.core.reporting.log_workbook import write_log_xlsx
    from opdstudio.core.reporting.publication_log import LogFilter
    from opdstudio.core.services.orgs import subtree
    from opdstudio.core.services.queries import local_day_bounds

    period = _period(args)
    check_output_file(args.output)
    db = open_profile(args)
    with db.session() as session:
        org = _org(session, args.org)
        log_filter = LogFilter(
            search=args.search,
            org_ids=tuple(subtree(session, org)) if org else None,
            platform=args.platform,
            since=local_day_bounds(period.first)[0] if period else None,
            until=local_day_bounds(period.last)[1] if period else None,
        )
        if args.format == "csv":
            rows = write_log_csv(session, args.output, log_filter, _progress)
        else:
            scope = args.org or "semua organisasi"
            description = f"{period.label if period else 'Semua waktu'} · {scope}"
            rows = write_log_xlsx(session, args.output, log_filter, description, _progress)
    _done(f"{rows:,} publikasi ditulis ke {args.output}.".replace(",", "."))
    return 0


def _report(args: argparse.Namespace) -> int:
    from opdstudio.core.reporting.periods import DayBasis
    from opdstudio.core.reporting.report import ReportOptions, build_report
    from opdstudio.core.reporting.report_export import write_report_csv, write_report_xlsx
    from opdstudio.core.reporting.report_pdf import write_report_pdf

    period = _period(args)
    check_output_file(args.output)
    db = open_profile(args)
    with db.session() as session:
        options = ReportOptions(basis=DayBasis(args.days), dormant_days=args.dormant_days)
        report = build_report(session, period, _org(session, args.org), options)
    if args.format == "csv":
        write_report_csv(report, args.output)
    elif args.format == "xlsx":
        write_report_xlsx(report, args.output)
    else:
        write_report_pdf(report, args.output)
    _done(f"Laporan {report.scope_name}, {report.requested.label}, ditulis ke {args.output}.")
    return 0


def _registry(args: argparse.Namespace) -> int:
    from datetime import datetime

    from opdstudio.core.reporting.agencies import scope_orgs
    from opdstudio.core.reporting.registry import DEADLINE_SETTING, registry_overview
    from opdstudio.core.reporting.registry_export import write_registry_csv, write_registry_xlsx
    from opdstudio.core.services.queries import LOCAL_TZ
    from opdstudio.core.services.settings import get_setting

    check_output_file(args.output)
    db = open_profile(args)
    with db.session() as session:
        stored = get_setting(session, DEADLINE_SETTING)
        deadline = args.deadline or (date.fromisoformat(stored) if stored else datetime.now(LOCAL_TZ).date())
        overview = registry_overview(session, deadline, scope_orgs(session, _org(session, args.org)))
    if args.format == "csv":
        write_registry_csv(overview, args.output)
    else:
        write_registry_xlsx(overview, args.output)
    _done(f"{len(overview.entries)} akun resmi ditulis ke {args.output}.")
    return 0


def _done(message: str) -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(message)
