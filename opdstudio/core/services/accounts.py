"""The official account registry: validation and changes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlparse

from sqlmodel import Session, col, select

from ..domain.enums import AccountStatus, Role
from ..domain.models import OfficialAccount, Organisation
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
_HANDLE = re.compile(r"^@?[A-Za-z0-9._-]{2,60}$")


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


def validate(data: AccountInput) -> AccountInput:
    """Check the handle and that the URL belongs to the platform; returns cleaned values."""
    if data.platform not in PLATFORM_DOMAINS:
        raise DomainError(f"Platform '{data.platform}' tidak dikenal.", f"Unknown platform '{data.platform}'.")
    handle = data.handle.strip()
    url = data.url.strip()
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    if parsed.scheme not in ("http", "https") or not host:
        raise DomainError("URL akun harus lengkap (https://…).", "The account URL must be complete (https://…).")
    domains = PLATFORM_DOMAINS[data.platform]
    if domains and not any(host == d or host.endswith("." + d) for d in domains):
        raise DomainError(
            f"URL ini bukan alamat {data.platform} ({', '.join(domains)}).",
            f"This URL is not a {data.platform} address ({', '.join(domains)}).",
        )
    if data.platform != "website" and not _HANDLE.match(handle):
        raise DomainError(
            "Nama akun hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung.",
            "An account handle may contain only letters, digits, dots, underscores or hyphens.",
        )
    return AccountInput(
        data.organisation_id, data.platform, handle or host, url, data.status, data.reported_on, data.managed_by_id
    )


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


def list_accounts(session: Session, org_ids: list[str] | None = None) -> list[AccountRow]:
    """Live accounts (optionally of some organisations), by organisation and platform."""
    stmt = (
        select(OfficialAccount, Organisation.name)
        .join(Organisation, col(Organisation.id) == col(OfficialAccount.organisation_id))
        .where(col(OfficialAccount.deleted_at).is_(None))
        .order_by(col(Organisation.name), col(OfficialAccount.platform), col(OfficialAccount.handle))
    )
    if org_ids is not None:
        stmt = stmt.where(col(OfficialAccount.organisation_id).in_(org_ids))
    return [
        AccountRow(a.id, a.organisation_id, name, a.platform, a.handle, a.url, a.status, a.reported_on)
        for a, name in session.exec(stmt).all()
    ]


def accounts_for_posting(session: Session, org_id: str) -> list[AccountRow]:
    """Active accounts a post of ``org_id`` may target: its own and those of the organisations above it."""
    rows = list_accounts(session, ancestors(session, org_id))
    return [r for r in rows if r.status == AccountStatus.ACTIVE]
