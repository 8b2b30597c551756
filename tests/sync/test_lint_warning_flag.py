"""The client's half of the ``lint_warning`` contract: the server cannot run lint and trusts the post's flag for
the on_warning levels, so the admin's services keep it in step with the content, and the approval policy reads
the flag (the same fact the server reads), never a fresh lint. Local profile only; no PostgreSQL needed."""

from __future__ import annotations

from typing import Any

import pytest

from opdstudio.core.domain.enums import PolicyCondition, PostStatus
from opdstudio.core.domain.models import ApprovalLevel
from opdstudio.core.services import lint_service, posts, workflow
from opdstudio.core.storage.database import Database

WARNED = "Gak usah ragu, ayo datang ke posyandu."  # slang: a warn finding
CLEAN = "Ayo datang ke posyandu."


def _on_warning_policy(db: Database, world: Any) -> None:
    with db.session() as s:
        s.add(ApprovalLevel(organisation_id=world.bidang, level=1, label="Kepala Bidang"))
        s.add(
            ApprovalLevel(
                organisation_id=world.bidang, level=2, label="Kepala Dinas", condition=PolicyCondition.ON_WARNING
            )
        )


def test_saving_keeps_the_flag_in_step_with_the_content(db: Database, world: Any) -> None:
    with db.session() as s:
        post = posts.create_post(s, world.admin, world.bidang, main_text=WARNED, target_account_ids=[world.instagram])
        assert post.lint_warning
        posts.edit_post(s, world.admin, post.id, posts.PostEdit(main_text=CLEAN))
        assert not post.lint_warning
        posts.edit_post(s, world.admin, post.id, posts.PostEdit(title="Gak usah ragu"))
        assert post.lint_warning


def test_submission_sets_the_flag_from_the_content_it_sends(db: Database, world: Any) -> None:
    _on_warning_policy(db, world)
    with db.session() as s:
        post = posts.create_post(s, world.admin, world.bidang, main_text=WARNED, target_account_ids=[world.instagram])
        post.lint_warning = False  # e.g. stale after a rule override changed
        workflow.submit(s, world.admin, post.id)
        assert post.lint_warning
        assert workflow.state_of(s, post).required_levels == (1, 2)


def test_the_policy_reads_the_flag_and_does_not_lint(db: Database, world: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _on_warning_policy(db, world)
    with db.session() as s:
        post = posts.create_post(s, world.admin, world.bidang, main_text=WARNED, target_account_ids=[world.instagram])
        workflow.submit(s, world.admin, post.id)
        seen = post.content_hash

    def no_lint(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the approval policy must read post.lint_warning, not lint again")

    monkeypatch.setattr(lint_service, "report_for_post", no_lint)
    with db.session() as s:
        assert workflow.approve(s, world.kabid, post.id, seen).status == PostStatus.IN_REVIEW
        assert workflow.approve(s, world.kadis, post.id, seen).status == PostStatus.APPROVED
