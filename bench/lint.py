"""Lint speed on a 5,000-character article, warm, against a plain `re` scan measured in the same run.

    .venv/bin/python bench/lint.py [--rounds 200]

  - ours: ``lint_text`` on the article (every rule file: terms with folding and affixes, contexts, personal
    data, styled letters, capitals, reduplication), rules loaded and the article linted once before timing;
  - baseline: one compiled case-insensitive ``re`` alternation of every word of the same term lists, scanned
    over the same article (no folding, affixes, phrases or context);
  - the article: clean real-style OPD posts from the tuning corpus with a few violating sentences, cut at
    5,000 characters.

Rounds interleave ours and the baseline so that other work on the machine hits both alike. The target is
≤ 10 ms for ours (median) once warm.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "core" / "lint"))

from labelled_corpus import load_part  # noqa: E402

from opdstudio.core.lint import RuleSet, lint_text, load_rules  # noqa: E402

ARTICLE_CHARS = 5000
TARGET_MS = 10.0


def article() -> str:
    """Clean real-style posts, with one violating text after every eight, cut at 5,000 characters."""
    texts = load_part("tuning")
    clean = [t.text for t in texts if t.real and not t.labels]
    flagged = [t.text for t in texts if t.real and t.labels]
    parts: list[str] = []
    i = 0
    while sum(len(p) + 1 for p in parts) < ARTICLE_CHARS:
        parts.append(flagged[i // 8 % len(flagged)] if i % 8 == 7 else clean[i % len(clean)])
        i += 1
    return " ".join(parts)[:ARTICLE_CHARS]


def baseline_pattern(rules: RuleSet) -> re.Pattern[str]:
    """Every word of every term, as one alternation (longest first)."""
    words = {alt.rstrip("*$") for r in rules.rules for term in r.terms for w in term.split() for alt in w.split("|")}
    alternation = "|".join(re.escape(w) for w in sorted(words - {""}, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    text = article()
    rules = load_rules()
    pattern = baseline_pattern(rules)
    findings = lint_text(text, rules=rules)  # warm: the index compiles, token forms are cached
    hits = sum(1 for _ in pattern.finditer(text))
    ours: list[float] = []
    base: list[float] = []
    for _ in range(args.rounds):
        ours.append(_time(lambda: lint_text(text, rules=rules)))
        base.append(_time(lambda: sum(1 for _ in pattern.finditer(text))))
    ours_ms = statistics.median(ours) * 1000
    base_ms = statistics.median(base) * 1000
    print(f"article: {len(text):,} characters; ours {len(findings)} findings, baseline {hits} word hits")
    print(f"rules: {len(rules.rules)} rules, {sum(len(r.terms) for r in rules.rules)} term phrases")
    print(f"{'':<10} {'median':>9} {'min':>9}")
    print(f"{'ours':<10} {ours_ms:>7.2f} ms {min(ours) * 1000:>6.2f} ms")
    print(f"{'baseline':<10} {base_ms:>7.2f} ms {min(base) * 1000:>6.2f} ms")
    verdict = "within" if ours_ms <= TARGET_MS else "over"
    print(f"target ≤ {TARGET_MS:.0f} ms (median): {verdict}; load average {os.getloadavg()[0]:.1f}")
    print(f"lint-5000-chars: ours {ours_ms:.2f} ms, baseline {base_ms:.2f} ms, ratio {ours_ms / base_ms:.1f}")


if __name__ == "__main__":
    main()
