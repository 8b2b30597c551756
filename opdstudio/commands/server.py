"""Commands on the shared PostgreSQL database: init, add-org, add-user, passwd, verify-audit.

Each connects with the operator's own login (``--url``, or the OPDSTUDIO_SERVER_URL environment variable);
``init`` needs a superuser. The connecting password comes from libpq (PGPASSWORD, ~/.pgpass) or is asked for.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TypeVar

from opdstudio.core.domain.enums import OrgKind, Role
from opdstudio.core.errors import OpdError

from .common import Subparsers, emit, format_arg

if TYPE_CHECKING:
    from sqlalchemy import Engine

URL_ENV = "OPDSTUDIO_SERVER_URL"
T = TypeVar("T")


def register(sub: Subparsers) -> None:
    """Add the server commands."""
    server = sub.add_parser("server", help="the shared PostgreSQL database (operators)")
    server_sub = server.add_subparsers(dest="action", metavar="ACTION", required=True)

    init = server_sub.add_parser("init", help="create or upgrade the shared schema and its roles (as a superuser)")
    init.add_argument("url", metavar="URL", help="postgresql://superuser@host:port/database")
    format_arg(init)
    init.set_defaults(handler=_init)

    add_org = server_sub.add_parser("add-org", help="add an organisation")
    _url_arg(add_org)
    add_org.add_argument("--name", required=True)
    add_org.add_argument("--kind", choices=[k.value for k in OrgKind], default=OrgKind.DINAS.value)
    add_org.add_argument("--parent", help="parent organisation (name or id)")
    add_org.add_argument("--short-name", default="")
    format_arg(add_org)
    add_org.set_defaults(handler=_add_org)

    add_user = server_sub.add_parser(
        "add-user", help="create a person's login role (or give an existing login another role)"
    )
    _url_arg(add_user)
    add_user.add_argument("--login", required=True)
    add_user.add_argument("--org", required=True, help="organisation (name or id)")
    add_user.add_argument("--role", required=True, choices=[r.value for r in Role])
    add_user.add_argument("--level", type=int, default=1, help="approval level of a reviewer")
    add_user.add_argument("--name", help="full name of a new person (default: the login)")
    add_user.add_argument("--title", default="", help="jabatan")
    _password_args(add_user)
    format_arg(add_user)
    add_user.set_defaults(handler=_add_user)

    passwd = server_sub.add_parser("passwd", help="set a login's password")
    _url_arg(passwd)
    passwd.add_argument("login", metavar="LOGIN")
    _password_args(passwd)
    passwd.set_defaults(handler=_passwd)

    verify = server_sub.add_parser("verify-audit", help="recompute every audit chain the login may read")
    _url_arg(verify)
    format_arg(verify)
    verify.set_defaults(handler=_verify_audit)


def _url_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--url", default=os.environ.get(URL_ENV), help=f"postgresql://login@host:port/database (default ${URL_ENV})"
    )


def _password_args(parser: argparse.ArgumentParser) -> None:
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help="read the new password from standard input")
    how.add_argument("--generate-password", action="store_true", help="generate a password and print it once")


def _new_password(args: argparse.Namespace) -> tuple[str, bool]:
    """The new password and whether it was generated (and must be shown)."""
    from opdstudio.core.sync.admin import generate_password

    if args.generate_password:
        return generate_password(), True
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n"), False
    password = getpass.getpass("Kata sandi baru: ")
    if getpass.getpass("Ulangi kata sandi baru: ") != password:
        raise OpdError("Kedua kata sandi tidak sama.", "The two passwords differ.")
    return password, False


def _with_server(url: str | None, work: Callable[[Engine], T]) -> T:
    """Run ``work(engine)`` on the server at ``url``, asking for the password when the server wants one."""
    from sqlalchemy.exc import DBAPIError

    from opdstudio.core.sync.connection import connection_error, is_connect_failure, needs_password, server_engine

    if not url:
        raise OpdError(
            f"Sebutkan server dengan --url atau variabel lingkungan {URL_ENV}.",
            f"Name the server with --url or the {URL_ENV} environment variable.",
        )
    password: str | None = None
    while True:
        engine = server_engine(url, password)
        try:
            return work(engine)
        except DBAPIError as exc:
            if not is_connect_failure(exc):
                reason = str(exc.orig).strip().splitlines()[0]
                raise OpdError(f"Server menolak: {reason}", f"The server refused: {reason}") from None
            if password is None and needs_password(exc) and sys.stdin.isatty():
                password = getpass.getpass("Kata sandi server: ")
                continue
            raise connection_error(exc, url) from None
        finally:
            engine.dispose()


def _init(args: argparse.Namespace) -> int:
    from opdstudio.core.sync.admin import init_server

    result = _with_server(args.url, init_server)
    state = "sudah mutakhir" if result.revision_before == result.revision_after else "dibuat/diperbarui"
    emit(
        args,
        asdict(result),
        f"Skema bersama di '{result.database}' {state} (revisi {result.revision_after}); "
        f"peran: {result.roles.owner}, {result.roles.member}, {result.roles.operator}.",
    )
    return 0


def _add_org(args: argparse.Namespace) -> int:
    from opdstudio.core.sync.admin import add_org

    def work(engine: Engine) -> str:
        with engine.begin() as conn:
            return add_org(conn, args.name, args.kind, args.parent, args.short_name)

    org_id = _with_server(args.url, work)
    emit(args, {"id": org_id, "name": args.name}, f"Organisasi '{args.name}' ditambahkan ({org_id}).")
    return 0


def _add_user(args: argparse.Namespace) -> int:
    from opdstudio.core.services.people import check_login
    from opdstudio.core.sync import admin

    login = check_login(args.login)
    data: dict[str, Any] = {"login": login, "role": args.role}

    def work(engine: Engine) -> None:
        with engine.begin() as conn:
            data["created"] = not admin.login_exists(conn, login)
            if data["created"]:
                password, generated = _new_password(args)
                admin.add_user(conn, login, (args.name or "").strip() or login, password, args.title)
                if generated:
                    data["password"] = password
            data["membership_id"] = admin.grant_role(conn, login, args.org, Role(args.role), args.level)

    _with_server(args.url, work)
    text = (
        f"Login '{login}' {'dibuat' if data['created'] else 'sudah ada'}; peran {args.role} di '{args.org}' diberikan."
    )
    if "password" in data:
        text += f"\nKata sandi (tampil sekali, serahkan kepada orangnya): {data['password']}"
    emit(args, data, text)
    return 0


def _passwd(args: argparse.Namespace) -> int:
    from opdstudio.core.sync.admin import set_password

    password, generated = _new_password(args)

    def work(engine: Engine) -> None:
        with engine.begin() as conn:
            set_password(conn, args.login, password)

    _with_server(args.url, work)
    print(f"Kata sandi '{args.login}' diganti.")
    if generated:
        print(f"Kata sandi baru (tampil sekali): {password}")
    return 0


def _verify_audit(args: argparse.Namespace) -> int:
    from opdstudio.core.sync.admin import verify_audit

    problems = _with_server(args.url, verify_audit)
    emit(
        args,
        {"ok": not problems, "problems": [asdict(p) for p in problems]},
        "Rantai audit server utuh."
        if not problems
        else "\n".join(f"{p.organisation_id} #{p.seq}: {p.problem}" for p in problems),
    )
    return 0 if not problems else 3
