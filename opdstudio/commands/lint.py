"""Lint commands: check a caption from a file or standard input, and show or set an agency's rule overrides."""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from opdstudio.core.errors import OpdError

from .common import Subparsers, as_arg, emit, find_org, format_arg, open_profile, profile_arg
from .posts import actor

PLATFORMS = ("facebook", "instagram", "tiktok", "youtube", "x", "website")


def register(sub: Subparsers) -> None:
    """Add the lint commands."""
    lint = sub.add_parser("lint", help="check a plain-text caption and print the findings")
    lint.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for standard input")
    lint.add_argument(
        "--platform",
        type=_platforms,
        default=[],
        metavar="LIST",
        help=f"also check the limits of these platforms, comma-separated ({','.join(PLATFORMS)})",
    )
    lint.add_argument("--lang", choices=("id", "en"), default="id", help="language of the messages")
    lint.add_argument("--org", help="apply the rule overrides of this organisation (name or id; needs the profile)")
    profile_arg(lint)
    format_arg(lint)
    lint.set_defaults(handler=_lint)

    rules = sub.add_parser("lint-rules", help="an agency's overrides of the lint rules")
    rules_sub = rules.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = rules_sub.add_parser("show", help="the overrides an organisation stores and those it inherits")
    show.add_argument("--org", required=True, help="organisation name or id")
    profile_arg(show)
    format_arg(show)
    show.set_defaults(handler=_rules_show)
    put = rules_sub.add_parser("set", help="replace an organisation's overrides with those in a TOML or JSON file")
    put.add_argument("file", metavar="FILE", help="TOML with [[override]] tables, or a JSON list")
    put.add_argument("--org", required=True, help="organisation name or id")
    as_arg(put)
    profile_arg(put)
    format_arg(put)
    put.set_defaults(handler=_rules_set)


def _platforms(value: str) -> list[str]:
    names = [p.strip().lower() for p in value.split(",") if p.strip()]
    unknown = [p for p in names if p not in PLATFORMS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown platform(s): {', '.join(unknown)}")
    return names


def _lint(args: argparse.Namespace) -> int:
    from opdstudio.core.lint import lint_text, load_rules
    from opdstudio.core.services.lint_service import rules_for

    text = sys.stdin.read() if args.file == "-" else _read(Path(args.file))
    if args.org:
        db = open_profile(args)
        with db.session() as session:
            rules = rules_for(session, find_org(session, args.org))
        db.close()
    else:
        rules = load_rules()
    findings = lint_text(text, args.platform, rules, args.lang)
    lines = [
        f"{f.severity:<5} {f.rule:<34} {f.variant or '-':<9} {f.start}-{f.end} {f.message}"
        + (f"\n      saran: {f.suggestion}" if f.suggestion else "")
        for f in findings
    ]
    emit(args, [f.to_dict() for f in findings], "\n".join(lines) or "Tidak ada temuan.")
    return 0


def _rules_show(args: argparse.Namespace) -> int:
    from opdstudio.core.services.lint_service import effective_overrides, overrides_of

    db = open_profile(args)
    with db.session() as session:
        org_id = find_org(session, args.org)
        data = {"own": overrides_of(session, org_id), "effective": effective_overrides(session, org_id)}
    db.close()
    emit(args, data, json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def _rules_set(args: argparse.Namespace) -> int:
    from opdstudio.core.services.lint_service import set_overrides

    path = Path(args.file)
    overrides = _parse_overrides(path, _read(path))
    db = open_profile(args)
    with db.session() as session:
        person = actor(session, args)
        org_id = find_org(session, args.org)
        set_overrides(session, person.id, org_id, overrides)
    db.close()
    emit(args, {"organisation_id": org_id, "overrides": overrides}, f"{len(overrides)} aturan pengganti disimpan.")
    return 0


def _parse_overrides(path: Path, text: str) -> list[dict[str, Any]]:
    try:
        data: Any = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text).get("override", [])
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise OpdError(f"Berkas {path} tidak dapat dibaca: {exc}", f"Cannot parse {path}: {exc}") from exc
    if not isinstance(data, list) or not all(isinstance(o, dict) for o in data):
        raise OpdError(
            "Berkas harus berisi daftar aturan pengganti ([[override]]).",
            "The file must hold a list of overrides ([[override]]).",
        )
    return data


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OpdError(f"Berkas {path} tidak dapat dibaca: {exc}", f"Cannot read {path}: {exc}") from exc
