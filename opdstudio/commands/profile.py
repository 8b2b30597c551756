"""Commands on the local profile: demo, user, audit, profile (info, check, backup, restore)."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Any

from opdstudio.core.errors import OpdError

from .common import (
    Subparsers,
    as_arg,
    ask_new_secret,
    emit,
    find_org,
    format_arg,
    local_password,
    open_profile,
    person_by_login,
    profile_arg,
    stdin_line,
)

if TYPE_CHECKING:
    from opdstudio.core.services.audit import ChainProblem
    from opdstudio.core.storage.profile import ProfilePaths


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
    passwd = user_sub.add_parser(
        "passwd",
        help="set your local password for this profile (the one the window's sign-in asks); without one yet, "
        "prove who you are with your shared-database password",
    )
    profile_arg(passwd)
    as_arg(passwd)
    passwd.set_defaults(handler=_user_passwd)
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
    verify.add_argument(
        "--password-stdin",
        dest="server_password_stdin",
        action="store_true",
        help="read the server password from stdin",
    )
    format_arg(verify)
    verify.set_defaults(handler=_audit_verify)
    heads = audit_sub.add_parser(
        "heads", help="the newest event of each organisation's chain, as the monthly PDF report prints it"
    )
    profile_arg(heads)
    format_arg(heads)
    heads.set_defaults(handler=_audit_heads)
    anchor = audit_sub.add_parser("anchor", help="check a chain head printed in an earlier report against the chain")
    profile_arg(anchor)
    anchor.add_argument("--org", required=True, help="organisation name or id")
    anchor.add_argument("--seq", required=True, type=int, help="the printed event number")
    anchor.add_argument("--hash", required=True, help="the printed SHA-256 (spaces allowed)")
    anchor.set_defaults(handler=_audit_anchor)

    profile = sub.add_parser("profile", help="the local profile")
    profile_sub = profile.add_subparsers(dest="action", metavar="ACTION", required=True)
    info = profile_sub.add_parser("info", help="where the profile is, its schema and what it holds")
    profile_arg(info)
    format_arg(info)
    info.set_defaults(handler=_profile_info)
    check = profile_sub.add_parser("check", help="check the profile file for damage (SQLite integrity_check)")
    profile_arg(check)
    format_arg(check)
    check.set_defaults(handler=_profile_check)
    backup = profile_sub.add_parser("backup", help="write a checked copy of the profile file into its backups folder")
    profile_arg(backup)
    format_arg(backup)
    backup.set_defaults(handler=_profile_backup)
    restore = profile_sub.add_parser(
        "restore", help="put a backup in place of the profile file; the file it replaces is kept aside"
    )
    profile_arg(restore)
    source = restore.add_mutually_exclusive_group(required=True)
    source.add_argument("--from", dest="source", metavar="FILE", help="the backup file to restore")
    source.add_argument("--latest", action="store_true", help="the newest backup that passes its check")
    format_arg(restore)
    restore.set_defaults(handler=_profile_restore)


def _demo(args: argparse.Namespace) -> int:
    from opdstudio.core.demo import seed_demo

    db = open_profile(args, creates=True)  # a demo profile is made by nature, like joining
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


def _user_passwd(args: argparse.Namespace) -> int:
    """With ``--password-stdin``: line 1 the current local password (or, with none yet, the server password),
    line 2 the new one."""
    from opdstudio.core.services.people import check_password, has_local_password, set_password, sign_in

    db = open_profile(args)
    try:
        with db.session() as session:
            person = person_by_login(session, args.login)
            if has_local_password(session, person.id):
                sign_in(session, person.login, local_password(args, person.login))
            else:
                _prove_on_server(args, session, person)
        if args.local_password_stdin:
            new = stdin_line("kata sandi lokal baru", "new local password")
        else:
            new = ask_new_secret(f"Kata sandi lokal baru '{person.login}' / New local password of '{person.login}': ")
        check_password(new)
        with db.session() as session:
            set_password(session, person.id, new)
    finally:
        db.close()
    print(f"Kata sandi lokal '{person.login}' disimpan. / Local password of '{person.login}' saved.")
    return 0


def _prove_on_server(args: argparse.Namespace, session: Any, person: Any) -> None:
    """A person pulled from the shared database proves who they are by logging in to it as themselves."""
    from dataclasses import replace

    from opdstudio.core.services.people import refuse_without_local_password
    from opdstudio.core.sync.credentials import ServerAddress
    from opdstudio.core.sync.settings import load_shared_db_settings

    from .login import log_in

    settings = load_shared_db_settings(session)
    if not settings.configured:
        raise refuse_without_local_password(person)
    args.server_password_stdin = args.local_password_stdin
    log_in(args, ServerAddress(replace(settings, login=person.login)), "Kata sandi PostgreSQL", "PostgreSQL password")


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


def _audit_heads(args: argparse.Namespace) -> int:
    from opdstudio.core.reporting.audit_heads import chain_heads

    db = open_profile(args)
    try:
        with db.session() as session:
            heads = chain_heads(session)
    finally:
        db.close()
    emit(
        args,
        [asdict(h) for h in heads],
        "\n".join(f"{h.organisation[:40]:<40} #{h.seq:<6} {h.grouped_hash}" for h in heads),
    )
    return 0


def _audit_anchor(args: argparse.Namespace) -> int:
    from opdstudio.core.reporting.audit_heads import anchor_problem

    db = open_profile(args)
    try:
        with db.session() as session:
            problem = anchor_problem(session, find_org(session, args.org), args.seq, args.hash)
    finally:
        db.close()
    texts = {
        None: f"Cocok: peristiwa #{args.seq} masih memiliki hash yang tercetak.",
        "missing": f"TIDAK COCOK: peristiwa #{args.seq} tidak ada lagi; ekor rantai telah dihapus.",
        "different": f"TIDAK COCOK: hash peristiwa #{args.seq} berbeda; rantai telah diubah atau dihitung ulang.",
    }
    print(texts[problem])
    return 0 if problem is None else 3


def _chain_text(name: str, problems: list[ChainProblem]) -> str:
    if not problems:
        return f"{name} utuh."
    return f"{name} rusak:\n" + "\n".join(f"{p.organisation_id} #{p.seq}: {p.problem}" for p in problems)


def _server_audit_problems(args: argparse.Namespace) -> list[ChainProblem]:
    """The chains the login at ``--url`` may read, recomputed from the server's rows (``server verify-audit``)."""
    from opdstudio.core.sync.admin import verify_audit

    from .login import address_of, with_server

    return with_server(args, address_of(args.url), ("Kata sandi PostgreSQL", "PostgreSQL password"), verify_audit)


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


def _paths(args: argparse.Namespace) -> ProfilePaths:
    from pathlib import Path

    from opdstudio.core.storage.profile import ProfilePaths, default_profile_dir

    return ProfilePaths(Path(args.profile) if args.profile else default_profile_dir())


def _profile_check(args: argparse.Namespace) -> int:
    from opdstudio.core.storage.backups import DamagedProfileError, backups, check_file

    paths = _paths(args)
    if not paths.database.exists():
        raise OpdError(f"Profil {paths.root} belum ada.", f"There is no profile in {paths.root}.")
    problems = check_file(paths.database, thorough=True)  # integrity_check: also index contents
    if problems:
        raise DamagedProfileError(paths, "; ".join(problems[:3]))
    found = backups(paths)
    data = {"profile": str(paths.database), "ok": True, "backups": [str(p) for p in found]}
    emit(
        args,
        data,
        f"Berkas profil utuh: {paths.database}\nCadangan: {len(found)}" + "".join(f"\n  {p.name}" for p in found),
    )
    return 0


def _profile_backup(args: argparse.Namespace) -> int:
    from opdstudio.core.storage.backups import backup_now

    dest = backup_now(_paths(args))
    emit(args, {"backup": str(dest)}, f"Cadangan disimpan: {dest}")
    return 0


def _profile_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from opdstudio.core.storage.backups import restore

    done = restore(_paths(args), Path(args.source) if args.source else None)
    emit(
        args,
        {"restored": str(done.source), "kept_aside": str(done.kept_aside) if done.kept_aside else None},
        f"Dipulihkan dari {done.source}."
        + (f"\nBerkas sebelumnya disimpan di {done.kept_aside}." if done.kept_aside else ""),
    )
    return 0
