"""A combo box of the organisation tree (indented, units under their agency), first item "all"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from sqlmodel import Session, col, select

from opdstudio.core.domain.models import Organisation


def organisation_tree(session: Session) -> list[tuple[str, str, int]]:
    """(id, name, depth) of every live organisation, depth-first, siblings by name."""
    orgs = session.exec(select(Organisation).where(col(Organisation.deleted_at).is_(None))).all()
    ids = {o.id for o in orgs}
    children: dict[str | None, list[Organisation]] = {}
    for o in sorted(orgs, key=lambda o: o.name):
        children.setdefault(o.parent_id if o.parent_id in ids else None, []).append(o)
    out: list[tuple[str, str, int]] = []

    def walk(parent: str | None, depth: int) -> None:
        for o in children.get(parent, []):
            out.append((o.id, o.name, depth))
            walk(o.id, depth + 1)

    walk(None, 0)
    return out


def fill_organisations(combo: QComboBox, session: Session, all_label: str) -> None:
    """Refill ``combo`` keeping the chosen organisation (data: its id, None for all)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, None)
    for oid, name, depth in organisation_tree(session):
        combo.addItem("    " * depth + name, oid)
    index = combo.findData(chosen)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)
