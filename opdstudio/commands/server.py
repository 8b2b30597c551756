"""Commands on the shared PostgreSQL database: init, add-org, add-user, passwd, verify-audit.

Each connects with the operator's own login (``--url``, or the OPDSTUDIO_SERVER_URL environment variable);
``init`` needs a superuser and creates the database when it is missing. The connecting password comes as
PostgreSQL users expect: PGPASSWORD, ~/.pgpass (PGPASSFILE), the keyring, or a labelled prompt on a terminal. A new
login's password is asked (labelled with the login), read with ``--password-stdin`` or made with
``--generate-password``.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from opdstudio.core.domain.enums import OrgKind, Role

from .common import Subparsers, ask_new_secret, emit, format_arg, stdin_line
from .login import URL_ENV, address_of, log_in, server_engine, with_server

if TYPE_CHECKING:
    from sqlalchemy import Engine

SUPERUSER = ("Kata sandi superuser PostgreSQL", "PostgreSQL superuser password")
OPERATOR = ("Kata sandi PostgreSQL Anda (operator)", "Your PostgreSQL password (operator)")


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


def _new_password(args: argparse.Namespace, login: str, *, new_login: bool = True) -> tuple[str, bool]:
    """The new password of ``login`` and whether it was generated (and must be shown)."""
    from opdstudio.core.services.people import check_password
    from opdstudio.core.sync.admin import generate_password

    if args.generate_password:
        return generate_password(), True
    if args.password_stdin:
        password = stdin_line(f"kata sandi baru '{login}'", f"new password of '{login}'")
    else:
        password = ask_new_secret(
            f"Kata sandi untuk login baru '{login}' / Password for the new login '{login}': "
            if new_login
            else f"Kata sandi baru untuk login '{login}' / New password for the login '{login}': "
        )
    check_password(password)
    return password, False


def _init(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from opdstudio.core.sync.admin import create_database, init_server
    from opdstudio.core.sync.settings import DatabaseMissing

    address = address_of(args.url)
    try:
        credential = log_in(args, address, *SUPERUSER)
    except DatabaseMissing:
        # Create it from the server's maintenance database, with the same login (which must be allowed to).
        name = address.settings.database
        maintenance = replace(address, settings=replace(address.settings, database="postgres"))
        credential = log_in(args, maintenance, *SUPERUSER)
        with server_engine(args, maintenance, SUPERUSER, credential) as engine:
            create_database(engine, name)
        print(f"Basis data '{name}' dibuat. / Database '{name}' created.")
    with server_engine(args, address, SUPERUSER, credential) as engine:
        result = init_server(engine)
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

    org_id = with_server(args, address_of(args.url), OPERATOR, work)
    emit(args, {"id": org_id, "name": args.name}, f"Organisasi '{args.name}' ditambahkan ({org_id}).")
    return 0


def _add_user(args: argparse.Namespace) -> int:
    from opdstudio.core.services.people import check_login
    from opdstudio.core.sync import admin

    login = check_login(args.login)
    data: dict[str, Any] = {"login": login, "role": args.role}
    address = address_of(args.url)

    def exists(engine: Engine) -> bool:
        with engine.connect() as conn:
            return admin.login_exists(conn, login)

    def work(engine: Engine) -> None:
        with engine.begin() as conn:
            data["created"] = not admin.login_exists(conn, login)
            if data["created"]:
                admin.add_user(conn, login, (args.name or "").strip() or login, password, args.title)
                if generated:
                    data["password"] = password
            data["membership_id"] = admin.grant_role(conn, login, args.org, Role(args.role), args.level)

    with server_engine(args, address, OPERATOR) as engine:
        # Ask for the new login's password before opening the transaction that creates it.
        password, generated = ("", False) if exists(engine) else _new_password(args, login)
        work(engine)
    text = (
        f"Login '{login}' {'dibuat' if data['created'] else 'sudah ada'}; peran {args.role} di '{args.org}' diberikan."
    )
    if "password" in data:
        text += f"\nKata sandi (tampil sekali, serahkan kepada orangnya): {data['password']}"
    emit(args, data, text)
    return 0


def _passwd(args: argparse.Namespace) -> int:
    from opdstudio.core.sync.admin import set_password

    address = address_of(args.url)
    password, generated = _new_password(args, args.login, new_login=False)

    def work(engine: Engine) -> None:
        with engine.begin() as conn:
            set_password(conn, args.login, password)

    with_server(args, address, OPERATOR, work)
    print(f"Kata sandi '{args.login}' diganti.")
    if generated:
        print(f"Kata sandi baru (tampil sekali): {password}")
    return 0


def _verify_audit(args: argparse.Namespace) -> int:
    from opdstudio.core.sync.admin import verify_audit

    problems = with_server(args, address_of(args.url), OPERATOR, verify_audit)
    emit(
        args,
        {"ok": not problems, "problems": [asdict(p) for p in problems]},
        "Rantai audit server utuh."
        if not problems
        else "\n".join(f"{p.organisation_id} #{p.seq}: {p.problem}" for p in problems),
    )
    return 0 if not problems else 3
