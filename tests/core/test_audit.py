"""The audit trail: a hash chain per organisation that shows any edited, deleted or reordered event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlmodel import col, select

from opdstudio.core.domain.enums import AuditAction
from opdstudio.core.domain.models import AuditEvent
from opdstudio.core.services.audit import ChainProblem, _event_digest, append_event, verify_chain
from opdstudio.core.storage.database import Database

if TYPE_CHECKING:
    from tests.core.conftest import World


def fill(db: Database, w: World, org: str, n: int) -> list[AuditEvent]:
    """Append ``n`` events to the chain of ``org`` and return them in order."""
    with db.session() as s:
        for i in range(n):
            append_event(
                s,
                organisation_id=org,
                actor_id=w.admin,
                action=AuditAction.EDITED if i % 2 else AuditAction.CREATED,
                content_hash=f"{i:064x}",
                detail={"step": i, "note": "ubah teks"},
            )
    return chain(db, org)


def chain(db: Database, org: str) -> list[AuditEvent]:
    with db.session() as s:
        stmt = select(AuditEvent).where(AuditEvent.organisation_id == org).order_by(col(AuditEvent.seq))
        return list(s.exec(stmt).all())


def tamper(db: Database, sql: str, **params: object) -> None:
    with db.session() as s:
        s.connection().execute(text(sql), params)


def problems(db: Database, org: str | None = None) -> set[tuple[int, str]]:
    with db.session() as s:
        return {(p.seq, p.problem) for p in verify_chain(s, org)}


def test_events_form_a_chain_numbered_from_one(db: Database, world: World) -> None:
    events = fill(db, world, world.bidang, 4)
    assert [e.seq for e in events] == [1, 2, 3, 4]
    assert events[0].prev_hash == ""
    assert [e.prev_hash for e in events[1:]] == [e.event_hash for e in events[:-1]]
    assert len({e.event_hash for e in events}) == 4
    assert problems(db) == set()


def test_each_organisation_has_its_own_chain(db: Database, world: World) -> None:
    fill(db, world, world.bidang, 3)
    other = fill(db, world, world.other_dinas, 2)
    assert [e.seq for e in other] == [1, 2]
    assert other[0].prev_hash == ""
    assert [e.seq for e in fill(db, world, world.bidang, 1)] == [1, 2, 3, 4]

    tamper(
        db,
        "UPDATE auditevent SET action = 'approved' WHERE organisation_id = :org AND seq = 2",
        org=world.bidang,
    )
    assert problems(db, world.other_dinas) == set()
    assert problems(db, world.bidang) == {(2, "edited")}
    with db.session() as s:
        assert verify_chain(s) == [ChainProblem(world.bidang, 2, "edited")]


def test_the_chain_survives_reopening_the_profile(db: Database, world: World) -> None:
    fill(db, world, world.bidang, 3)
    assert db.paths is not None
    db.close()
    again = Database.open_profile(db.paths.root)
    try:
        assert problems(again) == set()
    finally:
        again.close()


def test_an_edited_event_is_reported_as_edited(db: Database, world: World) -> None:
    edits = {
        "detail": '{"step": 1, "note": "teks lain"}',
        "action": "approved",
        "content_hash": "f" * 64,
        "actor_id": world.kabid,
        "created_at": "2020-01-01 00:00:00.000000",
    }
    events = fill(db, world, world.bidang, len(edits) + 1)
    # one column changed in each event from the second on; the first stays intact
    for ev, (column, value) in zip(events[1:], edits.items(), strict=True):
        tamper(db, f"UPDATE auditevent SET {column} = :v WHERE id = :id", v=value, id=ev.id)
    assert problems(db) == {(seq, "edited") for seq in range(2, len(edits) + 2)}


def test_an_edited_event_with_its_own_hash_recomputed_breaks_the_link_to_the_next(db: Database, world: World) -> None:
    events = fill(db, world, world.bidang, 3)
    with db.session() as s:
        ev = s.get(AuditEvent, events[1].id)
        assert ev is not None
        ev.detail = {"step": 1, "note": "dipalsukan"}
        ev.event_hash = _event_digest(ev)
    assert problems(db) == {(3, "reordered")}


def test_a_deleted_middle_event_is_detected(db: Database, world: World) -> None:
    events = fill(db, world, world.bidang, 4)
    tamper(db, "DELETE FROM auditevent WHERE id = :id", id=events[1].id)
    found = problems(db)
    assert (3, "missing") in found
    assert (3, "reordered") in found
    assert {seq for seq, _ in found} == {3}


def test_a_deleted_first_event_is_detected(db: Database, world: World) -> None:
    events = fill(db, world, world.bidang, 3)
    tamper(db, "DELETE FROM auditevent WHERE id = :id", id=events[0].id)
    found = problems(db)
    assert (2, "missing") in found
    assert (2, "reordered") in found


def test_two_swapped_events_are_detected(db: Database, world: World) -> None:
    events = fill(db, world, world.bidang, 4)
    # (organisation, seq) is unique, so a tamperer swaps through a free number
    tamper(db, "UPDATE auditevent SET seq = -1 WHERE id = :a", a=events[1].id)
    tamper(db, "UPDATE auditevent SET seq = 2 WHERE id = :b", b=events[2].id)
    tamper(db, "UPDATE auditevent SET seq = 3 WHERE id = :a", a=events[1].id)
    found = problems(db)
    assert found, "a reordered chain passed verification"
    assert {seq for seq, _ in found} <= {2, 3, 4}
    assert (2, "reordered") in found


def test_renumbering_to_hide_a_deletion_is_detected(db: Database, world: World) -> None:
    events = fill(db, world, world.bidang, 4)
    tamper(db, "DELETE FROM auditevent WHERE id = :id", id=events[1].id)
    for seq in (3, 4):  # one row at a time: (organisation, seq) is unique
        tamper(
            db,
            "UPDATE auditevent SET seq = :new WHERE organisation_id = :org AND seq = :old",
            new=seq - 1,
            old=seq,
            org=world.bidang,
        )
    found = problems(db)
    assert (2, "reordered") in found
    assert (2, "edited") in found
    assert not any(p == "missing" for _, p in found)


def test_appending_after_tampering_still_reports_the_tampered_event(db: Database, world: World) -> None:
    events = fill(db, world, world.bidang, 2)
    tamper(db, "UPDATE auditevent SET detail = '{}' WHERE id = :id", id=events[0].id)
    fill(db, world, world.bidang, 1)
    assert problems(db) == {(1, "edited")}
