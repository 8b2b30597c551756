"""What every export shares: writing to a temporary file renamed into place, cancelling, cell text, labels."""

from __future__ import annotations

import contextlib
import csv
import os
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from ..errors import OpdError
from ..services.queries import LOCAL_TZ

PLATFORM_NAMES = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "x": "X",
    "website": "Situs web",
}
ACCOUNT_STATUS_NAMES = {"active": "Aktif", "dormant": "Mati suri", "closed": "Ditutup"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HANDLE = re.compile(r"@[\w.]+")  # @kominfo.rl: a name, no operator or call a spreadsheet could run


class CsvStyle(StrEnum):
    """How a CSV separates fields and writes decimals."""

    EXCEL_ID = "excel-id"  # ';' and a decimal comma: what Excel with Indonesian regional settings opens as columns
    COMMA = "comma"  # ',' and a decimal point: LibreOffice, scripts, English-locale Excel


class ExportCancelled(OpdError):
    """The person stopped the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Ekspor dibatalkan; tidak ada berkas yang ditulis.", "Export cancelled; no file was written.")


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary path next to ``path`` that replaces it when the block succeeds and is removed otherwise."""
    path = Path(path)
    part = path.with_name(f".{path.name}.part")
    try:
        yield part
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def platform_name(code: str) -> str:
    return PLATFORM_NAMES.get(code, code)


def local_naive(at: datetime | None) -> datetime | None:
    """A stored UTC instant as a WIB wall-clock time without zone (what a spreadsheet cell holds)."""
    return at.astimezone(LOCAL_TZ).replace(tzinfo=None) if at else None


def local_text(at: datetime | None) -> str:
    """``2025-11-03 09:00`` in WIB, or empty."""
    return at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M") if at else ""


def safe_cell(text: str) -> str:
    """Text a spreadsheet will not run as a formula (a leading = + - @ gets an apostrophe; a plain @handle is
    left as it is)."""
    return "'" + text if text.startswith(_FORMULA_START) and not _HANDLE.fullmatch(text) else text


def write_csv(out: TextIO, rows: Iterable[Iterable[Any]], style: CsvStyle = CsvStyle.EXCEL_ID) -> None:
    """``rows`` as CSV in ``style``: text made safe, decimals with the style's decimal mark, None empty."""
    writer = csv.writer(out, delimiter=";" if style == CsvStyle.EXCEL_ID else ",")
    comma = style == CsvStyle.EXCEL_ID
    for row in rows:
        writer.writerow([_csv_value(v, comma) for v in row])


def _csv_value(value: Any, decimal_comma: bool) -> Any:
    if isinstance(value, str):
        return safe_cell(value)
    if isinstance(value, float):
        text = f"{value:g}" if abs(value) < 1e15 else repr(value)
        return text.replace(".", ",") if decimal_comma else text
    return "" if value is None else value


ORG_KIND_NAMES = {
    "pemkab": "Pemerintah kabupaten/kota",
    "dinas": "Dinas",
    "badan": "Badan",
    "kecamatan": "Kecamatan",
    "kelurahan": "Kelurahan",
    "desa": "Desa",
    "sekolah": "Sekolah",
    "puskesmas": "Puskesmas",
    "bumd": "BUMD",
    "bidang": "Bidang / unit kerja",
}
