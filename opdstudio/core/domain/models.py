"""Tables of the local profile (the shared database mirrors them).

Every synced row carries a client-generated UUID ``id``, an edit counter ``rev``, the ``server_version``
the shared database assigned (None until pushed) and a ``deleted_at`` tombstone. Reviews, publications
and audit events are append-only.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from .types import UTCDateTime, new_id, utcnow


class Synced(SQLModel):
    """Columns every synced row carries."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    rev: int = Field(default=1)
    server_version: int | None = Field(default=None, index=True)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Organisation(Synced, table=True):
    """An agency or unit; organisations form a tree (Pemkab → OPD → unit)."""

    name: str = Field(index=True)
    short_name: str = Field(default="")
    kind: str = Field(default="dinas")
    parent_id: str | None = Field(default=None, foreign_key="organisation.id", index=True)


class Person(Synced, table=True):
    """Someone who uses OPD Studio; ``login`` is also their PostgreSQL login role name."""

    name: str
    login: str = Field(unique=True, index=True)
    title: str = Field(default="")  # jabatan, e.g. "Kepala Bidang IKP"
    language: str = Field(default="id")


class LocalCredential(SQLModel, table=True):
    """Password hash for signing in to this profile. Never synced."""

    person_id: str = Field(primary_key=True, foreign_key="person.id")
    password_hash: str
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Membership(Synced, table=True):
    """A role a person holds in an organisation; reviewers carry the approval level they sign at."""

    __table_args__ = (UniqueConstraint("person_id", "organisation_id", "role"),)

    person_id: str = Field(foreign_key="person.id", index=True)
    organisation_id: str = Field(foreign_key="organisation.id", index=True)
    role: str
    level: int = Field(default=1)


class ApprovalLevel(Synced, table=True):
    """One level of an organisation's approval policy (e.g. 1 = kepala bidang, 2 = kepala dinas)."""

    __table_args__ = (UniqueConstraint("organisation_id", "level"),)

    organisation_id: str = Field(foreign_key="organisation.id", index=True)
    level: int
    label: str
    condition: str = Field(default="always")


class OfficialAccount(Synced, table=True):
    """An official social-media account or website of an organisation (the Diskominfo registry)."""

    organisation_id: str = Field(foreign_key="organisation.id", index=True)
    platform: str
    handle: str
    url: str
    managed_by_id: str | None = Field(default=None, foreign_key="person.id")
    reported_on: date | None = None  # date reported to Diskominfo
    status: str = Field(default="active")


class Post(Synced, table=True):
    """A piece of content on its way from draft to publication."""

    organisation_id: str = Field(foreign_key="organisation.id", index=True)
    author_id: str = Field(foreign_key="person.id", index=True)
    title: str = Field(default="")
    kind: str = Field(default="social")
    status: str = Field(default="draft", index=True)
    main_text: str = Field(default="")
    event_date: date | None = None
    event_place: str = Field(default="")
    programme: str = Field(default="")  # kegiatan / programme tag
    content_hash: str = Field(default="")
    # Lint leaves a warn or block finding in the content (lint_service.has_warning), as of the last save or
    # submission: the policy's on_warning levels read it (workflow.policy_facts), here and on the server.
    lint_warning: bool = Field(default=False)
    submitted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class PostTarget(Synced, table=True):
    """An official account a post is meant for."""

    __table_args__ = (UniqueConstraint("post_id", "account_id"),)

    post_id: str = Field(foreign_key="post.id", index=True)
    account_id: str = Field(foreign_key="officialaccount.id")


class PostVariant(Synced, table=True):
    """The text of a post for one platform; follows the main text until edited."""

    __table_args__ = (UniqueConstraint("post_id", "platform"),)

    post_id: str = Field(foreign_key="post.id", index=True)
    platform: str
    follows_main: bool = Field(default=True)
    title: str = Field(default="")
    text: str = Field(default="")
    extra: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Photo(Synced, table=True):
    """An imported original, kept in the content-addressed store by its SHA-256."""

    sha256: str = Field(unique=True, index=True, max_length=64)
    original_name: str
    size_bytes: int
    width: int
    height: int
    taken_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    has_gps: bool = Field(default=False)
    contains_children: bool = Field(default=False)
    consent_note: str = Field(default="")
    imported_by_id: str | None = Field(default=None, foreign_key="person.id")


class PostPhoto(Synced, table=True):
    """A photo's place in a post: order, crop and caption."""

    post_id: str = Field(foreign_key="post.id", index=True)
    photo_id: str = Field(foreign_key="photo.id")
    position: int
    crop: dict[str, float] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    caption: str = Field(default="")
    alt_text: str = Field(default="")


class Review(Synced, table=True):
    """A reviewer's decision on the exact content hash they saw. Append-only."""

    post_id: str = Field(foreign_key="post.id", index=True)
    reviewer_id: str = Field(foreign_key="person.id", index=True)
    level: int = Field(default=1)
    decision: str
    comment: str = Field(default="")
    content_hash: str


class Publication(Synced, table=True):
    """Where and when an approved post went out. Append-only; carries the approved hash."""

    __table_args__ = (Index("ix_publication_published", "published_at", "id"),)

    post_id: str = Field(foreign_key="post.id", index=True)
    account_id: str = Field(foreign_key="officialaccount.id", index=True)
    url: str
    published_at: datetime = Field(sa_type=UTCDateTime)
    content_hash: str
    recorded_by_id: str = Field(foreign_key="person.id")


class AuditEvent(Synced, table=True):
    """One step in a post's life, hash-chained per organisation. Append-only."""

    __table_args__ = (Index("ix_audit_org_seq", "organisation_id", "seq", unique=True),)

    organisation_id: str = Field(foreign_key="organisation.id")
    seq: int
    post_id: str | None = Field(default=None, foreign_key="post.id", index=True)
    actor_id: str = Field(foreign_key="person.id")
    action: str
    content_hash: str = Field(default="")
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    prev_hash: str = Field(default="")
    event_hash: str = Field(default="")


class Setting(SQLModel, table=True):
    """Per-profile preferences (language, last signed-in person …)."""

    key: str = Field(primary_key=True)
    value: str
