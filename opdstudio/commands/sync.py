"""``opdstudio sync``: push this profile's pending changes to the shared database and pull what changed there.

The server is the one saved in Pengaturan → Basis data bersama, or ``--url``. The password comes from the OS
keyring (the same entry the app saves), or with ``--password-stdin`` from the first line of standard input;
without either libpq reads PGPASSWORD or ~/.pgpass. It is never printed, logged or put into the URL.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from opdstudio.core.errors import OpdError

from .common import Subparsers, emit, format_arg, open_profile, profile_arg
from .sync_refusals import refused_exit

URL_ENV = "OPDSTUDIO_SERVER_URL"


def register(sub: Subparsers) -> None:
    """Add the sync command."""
    sync = sub.add_parser("sync", help="send pending changes to the shared database and fetch new ones")
    profile_arg(sync)
    sync.add_argument("--url", help=f"postgresql://login@host:5432/database (default: ${URL_ENV})")
    sync.add_argument("--password-stdin", action="store_true", help="read the server password from standard input")
    sync.add_argument("--status", action="store_true", help="only show what is pending (no connection)")
    format_arg(sync)
    sync.set_defaults(handler=_sync)


def keyring_account(url: str) -> str:
    """The keyring account of the login at ``url``, as the app's settings page names it."""
    from sqlalchemy.engine import make_url

    from opdstudio.core.sync.settings import SharedDbSettings

    parsed = make_url(url.strip())
    host = parsed.host or str(parsed.query.get("host", "")) or "localhost"
    return SharedDbSettings(
        host=host, port=parsed.port or 5432, database=parsed.database or "", login=parsed.username or ""
    ).account


def _password(args: argparse.Namespace, account: str) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    from opdstudio.core.sync.settings import PasswordVault

    try:
        return PasswordVault().get(account)
    except Exception:  # no usable keyring backend: libpq may still find one (PGPASSWORD, ~/.pgpass)
        return None


def _connector(url: str, password: str | None) -> Any:
    import psycopg
    from sqlalchemy.engine import make_url

    from opdstudio.core.sync.connection import server_engine

    # Validate the address the same way the server commands do, then hand libpq its own URL form.
    server_engine(url).dispose()
    parsed = make_url(url.strip()).set(drivername="postgresql")
    conninfo = parsed.render_as_string(hide_password=False)

    def connect() -> psycopg.Connection[Any]:
        if password is None:
            return psycopg.connect(conninfo)
        return psycopg.connect(conninfo, password=password)

    return connect


def _saved_connector(args: argparse.Namespace, db: Any) -> Any:
    """A connector for the server saved in the profile's settings."""
    from opdstudio.core.sync.settings import load_shared_db_settings, open_connection

    with db.session() as session:
        settings = load_shared_db_settings(session)
    if not settings.configured:
        raise OpdError(
            f"Profil ini belum terhubung ke basis data bersama: atur di Pengaturan, atau sebutkan --url / {URL_ENV}.",
            f"This profile has no shared database: set it in Settings, or give --url / {URL_ENV}.",
        )
    password = _password(args, settings.account)
    return lambda: open_connection(settings, password)


def _sync(args: argparse.Namespace) -> int:
    import os

    from opdstudio.core.sync.engine import SyncEngine

    db = open_profile(args)
    try:
        if args.status:
            status = SyncEngine(db, lambda: _never()).status()
            emit(
                args,
                {
                    "pending": status.pending,
                    "conflicts": status.conflicts,
                    "rejected": status.rejected,
                    "last_synced_at": status.last_synced_at,
                },
                f"Menunggu: {status.pending}, konflik: {status.conflicts}, ditolak: {status.rejected}, "
                f"terakhir sinkron: {status.last_synced_at or '-'}",
            )
            return 0
        url = args.url or os.environ.get(URL_ENV)
        connect = _connector(url, _password(args, keyring_account(url))) if url else _saved_connector(args, db)
        engine = SyncEngine(db, connect)
        try:
            report = engine.sync()
        finally:
            engine.close()
        emit(
            args,
            {
                "pushed": report.pushed,
                "pulled": report.pulled,
                "photos": report.photos,
                "conflicts": report.conflicts,
                "rejected": report.rejected,
                "pending": report.pending,
                "duration": round(report.duration, 3),
            },
            f"Terkirim: {report.pushed}, diterima: {report.pulled}, foto diunduh: {report.photos}, "
            f"konflik: {report.conflicts}, "
            f"ditolak: {report.rejected}, menunggu: {report.pending} ({report.duration:.1f} s)",
        )
        return refused_exit(report.rejected)
    finally:
        db.close()


def _never() -> Any:
    raise OpdError("Tidak terhubung.", "Not connected.")
