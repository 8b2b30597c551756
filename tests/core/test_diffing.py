"""Word-level diffs, and the versions they compare: what each submission sent, what a reviewer last saw."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from opdstudio.core.domain.enums import AuditAction
from opdstudio.core.domain.models import AuditEvent
from opdstudio.core.services import diffing, posts, workflow
from opdstudio.core.services.diffing import Op, Segment, diff_versions, wdiff, word_diff
from opdstudio.core.storage.database import Database

TEXT = "Diskominfo menggelar pelatihan literasi digital bagi 40 perangkat desa di aula kantor."
TEXT2 = "Diskominfo menggelar pelatihan literasi digital bagi 45 perangkat desa dan kader PKK di aula kantor."


def test_word_diff_marks_whole_words_and_keeps_the_rest() -> None:
    segments = word_diff("Posyandu Melati melayani 40 balita.", "Posyandu Melati melayani 45 balita dan ibu hamil.")
    assert segments == [
        Segment(Op.EQUAL, "Posyandu Melati melayani "),
        Segment(Op.DELETE, "40"),
        Segment(Op.INSERT, "45"),
        Segment(Op.EQUAL, " balita"),
        Segment(Op.INSERT, " dan ibu hamil"),
        Segment(Op.EQUAL, "."),
    ]
    assert wdiff(segments) == "Posyandu Melati melayani [-40-]{+45+} balita{+ dan ibu hamil+}."
    assert "".join(s.text for s in segments if s.op != Op.INSERT) == "Posyandu Melati melayani 40 balita."


def test_word_diff_of_equal_and_empty_texts() -> None:
    assert word_diff("sama saja", "sama saja") == [Segment(Op.EQUAL, "sama saja")]
    assert word_diff("", "baru") == [Segment(Op.INSERT, "baru")]
    assert word_diff("", "") == []


def _post(db: Database, w: Any) -> str:
    with db.session() as s:
        return posts.create_post(
            s, w.admin, w.bidang, title="Pelatihan literasi", main_text=TEXT, target_account_ids=[w.instagram]
        ).id


def _submit(db: Database, w: Any, post_id: str) -> str:
    with db.session() as s:
        return workflow.submit(s, w.admin, post_id).content_hash


def test_a_reviewer_sees_what_changed_since_the_version_they_sent_back(db: Database, world: Any) -> None:
    w = world
    post_id = _post(db, w)
    first = _submit(db, w, post_id)
    with db.session() as s:
        assert diffing.changes_since_last_review(s, post_id, w.kabid) is None  # never reviewed
        workflow.request_changes(s, w.kabid, post_id, first, "Sebutkan kader PKK juga.")
        posts.edit_post(
            s,
            w.admin,
            post_id,
            posts.PostEdit(main_text=TEXT2, variants={"instagram": posts.VariantEdit(TEXT2 + " #LiterasiDigital")}),
        )
    second = _submit(db, w, post_id)
    with db.session() as s:
        seen = diffing.last_seen_by(s, post_id, w.kabid)
        changes = diffing.changes_since_last_review(s, post_id, w.kabid)
        since_previous = diffing.changes_since_previous_submission(s, post_id)
        versions = diffing.submitted_versions(s, post_id)
    assert seen is not None and seen.content_hash == first and seen.main_text == TEXT
    assert [v.content_hash for v in versions] == [first, second]
    assert changes is not None and changes == since_previous
    changed = {(c.platform, c.field): wdiff(c.segments) for c in changes if c.changed}
    main = TEXT.replace("40 perangkat desa", "[-40-]{+45+} perangkat desa{+ dan kader PKK+}")
    assert changed == {(None, "main_text"): main, ("instagram", "text"): main + "{+ #LiterasiDigital+}"}
    assert [(c.platform, c.field) for c in changes] == [
        (None, "title"),
        (None, "main_text"),
        ("instagram", "title"),
        ("instagram", "text"),
        (None, "photos"),
    ]


def test_the_snapshot_is_what_the_hash_covers_and_a_forged_one_is_ignored(db: Database, world: Any) -> None:
    post_id = _post(db, world)
    submitted = _submit(db, world, post_id)
    with db.session() as s:
        event = s.exec(
            select(AuditEvent).where(AuditEvent.post_id == post_id, AuditEvent.action == AuditAction.SUBMITTED)
        ).one()
        assert event.detail["content"]["main"] == TEXT
        assert event.detail["content"]["targets"] == [world.instagram]
        assert diffing.current_version(s, posts.get_post(s, post_id)).content_hash == submitted
        event.detail = {**event.detail, "content": {**event.detail["content"], "main": "teks lain"}}
    with db.session() as s:
        assert diffing.submitted_versions(s, post_id) == []


def test_diff_versions_lists_article_fields_and_photo_changes() -> None:
    from opdstudio.core.domain.content_hash import PhotoContent, VariantContent

    old = diffing.Version(
        "a", "Judul", "isi", (VariantContent("website", "Judul", "isi", {"lead": "Teras lama"}),), (), ()
    )
    new = diffing.Version(
        "b",
        "Judul",
        "isi",
        (VariantContent("website", "Judul", "isi", {"lead": "Teras baru", "writer": "Ani"}),),
        (PhotoContent("ab" * 32, {}, "Peserta pelatihan"),),
        (),
    )
    changed = {(c.platform, c.field): wdiff(c.segments) for c in diff_versions(old, new) if c.changed}
    assert changed == {
        ("website", "lead"): "Teras [-lama-]{+baru+}",
        ("website", "writer"): "{+Ani+}",
        (None, "photos"): "{+1. [abababab] Peserta pelatihan+}",
    }
