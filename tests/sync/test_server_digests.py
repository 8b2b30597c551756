"""The server computes the content hash and the audit digest exactly as the Python code does."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opdstudio.core.domain.content_hash import PhotoContent, VariantContent, content_hash
from opdstudio.core.domain.models import AuditEvent
from opdstudio.core.domain.workflow import mentions_regent
from opdstudio.core.services.audit import _event_digest
from tests.sync.shared import SharedDb

# One worker builds this module's database once (pytest -n 2 --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_server_digests")

# Any text PostgreSQL can store: no NUL, no lone surrogates; combining marks, controls and emoji included.
TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=40)
KEYS = st.text("abcdeéxyz_", min_size=1, max_size=6).filter(lambda k: k == k.strip())
FLOATS = st.floats(allow_nan=False, allow_infinity=False)  # -0.0 included: jsonb turns it into 0, _crop too
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def root(shared_db: SharedDb) -> Iterator[psycopg.Connection[Any]]:
    with shared_db.superuser() as conn:
        yield conn


variants = st.lists(
    st.builds(
        VariantContent,
        platform=st.sampled_from(["facebook", "instagram", "x", "tiktok", "website"]),
        title=TEXT,
        text=TEXT,
        extra=st.dictionaries(KEYS, TEXT, max_size=3),
    ),
    max_size=4,
    unique_by=lambda v: v.platform,
)
photos = st.lists(
    st.builds(
        PhotoContent,
        sha256=st.text("0123456789abcdef", min_size=64, max_size=64),
        crop=st.dictionaries(st.sampled_from(["x", "y", "w", "h", "angle"]), FLOATS | st.integers(-5, 5000)),
        caption=TEXT,
        alt_text=TEXT,
    ),
    max_size=3,
)
targets = st.lists(st.sampled_from(["a1", "b2", "c3", "Z9", "é1"]), max_size=5)


@SETTINGS
@given(title=TEXT, main_text=TEXT, variants=variants, photos=photos, targets=targets)
def test_content_hash(
    root: psycopg.Connection[Any],
    title: str,
    main_text: str,
    variants: list[VariantContent],
    photos: list[PhotoContent],
    targets: list[str],
) -> None:
    expected = content_hash(
        title=title, main_text=main_text, variants=variants, photos=photos, target_account_ids=targets
    )
    variant_json = [
        {"platform": v.platform, "title": v.title, "text": v.text, "extra": dict(v.extra)} for v in variants
    ]
    photo_json = [{"sha256": p.sha256, "crop": dict(p.crop), "caption": p.caption, "alt": p.alt_text} for p in photos]
    got = root.execute(
        "SELECT app.content_hash_of(%s, %s, %s::jsonb, %s::jsonb, %s::text[])",
        (title, main_text, json.dumps(variant_json), json.dumps(photo_json), targets),
    ).fetchone()
    assert got == (expected,)


def test_a_negative_zero_crop_hashes_as_zero(root: psycopg.Connection[Any]) -> None:
    """jsonb has no negative zero, so the client hashes -0.0 as 0.0 and a server-stored crop still matches."""
    crops = [{"x": -0.0, "y": 0.0, "w": 0.5}, {"x": 0, "y": -0.0, "w": 0.5}]
    hashes = {
        content_hash(
            title="t", main_text="m", variants=[], photos=[PhotoContent("a" * 64, crop)], target_account_ids=["a1"]
        )
        for crop in crops
    }
    assert len(hashes) == 1
    photo_json = json.dumps([{"sha256": "a" * 64, "crop": crops[0], "caption": "", "alt": ""}])
    assert '"x": -0.0' in photo_json
    got = root.execute(
        "SELECT app.content_hash_of('t', 'm', '[]'::jsonb, %s::jsonb, ARRAY['a1'])", (photo_json,)
    ).fetchone()
    assert got == (hashes.pop(),)


# Text around the regent's titles: words glued to them, hashtags, abbreviations, spacing, case and near misses.
REGENT_WORDS = ("bupati", "Bupati", "BUPATI", "wakil", "wali", "kota", "walikota", "Wali  Kota", "Wakil Bupati")
OTHER_WORDS = ("wabup", "wawali", "gubernur", "wagub", "bupat", "gubern", "Ke", "a", "1", "é", "_", "-", "#", "@")
REGENT_TEXT = st.lists(st.sampled_from([*REGENT_WORDS, *OTHER_WORDS, " ", "\n", "\t"]), max_size=8).map("".join)


@SETTINGS
@given(title=REGENT_TEXT, text=REGENT_TEXT)
def test_the_regent_is_recognised_as_the_client_recognises_it(
    root: psycopg.Connection[Any], title: str, text: str
) -> None:
    row = json.dumps({"id": "no-such-post", "title": title, "main_text": text})
    got = root.execute(
        "SELECT app.mentions_regent(jsonb_populate_record(NULL::app.post, %s::jsonb))", (row,)
    ).fetchone()
    assert got == (mentions_regent([title, text]),)


@SETTINGS
@given(st.lists(FLOATS, min_size=1, max_size=30))
def test_floats_print_as_python_prints_them(root: psycopg.Connection[Any], values: list[float]) -> None:
    printed = root.execute(
        "SELECT app.py_float(x) FROM unnest(%s::float8[]) WITH ORDINALITY AS u (x, n) ORDER BY n", (values,)
    ).fetchall()
    assert [p for (p,) in printed] == [repr(v) for v in values]


def test_float_edges(root: psycopg.Connection[Any]) -> None:
    values = [0.0, -0.0, 1.0, 1e15, 1e16, 1e-4, 1e-5, 123456789.125, 5e-324, 1.7976931348623157e308, -2.5, math.pi]
    printed = root.execute(
        "SELECT app.py_float(x) FROM unnest(%s::float8[]) WITH ORDINALITY AS u (x, n) ORDER BY n", (values,)
    ).fetchall()
    assert [p for (p,) in printed] == [repr(v) for v in values]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | FLOATS | TEXT,
    lambda inner: st.lists(inner, min_size=1, max_size=3) | st.dictionaries(KEYS, inner, min_size=1, max_size=3),
    max_leaves=8,
)


@SETTINGS
@given(
    detail=st.dictionaries(KEYS, json_values, max_size=4),
    micro=st.integers(0, 999_999) | st.just(0),
    post=st.none() | st.just("post-1"),
    action=TEXT,
)
def test_audit_digest(
    root: psycopg.Connection[Any], detail: dict[str, Any], micro: int, post: str | None, action: str
) -> None:
    """The trigger's digest equals the Python digest of the event as the server stores it (jsonb detail)."""
    row = {
        "id": "e1",
        "organisation_id": "org-1",
        "seq": 7,
        "post_id": post,
        "actor_id": "p1",
        "action": action,
        "content_hash": "h",
        "detail": detail,
        "prev_hash": "prev",
        "created_at": datetime(2026, 11, 20, 3, 4, 5, micro, tzinfo=UTC).isoformat(),
    }
    got = root.execute(
        "SELECT app.audit_digest(e), e.detail::text FROM jsonb_populate_record(NULL::app.auditevent, %s::jsonb) AS e",
        (json.dumps(row),),
    ).fetchone()
    assert got is not None
    event = AuditEvent(
        id="e1",
        organisation_id="org-1",
        seq=7,
        post_id=post,
        actor_id="p1",
        action=action,
        content_hash="h",
        detail=json.loads(got[1]),
        prev_hash="prev",
        created_at=datetime(2026, 11, 20, 3, 4, 5, micro, tzinfo=UTC),
    )
    assert got[0] == _event_digest(event)
