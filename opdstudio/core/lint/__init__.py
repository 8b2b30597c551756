"""Lint of drafts before a supervisor sees them: word lists and context rules (opdstudio/resources/rules/),
citizens' personal data, platform limits and photo privacy.

    findings = lint_draft(LintDraft({"instagram": VariantText("…")}, [PhotoFacts(sha, has_gps=True)]))
    for f in findings:  # most severe first
        print(f.severity, f.rule, f.variant, f.start, f.end, f.message, f.suggestion)
"""

from opdstudio.core.lint.engine import content_findings, lint_draft, lint_text
from opdstudio.core.lint.model import CATEGORIES, Finding, LintDraft, PhotoFacts, Severity, VariantText
from opdstudio.core.lint.rules import ContextRule, Rule, RuleSet, load_rules

__all__ = [
    "CATEGORIES",
    "ContextRule",
    "Finding",
    "LintDraft",
    "PhotoFacts",
    "Rule",
    "RuleSet",
    "Severity",
    "VariantText",
    "content_findings",
    "lint_draft",
    "lint_text",
    "load_rules",
]
