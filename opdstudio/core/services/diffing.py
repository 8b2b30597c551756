"""What changed between versions of a post: the content each submission sent, and a word-level diff.

Variant rows are edited in place, so an earlier version cannot be rebuilt from the tables. Each SUBMITTED
audit event therefore carries a snapshot of exactly what the content hash covers (``detail["content"]``);
a snapshot is trusted only when it hashes to the event's content hash. Every review is of a submitted
version (a post can only be reviewed in review, and any edit takes it out of review), so the version a
reviewer last saw is the snapshot whose hash their last review recorded.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, select

from ..domain.content_hash import PhotoContent, VariantContent, content_hash
from ..domain.enums import AuditAction
from ..domain.models import AuditEvent, Post, Review
from .posts import get_post, photos_of, targets_of, variants_of

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


class Op(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class Segment:
    """A run of text that is the same, new, or gone."""

    op: Op
    text: str


def word_diff(old: str, new: str) -> list[Segment]:
    """``old`` → ``new`` as runs of whole words (and the spaces and punctuation between them)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out: list[Segment] = []

    def add(op: Op, tokens: Sequence[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if out and out[-1].op == op:
            out[-1] = Segment(op, out[-1].text + text)
        else:
            out.append(Segment(op, text))

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            add(Op.EQUAL, a[i1:i2])
            continue
        add(Op.DELETE, a[i1:i2])
        add(Op.INSERT, b[j1:j2])
    return out


def wdiff(segments: Sequence[Segment]) -> str:
    """Segments as plain text: ``[-gone-]`` and ``{+new+}`` (the notation of GNU wdiff)."""
    marks = {Op.EQUAL: ("", ""), Op.DELETE: ("[-", "-]"), Op.INSERT: ("{+", "+}")}
    return "".join(marks[s.op][0] + s.text + marks[s.op][1] for s in segments)


@dataclass(frozen=True)
class Version:
    """A post's content as it was submitted (or as it is now)."""

    content_hash: str
    title: str
    main_text: str
    variants: tuple[VariantContent, ...]
    photos: tuple[PhotoContent, ...]
    target_account_ids: tuple[str, ...]
    submitted_at: datetime | None = None
    submitted_by: str | None = None  # person id
    consent_notes: tuple[str, ...] = ()  # per photo (the photo's own note, outside the hash)


def content_snapshot(session: Session, post: Post) -> dict[str, Any]:
    """The content the post's hash covers, as JSON-ready data (kept in the SUBMITTED audit event)."""
    return {
        "title": post.title,
        "main": post.main_text,
        "variants": [
            {"platform": v.platform, "title": v.title, "text": v.text, "extra": dict(v.extra)}
            for v in variants_of(session, post.id)
        ],
        "photos": [
            {
                "sha256": ph.sha256,
                "crop": dict(pp.crop),
                "caption": pp.caption,
                "alt": pp.alt_text,
                "consent": ph.consent_note,
            }
            for pp, ph in photos_of(session, post.id)
        ],
        "targets": sorted(a.id for a in targets_of(session, post.id)),
    }


def _version(data: Mapping[str, Any], submitted_at: datetime | None = None, by: str | None = None) -> Version:
    variants = tuple(
        VariantContent(v["platform"], v.get("title", ""), v.get("text", ""), dict(v.get("extra", {})))
        for v in data.get("variants", [])
    )
    photos = tuple(
        PhotoContent(p["sha256"], dict(p.get("crop", {})), p.get("caption", ""), p.get("alt", ""))
        for p in data.get("photos", [])
    )
    title, main, targets = data.get("title", ""), data.get("main", ""), tuple(data.get("targets", []))
    digest = content_hash(title=title, main_text=main, variants=variants, photos=photos, target_account_ids=targets)
    consents = tuple(p.get("consent", "") for p in data.get("photos", []))
    return Version(digest, title, main, variants, photos, targets, submitted_at, by, consents)


def current_version(session: Session, post: Post) -> Version:
    """The post's content as it is now."""
    return _version(content_snapshot(session, post))


def submitted_versions(session: Session, post_id: str) -> list[Version]:
    """Every submission of the post that kept its content, oldest first."""
    events = session.exec(
        select(AuditEvent)
        .where(AuditEvent.post_id == post_id, AuditEvent.action == AuditAction.SUBMITTED)
        .order_by(col(AuditEvent.created_at), col(AuditEvent.seq))
    ).all()
    out = []
    for ev in events:
        data = ev.detail.get("content")
        if not isinstance(data, Mapping):
            continue  # submitted before snapshots were kept
        version = _version(data, ev.created_at, ev.actor_id)
        if version.content_hash == ev.content_hash:  # a snapshot that does not hash alike is not trusted
            out.append(version)
    return out


def last_seen_by(session: Session, post_id: str, reviewer_id: str) -> Version | None:
    """The version the reviewer decided on last, or None if they never reviewed it (or it was not kept)."""
    review = session.exec(
        select(Review)
        .where(Review.post_id == post_id, Review.reviewer_id == reviewer_id)
        .order_by(col(Review.created_at).desc())
        .limit(1)
    ).first()
    if review is None:
        return None
    versions = reversed(submitted_versions(session, post_id))
    return next((v for v in versions if v.content_hash == review.content_hash), None)


def previous_submission(session: Session, post: Post) -> Version | None:
    """The newest submitted version that differs from the post's current content."""
    current = current_version(session, post).content_hash
    return next((v for v in reversed(submitted_versions(session, post.id)) if v.content_hash != current), None)


@dataclass(frozen=True)
class FieldDiff:
    """The word diff of one field: ``platform`` None for the post's own title, main text and photos."""

    platform: str | None
    field: str  # title, main_text, text, an article field (dateline, lead, writer, editor …), photos
    segments: tuple[Segment, ...]
    photo_sha256s: tuple[str, ...] = ()  # photos: the full SHA-256 of each [prefix] named in the segments

    @property
    def changed(self) -> bool:
        return any(s.op != Op.EQUAL for s in self.segments)


def _photo_lines(version: Version) -> str:
    """One line per photo (``[sha prefix]``, crop in per cent, caption), then its alt text and consent note."""
    lines = []
    notes = version.consent_notes or ("",) * len(version.photos)
    for i, (p, note) in enumerate(zip(version.photos, notes, strict=True), 1):
        crop = " ".join(f"{k}={round(p.crop[k] * 100)}%" for k in ("x", "y", "w", "h") if k in p.crop)
        lines.append(f"{i}. [{p.sha256[:8]}] {f'({crop}) ' if crop else ''}{p.caption}".rstrip())
        if p.alt_text:
            lines.append(f"   Teks alternatif: {p.alt_text}")
        if note:
            lines.append(f"   Catatan persetujuan: {note}")
    return "\n".join(lines)


def _fields(version: Version) -> dict[tuple[str | None, str], str]:
    fields: dict[tuple[str | None, str], str] = {(None, "title"): version.title, (None, "main_text"): version.main_text}
    for v in version.variants:
        fields[(v.platform, "title")] = v.title
        fields[(v.platform, "text")] = v.text
        for key, value in v.extra.items():
            fields[(v.platform, key)] = value
    fields[(None, "photos")] = _photo_lines(version)
    return fields


def diff_versions(old: Version, new: Version) -> list[FieldDiff]:
    """Every field of either version, diffed: the post's title and main text, each platform's fields, photos."""
    before, after = _fields(old), _fields(new)
    keys = list(dict.fromkeys([*before, *after]))
    platforms = sorted({p for p, _f in keys if p is not None})
    ordered = [k for k in keys if k[0] is None and k[1] != "photos"]
    ordered += [k for platform in platforms for k in keys if k[0] == platform]
    ordered.append((None, "photos"))
    shas = tuple(dict.fromkeys(p.sha256 for p in (*old.photos, *new.photos)))
    return [
        FieldDiff(
            p,
            f,
            tuple(word_diff(before.get((p, f), ""), after.get((p, f), ""))),
            shas if f == "photos" and p is None else (),
        )
        for p, f in ordered
    ]


def changes_since_last_review(session: Session, post_id: str, reviewer_id: str) -> list[FieldDiff] | None:
    """What changed since the reviewer last decided on the post (None: they have no earlier version)."""
    seen = last_seen_by(session, post_id, reviewer_id)
    return None if seen is None else diff_versions(seen, current_version(session, get_post(session, post_id)))


def changes_since_previous_submission(session: Session, post_id: str) -> list[FieldDiff] | None:
    """What the author changed since the last submission with different content (None: nothing earlier)."""
    post = get_post(session, post_id)
    earlier = previous_submission(session, post)
    return None if earlier is None else diff_versions(earlier, current_version(session, post))
