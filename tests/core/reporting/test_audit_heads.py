"""The monthly PDF report prints each audit chain's head; a head printed on paper later catches what `audit verify`
cannot: a removed tail, or a chain edited and recomputed with the same digest."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlmodel import col, select

from opdstudio.core.domain.models import AuditEvent, Organisation
from opdstudio.core.reporting.audit_heads import anchor_problem, chain_heads
from opdstudio.core.reporting.report import ReportOptions, build_report
from opdstudio.core.reporting.report_pdf import write_report_pdf
from opdstudio.core.services import posts
from opdstudio.core.services.audit import _event_digest, verify_chain
from opdstudio.core.storage.database import Database
from tests.core.reporting.town import WEEK, Town


def raw_heads(path: Path) -> dict[str, tuple[int, str]]:
    """organisation name → (newest seq, its hash), read with plain sqlite3."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT o.name, e.seq, e.event_hash FROM auditevent e JOIN organisation o ON o.id = e.organisation_id "
            "WHERE e.seq = (SELECT max(seq) FROM auditevent WHERE organisation_id = e.organisation_id)"
        ).fetchall()
    finally:
        conn.close()
    return {name: (seq, digest) for name, seq, digest in rows}


def pdf_text(path: Path) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_pdf_report_prints_the_head_of_every_chain_in_scope(town_db: tuple[Database, Town], tmp_path: Path) -> None:
    db, _town = town_db
    assert db.paths is not None
    expected = raw_heads(db.paths.database)
    assert len(expected) >= 3
    with db.session() as s:
        report = build_report(s, WEEK, options=ReportOptions(), today=date(2026, 1, 1))
        dinkes = s.exec(select(Organisation.id).where(Organisation.name == "Dinas Kesehatan")).one()
        scoped = build_report(s, WEEK, dinkes, today=date(2026, 1, 1))
    assert {h.organisation: (h.seq, h.event_hash) for h in report.audit_heads} == expected
    assert [h.organisation for h in scoped.audit_heads] == ["Dinas Kesehatan"]

    path = tmp_path / "laporan.pdf"
    write_report_pdf(report, path)
    text = pdf_text(path)
    assert "10. Kepala rantai audit" in text
    for head in report.audit_heads:
        printed = head.grouped_hash.split()
        assert len(printed) == 8 and "".join(printed) == head.event_hash
        assert all(group in text for group in printed), head.organisation


@pytest.fixture
def chain(db: Database, world: Any) -> tuple[Database, str]:
    """A profile whose Bidang IKP chain holds three events (three drafts created)."""
    with db.session() as s:
        for n in range(3):
            posts.create_post(s, world.admin, world.bidang, title=f"Kegiatan {n}", main_text=f"Kegiatan ke-{n}.")
    return db, world.bidang


def _owner_writes(db: Database, sql: str, rows: list[tuple[Any, ...]]) -> None:
    """What the file's owner can do outside the app: drop the append-only triggers, then write."""
    assert db.paths is not None
    conn = sqlite3.connect(db.paths.database)
    with conn:
        triggers = conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'auditevent'")
        for (name,) in triggers.fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.executemany(sql, rows)
    conn.close()


def test_a_printed_head_catches_a_removed_tail_that_verify_misses(chain: tuple[Database, str]) -> None:
    db, org = chain
    with db.session() as s:
        (head,) = chain_heads(s, [org])
        assert head.seq == 3
        assert anchor_problem(s, org, head.seq, head.grouped_hash) is None
    _owner_writes(db, "DELETE FROM auditevent WHERE organisation_id = ? AND seq = ?", [(org, head.seq)])
    with db.session() as s:
        assert verify_chain(s) == []  # the shorter chain is still a valid chain
        assert anchor_problem(s, org, head.seq, head.event_hash) == "missing"


def test_a_printed_head_catches_a_recomputed_chain_that_verify_misses(chain: tuple[Database, str]) -> None:
    db, org = chain
    with db.session() as s:
        (head,) = chain_heads(s, [org])
        events = s.exec(select(AuditEvent).where(AuditEvent.organisation_id == org).order_by(col(AuditEvent.seq))).all()
    # edit the first event, then recompute every later hash with the same digest
    rows, prev = [], ""
    for n, ev in enumerate(events):
        if n == 0:
            ev.detail = {**ev.detail, "note": "diubah"}
        ev.prev_hash = prev
        ev.event_hash = prev = _event_digest(ev)
        rows.append((json.dumps(ev.detail), ev.prev_hash, ev.event_hash, ev.id))
    _owner_writes(db, "UPDATE auditevent SET detail = ?, prev_hash = ?, event_hash = ? WHERE id = ?", rows)
    with db.session() as s:
        assert verify_chain(s) == []
        assert anchor_problem(s, org, head.seq, head.grouped_hash) == "different"
