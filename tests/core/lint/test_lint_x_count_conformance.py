"""X's weighted count against twitter-text's own conformance cases (validate.yml, v3 configuration with
discounted emoji, and directional marks), read from the shared conformance directory beside the repository."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from opdstudio.core.domain.platforms import x_weighted_length

SECTIONS = ("WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest")


def _conformance_dir() -> Path | None:
    """`shared/conformance` beside the repository root, or beside one of its parents (a git worktree)."""
    root = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").exists())
    return next(
        (
            d.parent / "shared" / "conformance"
            for d in (root, *root.parents)
            if (d.parent / "shared" / "conformance").is_dir()
        ),
        None,
    )


def _yaml_string(value: str) -> str:
    """A YAML double-quoted scalar's content (\\uXXXX, \\UXXXXXXXX, \\" …) as text."""
    return codecs.decode(value.encode("latin-1", "backslashreplace"), "unicode_escape")


def _cases(path: Path) -> list[tuple[str, str, int]]:
    """(description, text, expected weightedLength) of every case in the sections we implement."""
    cases: list[tuple[str, str, int]] = []
    section = description = text = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^  (\w+):\s*$", line):
            section = m.group(1)
        elif m := re.match(r'^    - description: "?(.*?)"?\s*$', line):
            description, text = m.group(1), None
        elif (m := re.match(r'^      text: "(.*)"\s*$', line)) and description is not None:
            text = _yaml_string(m.group(1))
        elif (m := re.match(r"^        weightedLength: (\d+)", line)) and section in SECTIONS and text is not None:
            cases.append((description or "", text, int(m.group(1))))
    return cases


def test_x_weighted_count_agrees_with_every_twitter_text_case() -> None:
    directory = _conformance_dir()
    if directory is None:
        pytest.skip("shared/conformance (twitter-text's validate.yml) is not beside this repository")
    cases = _cases(directory / "twitter-text" / "validate.yml")
    assert len(cases) >= 24, "the conformance file lost cases"
    wrong = [(d, x_weighted_length(t), n) for d, t, n in cases if x_weighted_length(t) != n]
    assert not wrong
