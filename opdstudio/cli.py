"""Headless commands (`opdstudio …`, also `python main.py …`); without a command the desktop app starts."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from .core.errors import OpdError

COMMANDS = ("gui", "demo", "user", "post", "audit", "profile")


def _profile_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", type=Path, metavar="DIR", help="profile folder (default: the platform data dir)")


def _format_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="opdstudio",
        description="OPD Studio: draft, check, approve, publish and report the social-media work of an agency.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="start the desktop application (the default)")
    _profile_arg(gui)
    gui.add_argument("--demo", action="store_true", help="open the demo profile, creating it with demo data")
    gui.add_argument("--lang", choices=("id", "en"), help="UI language for this run")

    demo = sub.add_parser("demo", help="create a profile filled with realistic demo data")
    _profile_arg(demo)
    demo.add_argument("--today", type=date.fromisoformat, help="the 'today' of the demo data (YYYY-MM-DD)")
    demo.add_argument("--publications", type=int, default=0, help="extra bulk publications (for benchmarks)")
    _format_arg(demo)

    user = sub.add_parser("user", help="people of a profile")
    user_sub = user.add_subparsers(dest="action", metavar="ACTION", required=True)
    user_add = user_sub.add_parser("add", help="add a person (password asked, or read from stdin)")
    _profile_arg(user_add)
    user_add.add_argument("--name", required=True)
    user_add.add_argument("--login", required=True)
    user_add.add_argument("--org", required=True, help="organisation name or id")
    user_add.add_argument("--role", required=True, choices=("admin", "reviewer", "oversight", "operator"))
    user_add.add_argument("--level", type=int, default=1, help="approval level of a reviewer")
    user_add.add_argument("--title", default="", help="jabatan")
    user_add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    user_list = user_sub.add_parser("list", help="list the people of a profile")
    _profile_arg(user_list)
    _format_arg(user_list)

    post = sub.add_parser("post", help="posts of a profile")
    post_sub = post.add_subparsers(dest="action", metavar="ACTION", required=True)
    post_list = post_sub.add_parser("list", help="posts of the organisations where LOGIN is admin")
    _profile_arg(post_list)
    post_list.add_argument("--as", dest="login", required=True, metavar="LOGIN")
    post_list.add_argument(
        "--status", choices=("draft", "in_review", "changes_requested", "approved", "published", "rejected")
    )
    _format_arg(post_list)

    audit = sub.add_parser("audit", help="the audit trail")
    audit_sub = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = audit_sub.add_parser("verify", help="check the hash chain of every organisation")
    _profile_arg(verify)
    _format_arg(verify)

    profile = sub.add_parser("profile", help="the local profile")
    profile_sub = profile.add_subparsers(dest="action", metavar="ACTION", required=True)
    info = profile_sub.add_parser("info", help="where the profile is, its schema and what it holds")
    _profile_arg(info)
    _format_arg(info)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; with no command (or only app options) start the desktop app."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help")):
        args_list = ["gui", *args_list]
    args = build_parser().parse_args(args_list)
    try:
        return _dispatch(args)
    except OpdError as exc:
        print(f"opdstudio: {exc.message('id')}\n({exc.message_en})", file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "gui":
        from .app import run_gui

        return run_gui(args.profile, demo=args.demo, language=args.lang)
    handler = {
        ("demo", None): _demo,
        ("user", "add"): _user_add,
        ("user", "list"): _user_list,
        ("post", "list"): _post_list,
        ("audit", "verify"): _audit_verify,
        ("profile", "info"): _profile_info,
    }[(args.command, getattr(args, "action", None))]
    return handler(args)


def _open(args: argparse.Namespace) -> Any:
    from .core.storage.database import Database
    from .core.storage.profile import default_profile_dir

    return Database.open_profile(args.profile or default_profile_dir())


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str) if args.format == "json" else text)


def _demo(args: argparse.Namespace) -> int:
    from .core.services.demo import seed_demo

    db = _open(args)
    quiet = args.format == "json"
    summary = seed_demo(
        db, today=args.today, publications=args.publications, progress=None if quiet else lambda m: print(m)
    )
    _emit(
        args,
        asdict(summary),
        f"Profil demo siap di {db.paths.root}. Masuk sebagai '{summary.main_login}', kata sandi 'demo'.",
    )
    return 0


def _find_org(session: Any, key: str) -> str:
    from sqlmodel import or_, select

    from .core.domain.models import Organisation

    matches = session.exec(select(Organisation).where(or_(Organisation.id == key, Organisation.name == key))).all()
    if len(matches) != 1:
        raise OpdError(
            f"Organisasi '{key}' tidak ditemukan (atau tidak unik).", f"Organisation '{key}' not found (or not unique)."
        )
    return str(matches[0].id)


def _user_add(args: argparse.Namespace) -> int:
    from .core.domain.enums import Role
    from .core.services.people import add_person

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Kata sandi: ")
        if getpass.getpass("Ulangi kata sandi: ") != password:
            raise OpdError("Kedua kata sandi tidak sama.", "The two passwords differ.")
    db = _open(args)
    with db.session() as session:
        org_id = _find_org(session, args.org)
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
    from .core.services.orgs import memberships
    from .core.services.people import people

    db = _open(args)
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
    _emit(
        args,
        rows,
        "\n".join(f"{r['login']:<20} {r['name']}  ({', '.join(x['role'] for x in r['roles'])})" for r in rows),
    )
    return 0


def _person_by_login(session: Any, login: str) -> Any:
    from sqlmodel import select

    from .core.domain.models import Person

    person = session.exec(select(Person).where(Person.login == login)).first()
    if person is None:
        raise OpdError(f"Login '{login}' tidak ada di profil ini.", f"No login '{login}' in this profile.")
    return person


def _post_list(args: argparse.Namespace) -> int:
    from .core.services.queries import list_posts

    db = _open(args)
    with db.session() as session:
        person = _person_by_login(session, args.login)
        rows = list_posts(session, person.id, status=args.status)
    data = [asdict(r) for r in rows]
    _emit(
        args,
        data,
        "\n".join(f"{r.status:<18} {r.updated_at:%Y-%m-%d} {r.organisation[:28]:<28} {r.title}" for r in rows),
    )
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    from .core.services.audit import verify_chain

    db = _open(args)
    with db.session() as session:
        problems = verify_chain(session)
    _emit(
        args,
        {"ok": not problems, "problems": [asdict(p) for p in problems]},
        "Rantai audit utuh."
        if not problems
        else "\n".join(f"{p.organisation_id} #{p.seq}: {p.problem}" for p in problems),
    )
    return 0 if not problems else 3


def _profile_info(args: argparse.Namespace) -> int:
    from sqlalchemy import func
    from sqlmodel import select

    from .core.domain.models import OfficialAccount, Organisation, Person, Post, Publication
    from .core.storage.migrations_runner import current_revision

    db = _open(args)
    with db.session() as session:
        counts = {
            model.__tablename__: session.exec(select(func.count()).select_from(model)).one()
            for model in (Organisation, Person, OfficialAccount, Post, Publication)
        }
    data = {"profile": str(db.paths.root), "schema": current_revision(db.engine), "counts": counts}
    _emit(args, data, "\n".join(f"{k}: {v}" for k, v in data.items()))
    return 0
