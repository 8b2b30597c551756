"""What sync could not do as the person meant it: ``opdstudio sync-refused`` lists the kept copies of refused
writes with the server's reason; ``opdstudio sync-resolve N keep|discard`` settles one.

Keep: a post the server never had is sent again at the next sync (a draft of yours); a post's or a variant's text
goes back over the server's version as a new edit. Discard: the server's version stays (a post the server never
had is removed here). Either way the copy stays stored, marked resolved.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import Subparsers, as_arg, emit, format_arg, open_profile, profile_arg

REFUSED_EXIT = 3  # a sync that ran but had writes refused


def register(sub: Subparsers) -> None:
    """Add the sync-refused and sync-resolve commands."""
    listing = sub.add_parser("sync-refused", help="list the writes the shared database refused, with its reasons")
    profile_arg(listing)
    format_arg(listing)
    listing.set_defaults(handler=_list)
    settle = sub.add_parser("sync-resolve", help="keep or discard your version of a refused or conflicting write")
    settle.add_argument("copy", metavar="N", type=int, help="the copy's number, as sync-refused lists it")
    settle.add_argument("choice", choices=("keep", "discard"), help="keep your version, or the server's")
    profile_arg(settle)
    as_arg(settle, required=False)
    format_arg(settle)
    settle.set_defaults(handler=_resolve)


def refused_exit(rejected: int) -> int:
    """The exit code of a sync that had ``rejected`` writes refused (0 when none), saying how many on stderr."""
    if not rejected:
        return 0
    print(
        f"opdstudio: {rejected} perubahan ditolak server; lihat `opdstudio sync-refused`.\n"
        f"({rejected} changes were refused by the server; see `opdstudio sync-refused`.)",
        file=sys.stderr,
    )
    return REFUSED_EXIT


def copy_json(copy: Any) -> dict[str, Any]:
    """One kept copy as the listing shows it."""
    message_id, _, message_en = copy.message.partition(" / ")
    return {
        "copy": copy.id,
        "table": copy.table,
        "row_id": copy.row_id,
        "title": str(copy.local_row.get("title") or ""),
        "reason": copy.reason,
        "message_id": message_id,
        "message_en": message_en or message_id,
        "at": copy.created_at,
    }


def refused_listing(db: Any) -> tuple[list[dict[str, Any]], str]:
    """The profile's unresolved refused copies, as JSON rows and as lines for a person (``sync-refused`` and
    ``sync --status`` both print them)."""
    from opdstudio.core.sync.conflict_resolution import refused_copies

    copies = [copy_json(c) for c in refused_copies(db)]
    lines = [f"Ditolak server: {len(copies)} (Refused by the server: {len(copies)})"]
    for c in copies:
        name = f" «{c['title']}»" if c["title"] else ""
        lines.append(f"  #{c['copy']} {c['table']} {c['row_id'][:8]}{name}: {c['message_id'] or c['reason']}")
        lines.append(f"      ({c['message_en'] or c['reason']}) [{c['reason']}]")
    return copies, "\n".join(lines)


def _list(args: argparse.Namespace) -> int:
    db = open_profile(args)
    try:
        copies, text = refused_listing(db)
    finally:
        db.close()
    emit(args, copies, text)
    return 0


def _resolve(args: argparse.Namespace) -> int:
    from opdstudio.core.sync.conflict_resolution import discard_mine, find_copy, keep_mine

    from .posts import actor

    db = open_profile(args)
    try:
        copy = find_copy(db, args.copy)
        if args.choice == "keep":
            with db.session() as session:
                actor_id = str(actor(session, args).id)
            keep_mine(db, actor_id, copy)
            text = f"Salinan #{copy.id} dipertahankan. (Copy #{copy.id} kept.)"
        else:
            discard_mine(db, copy)
            text = f"Salinan #{copy.id} dibuang; versi server dipakai. (Discarded; the server's version stays.)"
    finally:
        db.close()
    emit(args, {"copy": copy.id, "choice": args.choice}, text)
    return 0
