"""`opdstudio selfcheck`: does this installation have every part it needs? One line per part, exit 1 if any fails.

Run it after installing (the installers' smoke tests do) or when an office PC misbehaves: each check uses the
part for real (a time-zone lookup, an FTS5 table, a HEIC round trip …) rather than only looking for files.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from pathlib import Path

from .common import Subparsers, emit, format_arg

ZONES = ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")


def register(sub: Subparsers) -> None:
    """Add the selfcheck command."""
    check = sub.add_parser("selfcheck", help="check that this installation has every part it needs")
    format_arg(check)
    check.set_defaults(handler=_selfcheck)


def _time_zones() -> str:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    noon = datetime(2026, 1, 1, 5, tzinfo=UTC)
    return ", ".join(f"{zone} {noon.astimezone(ZoneInfo(zone)):%H:%M}" for zone in ZONES)


def _fts5() -> str:
    import sqlite3

    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
        conn.execute("INSERT INTO t VALUES ('posyandu melati hari ini')")
        hits = conn.execute("SELECT count(*) FROM t WHERE t MATCH 'melati'").fetchone()[0]
    finally:
        conn.close()
    if hits != 1:
        raise RuntimeError("FTS5 found nothing")
    return f"SQLite {sqlite3.sqlite_version}"


def _migrations() -> str:
    from opdstudio.core.storage.migrations_runner import head_revision
    from opdstudio.core.sync.server_schema import head_revision as shared_head

    return f"local {head_revision()}, shared {shared_head()}"


def _rules() -> str:
    from opdstudio.core.lint.engine import lint_text
    from opdstudio.core.lint.rules import load_rules

    rules = load_rules()
    findings = lint_text("NIK warga 3201231508900001", rules=rules)
    if not any(f.category == "personal_data" for f in findings):
        raise RuntimeError(f"a NIK in the text raised no personal-data finding: {[f.rule for f in findings]}")
    return f"{len(rules.rules)} rules"


def _translations() -> str:
    from PySide6.QtCore import QTranslator

    from opdstudio.ui.i18n import TRANSLATIONS

    translator = QTranslator()
    if not translator.load(str(TRANSLATIONS / "opdstudio_en.qm")):
        raise RuntimeError(f"cannot load {TRANSLATIONS / 'opdstudio_en.qm'}")
    home = translator.translate("MainWindow", "Beranda")
    if not home:
        raise RuntimeError("the English catalogue has no 'Beranda'")
    return f"English: Beranda → {home}"


def _keyring() -> str:
    import keyring

    expected = {"win32": "keyring.backends.Windows", "darwin": "keyring.backends.macOS"}.get(
        sys.platform, "keyring.backends.SecretService"
    )
    __import__(expected)  # the platform's backend must be in the installation, even if no vault runs now
    return f"{type(keyring.get_keyring()).__module__} (platform backend {expected} present)"


def _psycopg() -> str:
    import psycopg

    if psycopg.pq.__impl__ not in ("binary", "c"):
        raise RuntimeError(f"libpq wrapper is {psycopg.pq.__impl__}, expected the binary one")
    return f"psycopg {psycopg.__version__}, libpq {psycopg.pq.version()}"


def _heic() -> str:
    import pillow_heif
    from PIL import Image

    pillow_heif.register_heif_opener()
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buffer, format="HEIF")
    buffer.seek(0)
    with Image.open(buffer) as image:
        image.load()
        if image.size != (64, 48):
            raise RuntimeError(f"HEIC round trip gave {image.size}")
    return f"pillow-heif {pillow_heif.__version__}"


def _pdf() -> str:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "OPD Studio")
    canvas.save()
    if not buffer.getvalue().startswith(b"%PDF"):
        raise RuntimeError("reportlab wrote no PDF")
    return f"{len(buffer.getvalue())} bytes"


def _xlsx() -> str:
    import zipfile

    import xlsxwriter

    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer, {"in_memory": True}) as book:
        book.add_worksheet("Log").write(0, 0, "OPD Studio")
    names = zipfile.ZipFile(buffer).namelist()
    if "xl/worksheets/sheet1.xml" not in names:
        raise RuntimeError("xlsxwriter wrote no worksheet")
    return f"xlsxwriter {xlsxwriter.__version__}"


def _qt_plugins() -> str:
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    platform = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    wanted = [("platforms", platform), ("platforms", "qoffscreen"), ("imageformats", "qjpeg")]
    missing = [f"{folder}/{name}" for folder, name in wanted if not any((plugins / folder).glob(f"*{name}*"))]
    if missing:
        raise RuntimeError(f"missing in {plugins}: {', '.join(missing)}")
    return str(plugins)


def _own_files() -> str:
    from opdstudio.installed import PACKAGE, missing_files

    missing = missing_files()
    if missing:
        raise RuntimeError(f"missing: {', '.join(missing)}")
    return str(PACKAGE)


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("files", _own_files),
    ("timezones", _time_zones),
    ("fts5", _fts5),
    ("migrations", _migrations),
    ("rules", _rules),
    ("translations", _translations),
    ("keyring", _keyring),
    ("psycopg", _psycopg),
    ("heic", _heic),
    ("pdf", _pdf),
    ("xlsx", _xlsx),
    ("qt-plugins", _qt_plugins),
)


def run_checks() -> list[dict[str, object]]:
    """Every check's name, outcome and detail (the error text when it failed)."""
    results: list[dict[str, object]] = []
    for name, check in CHECKS:
        try:
            results.append({"check": name, "ok": True, "detail": check()})
        except Exception as exc:  # a self-check reports every failure, whatever its kind
            results.append({"check": name, "ok": False, "detail": f"{type(exc).__name__}: {exc}"})
    return results


def _selfcheck(args: argparse.Namespace) -> int:
    from opdstudio import __version__

    results = run_checks()
    failed = [r for r in results if not r["ok"]]
    lines = [f"OPD Studio {__version__} ({sys.platform}, Python {sys.version.split()[0]})"]
    lines += [f"{'OK   ' if r['ok'] else 'GAGAL'} {r['check']:<13} {r['detail']}" for r in results]
    lines.append(
        f"{len(failed)} pemeriksaan gagal / {len(failed)} checks failed"
        if failed
        else f"Semua {len(results)} pemeriksaan lulus / all {len(results)} checks passed"
    )
    emit(args, {"version": __version__, "checks": results}, "\n".join(lines))
    return 1 if failed else 0
