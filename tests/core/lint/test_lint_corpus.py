"""Precision and recall per category, and false alarms on clean real-style posts, for both parts of the
labelled corpus (see labelled_corpus.py). Run `pytest -s` to see both tables; they are also in the failure
message. The thresholds hold on the frozen part, which no rule was tuned on."""

from __future__ import annotations

from labelled_corpus import load_part, score

from opdstudio.core.lint import CATEGORIES

MIN_RECALL = 0.90
MAX_FALSE_ALARM_RATE = 0.01
MIN_TEXTS = 600


def test_the_corpus_is_large_and_mostly_modelled_on_public_pages() -> None:
    tuning, frozen = load_part("tuning"), load_part("frozen")
    texts = tuning + frozen
    assert len(texts) >= MIN_TEXTS
    assert 2 * sum(t.real for t in texts) >= len(texts), "at least half must be modelled on public pages"
    assert all(t.source.startswith(("https://", "http://")) for t in texts if t.real)
    assert not {t.text for t in tuning} & {t.text for t in frozen}, "a text is in both parts"
    assert sum(1 for t in frozen if t.real and not t.labels) >= 100, "too few clean real posts to measure 1 %"


def test_frozen_part_recall_and_false_alarms() -> None:
    tuning, frozen = score(load_part("tuning")), score(load_part("frozen"))
    report = tuning.table("TUNING part") + "\n\n" + frozen.table("FROZEN part (never tuned on)")
    print("\n" + report)
    failing = [c for c in CATEGORIES if (r := frozen.recall(c)) is not None and r < MIN_RECALL]
    assert not failing, f"frozen recall below {MIN_RECALL} in {failing}\n{report}"
    assert frozen.false_alarm_rate <= MAX_FALSE_ALARM_RATE, report
