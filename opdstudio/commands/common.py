"""What every command shares: the --profile and --format options, opening the profile, printing."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from opdstudio.core.errors import OpdError
from opdstudio.core.storage.database import Database

Subparsers = Any  # argparse's _SubParsersAction is private
REFUSED = 3  # exit code: the command ran but refused some of its items (the count goes to standard error)


def profile_arg(parser: argparse.ArgumentParser) -> None:
    """Add ``--profile DIR`` (after the subcommand's name)."""
    parser.add_argument("--profile", metavar="DIR", help="profile folder (default: the platform data dir)")
    parser.add_argument("--create", action="store_true", help="make a new profile when DIR holds none")


def format_arg(parser: argparse.ArgumentParser) -> None:
    """Add ``--format text|json``."""
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def as_arg(parser: argparse.ArgumentParser, required: bool = True) -> None:
    """Add ``--as LOGIN`` and ``--password-stdin`` (LOGIN's local password) for acting as a person."""
    parser.add_argument("--as", dest="login", required=required, metavar="LOGIN", help="act as this person")
    parser.add_argument(
        "--password-stdin",
        dest="local_password_stdin",
        action="store_true",
        help="read the person's local password from the first line of standard input (else it is asked)",
    )


def at_terminal() -> bool:
    """Whether a person can answer a prompt (standard input is a terminal)."""
    return sys.stdin is not None and sys.stdin.isatty()


def ask_secret(prompt: str) -> str:
    """Ask for a password on the terminal without echo; refuse when nobody is at one."""
    if not at_terminal():
        raise OpdError(
            f"{prompt.split(' / ')[0].rstrip(': ')}: tidak ada terminal untuk menanyakannya; pakai --password-stdin.",
            f"{prompt.split(' / ')[-1].rstrip(': ')}: there is no terminal to ask on; use --password-stdin.",
        )
    return getpass.getpass(prompt)


def ask_new_secret(prompt: str) -> str:
    """Ask for a new password twice on the terminal; refuse when the two differ."""
    password = ask_secret(prompt)
    if ask_secret("Ulangi / Repeat: ") != password:
        raise OpdError("Kedua kata sandi tidak sama.", "The two passwords differ.")
    return password


def stdin_line(what_id: str, what_en: str) -> str:
    """The next line of standard input (``--password-stdin``), refused when there is none."""
    line = sys.stdin.readline()
    if not line:
        raise OpdError(
            f"Masukan standar berakhir sebelum {what_id} terbaca.",
            f"Standard input ended before the {what_en} was read.",
        )
    return line.rstrip("\r\n")


def local_password(args: argparse.Namespace, login: str) -> str:
    """``login``'s local password: the first line of standard input with ``--password-stdin``, else asked."""
    if getattr(args, "local_password_stdin", False):
        return stdin_line(f"kata sandi lokal '{login}'", f"local password of '{login}'")
    return ask_secret(f"Kata sandi lokal '{login}' / Local password of '{login}': ")


def say(args: argparse.Namespace, message: str) -> None:
    """Print ``message`` to standard error when ``-v`` was given."""
    if getattr(args, "verbose", False):
        print(f"opdstudio: {message}", file=sys.stderr)


def profile_root(args: argparse.Namespace, *, creates: bool = False) -> Path:
    """The profile folder the command names (or the default one), checked before any work: a file there, an
    unwritable parent, or a folder that holds no profile (asked on a terminal, else refused without ``--create``;
    ``creates`` for commands that make profiles by nature, such as joining a shared database)."""
    from opdstudio.core.paths import check_profile_dir
    from opdstudio.core.storage.profile import default_profile_dir

    if not args.profile:
        return default_profile_dir()
    root = Path(args.profile).expanduser()
    if check_profile_dir(root) == "new" and not (creates or getattr(args, "create", False)):
        question = (
            f"Folder {root} belum berisi profil OPD Studio. Buat profil baru di sana? / "
            f"{root} holds no OPD Studio profile. Create a new one there? [y/N] "
        )
        if not at_terminal():
            raise OpdError(
                f"Folder {root} belum berisi profil OPD Studio (salah ketik?). Tambahkan --create untuk membuat "
                "profil baru di sana.",
                f"{root} holds no OPD Studio profile (a typo?). Add --create to make a new profile there.",
            )
        if input(question).strip().lower() not in ("y", "ya", "yes"):
            raise OpdError("Profil tidak dibuat.", "No profile was created.")
    return root


def open_profile(args: argparse.Namespace, *, creates: bool = False) -> Database:
    """Open (and migrate) the profile the command names, or the default one (see :func:`profile_root`)."""
    return Database.open_profile(profile_root(args, creates=creates))


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
