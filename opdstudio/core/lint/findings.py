"""Turning a rule and the facts of one hit into a Finding (messages filled in, language chosen)."""

from __future__ import annotations

from collections.abc import Mapping

from opdstudio.core.lint.model import Finding, Severity
from opdstudio.core.lint.rules import ContextRule, Rule

LANGUAGES = ("id", "en")


def fill(template: str, values: Mapping[str, object]) -> str:
    """`template` with each {name} replaced by its value (other braces left alone)."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def new_finding(
    rule: Rule,
    lang: str,
    values: Mapping[str, object] | None = None,
    context: ContextRule | None = None,
    *,
    variant: str | None = None,
    field: str = "text",
    start: int = 0,
    end: int = 0,
    photo: int | None = None,
    term: str | None = None,
    fixes: tuple[str, ...] = (),
) -> Finding:
    """A finding of `rule`; `message` is in `lang`, `message_en` always English.

    The message ends with the regulation point the rule enforces, when the rule names one. With a
    `context`, the finding is lowered to info and says why.
    """
    values = values or {}
    message_id = fill(rule.message, values)
    message_en = fill(rule.message_en, values)
    if rule.basis:
        message_id = f"{message_id} Dasar: {rule.basis}."
    if rule.basis_en or rule.basis:
        message_en = f"{message_en} Basis: {rule.basis_en or rule.basis}."
    severity = rule.severity
    if context is not None:
        severity = Severity.INFO
        message_id = f"{message_id} ({context.note})" if context.note else message_id
        message_en = f"{message_en} ({context.note_en})" if context.note_en else message_en
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=severity,
        message=message_en if lang == "en" else message_id,
        message_en=message_en,
        suggestion=rule.suggestion,
        context=context.id if context else None,
        variant=variant,
        field=field,
        start=start,
        end=end,
        photo=photo,
        term=term,
        basis=(rule.basis_en or rule.basis if lang == "en" else rule.basis) or None,
        fixes=fixes,
    )
