"""Publish assist: everything an admin needs to post approved content by hand on each target account — the
caption for the platform, the photos sized for it, the account's page — and then to record the publication.

Only approved content is offered, and a publication records the approved hash; ``workflow.record_publication``
refuses anything else, and a link that is not on the account's platform (the account's own site for a website).
"""

from __future__ import annotations

import math
import re
import shutil
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from ..domain.enums import Decision, PostStatus
from ..domain.models import OfficialAccount, Person, Post, Publication, Review
from ..errors import DomainError
from ..media import RENDITIONS, Crop, MediaStore, rerender
from ..media.renditions import rendition_name
from .posts import compute_hash, get_post, photos_of, targets_of, variants_of
from .workflow import record_publication, state_of

Progress = Callable[[int, int, str], None]

WEBSITE = "website"
_INSTAGRAM = ("instagram_portrait", "instagram_square", "instagram_landscape")
_RENDITION_OF = {"facebook": "facebook", "x": "x", "tiktok": "tiktok", "youtube": "facebook", WEBSITE: "facebook"}


@dataclass(frozen=True)
class PhotoRef:
    """A photo of the post as placed: what picks and makes its renditions."""

    sha256: str
    width: int
    height: int
    crop: dict[str, float]
    caption: str = ""
    alt_text: str = ""

    @property
    def aspect(self) -> float:
        """Width / height of the part of the photo the post shows."""
        w = self.width * self.crop.get("w", 1.0)
        h = self.height * self.crop.get("h", 1.0)
        return w / h if h > 0 else 1.0


@dataclass(frozen=True)
class Article:
    """A website article as the regency CMS takes it."""

    title: str
    body: str
    dateline: str = ""
    lead: str = ""
    writer: str = ""
    editor: str = ""
    photos: tuple[PhotoRef, ...] = ()


@dataclass(frozen=True)
class PublishedRecord:
    url: str
    published_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class TargetPlan:
    """One target account: what to paste there, and what was already recorded for it."""

    account_id: str
    platform: str
    handle: str
    page_url: str
    title: str  # the platform's own title (YouTube, TikTok, the article's headline), else ""
    caption: str
    publications: tuple[PublishedRecord, ...] = ()


@dataclass(frozen=True)
class ApprovalRecord:
    reviewer: str
    level: int
    at: datetime


@dataclass(frozen=True)
class PublishPlan:
    """An approved (or not) post laid out per target account."""

    post_id: str
    title: str
    status: str
    content_hash: str
    approved: bool
    approvals: tuple[ApprovalRecord, ...]
    photos: tuple[PhotoRef, ...]
    targets: tuple[TargetPlan, ...]
    article: Article | None  # when a website is among the targets

    @property
    def stem(self) -> str:
        """The start of every exported file's name."""
        return slug(self.title)


def slug(text: str, limit: int = 40) -> str:
    """``text`` as a short ASCII file-name part: 'Posyandu Melati, Curup' → 'posyandu-melati-curup'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(words) > limit:  # cut at the last whole word that fits, or mid-word if the first is too long
        words = words[: limit + 1].rsplit("-", 1)[0] if "-" in words[: limit + 1] else words[:limit]
    return words or "post"


def photo_refs(session: Session, post: Post) -> tuple[PhotoRef, ...]:
    """The post's photos in order."""
    return tuple(
        PhotoRef(ph.sha256, ph.width, ph.height, dict(pp.crop), pp.caption, pp.alt_text)
        for pp, ph in photos_of(session, post.id)
    )


def article_of(session: Session, post: Post) -> Article:
    """The website article: the website variant with its article fields, else the post's title and main text."""
    site = next((v for v in variants_of(session, post.id) if v.platform == WEBSITE), None)
    extra = dict(site.extra) if site is not None else {}
    return Article(
        title=(site.title if site is not None and site.title else post.title),
        body=site.text if site is not None else post.main_text,
        dateline=extra.get("dateline", ""),
        lead=extra.get("lead", ""),
        writer=extra.get("writer", ""),
        editor=extra.get("editor", ""),
        photos=photo_refs(session, post),
    )


def publish_plan(session: Session, post_id: str) -> PublishPlan:
    """The post per target account, its approvals of the current content and what was recorded so far."""
    post = get_post(session, post_id)
    current = compute_hash(session, post)
    approved = post.status in (PostStatus.APPROVED, PostStatus.PUBLISHED) and state_of(session, post).is_approved
    reviews = session.exec(
        select(Review, Person.name)
        .join(Person, col(Person.id) == col(Review.reviewer_id))
        .where(Review.post_id == post.id, Review.content_hash == current, Review.decision == Decision.APPROVE)
        .order_by(col(Review.created_at))
    ).all()
    published = session.exec(
        select(Publication, Person.name)
        .join(Person, col(Person.id) == col(Publication.recorded_by_id))
        .where(Publication.post_id == post.id, col(Publication.deleted_at).is_(None))
        .order_by(col(Publication.published_at))
    ).all()
    variants = {v.platform: v for v in variants_of(session, post.id)}
    accounts = targets_of(session, post.id)
    article = article_of(session, post) if any(a.platform == WEBSITE for a in accounts) else None
    targets = []
    for account in accounts:
        variant = variants.get(account.platform)
        if account.platform == WEBSITE and article is not None:
            title, caption = article.title, article_text(article)
        else:
            title = variant.title if variant is not None else ""
            caption = variant.text if variant is not None else post.main_text
        records = tuple(
            PublishedRecord(p.url, p.published_at, name) for p, name in published if p.account_id == account.id
        )
        targets.append(TargetPlan(account.id, account.platform, account.handle, account.url, title, caption, records))
    return PublishPlan(
        post_id=post.id,
        title=post.title,
        status=post.status,
        content_hash=current,
        approved=approved,
        approvals=tuple(ApprovalRecord(name, r.level, r.created_at) for r, name in reviews),
        photos=photo_refs(session, post),
        targets=tuple(targets),
        article=article,
    )


def approved_plan(session: Session, post_id: str) -> PublishPlan:
    """The plan of a post whose current content is approved; anything else is refused."""
    plan = publish_plan(session, post_id)
    if not plan.approved:
        raise DomainError(
            "Hanya post yang disetujui yang dapat dipublikasikan.",
            "Only an approved post can be published.",
        )
    return plan


# --- photos ------------------------------------------------------------------------------------------


def rendition_names(platform: str, photos: Sequence[PhotoRef]) -> list[str]:
    """The rendition each photo goes out as on ``platform``.

    Instagram shows a carousel at the first photo's shape, so every photo takes the Instagram shape
    (portrait 4:5, square, landscape 1.91:1) nearest to the first one's.
    """
    if platform == "instagram" and photos:
        first = photos[0].aspect
        name = min(_INSTAGRAM, key=lambda n: abs(math.log(RENDITIONS[n].aspect / first)))
        return [name] * len(photos)
    return [_RENDITION_OF.get(platform, "facebook")] * len(photos)


def export_photos(
    store: MediaStore,
    photos: Sequence[PhotoRef],
    platform: str,
    folder: Path,
    stem: str,
    *,
    progress: Progress | None = None,
) -> list[Path]:
    """Copy each photo's rendition for ``platform`` to ``folder`` as ``stem-platform-01.jpg`` …, in post order.

    A rendition not made yet for the photo's crop is made from the original first (a background job).
    """
    out = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for number, (photo, name) in enumerate(zip(photos, rendition_names(platform, photos), strict=True), 1):
            crop = Crop.from_dict(photo.crop)
            source = store.rendition_path(photo.sha256, rendition_name(name, crop))
            if not source.is_file():
                rerender(store, photo.sha256, crop)
            target = folder / f"{stem}-{platform}-{number:02d}.jpg"
            shutil.copyfile(source, target)
            out.append(target)
            if progress is not None:
                progress(number, len(photos), target.name)
    except OSError as exc:
        raise DomainError(
            f"Foto tidak dapat disimpan ke {folder}: {exc.strerror or exc}",
            f"Cannot save the photos to {folder}: {exc.strerror or exc}",
        ) from exc
    return out


# --- recording a publication ---------------------------------------------------------------------------


def record(
    session: Session,
    actor_id: str,
    post_id: str,
    *,
    account_id: str,
    url: str,
    published_at: datetime,
    approved_hash: str,
) -> Publication:
    """Record that the approved content ``approved_hash`` went out on ``account_id`` at ``url``, an account still
    in the registry (``workflow.record_publication`` checks the rest, the link included)."""
    account = session.get(OfficialAccount, account_id)
    if account is None or account.deleted_at is not None:
        raise DomainError("Akun resmi tidak ditemukan.", "Official account not found.")
    return record_publication(
        session,
        actor_id,
        post_id,
        account_id=account_id,
        url=url,
        published_at=published_at,
        approved_hash=approved_hash,
    )


# --- website article -------------------------------------------------------------------------------------


def _paragraphs(article: Article) -> tuple[str, list[str]]:
    """The opening paragraph (the lead, else the body's first; the dateline goes before it) and the rest."""
    body = [p.strip() for p in re.split(r"\n\s*\n", article.body.strip()) if p.strip()]
    if article.lead.strip():
        return article.lead.strip(), body
    return (body[0], body[1:]) if body else ("", [])


def _credits(article: Article) -> list[str]:
    return [f"{label}: {name}" for label, name in (("Penulis", article.writer), ("Editor", article.editor)) if name]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def article_html(article: Article, images: Sequence[str] = (), *, document: bool = False) -> str:
    """The article as HTML for the CMS: headline, dateline and lead, body paragraphs, photos, credits.

    ``images`` are the file names of the exported photos, in order (the first follows the lead). With
    ``document`` the result is a whole UTF-8 HTML page, else the ``<article>`` element alone (to paste).
    """
    figures = [
        f'<figure><img src="{_esc(src)}" alt="{_esc(photo.alt_text or photo.caption)}">'
        + (f"<figcaption>{_esc(photo.caption)}</figcaption>" if photo.caption else "")
        + "</figure>"
        for photo, src in zip(article.photos, images, strict=False)
    ]
    first, rest = _paragraphs(article)
    dateline = f"<strong>{_esc(article.dateline)}</strong>" if article.dateline else ""
    parts = ["<article>", f"<h1>{_esc(article.title)}</h1>"]
    opening = " ".join(p for p in (dateline, _esc(first)) if p)
    parts += [f"<p>{opening}</p>"] if opening else []
    parts += figures[:1]
    parts += [f"<p>{_esc(p)}</p>" for p in rest]
    parts += figures[1:]
    credits = _credits(article)
    if credits:
        parts.append(f"<p><em>{'<br>'.join(_esc(line) for line in credits)}</em></p>")
    parts.append("</article>")
    fragment = "\n".join(p.replace("\n", "<br>") for p in parts)
    if not document:
        return fragment
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_esc(article.title)}</title>\n</head>\n<body>\n{fragment}\n</body>\n</html>\n"
    )


def article_text(article: Article) -> str:
    """The article as plain text: paragraphs separated by a blank line, photo captions and credits last."""
    first, rest = _paragraphs(article)
    blocks = [article.title, " ".join(p for p in (article.dateline, first) if p), *rest]
    captions = [f"Foto: {p.caption}" for p in article.photos if p.caption]
    for lines in (captions, _credits(article)):
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(b for b in blocks if b) + "\n"


@dataclass(frozen=True)
class ArticleFiles:
    html: Path
    text: Path
    photos: list[Path]


def export_article(
    store: MediaStore, article: Article, folder: Path, stem: str, *, progress: Progress | None = None
) -> ArticleFiles:
    """Write ``stem.html`` (its images beside it, as the website rendition) and ``stem.txt`` into ``folder``."""
    photos = export_photos(store, article.photos, WEBSITE, folder, stem, progress=progress)
    html_path, text_path = folder / f"{stem}.html", folder / f"{stem}.txt"
    try:
        html_path.write_text(article_html(article, [p.name for p in photos], document=True), encoding="utf-8")
        text_path.write_text(article_text(article), encoding="utf-8")
    except OSError as exc:
        raise DomainError(
            f"Artikel tidak dapat disimpan ke {folder}: {exc.strerror or exc}",
            f"Cannot save the article to {folder}: {exc.strerror or exc}",
        ) from exc
    return ArticleFiles(html_path, text_path, photos)
