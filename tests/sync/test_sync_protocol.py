"""The server side of sync as a client sees it: app.apply_mutation (push), app.pull and the photo blobs."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine

from opdstudio.core.sync import protocol
from opdstudio.core.sync.connection import server_engine
from tests.sync.shared import SharedWorld, draft, new_id, post_hash, set_status

# One worker builds this module's database once (pytest -n 2 --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_sync_protocol")


@pytest.fixture(scope="module")
def engines(shared_world: SharedWorld) -> Iterator[dict[str, Engine]]:
    made = {key: server_engine(shared_world.db.url(who.login)) for key, who in shared_world.people.items()}
    yield made
    for engine in made.values():
        engine.dispose()


class Client:
    """One installation pushing its outbox, entry by entry, each in its own transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.id = uuid.uuid4()
        self.seq = 0

    def push(self, table: str, row: dict[str, Any], base_rev: int | None = None) -> protocol.MutationResult:
        self.seq += 1
        return self.replay(self.seq, table, row, base_rev)

    def replay(self, seq: int, table: str, row: dict[str, Any], base_rev: int | None) -> protocol.MutationResult:
        with self.engine.begin() as conn:
            return protocol.apply_mutation(conn, self.id, seq, table, row, base_rev)

    def pull(self, since: int, limit: int = 1000) -> list[protocol.PulledRow]:
        with self.engine.begin() as conn:
            return protocol.pull(conn, since, limit)


def post_row(world: SharedWorld, who: str = "author", **values: Any) -> dict[str, Any]:
    now = datetime.now(UTC)
    row = {
        "id": new_id(),
        "rev": 1,
        "server_version": None,
        "deleted_at": None,
        "created_at": now,
        "updated_at": now,
        "organisation_id": world.bidang,
        "author_id": world.people[who].id,
        "title": "Vaksinasi",
        "kind": "social",
        "status": "draft",
        "main_text": "Vaksinasi anak di Posyandu Mawar.",
        "event_date": None,
        "event_place": "",
        "programme": "",
        "content_hash": "",
        "submitted_at": None,
    }
    return row | values


def test_a_replayed_push_is_a_no_op(shared_world: SharedWorld, engines: dict[str, Engine]) -> None:
    client = Client(engines["author"])
    row = post_row(shared_world)
    first = client.push("post", row)
    assert first.outcome == "applied" and first.server_row is not None
    assert first.server_row["server_version"] > 0 and first.server_row["rev"] == 1
    again = client.replay(client.seq, "post", row, None)
    assert again.outcome == "duplicate" and again.original_outcome == "applied"
    assert again.server_row == first.server_row  # nothing written twice, no new version


def test_edits_are_compare_and_set_on_rev(shared_world: SharedWorld, engines: dict[str, Engine]) -> None:
    author, colleague = Client(engines["author"]), Client(engines["admin2"])
    row = post_row(shared_world)
    author.push("post", row)
    edited = author.push("post", row | {"title": "Vaksinasi anak", "rev": 2}, base_rev=1)
    assert edited.outcome == "applied" and edited.server_row is not None
    assert (edited.server_row["title"], edited.server_row["rev"]) == ("Vaksinasi anak", 2)
    stale = colleague.push("post", row | {"title": "Imunisasi"}, base_rev=1)
    assert stale.outcome == "conflict" and stale.reason == "rev"
    assert stale.server_row is not None and stale.server_row["title"] == "Vaksinasi anak"  # the server wins in place
    converged = colleague.push("post", row | {"title": "Vaksinasi anak"}, base_rev=1)
    assert converged.outcome == "applied" and converged.reason == "unchanged"
    assert converged.server_row == edited.server_row  # nothing written: same values, same version
    partial = colleague.push("post", {"id": row["id"], "programme": "BIAN 2026"}, base_rev=2)
    assert partial.outcome == "applied" and partial.server_row is not None
    assert (partial.server_row["programme"], partial.server_row["title"]) == ("BIAN 2026", "Vaksinasi anak")


def test_refusals_come_back_with_a_reason_in_both_languages(
    shared_world: SharedWorld, engines: dict[str, Engine]
) -> None:
    post = draft(shared_world, "dual")
    set_status(shared_world, "dual", post, "in_review")
    client = Client(engines["dual"])
    review = {
        "id": new_id(),
        "post_id": post.id,
        "reviewer_id": shared_world.people["dual"].id,
        "level": 1,
        "decision": "approve",
        "content_hash": post.content_hash,
    }
    result = client.push("review", review)
    assert (result.outcome, result.reason) == ("rejected", "self_review")
    assert result.message_id.startswith("Anda tidak dapat") and result.message_en == "You cannot review your own post."
    replay = client.replay(client.seq, "review", review, None)
    assert (replay.outcome, replay.original_outcome, replay.reason) == ("duplicate", "rejected", "self_review")
    assert replay.server_row is None
    reviewer_post = Client(engines["reviewer"]).push("post", post_row(shared_world, "reviewer"))
    assert (reviewer_post.outcome, reviewer_post.reason) == ("rejected", "not_admin")
    unknown = client.push("login_person", {"id": "x"})
    assert (unknown.outcome, unknown.reason) == ("rejected", "unknown_table")
    hidden = Client(engines["outsider"]).push("post", {"id": post.id, "title": "x"}, base_rev=1)
    assert (hidden.outcome, hidden.reason, hidden.server_row) == ("rejected", "not_found", None)
    invalid = client.push("post", post_row(shared_world, "dual", created_at="kemarin"))
    assert (invalid.outcome, invalid.reason) == ("rejected", "invalid")


def test_a_natural_key_clash_returns_the_row_that_holds_it(
    shared_world: SharedWorld, engines: dict[str, Engine]
) -> None:
    post = draft(shared_world)
    first, second = Client(engines["author"]), Client(engines["admin2"])
    variant = {"post_id": post.id, "platform": "youtube", "text": "Tonton di YouTube"}
    mine = first.push("postvariant", variant | {"id": new_id()})
    theirs = second.push("postvariant", variant | {"id": new_id(), "text": "Versi lain"})
    assert theirs.outcome == "conflict" and theirs.reason == "duplicate_key"
    assert theirs.server_row == mine.server_row


def test_a_reviewer_decision_and_the_status_update_after_it_converge(
    shared_world: SharedWorld, engines: dict[str, Engine]
) -> None:
    post = draft(shared_world)
    set_status(shared_world, "author", post, "in_review")
    reviewer = Client(engines["reviewer"])
    with engines["reviewer"].begin() as conn:
        seen = protocol.pull(conn, 0)
    server_post = next(p.row for p in seen if p.table == "post" and p.row["id"] == post.id)
    review = {
        "id": new_id(),
        "post_id": post.id,
        "reviewer_id": shared_world.people["reviewer"].id,
        "level": 1,
        "decision": "approve",
        "content_hash": post.content_hash,
    }
    assert reviewer.push("review", review).outcome == "applied"
    status = reviewer.push("post", server_post | {"status": "approved"}, base_rev=server_post["rev"])
    assert (status.outcome, status.reason) == ("applied", "unchanged")
    assert status.server_row is not None and status.server_row["status"] == "approved"


def test_pull_returns_what_the_reader_may_see_after_the_cursor(
    shared_world: SharedWorld, engines: dict[str, Engine]
) -> None:
    author, outsider = Client(engines["author"]), Client(engines["outsider"])
    start = max((r.server_version for r in author.pull(0, 100_000)), default=0)
    posts = [draft(shared_world) for _ in range(3)]
    changed = author.pull(start)
    assert [r.server_version for r in changed] == sorted(r.server_version for r in changed)
    assert {p.id for p in posts} <= {r.row["id"] for r in changed if r.table == "post"}
    assert {"posttarget", "postvariant"} <= {r.table for r in changed}
    assert not {p.id for p in posts} & {r.row["id"] for r in outsider.pull(start)}
    pages, cursor = [], start
    while page := author.pull(cursor, limit=4):
        pages.append(page)
        cursor = page[-1].server_version
    assert [r for page in pages for r in page] == changed
    assert all(len(page) <= 4 for page in pages)


def test_photo_bytes_go_up_once_and_before_their_row(shared_world: SharedWorld, engines: dict[str, Engine]) -> None:
    data = f"JPEG {uuid.uuid4()}".encode()
    sha = hashlib.sha256(data).hexdigest()
    photo = {
        "id": new_id(),
        "sha256": sha,
        "original_name": "mawar.jpg",
        "size_bytes": len(data),
        "width": 10,
        "height": 10,
        "imported_by_id": shared_world.people["author"].id,
    }
    client = Client(engines["author"])
    early = client.push("photo", photo)
    assert (early.outcome, early.reason) == ("rejected", "blob_missing")
    with engines["author"].begin() as conn:
        assert protocol.missing_photo_blobs(conn, [sha, sha]) == {sha}
        assert protocol.put_photo_blob(conn, sha, data) is True
    with engines["admin2"].begin() as conn:
        assert protocol.put_photo_blob(conn, sha, data) is False  # another admin, the same picture
        assert protocol.missing_photo_blobs(conn, [sha]) == set()
        with pytest.raises(protocol.ServerRefusal) as wrong, protocol.refusals_as_errors():
            protocol.put_photo_blob(conn, "0" * 64, data)
    assert wrong.value.code == "blob_hash" and wrong.value.message_en.startswith("The photo's bytes")
    assert client.push("photo", photo | {"id": new_id()}).outcome == "applied"


def test_the_hash_a_client_computes_is_the_one_the_server_computes(shared_world: SharedWorld) -> None:
    targets = {shared_world.instagram: "instagram", shared_world.facebook: "facebook"}
    post = draft(shared_world, title="Café Bupati", text="Teks é\u0301 dengan emoji 🎉 dan \t tab.")
    assert post.content_hash == post_hash("Café Bupati", "Teks é\u0301 dengan emoji 🎉 dan \t tab.", targets)
    with shared_world.db.superuser() as root:
        row = root.execute("SELECT app.content_hash(p) FROM app.post p WHERE p.id = %s", (post.id,)).fetchone()
    assert row == (post.content_hash,)
