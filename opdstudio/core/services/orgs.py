"""Organisation tree and who holds which role where."""

from __future__ import annotations

from sqlmodel import Session, col, select

from ..domain.enums import Role
from ..domain.models import Membership, Organisation


def ancestors(session: Session, org_id: str) -> list[str]:
    """``org_id`` followed by its parent, grandparent … up to the root."""
    chain: list[str] = []
    current: str | None = org_id
    while current is not None and current not in chain:
        chain.append(current)
        org = session.get(Organisation, current)
        current = org.parent_id if org else None
    return chain


def subtree(session: Session, org_id: str) -> list[str]:
    """``org_id`` and every organisation below it."""
    children: dict[str | None, list[str]] = {}
    for oid, parent in session.exec(select(Organisation.id, Organisation.parent_id)).all():
        children.setdefault(parent, []).append(oid)
    out, stack = [], [org_id]
    while stack:
        oid = stack.pop()
        out.append(oid)
        stack.extend(children.get(oid, []))
    return out


def memberships(session: Session, person_id: str) -> list[Membership]:
    """Every live membership of a person."""
    stmt = select(Membership).where(Membership.person_id == person_id, col(Membership.deleted_at).is_(None))
    return list(session.exec(stmt).all())


def holds_role(session: Session, person_id: str, role: Role, org_id: str, *, inherited: bool = True) -> bool:
    """Whether the person holds ``role`` in ``org_id`` (or, when ``inherited``, in an ancestor)."""
    orgs = set(ancestors(session, org_id)) if inherited else {org_id}
    return any(m.role == role and m.organisation_id in orgs for m in memberships(session, person_id))


def reviewer_level(session: Session, person_id: str, org_id: str) -> int | None:
    """The highest approval level the person may sign for posts of ``org_id``, or None."""
    orgs = set(ancestors(session, org_id))
    levels = [m.level for m in memberships(session, person_id) if m.role == Role.REVIEWER and m.organisation_id in orgs]
    return max(levels) if levels else None


def orgs_where(session: Session, person_id: str, role: Role) -> list[str]:
    """Organisations (with their units) where the person holds ``role``."""
    out: list[str] = []
    for m in memberships(session, person_id):
        if m.role == role:
            out.extend(o for o in subtree(session, m.organisation_id) if o not in out)
    return out
