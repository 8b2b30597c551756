"""The publication log as CSV (UTF-8 with BOM, so Excel reads it right), streamed page by page in flat memory."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from .agencies import agency_map
from .export_files import CsvStyle, ExportCancelled, atomic_output, local_text, platform_name, write_csv
from .publication_log import Cancelled, LogFilter, LogRow, Progress, count_publications, iter_log

LOG_HEADERS = (
    "Waktu terbit (WIB)",
    "Instansi",
    "Organisasi",
    "Platform",
    "Akun",
    "Judul post",
    "Penulis",
    "Disetujui oleh",
    "Waktu persetujuan (WIB)",
    "Tautan",
)
BATCH = 2000


def log_cells(row: LogRow, agency: str) -> tuple[datetime, str, str, str, str, str, str, str, datetime | None, str]:
    """The export columns of one row (times as stored UTC; each writer shows them in WIB)."""
    return (
        row.published_at,
        agency,
        row.organisation,
        platform_name(row.platform),
        row.handle,
        row.title,
        row.author,
        row.approver,
        row.approved_at,
        row.url,
    )


def stream_log(
    session: Session,
    log_filter: LogFilter | None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Iterator[tuple[LogRow, str]]:
    """Every selected row, oldest first, with the name of the agency it rolls up into; reports progress per page
    and raises :class:`ExportCancelled` when asked to stop."""
    total = count_publications(session, log_filter)
    rollup = agency_map(session)
    names = {oid: rollup.agencies[aid].name for oid, aid in rollup.rollup.items()}
    done = 0
    if progress:
        progress(0, total, "")
    for page in iter_log(session, log_filter, batch=BATCH, cancelled=cancelled):
        for row in page:
            yield row, names.get(row.organisation_id, row.organisation)
        done += len(page)
        if progress:
            progress(done, total, f"{done:,} / {total:,}".replace(",", "."))
    if cancelled and cancelled():
        raise ExportCancelled()


def write_log_csv(
    session: Session,
    path: Path,
    log_filter: LogFilter | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    style: CsvStyle = CsvStyle.EXCEL_ID,
) -> int:
    """Write the selected log to ``path`` in ``style``; returns the number of rows."""
    rows = 0

    def lines() -> Iterator[Sequence[object]]:
        nonlocal rows
        yield LOG_HEADERS
        for row, agency in stream_log(session, log_filter, progress, cancelled):
            rows += 1
            yield [local_text(c) if isinstance(c, datetime) or c is None else c for c in log_cells(row, agency)]

    with atomic_output(path) as part, part.open("w", encoding="utf-8-sig", newline="") as out:
        write_csv(out, lines(), style)
    return rows
