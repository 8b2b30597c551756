"""What a reviewer (atasan) sees when opening a post from the queue: the post as submitted, its lint findings
with the author's justifications, what changed since the version they saw, and earlier decisions."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session

from .composing import ComposerState, ReviewNote, review_history, state_from_post
from .diffing import FieldDiff, changes_since_last_review, changes_since_previous_submission
from .lint_service import LintReport, justification_authors, report_for_post
from .posts import compute_hash, get_post, targets_of
from .workflow import state_of


class DiffBasis(StrEnum):
    """Which earlier version the diff compares the current content with."""

    LAST_REVIEW = "last_review"  # the version this reviewer last decided on
    PREVIOUS_SUBMISSION = "previous_submission"  # they never decided on it: the author's previous submission


@dataclass(frozen=True)
class ReviewView:
    """A post as the reviewer reads it."""

    post_id: str
    status: str
    content_hash: str  # the hash the reviewer's decision will name
    state: ComposerState  # title, texts per platform, photos with captions, alt text and consent notes
    handles: dict[str, list[str]]  # platform → handles of its target accounts
    waiting_level: int | None
    required_levels: tuple[int, ...]
    report: LintReport
    justification_authors: dict[str, str]
    diff_basis: DiffBasis | None
    changes: list[FieldDiff] | None  # None: there is no earlier version to compare with
    history: list[ReviewNote]


def review_view(session: Session, post_id: str, reviewer_id: str, lang: str = "id") -> ReviewView:
    """Everything the review screen shows for ``post_id`` to ``reviewer_id``.

    The diff is against the version the reviewer last decided on; a reviewer who never decided on the post
    (e.g. the second level after the first sent it back) sees what changed since the author's previous
    submission instead.
    """
    post = get_post(session, post_id)
    handles: dict[str, list[str]] = {}
    for account in targets_of(session, post.id):
        handles.setdefault(account.platform, []).append(account.handle)
    report = report_for_post(session, post, lang)
    approval = state_of(session, post)
    basis: DiffBasis | None = DiffBasis.LAST_REVIEW
    changes = changes_since_last_review(session, post.id, reviewer_id)
    if changes is None:
        changes = changes_since_previous_submission(session, post.id)
        basis = DiffBasis.PREVIOUS_SUBMISSION if changes is not None else None
    return ReviewView(
        post_id=post.id,
        status=post.status,
        content_hash=compute_hash(session, post),
        state=state_from_post(session, post),
        handles=handles,
        waiting_level=approval.waiting_level,
        required_levels=approval.required_levels,
        report=report,
        justification_authors=justification_authors(session, report),
        diff_basis=basis,
        changes=changes,
        history=review_history(session, post.id),
    )
