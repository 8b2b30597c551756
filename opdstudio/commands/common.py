"""What every command shares: the --profile and --format options, opening the profile, printing."""

from __future__ import annotations

import argparse
import json
from typing import Any

from opdstudio.core.errors import OpdError
from opdstudio.core.storage.database import Database

Subparsers = Any  # argparse's _SubParsersAction is private


def profile_arg(parser: argparse.ArgumentParser) -> None:
    """Add ``--profile DIR`` (after the subcommand's name)."""
    parser.add_argument("--profile", metavar="DIR", help="profile folder (default: the platform data dir)")


def format_arg(parser: argparse.ArgumentParser) -> None:
    """Add ``--format text|json``."""
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def as_arg(parser: argparse.ArgumentParser, required: bool = True) -> None:
    """Add ``--as LOGIN`` for profiles that hold several people."""
    parser.add_argument("--as", dest="login", required=required, metavar="LOGIN", help="act as this person")


def open_profile(args: argparse.Namespace) -> Database:
    """Open (and migrate) the profile the command names, or the default one."""
    from pathlib import Path

    from opdstudio.core.storage.profile import default_profile_dir

    return Database.open_profile(Path(args.profile) if args.profile else default_profile_dir())


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print ``data`` as JSON or ``text`` as it is, as ``--format`` says."""
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str) if args.format == "json" else text)


def person_by_login(session: Any, login: str) -> Any:
    """The person with ``login`` or an error that says so."""
    from sqlmodel import select

    from opdstudio.core.domain.models import Person

    person = session.exec(select(Person).where(Person.login == login)).first()
    if person is None:
        raise OpdError(f"Login '{login}' tidak ada di profil ini.", f"No login '{login}' in this profile.")
    return person


def find_org(session: Any, key: str) -> str:
    """The id of the live organisation whose id or exact name is ``key``, or an error that says so."""
    from sqlmodel import col, or_, select

    from opdstudio.core.domain.models import Organisation

    matches = session.exec(
        select(Organisation.id).where(
            or_(col(Organisation.id) == key, col(Organisation.name) == key), col(Organisation.deleted_at).is_(None)
        )
    ).all()
    if len(matches) != 1:
        raise OpdError(
            f"Organisasi '{key}' tidak ditemukan (atau tidak unik).", f"Organisation '{key}' not found (or not unique)."
        )
    return str(matches[0])
