"""Per-profile preferences stored in the profile itself."""

from __future__ import annotations

from sqlmodel import Session

from ..domain.models import Setting


def get_setting(session: Session, key: str, default: str = "") -> str:
    """The stored value of ``key`` or ``default``."""
    row = session.get(Setting, key)
    return row.value if row else default


def set_setting(session: Session, key: str, value: str) -> None:
    """Store ``value`` under ``key``."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
