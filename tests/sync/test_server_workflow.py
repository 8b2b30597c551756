"""The shared database enforces the workflow itself: raw SQL sent by a person's own login role is judged by
row-level security and the triggers, whatever client sent it."""

from __future__ import annotations

import itertools
import json

import psycopg
import pytest

from opdstudio.core.domain.enums import PolicyCondition
from opdstudio.core.domain.workflow import LevelRule, PolicyFacts, required_levels
from opdstudio.core.sync.admin import verify_audit
from opdstudio.core.sync.connection import server_engine
from tests.sync.shared import (
    SharedWorld,
    approved,
    audit,
    draft,
    new_id,
    post_hash,
    publish,
    review,
    set_status,
    status_of,
)

# One worker builds this module's database once (pytest -n 2 --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_server_workflow")


def refused(code: str) -> pytest.RaisesExc[psycopg.Error]:
    """A workflow refusal with this code (SQLSTATE OPD01, the code in the hint)."""
    return pytest.raises(psycopg.Error, check=lambda e: e.sqlstate == "OPD01" and e.diag.message_hint == code)


def test_approval_by_a_reviewer_moves_the_post_and_publication_follows(shared_world: SharedWorld) -> None:
    post = draft(shared_world)
    set_status(shared_world, "author", post, "in_review")
    review(shared_world, "reviewer", post)
    assert status_of(shared_world, post) == "approved"
    publish(shared_world, "author", post)
    assert status_of(shared_world, post) == "published"


def test_self_approval_is_refused_even_for_an_admin_who_is_also_reviewer(shared_world: SharedWorld) -> None:
    post = draft(shared_world, "dual")
    set_status(shared_world, "dual", post, "in_review")
    with refused("self_review"):
        review(shared_world, "dual", post)
    assert status_of(shared_world, post) == "in_review"


def test_approval_of_a_stale_hash_is_refused(shared_world: SharedWorld) -> None:
    post = draft(shared_world)
    stale = post.content_hash
    set_status(shared_world, "author", post, "in_review")
    targets = {shared_world.instagram: "instagram", shared_world.facebook: "facebook"}
    new_hash = post_hash("Posyandu", "Teks baru.", targets)
    conn = shared_world.conn("author")
    with conn.transaction():
        conn.execute(
            "UPDATE app.post SET main_text = 'Teks baru.', content_hash = %s WHERE id = %s", (new_hash, post.id)
        )
        conn.execute("UPDATE app.postvariant SET text = 'Teks baru.' WHERE post_id = %s", (post.id,))
    with refused("stale_hash"):
        review(shared_world, "reviewer", post, content_hash=stale)
    post.content_hash = new_hash
    review(shared_world, "reviewer", post)
    assert status_of(shared_world, post) == "approved"


def test_a_hash_that_does_not_match_the_rows_cannot_be_approved(shared_world: SharedWorld) -> None:
    """An admin who edits a variant but keeps the old hash gains nothing: the server recomputes the hash."""
    post = draft(shared_world)
    set_status(shared_world, "author", post, "in_review")
    shared_world.conn("author").execute(
        "UPDATE app.postvariant SET text = 'Teks lain yang tidak ditinjau.' WHERE post_id = %s AND platform = %s",
        (post.id, "facebook"),
    )
    with refused("stale_hash"):
        review(shared_world, "reviewer", post)


def test_publication_of_an_unapproved_post_is_refused(shared_world: SharedWorld) -> None:
    post = draft(shared_world)
    with refused("not_approved"):
        publish(shared_world, "author", post)
    set_status(shared_world, "author", post, "in_review")
    with refused("not_approved"):
        publish(shared_world, "author", post)
    with refused("bad_transition"):
        set_status(shared_world, "author", post, "published")
    with refused("not_approved"):
        set_status(shared_world, "author", post, "approved")
    assert status_of(shared_world, post) == "in_review"


def test_content_changed_after_approval_cannot_be_published(shared_world: SharedWorld) -> None:
    post = approved(shared_world)
    shared_world.conn("author").execute(
        "UPDATE app.postvariant SET text = 'Diam-diam diubah.' WHERE post_id = %s AND platform = %s",
        (post.id, "instagram"),
    )
    with refused("not_approved"):
        publish(shared_world, "author", post)


def test_publication_needs_the_approved_hash_a_target_and_a_full_url(shared_world: SharedWorld) -> None:
    post = approved(shared_world)
    with refused("not_approved"):
        publish(shared_world, "author", post, content_hash="0" * 64)
    conn = shared_world.conn("author")
    with refused("bad_url"):
        conn.execute(
            "INSERT INTO app.publication (id, post_id, account_id, url, published_at, content_hash, recorded_by_id) "
            "VALUES (%s, %s, %s, 'instagram/p/1', now(), %s, %s)",
            (new_id(), post.id, post.targets[0], post.content_hash, shared_world.people["author"].id),
        )
    with refused("not_admin"):
        publish(shared_world, "reviewer", post)


def test_only_a_reviewer_of_the_tree_decides_and_at_their_own_level(shared_world: SharedWorld) -> None:
    post = draft(shared_world)
    set_status(shared_world, "author", post, "in_review")
    with refused("not_reviewer"):
        review(shared_world, "admin2", post)
    with refused("wrong_level"):  # a kepala bidang cannot sign as kepala dinas ...
        review(shared_world, "reviewer", post, level=2)
    with refused("wrong_level"):  # ... nor a kepala dinas below their own level
        review(shared_world, "kadis", post, "request_changes", level=1)
    with refused("comment_required"):
        review(shared_world, "reviewer", post, "reject", comment=" ")
    decision = review(shared_world, "kadis", post, "request_changes")  # level 2 reaches the waiting level 1
    assert status_of(shared_world, post) == "changes_requested"
    assert level_of_review(shared_world, decision) == 2
    with refused("not_in_review"):
        review(shared_world, "reviewer", post)


def level_of_review(world: SharedWorld, review_id: str) -> int:
    with world.db.superuser() as root:
        row = root.execute("SELECT level FROM app.review WHERE id = %s", (review_id,)).fetchone()
    assert row is not None
    return int(row[0])


def unit(world: SharedWorld, *levels: tuple[int, str]) -> str:
    """A new unit under the bidang with its own approval policy (level, condition)."""
    org = new_id()
    with world.db.superuser() as root:
        root.execute(
            "INSERT INTO app.organisation (id, name, kind, parent_id) VALUES (%s, %s, 'bidang', %s)",
            (org, f"Unit {org[:8]}", world.bidang),
        )
        for level, condition in levels:
            root.execute(
                "INSERT INTO app.approvallevel (id, organisation_id, level, label, condition) "
                "VALUES (%s, %s, %s, %s, %s)",
                (new_id(), org, level, f"Tingkat {level}", condition),
            )
    return org


def test_two_levels_when_the_regent_is_named(shared_world: SharedWorld) -> None:
    w = shared_world
    seksi = unit(w, (1, "always"), (2, "on_regent_mention"))
    plain = draft(w, org=seksi, text="Rapat koordinasi posyandu.")
    regent = draft(w, org=seksi, text="Bupati meresmikan posyandu.")
    hashtag = draft(w, org=seksi, text="Lomba desa #WabupRejangLebong.")
    for post in (plain, regent, hashtag):
        set_status(w, "author", post, "in_review")
    review(w, "reviewer", plain)
    assert status_of(w, plain) == "approved"
    review(w, "reviewer", regent)
    assert status_of(w, regent) == "in_review"
    with refused("wrong_level"):  # level 1 is covered; the kepala bidang has nothing left to sign
        review(w, "reviewer", regent)
    review(w, "kadis", regent)
    assert status_of(w, regent) == "approved"
    review(w, "reviewer", hashtag)  # the client's pattern: abbreviations and hashtags name the regent too
    assert status_of(w, hashtag) == "in_review"


def test_a_kepala_dinas_approving_first_covers_the_levels_below(shared_world: SharedWorld) -> None:
    w = shared_world
    seksi = unit(w, (1, "always"), (2, "on_regent_mention"))
    plain = draft(w, org=seksi, text="Rapat koordinasi posyandu.")
    regent = draft(w, org=seksi, text="Wakil Bupati membuka lomba.")
    for post in (plain, regent):
        set_status(w, "author", post, "in_review")
        approval = review(w, "kadis", post)
        assert status_of(w, post) == "approved"  # no kepala bidang needed after the kepala dinas
        assert level_of_review(w, approval) == 2
        with refused("not_in_review"):
            review(w, "reviewer", post)
    publish(w, "author", regent)
    assert status_of(w, regent) == "published"


def test_a_kepala_bidang_cannot_sign_once_a_higher_level_is_covered(shared_world: SharedWorld) -> None:
    w = shared_world
    three = unit(w, (1, "always"), (2, "always"), (3, "on_warning"))
    post = draft(w, org=three, lint_warning=True)
    set_status(w, "author", post, "in_review")
    review(w, "kadis", post)  # covers levels 1 and 2; level 3 waits
    assert status_of(w, post) == "in_review"
    for decision in ("approve", "request_changes", "reject"):
        with refused("wrong_level"):
            review(w, "reviewer", post, decision)
    review(w, "sekda", post)
    assert status_of(w, post) == "approved"


def test_a_lint_warning_brings_in_the_on_warning_levels(shared_world: SharedWorld) -> None:
    w = shared_world
    for condition in ("on_warning", "on_warning_or_regent"):
        org = unit(w, (1, "always"), (2, condition))
        clean = draft(w, org=org, text="Ayo datang ke posyandu.")
        warned = draft(w, org=org, text="Gak usah ragu, ayo datang.", lint_warning=True)
        for post in (clean, warned):
            set_status(w, "author", post, "in_review")
            review(w, "reviewer", post)
        assert status_of(w, clean) == "approved"
        assert status_of(w, warned) == "in_review"
        review(w, "kadis", warned)
        assert status_of(w, warned) == "approved"


def test_only_an_admin_sets_the_lint_warning_and_it_counts_like_the_content(shared_world: SharedWorld) -> None:
    w = shared_world
    org = unit(w, (1, "always"), (2, "on_warning"))
    post = draft(w, org=org)
    set_status(w, "author", post, "in_review")
    review(w, "reviewer", post)
    assert status_of(w, post) == "approved"
    flag = "UPDATE app.post SET lint_warning = true WHERE id = %s"
    with refused("not_admin"):
        w.conn("reviewer").execute(flag, (post.id,))
    with refused("not_approved"):  # with the warning the post would need level 2: it is no longer approved
        w.conn("author").execute(flag, (post.id,))
    w.conn("author").execute(
        "UPDATE app.post SET lint_warning = true, status = 'in_review' WHERE id = %s", (post.id,)
    )  # resubmitted with the warning
    review(w, "kadis", post)
    assert status_of(w, post) == "approved"


@pytest.mark.parametrize(
    ("action", "barred"),
    [("created", True), ("edited", True), ("withdrawn", True), ("approval_voided", True), ("submitted", False)],
)
def test_a_reviewer_who_wrote_the_post_is_refused_even_as_raw_sql(
    shared_world: SharedWorld, action: str, barred: bool
) -> None:
    w = shared_world
    post = draft(w)  # the author's post; "dual" is admin and reviewer of the bidang
    audit(w, "dual", post, action)
    set_status(w, "author", post, "in_review")
    if barred:
        with refused("editor_review"):
            review(w, "dual", post)
        with refused("editor_review"):
            review(w, "dual", post, "request_changes")
        assert status_of(w, post) == "in_review"
    else:
        review(w, "dual", post)
        assert status_of(w, post) == "approved"


POLICIES = [
    *[((1, "always"), (2, c)) for c in ("always", "on_warning", "on_regent_mention", "on_warning_or_regent")],
    ((1, "on_warning"),),
    ((2, "on_regent_mention"), (3, "on_warning")),
    ((1, "on_warning_or_regent"), (2, "on_warning"), (4, "on_regent_mention")),
    (),
]


def test_required_levels_follow_the_client_rule(shared_world: SharedWorld) -> None:
    """app.required_levels == domain.workflow.required_levels for every condition and fact."""
    with shared_world.db.superuser() as root, root.transaction(force_rollback=True):
        for policy in POLICIES:
            org = new_id()
            root.execute("INSERT INTO app.organisation (id, name) VALUES (%s, 'Uji kebijakan')", (org,))
            for level, condition in policy:
                root.execute(
                    "INSERT INTO app.approvallevel (id, organisation_id, level, label, condition) "
                    "VALUES (%s, %s, %s, 'x', %s)",
                    (new_id(), org, level, condition),
                )
            rules = [LevelRule(level, "x", PolicyCondition(condition)) for level, condition in policy]
            for warning, regent in itertools.product((False, True), repeat=2):
                row = {
                    "id": new_id(),
                    "organisation_id": org,
                    "title": "Bupati hadir" if regent else "Posyandu",
                    "lint_warning": warning,
                }
                got = root.execute(
                    "SELECT app.required_levels(jsonb_populate_record(NULL::app.post, %s::jsonb))", (json.dumps(row),)
                ).fetchone()
                expected = required_levels(rules, PolicyFacts(has_warning=warning, mentions_regent=regent))
                assert got == (list(expected),), (policy, warning, regent)


def test_lint_overrides_are_written_by_reviewers_oversight_and_operators_not_admins(
    shared_world: SharedWorld,
) -> None:
    w = shared_world
    org = unit(w)
    insert = (
        "INSERT INTO app.lintoverrides (id, organisation_id, overrides, updated_by_id) "
        'VALUES (%s, %s, \'[{"rule": "slang.tidak", "disable": true}]\', %s)'
    )
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # an admin cannot switch off what stops their posts
        w.conn("author").execute(insert, (new_id(), org, w.people["author"].id))
    row = new_id()
    w.conn("reviewer").execute(insert, (row, org, w.people["reviewer"].id))
    update = "UPDATE app.lintoverrides SET overrides = '[]', updated_by_id = app.person_id() WHERE id = %s"
    assert w.conn("author").execute(update, (row,)).rowcount == 0
    for who in ("dual", "oversight", "operator"):  # dual is a reviewer of the bidang as well as an admin
        assert w.conn(who).execute(update, (row,)).rowcount == 1, who
    assert w.conn("outsider").execute(update, (row,)).rowcount == 0


@pytest.mark.parametrize(
    ("start", "target"),
    [
        ("published", "draft"),
        ("published", "in_review"),
        ("draft", "published"),
        ("draft", "rejected"),
        ("draft", "changes_requested"),
        ("changes_requested", "draft"),
    ],
)
def test_disallowed_transitions_are_refused(shared_world: SharedWorld, start: str, target: str) -> None:
    post = approved(shared_world) if start == "published" else draft(shared_world)
    if start == "published":
        publish(shared_world, "author", post)
    elif start == "changes_requested":
        set_status(shared_world, "author", post, "in_review")
        review(shared_world, "reviewer", post, "request_changes")
    with pytest.raises(psycopg.Error, check=lambda e: e.sqlstate == "OPD01"):
        set_status(shared_world, "author", post, target)
    assert status_of(shared_world, post) == start


def test_an_edit_withdraws_or_voids_and_a_reviewer_cannot_edit(shared_world: SharedWorld) -> None:
    post = approved(shared_world)
    with refused("not_admin"):
        shared_world.conn("reviewer").execute("UPDATE app.post SET title = 'Judul peninjau' WHERE id = %s", (post.id,))
    set_status(shared_world, "author", post, "draft")  # voided by an edit
    set_status(shared_world, "author", post, "approved")  # the same content is still approved
    rejected = draft(shared_world)
    set_status(shared_world, "author", rejected, "in_review")
    review(shared_world, "reviewer", rejected, "reject")
    with refused("frozen"):
        shared_world.conn("author").execute("UPDATE app.post SET title = 'x' WHERE id = %s", (rejected.id,))
    with refused("frozen"):
        shared_world.conn("author").execute("UPDATE app.postvariant SET text = 'x' WHERE post_id = %s", (rejected.id,))


@pytest.mark.parametrize("table", ["review", "publication", "auditevent"])
def test_append_only_tables_refuse_update_delete_and_truncate_even_for_a_superuser(
    shared_world: SharedWorld, table: str
) -> None:
    post = approved(shared_world)
    publish(shared_world, "author", post)
    audit(shared_world, "author", post, "published")
    member = shared_world.conn("author")
    for statement in (f"UPDATE app.{table} SET updated_at = now()", f"DELETE FROM app.{table}"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            member.execute(statement)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        member.execute(f"TRUNCATE app.{table}")
    with shared_world.db.superuser() as root:
        for statement in (
            f"UPDATE app.{table} SET updated_at = now()",
            f"DELETE FROM app.{table}",
            f"TRUNCATE app.{table} CASCADE",
        ):
            with refused("append_only"):
                root.execute(statement)


def test_audit_events_chain_per_organisation_with_the_python_digest(shared_world: SharedWorld) -> None:
    post = draft(shared_world)
    audit(shared_world, "author", post, "created", {"n": 1, "ratio": 0.5, "teks": "Cafe\u0301"})
    audit(shared_world, "admin2", post, "edited", {"list": [3, 1.0e-5], "nested": {"b": True, "a": None}})
    audit(shared_world, "reviewer", post, "approved", {"level": 1})
    with refused("not_actor"):
        audit(shared_world, "oversight", post, "edited")
    engine = server_engine(shared_world.db.superuser_url)
    assert verify_audit(engine, shared_world.bidang) == []
    with shared_world.db.superuser() as root:
        root.execute("SET session_replication_role = replica")  # the superuser switches the triggers off
        root.execute(
            "UPDATE app.auditevent SET detail = %s WHERE post_id = %s AND action = 'edited'",
            (json.dumps({"list": [3]}), post.id),
        )
    problems = verify_audit(engine, shared_world.bidang)
    engine.dispose()
    assert [p.problem for p in problems] == ["edited"]
