"""A refused action never deletes the person's work: the server's version comes back in place, what the person
wrote stays as a copy listed with the server's reason (the sync log, the CLI), the sync's exit code says how many
writes were refused, and nothing reaches the server that should not."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import col, select

from opdstudio.core.domain.models import Post, PostTarget, PostVariant, Review
from opdstudio.core.services import posts, workflow
from opdstudio.core.sync.conflict_resolution import refused_copies
from opdstudio.core.sync.sync_log import REJECTED, recent_problems
from tests.sync import test_client_sync
from tests.sync.shared import SharedWorld
from tests.sync.test_client_sync import Client, draft_post, server_post

pytestmark = pytest.mark.xdist_group("test_refused_actions")
clients = test_client_sync.clients  # the fixture: installations of people of the shared world


def cli_sync(client: Client, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, int], str]:
    """``opdstudio sync`` on the client's profile: exit code, the JSON report, what went to stderr."""
    from opdstudio.cli import main

    url = client.world.db.url(client.world.people[client.key].login)
    code = main(["sync", "--profile", str(root(client)), "--url", url, "--format", "json"])
    out = capsys.readouterr()
    assert out.out.startswith("{"), out
    return code, json.loads(out.out), out.err


def root(client: Client) -> Path:
    assert client.db.paths is not None
    return client.db.paths.root


def cli_refused(client: Client, capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    from opdstudio.cli import main

    assert main(["sync-refused", "--profile", str(root(client)), "--format", "json"]) == 0
    return list(json.loads(capsys.readouterr().out))


def status_refused(client: Client, capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    from opdstudio.cli import main

    assert main(["sync", "--status", "--profile", str(root(client)), "--format", "json"]) == 0
    return list(json.loads(capsys.readouterr().out)["refused"])


def server_count(world: SharedWorld, sql: str, *params: str) -> int:
    with world.db.superuser() as conn:
        found = conn.execute(sql, params).fetchone()
    assert found is not None
    return int(found[0])


def test_an_offline_approval_as_someone_else_keeps_the_post_and_lists_the_refusal(
    clients: Callable[[str], Client], capsys: pytest.CaptureFixture[str]
) -> None:
    """On the author's laptop the post is written, submitted and 'approved by the reviewer' offline. The create
    and the submit are separate actions and reach the server; the approval (not the reviewer's login) is refused
    whole; the post stays the author's, in review, and the refusal is listed with its reason."""
    admin = clients("author")
    reviewer_id = admin.world.people["reviewer"].id
    admin.online = False
    post_id = draft_post(admin, "Posyandu Anggrek buka hari Senin.")
    with admin.db.session() as s:
        workflow.submit(s, admin.person_id, post_id)
    with admin.db.session() as s:
        workflow.approve(s, reviewer_id, post_id, admin.post(post_id).content_hash)
    assert admin.post(post_id).status == "approved"  # locally, until the server says no
    admin.online = True

    code, report, err = cli_sync(admin, capsys)

    assert code != 0 and report["rejected"] >= 1 and str(report["rejected"]) in err
    on_server = server_post(admin.world, post_id)
    assert on_server["status"] == "in_review" and on_server["main_text"] == "Posyandu Anggrek buka hari Senin."
    assert server_count(admin.world, "SELECT count(*) FROM app.review WHERE post_id = %s", post_id) == 0
    assert (
        server_count(
            admin.world, "SELECT count(*) FROM app.auditevent WHERE post_id = %s AND action = 'approved'", post_id
        )
        == 0
    )
    local = admin.post(post_id)
    assert (local.status, local.main_text, local.author_id) == (
        "in_review",
        "Posyandu Anggrek buka hari Senin.",
        admin.person_id,
    )
    with admin.db.session() as s:
        assert s.exec(select(Review).where(col(Review.post_id) == post_id)).first() is None
    listed = cli_refused(admin, capsys)
    assert status_refused(admin, capsys) == listed  # `sync --status` lists the same copies with their reasons
    review_copy = next(c for c in listed if c["table"] == "review")
    assert review_copy["reason"] not in ("", "with_refused") and review_copy["message_id"]
    assert any(c["table"] == "post" and c["reason"] == "with_refused" for c in listed)
    copy = next(c for c in refused_copies(admin.db) if c.table == "review")
    assert copy.local_row["reviewer_id"] == reviewer_id and copy.local_row["decision"] == "approve"
    problems = [p for p in recent_problems(admin.db) if p.kind == REJECTED]
    assert any(p.table == "review" and p.message("en").startswith("Refused by the server") for p in problems)


def test_a_post_created_offline_and_refused_comes_back_as_the_authors_draft(
    clients: Callable[[str], Client], capsys: pytest.CaptureFixture[str]
) -> None:
    """A post written on the author's laptop in a colleague's name is refused at creation: it stays here as a
    draft the author owns, with its text, variants and targets; keeping it sends it again, as the author's."""
    admin = clients("author")
    colleague_id = admin.world.people["admin2"].id
    w = admin.world
    with admin.db.session() as s:
        post_id = posts.create_post(
            s,
            colleague_id,
            w.bidang,
            title="Lomba Desa",
            main_text="Lomba desa bersih dibuka besok.",
            target_account_ids=[w.instagram, w.facebook],
        ).id

    code, report, _err = cli_sync(admin, capsys)

    assert code != 0 and report["rejected"] >= 1
    assert server_count(w, "SELECT count(*) FROM app.post WHERE id = %s", post_id) == 0
    assert server_count(w, "SELECT count(*) FROM app.postvariant WHERE post_id = %s", post_id) == 0
    local = admin.post(post_id)
    assert (local.status, local.author_id) == ("draft", admin.person_id)
    assert local.main_text == "Lomba desa bersih dibuka besok."
    with admin.db.session() as s:
        assert len(s.exec(select(PostVariant).where(col(PostVariant.post_id) == post_id)).all()) == 2
        assert len(s.exec(select(PostTarget).where(col(PostTarget.post_id) == post_id)).all()) == 2
    listed = cli_refused(admin, capsys)
    post_copy = next(c for c in listed if c["table"] == "post")
    assert post_copy["title"] == "Lomba Desa" and post_copy["reason"] not in ("", "with_refused")

    from opdstudio.cli import main
    from opdstudio.core.sync.join import claim_local_password

    claim_local_password(admin.db, w.people["author"].login, "sandi-lokal-penulis-1")  # --as asks for it
    keep = ["sync-resolve", str(post_copy["copy"]), "keep", "--profile", str(root(admin))]
    keep += ["--as", w.people["author"].login, "--password-stdin"]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", io.StringIO("sandi-lokal-penulis-1\n"))
        assert main(keep) == 0, capsys.readouterr().err
    capsys.readouterr()
    code, report, _err = cli_sync(admin, capsys)
    assert code == 0 and report["rejected"] == 0
    on_server = server_post(w, post_id)
    assert (on_server["author_id"], on_server["main_text"]) == (admin.person_id, "Lomba desa bersih dibuka besok.")
    assert server_count(w, "SELECT count(*) FROM app.posttarget WHERE post_id = %s", post_id) == 2
    assert cli_refused(admin, capsys) == []


def test_an_edit_refused_after_the_post_was_approved_elsewhere_keeps_the_authors_text(
    clients: Callable[[str], Client], capsys: pytest.CaptureFixture[str]
) -> None:
    admin, reviewer = clients("author"), clients("reviewer")
    post_id = draft_post(admin, "Posyandu Mawar buka hari Rabu.")
    with admin.db.session() as s:
        workflow.submit(s, admin.person_id, post_id)
    admin.sync()
    reviewer.sync()
    with reviewer.db.session() as s:
        workflow.approve(s, reviewer.person_id, post_id, reviewer.post(post_id).content_hash)
    reviewer.sync()
    with admin.db.session() as s:  # offline, still seeing it in review
        posts.edit_post(s, admin.person_id, post_id, posts.PostEdit(main_text="Posyandu Mawar buka hari Kamis."))

    code, report, _err = cli_sync(admin, capsys)

    assert code != 0 or report["conflicts"] >= 1
    on_server = server_post(admin.world, post_id)
    assert (on_server["status"], on_server["main_text"]) == ("approved", "Posyandu Mawar buka hari Rabu.")
    local = admin.post(post_id)
    assert (local.status, local.main_text) == ("approved", "Posyandu Mawar buka hari Rabu.")
    kept = [p for p in recent_problems(admin.db) if p.table == "post" and p.row_id == post_id]
    assert kept and all(p.reason for p in kept)
    with admin.db.session() as s:
        from opdstudio.core.domain.sync_models import ConflictCopy

        copies = s.exec(select(ConflictCopy).where(col(ConflictCopy.row_id) == post_id)).all()
    assert any(c.local_row.get("main_text") == "Posyandu Mawar buka hari Kamis." for c in copies)
    assert isinstance(local, Post)
