"""What the lint engine reads (a draft, independent of any database row) and what it reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from opdstudio.core.domain.platforms import Platform


class Severity(StrEnum):
    BLOCK = "block"  # stops submission unless the author writes a justification
    WARN = "warn"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for the most severe; findings sort on it."""
        return _RANK[self]


_RANK = {Severity.BLOCK: 0, Severity.WARN: 1, Severity.INFO: 2}

CATEGORIES = (
    "flexing",
    "profanity",
    "hate_sara",
    "hoax_unsourced",
    "provocation",
    "radicalism",
    "pornography",
    "personal_data",
    "election",
    "confidential",
    "slang",
    "non_inclusive",
    "platform_limit",
    "photo_privacy",
)


@dataclass(frozen=True)
class VariantText:
    """One platform's text of a post; `title` for platforms that have one (TikTok, YouTube, website)."""

    text: str
    title: str | None = None


@dataclass(frozen=True)
class PhotoFacts:
    """What lint needs to know about one attached photo; width/height are those of the chosen crop."""

    sha256: str
    has_gps: bool = False
    contains_children: bool = False
    consent_note: str | None = None
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class LintDraft:
    """A draft as lint sees it: text per platform (platform ids or other variant names) and photos."""

    variants: dict[Platform | str, VariantText]
    photos: list[PhotoFacts] = field(default_factory=list)


@dataclass(frozen=True)
class Finding:
    """One problem. `start`/`end` index the variant's text (or title when `field` is "title")."""

    rule: str
    category: str
    severity: Severity
    message: str
    message_en: str
    variant: str | None = None
    field: str = "text"  # "text", "title" or "photo"
    start: int = 0
    end: int = 0
    photo: int | None = None  # index into LintDraft.photos for photo findings
    suggestion: str | None = None
    term: str | None = None  # the listed term that matched, so the finding explains itself
    context: str | None = None  # id of the context rule that lowered the severity, if any
    basis: str | None = None  # the regulation point the rule enforces, in the language of `message`
    fixes: tuple[str, ...] = ()  # one-click wordings for the span ("" deletes it) that leave a correct text

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of this finding."""
        data = asdict(self)
        data["severity"] = str(self.severity)
        return data
