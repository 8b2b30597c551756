"""Review commands: the queue waiting for a reviewer, and approve / request changes / reject.

A decision names the content hash the reviewer saw (``--hash``, as ``post show`` prints it); without it
the current hash is taken, which is what the reviewer sees when they run ``post show`` just before.
"""

from __future__ import annotations

import argparse

from .common import Subparsers, as_arg, emit, format_arg, open_profile, profile_arg
from .posts import actor, find_post


def register(sub: Subparsers) -> None:
    """Add the review commands."""
    review = sub.add_parser("review", help="review posts: queue, approve, request changes, reject")
    review_sub = review.add_subparsers(dest="action", metavar="ACTION", required=True)
    queue = review_sub.add_parser("queue", help="posts waiting for LOGIN's review, oldest first")
    profile_arg(queue)
    as_arg(queue, required=False)
    format_arg(queue)
    queue.set_defaults(handler=_queue)
    for name, help_text, note in (
        ("approve", "approve the post at LOGIN's level", None),
        ("request-changes", "send the post back to its author", "--comment"),
        ("reject", "reject the post for good", "--reason"),
    ):
        parser = review_sub.add_parser(name, help=help_text)
        parser.add_argument("post", metavar="ID", help="post id (or a unique start of it)")
        parser.add_argument("--hash", help="the content hash you reviewed (default: the current one)")
        if note is None:
            parser.add_argument("--comment", default="", help="an optional note for the author")
        else:
            parser.add_argument(note, dest="comment", required=True, help="what the author must know (required)")
        profile_arg(parser)
        as_arg(parser, required=False)
        format_arg(parser)
        parser.set_defaults(handler=_decide, decision=name)


def _queue(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from opdstudio.core.services.queries import review_queue

    db = open_profile(args)
    with db.session() as session:
        items = review_queue(session, actor(session, args).id)
    emit(
        args,
        [asdict(q) for q in items],
        "\n".join(f"{q.post_id}  tingkat {q.waiting_level}  {q.organisation[:28]:<28} {q.title}" for q in items)
        or "Tidak ada post yang menunggu tinjauan.",
    )
    return 0


def _decide(args: argparse.Namespace) -> int:
    from opdstudio.core.services import workflow
    from opdstudio.core.services.posts import compute_hash

    decide = {
        "approve": workflow.approve,
        "request-changes": workflow.request_changes,
        "reject": workflow.reject,
    }[args.decision]
    db = open_profile(args)
    with db.session() as session:
        person = actor(session, args)
        post = find_post(session, args.post)
        seen = args.hash or compute_hash(session, post)
        decide(session, person.id, post.id, seen, args.comment)
        data = {"id": post.id, "status": post.status, "content_hash": seen}
    emit(args, data, f"{post.id} {post.status}")
    return 0
