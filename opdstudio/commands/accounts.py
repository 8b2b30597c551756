"""``opdstudio account add|list``: the official account registry from the command line."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date

from .common import Subparsers, as_arg, emit, find_org, format_arg, open_profile, profile_arg
from .posts import actor

PLATFORMS = ("website", "facebook", "instagram", "tiktok", "youtube", "x")


def register(sub: Subparsers) -> None:
    """Add the account commands."""
    account = sub.add_parser("account", help="the official account registry")
    account_sub = account.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = account_sub.add_parser("add", help="register an official account of an organisation")
    profile_arg(add)
    as_arg(add, required=False)
    add.add_argument("--org", required=True, help="organisation name or id")
    add.add_argument("--platform", required=True, choices=PLATFORMS)
    add.add_argument("--handle", required=True, help="@name, page name, or the website's domain")
    add.add_argument("--url", required=True, help="the account's address on its platform")
    add.add_argument("--reported-on", type=date.fromisoformat, help="date reported to Diskominfo (YYYY-MM-DD)")
    format_arg(add)
    add.set_defaults(handler=_add)
    listing = account_sub.add_parser("list", help="the registered accounts")
    profile_arg(listing)
    format_arg(listing)
    listing.set_defaults(handler=_list)


def _add(args: argparse.Namespace) -> int:
    from opdstudio.core.services.accounts import AccountInput, save_account

    db = open_profile(args)
    try:
        with db.session() as session:
            data = AccountInput(
                organisation_id=find_org(session, args.org),
                platform=args.platform,
                handle=args.handle,
                url=args.url,
                reported_on=args.reported_on,
            )
            account = save_account(session, actor(session, args).id, data)
            result = {"id": account.id, "platform": account.platform, "handle": account.handle, "url": account.url}
        emit(args, result, f"{account.platform}:{account.handle} terdaftar ({account.id}).")
    finally:
        db.close()
    return 0


def _list(args: argparse.Namespace) -> int:
    from opdstudio.core.services.accounts import list_accounts

    db = open_profile(args)
    try:
        with db.session() as session:
            rows = list_accounts(session)
        emit(
            args,
            [asdict(r) for r in rows],
            "\n".join(f"{r.platform:<10} {r.handle:<32} {r.status:<8} {r.organisation}" for r in rows),
        )
    finally:
        db.close()
    return 0
