"""Headless commands (`opdstudio …`, also `python main.py …`); without a command the desktop app starts."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from .commands import accounts, export, lint, media, posts, profile, review, selfcheck, server, sync
from .commands.common import profile_arg
from .core.errors import OpdError

# Each area registers its own commands; add a module here to add commands.
AREAS = (profile, media, lint, posts, review, accounts, export, server, sync, selfcheck)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="opdstudio",
        description="OPD Studio: draft, check, approve, publish and report the social-media work of an agency.",
    )
    parser.add_argument("--version", action="version", version=f"OPD Studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
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
    if not args_list or (args_list[0] not in commands and args_list[0] not in ("-h", "--help", "--version")):
        args_list = ["gui", *args_list]
    args = parser.parse_args(args_list)
    try:
        return int(args.handler(args))
    except BrokenPipeError:  # the reader went away (`opdstudio … | head`): stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (Python flushes stdout at exit)
        return 0
    except OpdError as exc:
        print(f"opdstudio: {exc.message('id')}\n({exc.message_en})", file=sys.stderr)
        return 1


def _gui(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .app import run_gui

    return run_gui(Path(args.profile) if args.profile else None, demo=args.demo, language=args.lang)
