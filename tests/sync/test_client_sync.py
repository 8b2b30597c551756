"""The client sync engine against a real shared database: two local profiles (an admin, a reviewer), offline work,
push, pull, replays, conflicts and refusals."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlmodel import col, select

from opdstudio.core.domain.models import AuditEvent, Post, PostTarget, PostVariant, Review
from opdstudio.core.domain.sync_models import ConflictCopy, OutboxEntry
from opdstudio.core.services import posts, workflow
from opdstudio.core.storage.database import Database
from opdstudio.core.sync.engine import SyncEngine, SyncOffline
from tests.sync.shared import SharedWorld

pytestmark = pytest.mark.xdist_group("test_client_sync")


class Client:
    """One installation: a local profile and its sync engine, logged in as one person."""

    def __init__(self, world: SharedWorld, key: str, root: Path) -> None:
        self.world = world
        self.key = key
        self.person_id = world.people[key].id
        self.db = Database.open_profile(root)
        self.online = True
        self.engine = SyncEngine(self.db, self._connect)

    def _connect(self) -> psycopg.Connection[Any]:
        if not self.online:
            raise psycopg.OperationalError("connection refused")
        return psycopg.connect(self.world.db.url(self.world.people[self.key].login))

    def sync(self) -> Any:
        return self.engine.sync()

    def post(self, post_id: str) -> Post:
        with self.db.session() as s:
            found = s.get(Post, post_id)
            assert found is not None
            return found

    def outbox(self) -> list[OutboxEntry]:
        with self.db.session() as s:
            return list(s.exec(select(OutboxEntry).order_by(col(OutboxEntry.seq))).all())

    def close(self) -> None:
        self.engine.close()
        self.db.close()


@pytest.fixture
def clients(shared_world: SharedWorld, tmp_path: Path) -> Iterator[Callable[[str], Client]]:
    made: list[Client] = []

    def make(key: str) -> Client:
        client = Client(shared_world, key, tmp_path / f"{key}-{len(made)}")
        client.sync()
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def draft_post(client: Client, text: str = "Posyandu Melati buka hari Sabtu.") -> str:
    w = client.world
    with client.db.session() as s:
        post = posts.create_post(
            s,
            client.person_id,
            w.bidang,
            title="Posyandu",
            main_text=text,
            target_account_ids=[w.instagram, w.facebook],
        )
        return post.id


def server_post(world: SharedWorld, post_id: str) -> dict[str, Any]:
    with world.db.superuser() as conn:
        row = conn.execute("SELECT to_jsonb(p) FROM app.post p WHERE id = %s", (post_id,)).fetchone()
    assert row is not None
    return dict(row[0])


def test_first_sync_brings_the_world_and_local_writes_fill_the_outbox(clients: Callable[[str], Client]) -> None:
    admin = clients("author")
    assert admin.outbox() == []  # rows from the server leave no outbox entries
    post_id = draft_post(admin)
    entries = admin.outbox()
    assert [e.table_name for e in entries] == [
        "post",
        "posttarget",
        "posttarget",
        "postvariant",
        "postvariant",
        "auditevent",
    ]
    assert all(e.state == "pending" and e.base_rev is None for e in entries)
    assert admin.engine.status().pending == 6
    report = admin.sync()
    assert (report.pushed, report.rejected, report.conflicts, report.pending) == (6, 0, 0, 0)
    assert server_post(admin.world, post_id)["status"] == "draft"
    local = admin.post(post_id)
    assert local.server_version is not None and local.rev == 1
    status = admin.engine.status()
    assert (status.pending, status.conflicts, status.rejected) == (0, 0, 0) and status.last_synced_at is not None


def test_admin_submits_offline_reviewer_approves_and_admin_sees_it(clients: Callable[[str], Client]) -> None:
    admin, reviewer = clients("author"), clients("reviewer")
    admin.online = False
    post_id = draft_post(admin)
    with admin.db.session() as s:
        workflow.submit(s, admin.person_id, post_id)
    with pytest.raises(SyncOffline) as offline:
        admin.sync()
    assert "tidak dapat dihubungi" in offline.value.message_id and "cannot be reached" in offline.value.message_en
    assert admin.engine.status().pending > 0
    admin.online = True
    report = admin.sync()
    assert report.rejected == 0 and report.pending == 0
    assert server_post(admin.world, post_id)["status"] == "in_review"

    reviewer.sync()
    seen = reviewer.post(post_id)
    assert seen.status == "in_review"
    with reviewer.db.session() as s:
        workflow.approve(s, reviewer.person_id, post_id, seen.content_hash)
    report = reviewer.sync()
    assert (report.rejected, report.conflicts, report.pending) == (0, 0, 0)
    assert server_post(admin.world, post_id)["status"] == "approved"

    admin.sync()
    assert admin.post(post_id).status == "approved"
    with admin.db.session() as s:
        reviews = s.exec(select(Review).where(col(Review.post_id) == post_id)).all()
        events = s.exec(select(AuditEvent).where(col(AuditEvent.post_id) == post_id)).all()
    assert [r.decision for r in reviews] == ["approve"]
    assert {e.action for e in events} >= {"created", "submitted", "approved"}
    assert admin.outbox()[-1].state == "sent"


def test_a_replayed_push_is_a_no_op(clients: Callable[[str], Client], monkeypatch: pytest.MonkeyPatch) -> None:
    """The connection drops after the server committed but before the client recorded it: the retry is a
    duplicate, nothing is written twice."""
    from opdstudio.core.sync import push as push_module

    admin = clients("author")
    post_id = draft_post(admin)
    real = push_module.record_answers

    def crash_before_recording(*args: Any) -> Any:
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(push_module, "record_answers", crash_before_recording)
    with pytest.raises(SyncOffline):
        admin.sync()
    monkeypatch.setattr(push_module, "record_answers", real)
    pending = [e for e in admin.outbox() if e.state == "pending"]
    # The batch was committed on the server but none of its answers recorded: all frozen, all pending.
    assert len(pending) == 6 and all(e.payload is not None for e in pending)
    report = admin.sync()
    assert (report.pushed, report.rejected, report.conflicts, report.pending) == (6, 0, 0, 0)
    with admin.world.db.superuser() as conn:
        count = conn.execute("SELECT count(*) FROM app.posttarget WHERE post_id = %s", (post_id,)).fetchone()
    assert count is not None and count[0] == 2


def test_a_rev_conflict_keeps_the_local_version_as_a_copy(clients: Callable[[str], Client]) -> None:
    admin, colleague = clients("author"), clients("admin2")
    post_id = draft_post(admin)
    admin.sync()
    colleague.sync()
    with colleague.db.session() as s:
        posts.edit_post(s, colleague.person_id, post_id, posts.PostEdit(title="Judul rekan"))
    colleague.sync()
    with admin.db.session() as s:
        posts.edit_post(s, admin.person_id, post_id, posts.PostEdit(title="Judul saya"))
    report = admin.sync()
    assert report.conflicts >= 1
    assert admin.post(post_id).title == "Judul rekan"  # the server version wins in place
    with admin.db.session() as s:
        copies = s.exec(select(ConflictCopy)).all()
    assert [(c.table_name, c.row_id, c.reason) for c in copies if c.table_name == "post"] == [("post", post_id, "rev")]
    post_copy = next(c for c in copies if c.table_name == "post")
    assert post_copy.server_row is not None and post_copy.server_row["title"] == "Judul rekan"
    assert post_copy.local_row["title"] == "Judul saya"
    assert admin.engine.status().conflicts == len([c for c in copies if c.resolved_at is None])
    assert {c.table_name for c in copies if c.resolved_at is not None} <= {"auditevent"}  # stored, not shown
    assert admin.engine.status().pending == 0


def test_an_offline_approval_of_a_changed_hash_is_rejected_with_its_reason(clients: Callable[[str], Client]) -> None:
    admin, reviewer = clients("author"), clients("reviewer")
    post_id = draft_post(admin)
    with admin.db.session() as s:
        workflow.submit(s, admin.person_id, post_id)
    admin.sync()
    reviewer.sync()
    seen = reviewer.post(post_id)
    with reviewer.db.session() as s:  # offline: approves what it saw
        workflow.approve(s, reviewer.person_id, post_id, seen.content_hash)
    with admin.db.session() as s:  # meanwhile the admin changes the text and submits again
        posts.edit_post(s, admin.person_id, post_id, posts.PostEdit(main_text="Posyandu Melati buka hari Minggu."))
        workflow.submit(s, admin.person_id, post_id)
    admin.sync()
    report = reviewer.sync()
    assert report.rejected >= 1
    rejected = [e for e in reviewer.outbox() if e.state == "rejected"]
    review_entry = next(e for e in rejected if e.table_name == "review")
    assert review_entry.reason == "stale_hash" and review_entry.last_error
    assert review_entry.payload is not None and review_entry.payload["content_hash"] == seen.content_hash
    # The rest of the approval (its audit event, the post status) is refused with it, never applied alone.
    rest = [e for e in rejected if e.table_name in ("auditevent", "post")]
    assert sorted(e.table_name for e in rest) == ["auditevent", "post"]
    assert all(e.reason == "with_refused" and e.last_error for e in rest)
    with reviewer.world.db.superuser() as conn:
        decided = conn.execute(
            "SELECT count(*) FROM app.auditevent WHERE post_id = %s AND actor_id = %s",
            (post_id, reviewer.person_id),
        ).fetchone()
    assert decided == (0,)
    with reviewer.db.session() as s:
        assert s.exec(select(Review).where(col(Review.post_id) == post_id)).first() is None
        mine = select(AuditEvent).where(
            col(AuditEvent.post_id) == post_id, col(AuditEvent.actor_id) == reviewer.person_id
        )
        assert not s.exec(mine).all()
    assert reviewer.post(post_id).status == "in_review"
    assert reviewer.engine.status().rejected == len(rejected)
    again = reviewer.sync()  # never retried
    assert (again.pushed, again.rejected) == (0, 0)
    assert [e.state for e in reviewer.outbox() if e.seq == review_entry.seq] == ["rejected"]


def test_a_natural_key_clash_resolves_to_the_server_row(clients: Callable[[str], Client]) -> None:
    """Two admins add the same target account to a post offline: the second push meets the first one's row."""
    admin, colleague = clients("author"), clients("admin2")
    w = admin.world
    with admin.db.session() as s:
        post_id = posts.create_post(
            s, admin.person_id, w.bidang, title="Lomba", main_text="Lomba desa.", target_account_ids=[w.instagram]
        ).id
    admin.sync()
    colleague.sync()
    both = posts.PostEdit(target_account_ids=[w.instagram, w.facebook])
    for client in (colleague, admin):
        with client.db.session() as s:
            posts.edit_post(s, client.person_id, post_id, both)
    colleague.sync()
    report = admin.sync()
    assert report.conflicts >= 2 and report.pending == 0  # the facebook target and variant (and the post's rev)
    with w.db.superuser() as conn:
        on_server = conn.execute(
            "SELECT id FROM app.posttarget WHERE post_id = %s AND deleted_at IS NULL ORDER BY id", (post_id,)
        ).fetchall()
        variants = conn.execute("SELECT id FROM app.postvariant WHERE post_id = %s ORDER BY id", (post_id,)).fetchall()
    with admin.db.session() as s:
        local_targets = sorted(t.id for t in s.exec(select(PostTarget).where(col(PostTarget.post_id) == post_id)).all())
        reasons = {c.reason for c in s.exec(select(ConflictCopy)).all()}
    assert local_targets == [r[0] for r in on_server]
    assert sorted(v.id for v in _variants(admin, post_id)) == [r[0] for r in variants]
    assert "duplicate_key" in reasons


def test_the_cli_syncs_a_profile(shared_world: SharedWorld, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from opdstudio.cli import main

    url = shared_world.db.url(shared_world.people["author"].login)
    profile = str(tmp_path / "cli-profile")
    assert main(["sync", "--profile", profile, "--url", url, "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["pulled"] > 0 and first["pending"] == 0
    assert main(["sync", "--profile", profile, "--status", "--format", "json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert (status["pending"], status["conflicts"], status["rejected"]) == (0, 0, 0)
    assert status["last_synced_at"] is not None


def _variants(client: Client, post_id: str) -> list[PostVariant]:
    with client.db.session() as s:
        return list(s.exec(select(PostVariant).where(col(PostVariant.post_id) == post_id)).all())
