"""The labelled lint corpus: texts with the categories they must raise, in a tuning and a frozen part.

corpus.toml holds our earlier captions (`[[caption]]`, all written by us, tuning). corpus_tuning.toml and
corpus_frozen.toml group texts under the public page each is modelled on (`[[source]]` with `url` and
`items`; url "" marks our own writing). The frozen part was written before the rules were changed for it and
is never tuned on.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from opdstudio.core.lint import CATEGORIES, RuleSet, Severity, lint_text

HERE = Path(__file__).parent
PARTS = {"tuning": ("corpus.toml", "corpus_tuning.toml"), "frozen": ("corpus_frozen.toml",)}


@dataclass(frozen=True)
class Text:
    text: str
    labels: frozenset[str]
    source: str  # the public page it is modelled on; "" for our own writing

    @property
    def real(self) -> bool:
        return bool(self.source)


def load_part(part: str) -> list[Text]:
    """Every text of `part` ("tuning" or "frozen")."""
    texts: list[Text] = []
    for name in PARTS[part]:
        doc = tomllib.loads((HERE / name).read_text(encoding="utf-8"))
        for caption in doc.get("caption", []):
            texts.append(Text(caption["text"], frozenset(caption["labels"]), ""))
        for source in doc.get("source", []):
            for item in source["items"]:
                texts.append(Text(item["text"], frozenset(item["labels"]), source["url"]))
    unknown = {label for t in texts for label in t.labels} - set(CATEGORIES)
    assert not unknown, f"unknown labels {unknown}"
    return texts


def raised(text: str, rules: RuleSet | None = None) -> set[str]:
    """Categories lint raises at warn or block for `text` posted on Instagram."""
    return {f.category for f in lint_text(text, ["instagram"], rules) if f.severity != Severity.INFO}


@dataclass
class Scores:
    hit: Counter[str] = field(default_factory=Counter)
    extra: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)
    clean_real: int = 0
    clean_real_flagged: int = 0
    clean: int = 0
    clean_flagged: int = 0
    texts: int = 0
    real: int = 0

    def recall(self, category: str) -> float | None:
        support = self.hit[category] + self.missed[category]
        return self.hit[category] / support if support else None

    @property
    def false_alarm_rate(self) -> float:
        """Share of clean real-style posts that raised anything at warn or block."""
        return self.clean_real_flagged / self.clean_real if self.clean_real else 0.0

    def table(self, title: str) -> str:
        def ratio(n: int, d: int) -> str:
            return f"{n / d:.2f}" if d else "-"

        rows = [title, f"{'category':<16} {'precision':>9} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
        for c in CATEGORIES:
            tp, fp, fn = self.hit[c], self.extra[c], self.missed[c]
            rows.append(f"{c:<16} {ratio(tp, tp + fp):>9} {ratio(tp, tp + fn):>6} {tp:>4} {fp:>4} {fn:>4}")
        rows.append(
            f"false alarms on clean real posts: {self.clean_real_flagged}/{self.clean_real}"
            f" = {self.false_alarm_rate:.3f}; on all clean texts: {self.clean_flagged}/{self.clean}"
        )
        rows.append(f"texts: {self.texts} ({self.real} modelled on public pages, {self.texts - self.real} written)")
        return "\n".join(rows)


def score(texts: list[Text], rules: RuleSet | None = None) -> Scores:
    s = Scores()
    for t in texts:
        got = raised(t.text, rules)
        s.texts += 1
        s.real += t.real
        s.hit.update(t.labels & got)
        s.extra.update(got - t.labels)
        s.missed.update(t.labels - got)
        if not t.labels:
            s.clean += 1
            s.clean_flagged += bool(got)
            if t.real:
                s.clean_real += 1
                s.clean_real_flagged += bool(got)
    return s
