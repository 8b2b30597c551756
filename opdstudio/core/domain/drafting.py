"""Tables of the composer and of lint: the local autosave buffer, lint justifications, agency rule overrides.

The editor buffer is local only (never synced, never audited): it holds what the admin typed since the
post was last written through ``posts.edit_post``, so a crash loses at most the autosave interval.
Justifications are append-only and synced (reviewers read them); rule overrides are agency settings.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from .models import Synced
from .types import UTCDateTime, new_id, utcnow


class EditorBuffer(SQLModel, table=True):
    """One person's composer state for one post (``post_id`` None: a post not written yet). Never synced."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    person_id: str = Field(foreign_key="person.id", index=True)
    post_id: str | None = Field(default=None, foreign_key="post.id", index=True)
    organisation_id: str = Field(foreign_key="organisation.id")
    base_hash: str = Field(default="")  # the post's content hash when these edits began
    state: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    view: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    pending: bool = Field(default=False, index=True)  # holds edits not yet written to the post
    seq: int = Field(default=0)  # autosave counter: an older snapshot never overwrites a newer one
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class LintJustification(Synced, table=True):
    """Why a block finding should not stop the post. Append-only; the newest per (post, rule, subject) counts.

    ``subject`` identifies the finding independently of where it sits (the matched words, the photo's
    SHA-256, or the platform for a limit), so the justification holds while that finding remains.
    """

    post_id: str = Field(foreign_key="post.id", index=True)
    rule: str
    subject: str
    excerpt: str = Field(default="")  # the text the finding marked, as the author saw it
    content_hash: str  # the content the justification was written for
    text: str
    author_id: str = Field(foreign_key="person.id")


class LintOverrides(Synced, table=True):
    """An agency's changes to the lint rules (``load_rules(overrides=...)``), applied root agency first."""

    organisation_id: str = Field(foreign_key="organisation.id", unique=True, index=True)
    overrides: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    updated_by_id: str | None = Field(default=None, foreign_key="person.id")
