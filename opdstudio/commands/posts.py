"""Post commands: write, submit, show, compare and publish posts, and the activity feed — the whole flow headless.

``opdstudio post new|edit|submit|show|list|diff|trail|caption|export-photos|export-article|record-publication``
and ``opdstudio activity``. Posts are named by id or a unique start of it; accounts by id, handle or
``platform:handle``. ``--as LOGIN`` may be left out when the profile holds one person.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from opdstudio.core.errors import OpdError
from opdstudio.core.paths import check_output_dir

from .common import (
    Subparsers,
    as_arg,
    emit,
    find_org,
    format_arg,
    local_password,
    open_profile,
    person_by_login,
    profile_arg,
)

STATUSES = ("draft", "in_review", "changes_requested", "approved", "published", "rejected")


def register(sub: Subparsers) -> None:
    """Add the post and activity commands."""
    post = sub.add_parser("post", help="posts of a profile: write, submit, show, publish")
    post_sub = post.add_subparsers(dest="action", metavar="ACTION", required=True)

    def command(name: str, help_text: str, handler: Any, *, post_id: bool = True) -> argparse.ArgumentParser:
        parser = post_sub.add_parser(name, help=help_text)
        if post_id:
            parser.add_argument("post", metavar="ID", help="post id (or a unique start of it)")
        profile_arg(parser)
        as_arg(parser, required=False)
        format_arg(parser)
        parser.set_defaults(handler=handler)
        return parser

    new = command("new", "start a draft", _new, post_id=False)
    new.add_argument("--org", required=True, help="organisation name or id")
    _content_args(new)
    new.add_argument("--kind", choices=("social", "article"), default="social")
    edit = command("edit", "change a draft (an approved post needs --void-approval)", _edit)
    _content_args(edit)
    edit.add_argument("--follow-main", action="append", default=[], metavar="PLATFORM", help="variant follows again")
    edit.add_argument("--void-approval", action="store_true", help="agree that editing voids the approval")
    command("submit", "send the post to the reviewers", _submit)
    command("show", "the post with variants, targets, status, content hash, reviews and publications", _show)
    listing = command("list", "posts of the organisations where LOGIN is admin", _list, post_id=False)
    listing.add_argument("--status", choices=STATUSES)
    command("diff", "word diff: since LOGIN's last review, else since the previous submission", _diff)
    command("trail", "the post's audit trail, with hashes", _trail)
    caption = command("caption", "print the approved caption for one target account", _caption)
    caption.add_argument("--account", required=True, help="target account: id, handle or platform:handle")
    photos = command("export-photos", "save the approved post's photos sized for one target account", _photos)
    photos.add_argument("--account", required=True, help="target account: id, handle or platform:handle")
    photos.add_argument("--out", required=True, metavar="DIR", help="folder to save into")
    article = command("export-article", "save the approved website article as HTML, plain text and photos", _article)
    article.add_argument("--out", required=True, metavar="DIR", help="folder to save into")
    record = command("record-publication", "record where and when the approved post went out", _record)
    record.add_argument("--account", required=True, help="target account: id, handle or platform:handle")
    record.add_argument("--url", required=True, help="link of the published post")
    record.add_argument("--at", type=_when, help="publication time, ISO 8601 (default now; no zone = WIB)")
    record.add_argument("--hash", help="the approved content hash (default: the current one)")

    feed = sub.add_parser("activity", help="who did what and when on the posts of LOGIN's organisations")
    profile_arg(feed)
    as_arg(feed, required=False)
    feed.add_argument("--limit", type=int, default=50)
    format_arg(feed)
    feed.set_defaults(handler=_activity)


def _content_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--title")
    text = parser.add_mutually_exclusive_group()
    text.add_argument("--text", help="the main text")
    text.add_argument("--text-file", metavar="FILE", help="read the main text from FILE (- for standard input)")
    parser.add_argument("--target", action="append", metavar="ACCOUNT", help="target account (repeat for several)")
    parser.add_argument(
        "--variant", action="append", default=[], metavar="PLATFORM=FILE", help="a platform's own text from FILE"
    )
    parser.add_argument("--event-date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    parser.add_argument("--place", help="where the activity took place")
    parser.add_argument("--programme", help="programme / kegiatan tag")


def _when(value: str) -> datetime:
    from opdstudio.core.services.queries import LOCAL_TZ

    try:
        at = datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {value}") from exc
    return at if at.tzinfo else at.replace(tzinfo=LOCAL_TZ)


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OpdError(f"Berkas {name} tidak dapat dibaca: {exc}", f"Cannot read {name}: {exc}") from exc


# --- what the arguments name -------------------------------------------------------------------------


def actor(session: Any, args: argparse.Namespace) -> Any:
    """The person ``--as`` names (or the only person of the profile), signed in with their local password."""
    from opdstudio.core.services.people import has_local_password, people, refuse_without_local_password, sign_in

    if args.login:
        person = person_by_login(session, args.login)
    else:
        everyone = people(session)
        if len(everyone) != 1:
            raise OpdError(
                "Profil ini berisi beberapa orang; sebutkan siapa Anda dengan --as LOGIN.",
                "This profile holds several people; say who you are with --as LOGIN.",
            )
        person = everyone[0]
    if not has_local_password(session, person.id):
        raise refuse_without_local_password(person)
    return sign_in(session, person.login, local_password(args, person.login))


def find_post(session: Any, key: str) -> Any:
    """The post with id ``key`` or the only one whose id starts with it (at least 4 characters)."""
    from sqlmodel import col, select

    from opdstudio.core.domain.models import Post

    found = session.get(Post, key)
    if found is None and len(key) >= 4:
        matches = session.exec(select(Post).where(col(Post.id).startswith(key)).limit(2)).all()
        found = matches[0] if len(matches) == 1 else None
    if found is None or found.deleted_at is not None:
        raise OpdError(f"Post '{key}' tidak ditemukan (atau tidak unik).", f"Post '{key}' not found (or not unique).")
    return found


def find_account(session: Any, key: str) -> Any:
    """The live official account with id ``key``, handle ``key`` (with or without @) or ``platform:handle``."""
    from sqlmodel import col, select

    from opdstudio.core.domain.models import OfficialAccount

    platform, _, handle = key.rpartition(":") if ":" in key and "//" not in key else ("", "", key)
    rows = session.exec(select(OfficialAccount).where(col(OfficialAccount.deleted_at).is_(None))).all()
    bare = handle.lstrip("@").lower()
    matches = [
        a
        for a in rows
        if a.id == key or (a.handle.lstrip("@").lower() == bare and (not platform or a.platform == platform))
    ]
    if len(matches) != 1:
        raise OpdError(
            f"Akun '{key}' tidak ditemukan atau tidak unik; tulis platform:nama, mis. instagram:{bare or 'akun'}.",
            f"Account '{key}' not found or not unique; write platform:handle, e.g. instagram:{bare or 'account'}.",
        )
    return matches[0]


def _edit_of(session: Any, args: argparse.Namespace) -> Any:
    from opdstudio.core.services.posts import PostEdit, VariantEdit

    text = _read(args.text_file) if args.text_file else args.text
    variants: dict[str, VariantEdit | None] = {platform: None for platform in getattr(args, "follow_main", [])}
    for spec in args.variant:
        platform, sep, name = spec.partition("=")
        if not sep or not platform or not name:
            raise OpdError(
                f"Tulis --variant PLATFORM=BERKAS, bukan '{spec}'.", f"Write --variant PLATFORM=FILE, not '{spec}'."
            )
        variants[platform.strip()] = VariantEdit(_read(name))
    return PostEdit(
        title=args.title,
        main_text=text,
        event_date=args.event_date,
        event_place=args.place,
        programme=args.programme,
        target_account_ids=None if args.target is None else [find_account(session, t).id for t in args.target],
        variants=variants or None,
    )


# --- handlers ------------------------------------------------------------------------------------------


def _new(args: argparse.Namespace) -> int:
    from opdstudio.core.domain.enums import PostKind
    from opdstudio.core.services.posts import PostEdit, create_post, edit_post

    db = open_profile(args)
    with db.session() as session:
        person = actor(session, args)
        change = _edit_of(session, args)
        post = create_post(
            session,
            person.id,
            find_org(session, args.org),
            title=change.title or "",
            main_text=change.main_text or "",
            kind=PostKind(args.kind),
            target_account_ids=change.target_account_ids or (),
            event_date=change.event_date,
            event_place=change.event_place or "",
            programme=change.programme or "",
        )
        if change.variants:
            edit_post(session, person.id, post.id, PostEdit(variants=change.variants))
        data = _post_data(session, post)
    emit(args, data, post.id)
    return 0


def _edit(args: argparse.Namespace) -> int:
    from opdstudio.core.services.posts import edit_post

    db = open_profile(args)
    with db.session() as session:
        person = actor(session, args)
        post = find_post(session, args.post)
        edit_post(session, person.id, post.id, _edit_of(session, args), void_approval=args.void_approval)
        data = _post_data(session, post)
    emit(args, data, f"{post.id} {data['status']} {data['content_hash']}")
    return 0


def _submit(args: argparse.Namespace) -> int:
    from opdstudio.core.services.workflow import submit

    db = open_profile(args)
    with db.session() as session:
        person = actor(session, args)
        post = submit(session, person.id, find_post(session, args.post).id)
        data = _post_data(session, post)
    emit(args, data, f"{post.id} {data['status']} {data['content_hash']}")
    return 0


def _post_data(session: Any, post: Any) -> dict[str, Any]:
    """Everything ``post show`` tells about a post."""
    from sqlmodel import col, select

    from opdstudio.core.domain.models import Organisation, Person, Publication, Review
    from opdstudio.core.services.posts import compute_hash, targets_of, variants_of
    from opdstudio.core.services.workflow import state_of

    state = state_of(session, post)
    reviews = session.exec(
        select(Review, Person.login)
        .join(Person, col(Person.id) == col(Review.reviewer_id))
        .where(Review.post_id == post.id)
        .order_by(col(Review.created_at))
    ).all()
    publications = session.exec(
        select(Publication).where(Publication.post_id == post.id).order_by(col(Publication.published_at))
    ).all()
    author = session.get(Person, post.author_id)
    org = session.get(Organisation, post.organisation_id)
    return {
        "id": post.id,
        "title": post.title,
        "kind": post.kind,
        "status": post.status,
        "organisation": org.name if org else "",
        "author": author.login if author else "",
        "content_hash": compute_hash(session, post),
        "main_text": post.main_text,
        "event_date": post.event_date.isoformat() if post.event_date else None,
        "place": post.event_place,
        "programme": post.programme,
        "required_levels": list(state.required_levels),
        "approved_levels": list(state.approved_levels),
        "approved": state.is_approved,
        "targets": [
            {"id": a.id, "platform": a.platform, "handle": a.handle, "url": a.url} for a in targets_of(session, post.id)
        ],
        "variants": [
            {"platform": v.platform, "follows_main": v.follows_main, "title": v.title, "text": v.text, "extra": v.extra}
            for v in variants_of(session, post.id)
        ],
        "reviews": [
            {
                "reviewer": login,
                "level": r.level,
                "decision": r.decision,
                "comment": r.comment,
                "content_hash": r.content_hash,
                "at": r.created_at.isoformat(),
            }
            for r, login in reviews
        ],
        "publications": [
            {
                "account_id": p.account_id,
                "url": p.url,
                "published_at": p.published_at.isoformat(),
                "content_hash": p.content_hash,
            }
            for p in publications
        ],
    }


def _show(args: argparse.Namespace) -> int:
    db = open_profile(args)
    with db.session() as session:
        data = _post_data(session, find_post(session, args.post))
    lines = [
        data["title"] or "(tanpa judul)",
        f"id        {data['id']}",
        f"status    {data['status']}",
        f"hash      {data['content_hash']}",
        f"oleh      {data['author']} · {data['organisation']}",
        f"tingkat   perlu {data['required_levels']}, disetujui {data['approved_levels']}",
        "tujuan    " + ", ".join(f"{t['platform']} {t['handle']}" for t in data["targets"]),
        "",
        data["main_text"],
    ]
    for v in data["variants"]:
        lines += ["", f"--- {v['platform']}{' (mengikuti teks utama)' if v['follows_main'] else ''}"]
        lines += [v["title"]] if v["title"] else []
        lines.append(v["text"])
    for r in data["reviews"]:
        lines.append(f"tinjauan  {r['at'][:16]} {r['reviewer']} tingkat {r['level']} {r['decision']} {r['comment']}")
    for p in data["publications"]:
        lines.append(f"terbit    {p['published_at'][:16]} {p['url']}")
    emit(args, data, "\n".join(lines))
    return 0


def _list(args: argparse.Namespace) -> int:
    from opdstudio.core.services.queries import list_posts

    db = open_profile(args)
    with db.session() as session:
        rows = list_posts(session, actor(session, args).id, status=args.status)
    emit(
        args,
        [asdict(r) for r in rows],
        "\n".join(f"{r.status:<18} {r.updated_at:%Y-%m-%d} {r.organisation[:28]:<28} {r.title}" for r in rows),
    )
    return 0


def _diff(args: argparse.Namespace) -> int:
    from opdstudio.core.services.diffing import changes_since_last_review, changes_since_previous_submission, wdiff

    db = open_profile(args)
    with db.session() as session:
        post = find_post(session, args.post)
        changes = None
        if args.login:
            changes = changes_since_last_review(session, post.id, person_by_login(session, args.login).id)
        if changes is None:
            changes = changes_since_previous_submission(session, post.id)
    if changes is None:
        emit(args, None, "Belum ada versi sebelumnya untuk dibandingkan.")
        return 0
    changed = [c for c in changes if c.changed]
    data = [
        {"platform": c.platform, "field": c.field, "segments": [{"op": s.op, "text": s.text} for s in c.segments]}
        for c in changed
    ]
    text = "\n\n".join(f"--- {c.platform or 'post'} {c.field}\n{wdiff(c.segments)}" for c in changed)
    emit(args, data, text or "Isi tidak berubah.")
    return 0


def _trail(args: argparse.Namespace) -> int:
    from opdstudio.core.services.activity import post_trail
    from opdstudio.core.services.queries import LOCAL_TZ

    db = open_profile(args)
    with db.session() as session:
        trail = post_trail(session, find_post(session, args.post).id)
    lines = [
        f"#{e.seq:<4} {e.at.astimezone(LOCAL_TZ):%Y-%m-%d %H:%M} {e.actor:<20} {e.action:<18} "
        f"isi {e.content_hash[:12]} peristiwa {e.event_hash[:12]} {e.comment or e.url}".rstrip()
        for e in trail.entries
    ]
    lines.append(
        "Rantai audit utuh." if trail.chain_intact else "RANTAI AUDIT RUSAK: jalankan `opdstudio audit verify`."
    )
    emit(args, {"chain_intact": trail.chain_intact, "entries": [asdict(e) for e in trail.entries]}, "\n".join(lines))
    return 0


def _target(plan: Any, account: Any) -> Any:
    target = next((t for t in plan.targets if t.account_id == account.id), None)
    if target is None:
        raise OpdError("Akun ini bukan tujuan post tersebut.", "This account is not one of the post's targets.")
    return target


def _caption(args: argparse.Namespace) -> int:
    from opdstudio.core.services.publishing import approved_plan

    db = open_profile(args)
    with db.session() as session:
        plan = approved_plan(session, find_post(session, args.post).id)
        target = _target(plan, find_account(session, args.account))
    emit(args, asdict(target), target.caption)
    return 0


def _photos(args: argparse.Namespace) -> int:
    from opdstudio.core.services.photos import media_store
    from opdstudio.core.services.publishing import approved_plan, export_photos

    db = open_profile(args)
    with db.session() as session:
        plan = approved_plan(session, find_post(session, args.post).id)
        target = _target(plan, find_account(session, args.account))
    saved = export_photos(media_store(db), plan.photos, target.platform, check_output_dir(Path(args.out)), plan.stem)
    emit(args, [str(p) for p in saved], "\n".join(str(p) for p in saved) or "Post ini tidak berfoto.")
    return 0


def _article(args: argparse.Namespace) -> int:
    from opdstudio.core.services.photos import media_store
    from opdstudio.core.services.publishing import approved_plan, export_article

    db = open_profile(args)
    with db.session() as session:
        plan = approved_plan(session, find_post(session, args.post).id)
    if plan.article is None:
        raise OpdError("Post ini tidak ditujukan ke situs web.", "This post does not target a website.")
    files = export_article(media_store(db), plan.article, check_output_dir(Path(args.out)), plan.stem)
    paths = [files.html, files.text, *files.photos]
    emit(
        args,
        {"html": str(files.html), "text": str(files.text), "photos": [str(p) for p in files.photos]},
        "\n".join(str(p) for p in paths),
    )
    return 0


def _record(args: argparse.Namespace) -> int:
    from opdstudio.core.domain.types import utcnow
    from opdstudio.core.services.posts import compute_hash
    from opdstudio.core.services.publishing import record

    db = open_profile(args)
    with db.session() as session:
        person = actor(session, args)
        post = find_post(session, args.post)
        publication = record(
            session,
            person.id,
            post.id,
            account_id=find_account(session, args.account).id,
            url=args.url,
            published_at=args.at or utcnow(),
            approved_hash=args.hash or compute_hash(session, post),
        )
        data = {
            "id": publication.id,
            "post_id": post.id,
            "account_id": publication.account_id,
            "url": publication.url,
            "published_at": publication.published_at.astimezone(UTC).isoformat(),
            "content_hash": publication.content_hash,
        }
    emit(args, data, f"Publikasi dicatat: {publication.url}")
    return 0


def _activity(args: argparse.Namespace) -> int:
    from opdstudio.core.services.activity import activity_feed
    from opdstudio.core.services.queries import LOCAL_TZ

    db = open_profile(args)
    with db.session() as session:
        items = activity_feed(session, actor(session, args).id, limit=args.limit)
    lines = [
        f"{i.at.astimezone(LOCAL_TZ):%Y-%m-%d %H:%M} {i.actor:<20} {i.action:<18} {i.post_title}"
        + (f" — {i.comment}" if i.comment else "")
        + (f" — {i.url}" if i.url else "")
        for i in items
    ]
    emit(args, [asdict(i) for i in items], "\n".join(lines) or "Belum ada aktivitas.")
    return 0
