"""``opdstudio sync``: push this profile's pending changes to the shared database and pull what changed there.

The server is ``--url`` (or $OPDSTUDIO_SERVER_URL) the first time; after a successful sync the profile remembers
it (host, port, database, login, TLS mode — never the password), so later syncs need no ``--url``. The password
comes as PostgreSQL users expect (see :mod:`opdstudio.commands.login`); ``-v`` says from where. The first sync of
an empty profile joins the shared database and, on a terminal, sets the person's local password so the window
opens the profile.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from opdstudio.core.errors import OpdError

from .common import (
    Subparsers,
    ask_new_secret,
    at_terminal,
    emit,
    format_arg,
    open_profile,
    profile_arg,
    profile_root,
)
from .login import URL_ENV, address_of, log_in
from .sync_refusals import refused_exit, refused_listing


def register(sub: Subparsers) -> None:
    """Add the sync command."""
    sync = sub.add_parser("sync", help="send pending changes to the shared database and fetch new ones")
    profile_arg(sync)
    sync.add_argument("--url", help=f"postgresql://login@host:5432/database (default: ${URL_ENV})")
    sync.add_argument(
        "--password-stdin",
        dest="server_password_stdin",
        action="store_true",
        help="read the server password from the first line of standard input (when joining, a second line sets "
        "the new local password)",
    )
    sync.add_argument("--status", action="store_true", help="only show what is pending (no connection)")
    format_arg(sync)
    sync.set_defaults(handler=_sync)


def _sync(args: argparse.Namespace) -> int:
    from opdstudio.core.paths import check_profile_dir
    from opdstudio.core.storage.backups import backup_before_sync
    from opdstudio.core.sync.engine import SyncEngine

    # A mistyped address, a wrong password or a missing database is refused before any profile is made; a profile
    # that exists is opened (and checked, and backed up) before the connection is tried.
    joining = bool(args.url) and not args.status and check_profile_dir(profile_root(args, creates=True)) == "new"
    login = _log_in_first(args) if joining else None
    db = open_profile(args, creates=joining)
    try:
        if not args.status:
            backup_before_sync(db.paths)
            if args.url and login is None:
                login = _log_in_first(args)
        if args.status:
            status = SyncEngine(db, lambda: _never()).status()
            refused, refused_text = refused_listing(db)
            emit(
                args,
                {
                    "pending": status.pending,
                    "conflicts": status.conflicts,
                    "rejected": status.rejected,
                    "last_synced_at": status.last_synced_at,
                    "refused": refused,
                },
                f"Menunggu: {status.pending}, konflik: {status.conflicts}, ditolak: {status.rejected}, "
                f"terakhir sinkron: {status.last_synced_at or '-'}\n{refused_text}",
            )
            return 0
        report = _connect_and_sync(args, db, login)
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


def _log_in_first(args: argparse.Namespace) -> tuple[Any, Any]:
    """The server ``--url`` names and a checked credential for it."""
    address = address_of(args.url)
    return address, log_in(args, address, "Kata sandi PostgreSQL", "PostgreSQL password")


def _connect_and_sync(args: argparse.Namespace, db: Any, login: tuple[Any, Any] | None) -> Any:
    """Log in (unless ``login`` did), sync (joining when the profile is empty) and remember the server once it
    worked."""
    from opdstudio.core.services.people import check_password, is_set_up
    from opdstudio.core.sync.credentials import ServerAddress
    from opdstudio.core.sync.join import claim_local_password
    from opdstudio.core.sync.settings import load_shared_db_settings, save_shared_db_settings

    with db.session() as session:
        saved = load_shared_db_settings(session)
        empty = not is_set_up(session)
    if login is None and not saved.configured and not os.environ.get(URL_ENV):
        raise OpdError(
            f"Profil ini belum terhubung ke basis data bersama: sebutkan --url (sekali saja; sesudahnya profil "
            f"mengingatnya) atau {URL_ENV}.",
            f"This profile has no shared database yet: give --url (once; the profile remembers it) or {URL_ENV}.",
        )
    if login is None:
        address = ServerAddress(saved) if saved.configured else address_of(None)
        login = address, log_in(args, address, "Kata sandi PostgreSQL", "PostgreSQL password")
    address, credential = login
    settings = address.settings
    _refuse_other_server(saved, settings, empty)
    local = _new_local_password(args, settings.login) if empty else None
    if local is not None:
        check_password(local)  # before anything is pulled
    report = _sync_once(db, settings, credential)
    with db.session() as session:
        save_shared_db_settings(session, settings)
    if local is not None:
        claim_local_password(db, settings.login, local)
        print(
            f"Profil bergabung sebagai '{settings.login}'; kata sandi lokal dibuat. / Joined; local password set.",
            file=sys.stderr,
        )
    elif empty:
        print(
            f"Profil ini belum punya kata sandi lokal: tetapkan dengan 'opdstudio user passwd --as {settings.login}' "
            "agar jendela OPD Studio dapat membukanya. / This profile has no local password yet: set one with "
            f"'opdstudio user passwd --as {settings.login}' so the OPD Studio window can open it.",
            file=sys.stderr,
        )
    return report


def _new_local_password(args: argparse.Namespace, login: str) -> str | None:
    """The local password a joining person chooses: asked on a terminal, or the line after the server password
    with ``--password-stdin``; None when neither is there (it is set later with ``user passwd``)."""
    if at_terminal():
        return ask_new_secret(
            f"Kata sandi lokal baru untuk masuk ke profil ini sebagai '{login}' / "
            f"New local password to sign in to this profile as '{login}': "
        )
    if args.server_password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        return line or None
    return None


def _sync_once(db: Any, settings: Any, credential: Any) -> Any:
    from opdstudio.core.sync.engine import SyncEngine
    from opdstudio.core.sync.settings import open_connection

    engine = SyncEngine(db, lambda: open_connection(settings, credential.password))
    try:
        return engine.sync()
    finally:
        engine.close()


def _refuse_other_server(saved: Any, wanted: Any, empty: bool) -> None:
    """A profile that holds one server's data never syncs with another (or as another login)."""
    key = ("host", "port", "database", "login")
    if empty or not saved.configured or all(getattr(saved, k) == getattr(wanted, k) for k in key):
        return
    raise OpdError(
        f"Profil ini terhubung ke {saved.account}, bukan {wanted.account}. Pakai profil lain untuk server atau "
        "login lain.",
        f"This profile is connected to {saved.account}, not {wanted.account}. Use another profile for another "
        "server or login.",
    )
