"""Loading rule files and applying per-agency overrides."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from opdstudio.core.lint import CATEGORIES, Severity, lint_text, load_rules
from opdstudio.core.lint.rules import DETECTORS, RULES_DIR

MINIMAL = """
category = "slang"

[[rule]]
id = "slang.tidak"
severity = "warn"
terms = ["gak"]
affixes = false
message = "“{term}” tidak baku."
message_en = "“{term}” is slang."
suggestion = "tidak"
"""


def _write(tmp_path: Path, text: str, name: str = "slang.toml") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_default_rules_cover_every_category_and_detector() -> None:
    rules = load_rules()
    assert RULES_DIR.is_dir()
    assert {r.category for r in rules.rules} == set(CATEGORIES)
    assert set(rules.by_detector) == DETECTORS
    assert all(r.message and r.message_en for r in rules.rules)
    assert len({r.id for r in rules.rules}) == len(rules.rules)


def test_rules_from_another_directory(tmp_path: Path) -> None:
    rules = load_rules(_write(tmp_path, MINIMAL))
    found = lint_text("Gak usah datang", rules=rules)
    assert [(f.rule, f.suggestion, f.message) for f in found] == [("slang.tidak", "tidak", "“Gak” tidak baku.")]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (('severity = "warn"', 'severity = "fatal"'), "severity"),
        (('id = "slang.tidak"', 'id = "profanity.tidak"'), "must start with"),
        (("affixes = false", "affixes = false\ncolour = 1"), "unknown keys"),
        (("affixes = false", 'affixes = "no"'), "'affixes' must be bool"),
        (("affixes = false", 'detector = "nik"'), "either terms or a detector"),
        (("affixes = false", 'contexts = ["nowhere"]'), "unknown contexts"),
        (('category = "slang"', 'category = "gossip"'), "unknown category"),
        (('terms = ["gak"]', "terms = []"), "either terms or a detector"),
        (('terms = ["gak"]', 'terms = [""]'), "non-empty strings"),
    ],
)
def test_malformed_rule_files_are_refused(tmp_path: Path, change: tuple[str, str], error: str) -> None:
    _write(tmp_path, MINIMAL.replace(*change))
    with pytest.raises(ValueError, match=error):
        load_rules(tmp_path)


def test_duplicate_rule_ids_and_empty_directories_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no rule files"):
        load_rules(tmp_path)
    _write(tmp_path, MINIMAL)
    _write(tmp_path, MINIMAL, "slang2.toml")
    with pytest.raises(ValueError, match="duplicate rule id"):
        load_rules(tmp_path)


TEXT = "Gue bangga banget, mantul!"


def _rules_hit(overrides: Sequence[Mapping[str, Any]], text: str = TEXT) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in lint_text(text, rules=load_rules(overrides=overrides))]


def test_override_disables_a_rule() -> None:
    assert ("slang.sangat", Severity.WARN) in _rules_hit([])
    assert "slang.sangat" not in [r for r, _ in _rules_hit([{"rule": "slang.sangat", "disable": True}])]


def test_override_disables_a_category() -> None:
    assert _rules_hit([{"category": "slang", "disable": True}]) == []


def test_override_changes_severity() -> None:
    assert ("slang.sangat", Severity.INFO) in _rules_hit([{"rule": "slang.sangat", "severity": "info"}])


def test_override_adds_allow_phrases_to_a_rule_or_to_every_rule() -> None:
    text = "Pelatihan anjing pelacak K9 bersama Polres"
    assert _rules_hit([], "Tim anjing Polres hadir") == [("profanity.hewan", Severity.BLOCK)]
    assert _rules_hit([], text) == []
    allow_rule = [{"rule": "profanity.hewan", "allow": ["tim anjing"]}]
    assert _rules_hit(allow_rule, "Tim anjing Polres hadir") == []
    assert _rules_hit([{"allow": ["bangga banget"]}]) == [
        ("slang.saya", Severity.WARN),
        ("slang.ungkapan", Severity.WARN),
    ]


def test_override_adds_terms() -> None:
    assert _rules_hit([], "Mantap jiwa") == []
    assert _rules_hit([{"rule": "slang.ungkapan", "terms": ["mantap jiwa"]}], "Mantap jiwa") == [
        ("slang.ungkapan", Severity.WARN)
    ]


def test_overrides_apply_in_order() -> None:
    overrides = [{"rule": "slang.sangat", "severity": "info"}, {"rule": "slang.sangat", "severity": "block"}]
    assert ("slang.sangat", Severity.BLOCK) in _rules_hit(overrides)


@pytest.mark.parametrize(
    ("override", "error"),
    [
        ({"rule": "slang.nothing", "disable": True}, "no such rule"),
        ({"category": "gossip", "disable": True}, "no such rule"),
        ({"rule": "slang.sangat", "colour": "red"}, "unknown keys"),
        ({"rule": "slang.sangat", "severity": "fatal"}, "severity"),
        ({"rule": "personal_data.nik", "terms": ["x"]}, "takes no terms"),
        ({"disable": True}, "name a rule or category"),
        ({"allow": "bangga banget"}, "list of non-empty strings"),
    ],
)
def test_bad_overrides_are_refused(override: dict[str, object], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        load_rules(overrides=[override])


def test_overrides_do_not_change_the_default_rules() -> None:
    load_rules(overrides=[{"category": "slang", "disable": True}])
    assert any(r.category == "slang" for r in load_rules().rules)
