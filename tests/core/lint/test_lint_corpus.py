"""Precision and recall per category, and the false-positive rate, on our labelled caption corpus.

Run with `pytest -s` to see the table; it is also in the failure message.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

from opdstudio.core.lint import CATEGORIES, Severity, lint_text

CORPUS = Path(__file__).with_name("corpus.toml")
MIN_RECALL = 0.9
MAX_FALSE_POSITIVE_RATE = 0.05


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.2f}" if denominator else "-"


def test_corpus_precision_recall_and_false_positive_rate() -> None:
    captions = tomllib.loads(CORPUS.read_text(encoding="utf-8"))["caption"]
    hit, extra, missed = Counter[str](), Counter[str](), Counter[str]()
    clean = clean_flagged = 0
    for caption in captions:
        labels = set(caption["labels"])
        assert labels <= set(CATEGORIES), labels
        findings = lint_text(caption["text"], ["instagram"])
        raised = {f.category for f in findings if f.severity != Severity.INFO}
        hit.update(labels & raised)
        extra.update(raised - labels)
        missed.update(labels - raised)
        if not labels:
            clean += 1
            clean_flagged += bool(raised)
    rows = [f"{'category':<16} {'precision':>9} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    failing = []
    for category in CATEGORIES:
        tp, fp, fn = hit[category], extra[category], missed[category]
        rows.append(f"{category:<16} {_ratio(tp, tp + fp):>9} {_ratio(tp, tp + fn):>6} {tp:>4} {fp:>4} {fn:>4}")
        if tp + fn and tp / (tp + fn) < MIN_RECALL:
            failing.append(category)
    rate = clean_flagged / clean
    rows.append(f"false-positive rate: {clean_flagged}/{clean} clean captions = {rate:.3f}")
    rows.append(f"captions: {len(captions)} ({clean} clean)")
    table = "\n".join(rows)
    print("\n" + table)
    assert clean * 2 >= len(captions), "at least half of the corpus must be clean posts"
    assert not failing and rate <= MAX_FALSE_POSITIVE_RATE, f"recall below {MIN_RECALL}: {failing}\n{table}"
