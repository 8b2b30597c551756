"""The official account registry: validation and changes, and which links are publications on an account."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import ParseResult, parse_qs, urlparse

from sqlmodel import Session, col, select

from ..domain.enums import AccountStatus, Role
from ..domain.models import OfficialAccount, Organisation, Person
from ..domain.platforms import SPECS, Platform
from ..domain.types import utcnow
from ..errors import DomainError
from .orgs import ancestors, holds_role
from .posts import touch

PLATFORM_DOMAINS: dict[str, tuple[str, ...]] = {
    "facebook": ("facebook.com", "fb.com", "fb.me"),
    "instagram": ("instagram.com",),
    "tiktok": ("tiktok.com",),
    "youtube": ("youtube.com", "youtu.be"),
    "x": ("x.com", "twitter.com"),
    "website": (),
}
# What each platform accepts as a user name (without the leading @), and how it says so.
_HANDLES: dict[str, tuple[re.Pattern[str], str, str]] = {
    "facebook": (
        re.compile(r"^(?:[A-Za-z0-9.]{5,50}|\d{5,20})$"),
        "minimal 5 huruf, angka atau titik (atau nomor ID halaman)",
        "at least 5 letters, digits or dots (or the page's ID number)",
    ),
    "instagram": (
        re.compile(r"^(?!\.)(?!.*\.\.)[A-Za-z0-9._]{1,30}(?<!\.)$"),
        "1–30 huruf, angka, titik atau garis bawah; tanpa titik di awal, di akhir atau berurutan",
        "1–30 letters, digits, dots or underscores; no dot at the start, at the end or twice in a row",
    ),
    "tiktok": (
        re.compile(r"^[A-Za-z0-9._]{2,24}(?<!\.)$"),
        "2–24 huruf, angka, titik atau garis bawah, tidak diakhiri titik",
        "2–24 letters, digits, dots or underscores, not ending with a dot",
    ),
    "youtube": (
        re.compile(r"^[A-Za-z0-9._-]{3,30}$"),
        "3–30 huruf, angka, titik, garis bawah atau tanda hubung",
        "3–30 letters, digits, dots, underscores or hyphens",
    ),
    "x": (
        re.compile(r"^[A-Za-z0-9_]{1,15}$"),
        "1–15 huruf, angka atau garis bawah",
        "1–15 letters, digits or underscores",
    ),
}
# Platforms whose profile URL names the account: first path segment (TikTok and YouTube write it as @name).
_PATH_NAMED = ("facebook", "instagram", "tiktok", "youtube", "x")


@dataclass
class AccountInput:
    """What a person types for an account."""

    organisation_id: str
    platform: str
    handle: str
    url: str
    status: AccountStatus = AccountStatus.ACTIVE
    reported_on: date | None = None
    managed_by_id: str | None = None


def canonical_url(platform: str, handle: str) -> str:
    """The usual profile address of ``handle`` on ``platform`` (a website's handle is its domain)."""
    name = handle.strip().lstrip("@")
    return {
        "facebook": f"https://www.facebook.com/{name}",
        "instagram": f"https://www.instagram.com/{name}",
        "tiktok": f"https://www.tiktok.com/@{name}",
        "youtube": f"https://www.youtube.com/@{name}",
        "x": f"https://x.com/{name}",
    }.get(platform, f"https://{name}")


def _named_in_url(platform: str, parsed: ParseResult) -> str | None:
    """The account name the URL points at, or None when the URL does not name one (e.g. a channel id)."""
    if platform == "facebook" and parsed.path.rstrip("/") == "/profile.php":
        ids = parse_qs(parsed.query).get("id")
        return ids[0] if ids else None
    segments = [p for p in parsed.path.split("/") if p]
    if not segments:
        return None
    first = segments[0]
    if platform == "youtube" and not first.startswith("@"):
        return None  # /channel/UC…, /c/name: not the handle
    return first.lstrip("@")


def _within(host: str, domains: tuple[str, ...]) -> bool:
    """Whether ``host`` is one of ``domains`` or under one of them."""
    return any(host == d or host.endswith("." + d) for d in domains if d)


def validate(data: AccountInput) -> AccountInput:
    """Check the handle by the platform's rules and that the URL is the platform's address of that handle;
    returns cleaned values (TikTok, YouTube and X handles get their @)."""
    if data.platform not in PLATFORM_DOMAINS:
        raise DomainError(f"Platform '{data.platform}' tidak dikenal.", f"Unknown platform '{data.platform}'.")
    handle = data.handle.strip()
    url = data.url.strip()
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    if parsed.scheme not in ("http", "https") or not host:
        raise DomainError("URL akun harus lengkap (https://…).", "The account URL must be complete (https://…).")
    domains = PLATFORM_DOMAINS[data.platform]
    if domains and not _within(host, domains):
        raise DomainError(
            f"URL ini bukan alamat {data.platform} ({', '.join(domains)}).",
            f"This URL is not a {data.platform} address ({', '.join(domains)}).",
        )
    if data.platform == "website":
        return replace(data, handle=handle or host.removeprefix("www."), url=url)
    pattern, rule_id, rule_en = _HANDLES[data.platform]
    name = handle.removeprefix("@")
    if not pattern.match(name):
        raise DomainError(
            f"Nama akun {data.platform} tidak sah: {rule_id}.", f"Invalid {data.platform} account name: {rule_en}."
        )
    named = _named_in_url(data.platform, parsed) if host not in ("youtu.be", "fb.me") else None
    if named is not None and named.lower() != name.lower():
        raise DomainError(
            f"URL menunjuk akun '{named}', bukan '{name}'. Samakan nama akun dan URL-nya.",
            f"The URL points at the account '{named}', not '{name}'. Make the account name and URL agree.",
        )
    if data.platform in ("tiktok", "youtube", "x") or handle.startswith("@"):
        handle = "@" + name
    return replace(data, handle=handle, url=url)


def _host(url: str) -> str:
    """The URL's host, lower-case, without a leading 'www.'."""
    host = (urlparse(url).hostname or "").lower()
    return host.removeprefix("www.")


def _page(url: str) -> tuple[str, str]:
    """What tells two links to the same page apart: host and path, ignoring case and a trailing '/'."""
    return _host(url), urlparse(url).path.rstrip("/").lower()


def check_publication_url(account: OfficialAccount, url: str) -> str:
    """The cleaned link of a publication on ``account``, or a DomainError saying what is wrong with it.

    The link must be a full http(s) URL on the account's platform (for a website, on the account's own
    site) and must not be the account's page itself.
    """
    clean = url.strip()
    parsed = urlparse(clean)
    host = _host(clean)
    if parsed.scheme not in ("http", "https") or not host:
        raise DomainError(
            "Tautan publikasi harus berupa URL lengkap (https://…).",
            "The publication link must be a full URL (https://…).",
        )
    site = account.platform not in PLATFORM_DOMAINS or not PLATFORM_DOMAINS[account.platform]
    domains = (_host(account.url),) if site else PLATFORM_DOMAINS[account.platform]
    if not _within(host, domains):
        shown = ", ".join(domains)
        if site:
            raise DomainError(
                f"Tautan ini bukan alamat situs web akun {account.handle} ({shown}).",
                f"This link is not on the website of the account {account.handle} ({shown}).",
            )
        name = SPECS[Platform(account.platform)].display_name
        raise DomainError(f"Tautan ini bukan alamat {name} ({shown}).", f"This link is not on {name} ({shown}).")
    if _page(clean) == _page(account.url):
        raise DomainError(
            "Ini tautan halaman akun, bukan tautan postingan yang terbit.",
            "This is the account's page, not the link of the published post.",
        )
    return clean


def _require_editor(session: Session, actor_id: str, org_id: str) -> None:
    if not any(holds_role(session, actor_id, role, org_id) for role in (Role.ADMIN, Role.OVERSIGHT, Role.OPERATOR)):
        raise DomainError(
            "Anda tidak berwenang mengubah akun resmi organisasi ini.",
            "You may not change this organisation's official accounts.",
        )


def save_account(session: Session, actor_id: str, data: AccountInput, account_id: str | None = None) -> OfficialAccount:
    """Create (no ``account_id``) or update an official account after validating it."""
    clean = validate(data)
    _require_editor(session, actor_id, clean.organisation_id)
    if account_id is None:
        account = OfficialAccount(organisation_id=clean.organisation_id, platform=clean.platform, handle="", url="")
        session.add(account)
    else:
        found = session.get(OfficialAccount, account_id)
        if found is None:
            raise DomainError("Akun tidak ditemukan.", "Account not found.")
        account = found
        touch(account)
    account.organisation_id = clean.organisation_id
    account.platform = clean.platform
    account.handle = clean.handle
    account.url = clean.url
    account.status = clean.status
    account.reported_on = clean.reported_on
    account.managed_by_id = clean.managed_by_id
    session.flush()
    return account


def delete_account(session: Session, actor_id: str, account_id: str) -> None:
    """Tombstone an account (publications that refer to it are kept)."""
    account = session.get(OfficialAccount, account_id)
    if account is None:
        raise DomainError("Akun tidak ditemukan.", "Account not found.")
    _require_editor(session, actor_id, account.organisation_id)
    account.deleted_at = utcnow()
    touch(account)


@dataclass(frozen=True)
class AccountRow:
    id: str
    organisation_id: str
    organisation: str
    platform: str
    handle: str
    url: str
    status: str
    reported_on: date | None
    managed_by_id: str | None = None
    managed_by: str = ""


def list_accounts(session: Session, org_ids: list[str] | None = None) -> list[AccountRow]:
    """Live accounts (optionally of some organisations), by organisation and platform."""
    stmt = (
        select(OfficialAccount, Organisation.name, Person.name)
        .join(Organisation, col(Organisation.id) == col(OfficialAccount.organisation_id))
        .outerjoin(Person, col(Person.id) == col(OfficialAccount.managed_by_id))
        .where(col(OfficialAccount.deleted_at).is_(None))
        .order_by(col(Organisation.name), col(OfficialAccount.platform), col(OfficialAccount.handle))
    )
    if org_ids is not None:
        stmt = stmt.where(col(OfficialAccount.organisation_id).in_(org_ids))
    return [
        AccountRow(
            a.id,
            a.organisation_id,
            org,
            a.platform,
            a.handle,
            a.url,
            a.status,
            a.reported_on,
            a.managed_by_id,
            manager or "",
        )
        for a, org, manager in session.exec(stmt).all()
    ]


def accounts_for_posting(session: Session, org_id: str) -> list[AccountRow]:
    """Active accounts a post of ``org_id`` may target: its own and those of the organisations above it."""
    rows = list_accounts(session, ancestors(session, org_id))
    return [r for r in rows if r.status == AccountStatus.ACTIVE]
