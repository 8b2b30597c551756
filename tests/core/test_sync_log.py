"""The sync log: refused writes with the server's reason and open conflict copies, newest first."""

from __future__ import annotations

from datetime import UTC, datetime

from opdstudio.core.domain.sync_models import ConflictCopy, OutboxEntry, OutboxState
from opdstudio.core.storage.database import Database
from opdstudio.core.sync.sync_log import CONFLICT, REJECTED, SyncProblem, recent_problems


def test_rejections_and_conflicts_are_listed_newest_first(db: Database) -> None:
    assert recent_problems(db) == []
    early, late = datetime(2025, 3, 1, 8, 0, tzinfo=UTC), datetime(2025, 3, 2, 9, 30, tzinfo=UTC)
    with db.session() as s:
        s.add(
            OutboxEntry(
                table_name="review",
                row_id="r-1",
                payload={"comment": "ok"},
                state=OutboxState.REJECTED,
                reason="self_review",
                last_error="Tidak boleh meninjau tulisan sendiri. / You may not review your own post.",
                done_at=early,
            )
        )
        s.add(OutboxEntry(table_name="post", row_id="p-9", payload={"title": "Masih menunggu"}))
        s.add(ConflictCopy(table_name="post", row_id="p-1", reason="stale_rev", local_row={"title": "Posyandu"}))
        s.add(
            ConflictCopy(
                table_name="post", row_id="p-2", reason="stale_rev", local_row={"title": "Sudah"}, resolved_at=late
            )
        )
    found = recent_problems(db)
    assert [(p.kind, p.table, p.row_id, p.title) for p in found] == [
        (CONFLICT, "post", "p-1", "Posyandu"),
        (REJECTED, "review", "r-1", ""),
    ]
    rejected: SyncProblem = found[1]
    assert rejected.reason == "self_review" and rejected.when == early
    assert rejected.message("id") == "Tidak boleh meninjau tulisan sendiri."
    assert rejected.message("en") == "You may not review your own post."
    assert found[0].message("en").startswith("Also changed on the server")
