"""The workflow rules as pure functions: levels a post needs, when it counts as approved, who is the regent."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opdstudio.core.domain.enums import Decision, PolicyCondition
from opdstudio.core.domain.workflow import (
    DEFAULT_POLICY,
    LevelRule,
    PolicyFacts,
    ReviewFact,
    approval_state,
    mentions_regent,
    required_levels,
)

C = PolicyCondition
H = "a" * 64  # the current content hash
OLD = "b" * 64  # a hash the post no longer has

NONE = PolicyFacts()
WARNING = PolicyFacts(has_warning=True)
REGENT = PolicyFacts(mentions_regent=True)
BOTH = PolicyFacts(has_warning=True, mentions_regent=True)


def ok(who: str, level: int, content_hash: str = H) -> ReviewFact:
    return ReviewFact(who, level, Decision.APPROVE, content_hash)


# --------------------------------------------------------------------------- required_levels


@pytest.mark.parametrize(
    ("condition", "facts", "needs_level_two"),
    [
        (C.ALWAYS, NONE, True),
        (C.ALWAYS, BOTH, True),
        (C.ON_WARNING, NONE, False),
        (C.ON_WARNING, WARNING, True),
        (C.ON_WARNING, REGENT, False),
        (C.ON_REGENT_MENTION, NONE, False),
        (C.ON_REGENT_MENTION, WARNING, False),
        (C.ON_REGENT_MENTION, REGENT, True),
        (C.ON_WARNING_OR_REGENT, NONE, False),
        (C.ON_WARNING_OR_REGENT, WARNING, True),
        (C.ON_WARNING_OR_REGENT, REGENT, True),
        (C.ON_WARNING_OR_REGENT, BOTH, True),
    ],
)
def test_a_conditional_level_applies_only_when_its_condition_holds(
    condition: PolicyCondition, facts: PolicyFacts, needs_level_two: bool
) -> None:
    policy = (LevelRule(1, "Kepala Bidang"), LevelRule(2, "Kepala Dinas", condition))
    assert required_levels(policy, facts) == ((1, 2) if needs_level_two else (1,))


def test_levels_come_out_ascending_and_once_whatever_the_policy_order() -> None:
    policy = (
        LevelRule(3, "Sekda", C.ON_REGENT_MENTION),
        LevelRule(1, "Kepala Bidang"),
        LevelRule(2, "Kepala Dinas", C.ON_WARNING),
        LevelRule(2, "Kepala Dinas (bupati)", C.ON_REGENT_MENTION),
    )
    assert required_levels(policy, BOTH) == (1, 2, 3)
    assert required_levels(policy, REGENT) == (1, 2, 3)
    assert required_levels(policy, WARNING) == (1, 2)
    assert required_levels(policy, NONE) == (1,)


def test_a_policy_where_nothing_applies_still_needs_its_lowest_level() -> None:
    """Nothing goes out unseen: "atasan harus mengetahui"."""
    policy = (LevelRule(2, "Kepala Dinas", C.ON_REGENT_MENTION), LevelRule(3, "Sekda", C.ON_WARNING))
    assert required_levels(policy, NONE) == (2,)
    assert required_levels((), NONE) == (1,)
    assert required_levels(DEFAULT_POLICY, NONE) == (1,)
    assert required_levels(DEFAULT_POLICY, BOTH) == (1,)


# --------------------------------------------------------------------------- approval_state


def test_without_reviews_the_first_level_waits() -> None:
    state = approval_state([], H, (1, 2))
    assert (state.approved_levels, state.waiting_level, state.is_approved) == ((), 1, False)


def test_one_approval_of_the_current_hash_approves_a_one_level_post() -> None:
    state = approval_state([ok("kabid", 1)], H, (1,))
    assert (state.approved_levels, state.waiting_level, state.is_approved) == ((1,), None, True)


def test_approvals_of_an_older_hash_do_not_count() -> None:
    state = approval_state([ok("kabid", 1, OLD), ok("kadis", 2, OLD)], H, (1, 2))
    assert state.approved_levels == ()
    assert not state.is_approved
    assert approval_state([ok("kabid", 1, OLD)], OLD, (1,)).is_approved


@pytest.mark.parametrize("decision", [Decision.REQUEST_CHANGES, Decision.REJECT])
def test_other_decisions_are_not_approvals(decision: Decision) -> None:
    state = approval_state([ReviewFact("kabid", 1, decision, H)], H, (1,))
    assert not state.is_approved
    assert state.waiting_level == 1


def test_an_approval_covers_its_level_and_every_level_below() -> None:
    state = approval_state([ok("kabid", 1)], H, (1, 2))
    assert state.approved_levels == (1,)
    assert state.waiting_level == 2
    state = approval_state([ok("kadis", 2)], H, (1, 2))
    assert state.approved_levels == (1, 2)
    assert state.is_approved


def test_a_level_one_approval_never_covers_a_higher_level() -> None:
    state = approval_state([ok("a", 1), ok("b", 1), ok("c", 1)], H, (1, 2, 3))
    assert state.approved_levels == (1,)
    assert state.waiting_level == 2


def test_a_reviewer_above_every_required_level_approves_alone() -> None:
    assert approval_state([ok("sekda", 3)], H, (1,)).is_approved
    assert approval_state([ok("sekda", 3)], H, (1, 2)).is_approved


def test_three_levels_are_satisfied_from_the_highest_approval_down() -> None:
    assert approval_state([ok("a", 1), ok("b", 2)], H, (1, 2, 3)).approved_levels == (1, 2)
    assert approval_state([ok("a", 1), ok("b", 2), ok("c", 3)], H, (1, 2, 3)).is_approved


reviewer = st.sampled_from(["kabid", "kadis", "sekda"])
review = st.builds(
    ReviewFact,
    reviewer,
    st.integers(1, 3),
    st.sampled_from([Decision.APPROVE, Decision.APPROVE, Decision.REQUEST_CHANGES, Decision.REJECT]),
    st.sampled_from([H, H, OLD]),
)
LEVELS = (1, 2, 3)


def covered(reviews: list[ReviewFact]) -> tuple[int, ...]:
    """By definition: a level is covered when someone approved H at that level or above."""
    return tuple(
        lv
        for lv in LEVELS
        if any(r.level >= lv and r.content_hash == H and r.decision == Decision.APPROVE for r in reviews)
    )


@settings(database=None, max_examples=150)
@given(st.lists(review, max_size=8), st.randoms(use_true_random=False))
def test_the_state_does_not_depend_on_the_order_of_reviews(reviews: list[ReviewFact], rnd: Any) -> None:
    shuffled = list(reviews)
    rnd.shuffle(shuffled)
    assert approval_state(reviews, H, LEVELS) == approval_state(shuffled, H, LEVELS)


@settings(database=None, max_examples=150)
@given(st.lists(review, max_size=8))
def test_approved_levels_are_those_covered_by_an_approval_at_or_above(reviews: list[ReviewFact]) -> None:
    state = approval_state(reviews, H, LEVELS)
    assert state.approved_levels == covered(reviews)
    assert state.is_approved == (state.approved_levels == LEVELS)


# --------------------------------------------------------------------------- mentions_regent


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Rejang Lebong meresmikan pasar.",
        "bersama BUPATI dan jajaran",
        "Wakil Bupati menyerahkan bantuan.",
        "Wakil  Bupati hadir.",
        "Wali Kota Bengkulu membuka acara.",
        "Walikota Bengkulu membuka acara.",
        "Wakil Wali Kota hadir.",
        "Gubernur Bengkulu berkunjung.",
        "Sambutan Bupati, Bapak H. Fulan.",
        "(Bupati)",
    ],
)
def test_the_regent_mayor_or_governor_is_recognised(text: str) -> None:
    assert mentions_regent([text])


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah Kabupaten Rejang Lebong",
        "Kabupaten Kepahiang meraih penghargaan.",
        "Sekretariat Daerah Kota Bengkulu",
        "Kepala Dinas Kesehatan menyerahkan alat.",
        "",
    ],
)
def test_words_that_merely_contain_the_title_are_not_the_regent(text: str) -> None:
    assert not mentions_regent([text])


def test_any_of_several_texts_may_name_the_regent() -> None:
    assert mentions_regent(["Judul kegiatan", "", "Teks Instagram bersama Bupati."])
    assert not mentions_regent(["Judul kegiatan", "Teks biasa"])
    assert not mentions_regent([])
