"""Which organisations are ranked on their own ("agencies") and which units roll up into them.

The regent asks every OPD, BUMD, kecamatan and desa to publish daily, so an agency is: an organisation directly
under a Pemkab (dinas, badan, BUMD, kecamatan …), any desa or kelurahan wherever it sits, and a root that is not
a Pemkab. Everything else (bidang, puskesmas, sekolah …) is a unit whose publications count for the nearest
agency above it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from ..domain.enums import OrgKind
from ..domain.models import Organisation
from ..services.orgs import subtree

VILLAGE_KINDS = frozenset({OrgKind.DESA, OrgKind.KELURAHAN})


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    kind: str


@dataclass(frozen=True)
class AgencyMap:
    """The agencies and, for every organisation, the agency it rolls up into."""

    agencies: dict[str, Agency]
    rollup: dict[str, str]

    def within(self, org_ids: set[str]) -> list[Agency]:
        """Agencies whose publications come (at least partly) from ``org_ids``, by name."""
        found = {self.rollup[o] for o in org_ids if o in self.rollup}
        return sorted((self.agencies[a] for a in found), key=lambda a: a.name)


def agency_map(session: Session) -> AgencyMap:
    """Agencies of the profile and the roll-up of every live organisation."""
    orgs = {o.id: o for o in session.exec(select(Organisation).where(col(Organisation.deleted_at).is_(None))).all()}
    pemkab = {oid for oid, o in orgs.items() if o.kind == OrgKind.PEMKAB}

    def is_agency(o: Organisation) -> bool:
        if o.kind in VILLAGE_KINDS:
            return True
        return o.parent_id in pemkab or (o.parent_id not in orgs and o.kind != OrgKind.PEMKAB)

    agencies = {oid: Agency(oid, o.name, o.kind) for oid, o in orgs.items() if is_agency(o)}
    rollup: dict[str, str] = {}
    for oid in orgs:
        current: str | None = oid
        seen: set[str] = set()
        while current is not None and current not in agencies and current not in seen:
            seen.add(current)
            parent = orgs.get(current)
            current = parent.parent_id if parent else None
        if current in agencies:
            rollup[oid] = current
    return AgencyMap(agencies, rollup)


def scope_orgs(session: Session, scope_id: str | None) -> set[str] | None:
    """The organisations a report on ``scope_id`` covers (it and its units); None for the whole profile."""
    return None if scope_id is None else set(subtree(session, scope_id))
