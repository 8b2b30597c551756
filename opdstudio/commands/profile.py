"""Commands on the local profile: demo, user, audit, profile."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING

from opdstudio.core.errors import OpdError

from .common import Subparsers, emit, find_org, format_arg, open_profile, profile_arg

if TYPE_CHECKING:
    from opdstudio.core.services.audit import ChainProblem


def register(sub: Subparsers) -> None:
    """Add the profile commands."""
    demo = sub.add_parser("demo", help="create a profile filled with realistic demo data")
    profile_arg(demo)
    demo.add_argument("--today", type=date.fromisoformat, help="the 'today' of the demo data (YYYY-MM-DD)")
    demo.add_argument("--publications", type=int, default=0, help="extra bulk publications (for benchmarks)")
    format_arg(demo)
    demo.set_defaults(handler=_demo)

    user = sub.add_parser("user", help="people of a profile")
    user_sub = user.add_subparsers(dest="action", metavar="ACTION", required=True)
    user_add = user_sub.add_parser("add", help="add a person (password asked, or read from stdin)")
    profile_arg(user_add)
    user_add.add_argument("--name", required=True)
    user_add.add_argument("--login", required=True)
    user_add.add_argument("--org", required=True, help="organisation name or id")
    user_add.add_argument("--role", required=True, choices=("admin", "reviewer", "oversight", "operator"))
    user_add.add_argument("--level", type=int, default=1, help="approval level of a reviewer")
    user_add.add_argument("--title", default="", help="jabatan")
    user_add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    user_add.set_defaults(handler=_user_add)
    user_list = user_sub.add_parser("list", help="list the people of a profile")
    profile_arg(user_list)
    format_arg(user_list)
    user_list.set_defaults(handler=_user_list)

    audit = sub.add_parser("audit", help="the audit trail")
    audit_sub = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = audit_sub.add_parser(
        "verify", help="check the hash chain of every organisation, locally and (with --url) on the server"
    )
    profile_arg(verify)
    verify.add_argument("--url", help="also recompute the chains on this shared database (postgresql://login@…)")
    verify.add_argument("--password-stdin", action="store_true", help="read the server password from standard input")
    format_arg(verify)
    verify.set_defaults(handler=_audit_verify)

    profile = sub.add_parser("profile", help="the local profile")
    profile_sub = profile.add_subparsers(dest="action", metavar="ACTION", required=True)
    info = profile_sub.add_parser("info", help="where the profile is, its schema and what it holds")
    profile_arg(info)
    format_arg(info)
    info.set_defaults(handler=_profile_info)


def _demo(args: argparse.Namespace) -> int:
    from opdstudio.core.demo import seed_demo

    db = open_profile(args)
    quiet = args.format == "json"
    summary = seed_demo(
        db, today=args.today, publications=args.publications, progress=None if quiet else lambda m: print(m)
    )
    emit(
        args,
        asdict(summary),
        f"Profil demo siap di {db.paths.root}. Masuk sebagai '{summary.main_login}', kata sandi 'demo'.",
    )
    return 0


def _user_add(args: argparse.Namespace) -> int:
    from opdstudio.core.domain.enums import Role
    from opdstudio.core.services.people import add_person

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Kata sandi: ")
        if getpass.getpass("Ulangi kata sandi: ") != password:
            raise OpdError("Kedua kata sandi tidak sama.", "The two passwords differ.")
    db = open_profile(args)
    with db.session() as session:
        org_id = find_org(session, args.org)
        person = add_person(
            session,
            name=args.name,
            login=args.login,
            password=password,
            title=args.title,
            roles=[(org_id, Role(args.role), args.level)],
        )
        print(f"{person.name} ({person.login}) ditambahkan.")
    return 0


def _user_list(args: argparse.Namespace) -> int:
    from opdstudio.core.services.orgs import memberships
    from opdstudio.core.services.people import people

    db = open_profile(args)
    with db.session() as session:
        rows = [
            {
                "login": p.login,
                "name": p.name,
                "title": p.title,
                "roles": [
                    {"role": m.role, "organisation_id": m.organisation_id, "level": m.level}
                    for m in memberships(session, p.id)
                ],
            }
            for p in people(session)
        ]
    emit(
        args,
        rows,
        "\n".join(f"{r['login']:<20} {r['name']}  ({', '.join(x['role'] for x in r['roles'])})" for r in rows),
    )
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    from opdstudio.core.services.audit import verify_chain

    db = open_profile(args)
    try:
        with db.session() as session:
            problems = verify_chain(session)
    finally:
        db.close()
    data: dict[str, object] = {"ok": not problems, "problems": [asdict(p) for p in problems]}
    if not args.url:
        emit(args, data, _chain_text("Rantai audit", problems))
        return 0 if not problems else 3
    server_problems = _server_audit_problems(args)
    data["ok"] = not problems and not server_problems
    data["server"] = {"ok": not server_problems, "problems": [asdict(p) for p in server_problems]}
    emit(
        args,
        data,
        _chain_text("Rantai audit lokal", problems) + "\n" + _chain_text("Rantai audit server", server_problems),
    )
    return 0 if data["ok"] else 3


def _chain_text(name: str, problems: list[ChainProblem]) -> str:
    if not problems:
        return f"{name} utuh."
    return f"{name} rusak:\n" + "\n".join(f"{p.organisation_id} #{p.seq}: {p.problem}" for p in problems)


def _server_audit_problems(args: argparse.Namespace) -> list[ChainProblem]:
    """The chains the login at ``--url`` may read, recomputed from the server's rows (``server verify-audit``)."""
    from sqlalchemy.exc import DBAPIError

    from opdstudio.core.sync.admin import verify_audit
    from opdstudio.core.sync.connection import connection_error, is_connect_failure, server_engine

    from .sync import _password, keyring_account

    engine = server_engine(args.url, _password(args, keyring_account(args.url)))
    try:
        return verify_audit(engine)
    except DBAPIError as exc:
        if is_connect_failure(exc):
            raise connection_error(exc, args.url) from None
        reason = str(exc.orig).strip().splitlines()[0]
        raise OpdError(f"Server menolak: {reason}", f"The server refused: {reason}") from None
    finally:
        engine.dispose()


def _profile_info(args: argparse.Namespace) -> int:
    from sqlalchemy import func
    from sqlmodel import select

    from opdstudio.core.domain.models import OfficialAccount, Organisation, Person, Post, Publication
    from opdstudio.core.storage.migrations_runner import current_revision

    db = open_profile(args)
    with db.session() as session:
        counts = {
            model.__tablename__: session.exec(select(func.count()).select_from(model)).one()
            for model in (Organisation, Person, OfficialAccount, Post, Publication)
        }
    data = {"profile": str(db.paths.root), "schema": current_revision(db.engine), "counts": counts}
    emit(args, data, "\n".join(f"{k}: {v}" for k, v in data.items()))
    return 0
