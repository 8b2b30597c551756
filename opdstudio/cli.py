"""Headless commands (`opdstudio …`, also `python main.py …`); without a command the desktop app starts."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from . import __version__
from .commands import accounts, export, lint, media, posts, profile, review, selfcheck, server, sync, sync_refusals
from .commands.common import profile_arg
from .core.errors import AuthError, OpdError

# Each area registers its own commands; add a module here to add commands.
AREAS = (profile, media, lint, posts, review, accounts, export, server, sync, sync_refusals, selfcheck)


# argparse's own English messages and their Indonesian wording (the English follows in brackets).
_ARGPARSE_ID = (
    (r"the following arguments are required: (.*)", r"argumen wajib belum diisi: \1"),
    (r"unrecognized arguments: (.*)", r"argumen tidak dikenal: \1"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", r"argumen \1: pilihan \2 tidak ada (pilih: \3)"),
    (r"argument (\S+): invalid (\S+) value: (.*)", r"argumen \1: nilai \3 tidak sah"),
    (r"argument (\S+): expected one argument", r"argumen \1: perlu satu nilai"),
    (r"argument (\S+): expected at least one argument", r"argumen \1: perlu minimal satu nilai"),
    (r"argument (\S+): not allowed with argument (\S+)", r"argumen \1 tidak boleh bersama \2"),
    (r"argument (\S+): (.*)", r"argumen \1: \2"),
    (r"ambiguous option: (.*)", r"opsi tidak jelas: \1"),
)
USAGE_ERROR = 2
INTERRUPTED = 130
AUTH_FAILED = 4


class Parser(argparse.ArgumentParser):
    """An argument parser whose own messages come in Indonesian with the English beside them."""

    def error(self, message: str) -> NoReturn:
        indonesian = message
        for pattern, wording in _ARGPARSE_ID:
            if re.fullmatch(pattern, message):
                indonesian = re.sub(pattern, wording, message)
                break
        self.print_usage(sys.stderr)
        self.exit(USAGE_ERROR, f"{self.prog}: {indonesian}\n({message})\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = Parser(
        prog="opdstudio",
        description="OPD Studio: draft, check, approve, publish and report the social-media work of an agency.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="say more: password source, server details")
    parser.add_argument("--version", action="version", version=f"OPD Studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    gui = sub.add_parser("gui", help="start the desktop application (the default)")
    profile_arg(gui)
    gui.add_argument("--demo", action="store_true", help="open the demo profile, creating it with demo data")
    gui.add_argument("--lang", choices=("id", "en"), help="UI language for this run")
    gui.set_defaults(handler=_gui)
    for area in AREAS:
        area.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; with no command (or only app options) start the desktop app."""
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    args_list = list(sys.argv[1:] if argv is None else argv)
    verbose = any(a in ("-v", "--verbose") for a in args_list)  # accepted anywhere on the line
    args_list = [a for a in args_list if a not in ("-v", "--verbose")]
    if not args_list or (args_list[0] not in commands and args_list[0] not in ("-h", "--help", "--version")):
        args_list = ["gui", *args_list]
    args = parser.parse_args(args_list)
    args.verbose = verbose
    try:
        return int(args.handler(args))
    except BrokenPipeError:  # the reader went away (`opdstudio … | head`): stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (Python flushes stdout at exit)
        return 0
    except OpdError as exc:
        detail = getattr(exc, "detail", "")
        if detail:
            logging.getLogger("opdstudio.cli").info("%s: %s", type(exc).__name__, detail)
        shown = f"\n  libpq: {detail}" if verbose and detail else ""
        print(f"opdstudio: {exc.message('id')}\n({exc.message_en}){shown}", file=sys.stderr)
        return int(getattr(exc, "exit_code", AUTH_FAILED if isinstance(exc, AuthError) else 1))
    except OSError as exc:  # a file or folder the command writes or reads failed midway
        where = f" {exc.filename}" if exc.filename else ""
        print(
            f"opdstudio: gagal membaca/menulis{where}: {exc.strerror or exc}\n(Reading/writing{where} failed.)",
            file=sys.stderr,
        )
        return 1
    except EOFError:
        print(
            "\nopdstudio: masukan berakhir sebelum jawaban diberikan; tidak ada yang diubah.\n"
            "(Input ended before an answer was given; nothing was changed.)",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("\nopdstudio: dibatalkan. (Cancelled.)", file=sys.stderr)
        return INTERRUPTED


def _gui(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .app import run_gui

    return run_gui(Path(args.profile) if args.profile else None, demo=args.demo, language=args.lang)
