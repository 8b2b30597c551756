"""The composer's draft in core: saving through the post services, the autosave buffer off the audit trail,
recovery, resuming where the admin was, counters and the feed preview."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import event, func
from sqlmodel import select

from opdstudio.core.domain.drafting import EditorBuffer
from opdstudio.core.domain.models import AuditEvent, Photo, Post, PostPhoto
from opdstudio.core.domain.platforms import SPECS, Platform
from opdstudio.core.services import composing, posts, workflow
from opdstudio.core.services.composing import ComposerState, PhotoDraft, VariantDraft
from opdstudio.core.storage.database import Database


def _state(world: Any, **values: Any) -> ComposerState:
    base: dict[str, Any] = {
        "organisation_id": world.bidang,
        "title": "Posyandu Melati",
        "main_text": "Penimbangan balita di Posyandu Melati, Kelurahan Talang Rimbo.",
        "event_date": date(2025, 5, 12),
        "event_place": "Talang Rimbo",
        "programme": "Bulan Penimbangan",
        "target_account_ids": [world.instagram, world.facebook],
        "platforms": ["facebook", "instagram"],
    }
    return ComposerState(**{**base, **values})


def _audit_count(db: Database) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(AuditEvent)).one()


def test_state_survives_json_with_dates_photos_and_variants() -> None:
    state = ComposerState(
        organisation_id="org",
        event_date=date(2025, 5, 12),
        variants={"x": VariantDraft("x", False, "", "Teks X", {})},
        photos=[PhotoDraft("p1", "ab" * 32, taken_at=datetime(2025, 5, 12, 2, 41, tzinfo=UTC), crop={"x": 0.1})],
    )
    assert ComposerState.from_json(state.to_json()) == state


def test_saving_a_new_state_creates_the_post_with_its_hash(db: Database, world: Any) -> None:
    state = _state(world)
    with db.session() as s:
        post = composing.save(s, world.admin, state)
        assert state.post_id == post.id
        assert post.content_hash == composing.state_hash(state) == posts.compute_hash(s, post)
        assert [(v.platform, v.follows_main, v.text) for v in posts.variants_of(s, post.id)] == [
            ("facebook", True, state.main_text),
            ("instagram", True, state.main_text),
        ]
        assert (post.event_date, post.event_place, post.programme) == (
            date(2025, 5, 12),
            "Talang Rimbo",
            "Bulan Penimbangan",
        )


def test_a_variant_with_its_own_title_still_follows_the_main_text(db: Database, world: Any) -> None:
    with db.session() as s:
        state = _state(world, variants={"instagram": VariantDraft("instagram", True, "Judul IG", "", {})})
        post = composing.save(s, world.admin, state)
        loaded = composing.state_from_post(s, post)
        assert loaded.variant("instagram").follows_main
        assert loaded.variant("instagram").title == "Judul IG"
        loaded.main_text = "Teks utama yang baru."
        composing.save(s, world.admin, loaded)
        variants = {v.platform: v for v in posts.variants_of(s, post.id)}
        assert variants["instagram"].text == "Teks utama yang baru."
        loaded.variants["instagram"] = VariantDraft("instagram", True, "", "", {})
        composing.save(s, world.admin, loaded)
        assert variants["instagram"].title == ""
        assert posts.compute_hash(s, post) == composing.state_hash(loaded)


def test_an_edited_variant_keeps_its_text_when_the_main_text_changes(db: Database, world: Any) -> None:
    state = _state(world, variants={"instagram": VariantDraft("instagram", False, "", "Khusus IG #posyandu", {})})
    with db.session() as s:
        post = composing.save(s, world.admin, state)
        state.main_text = "Ubah teks utama."
        composing.save(s, world.admin, state)
        loaded = composing.state_from_post(s, post)
    assert loaded.variant("instagram").text == "Khusus IG #posyandu"
    assert not loaded.variant("instagram").follows_main
    assert loaded.variant("facebook").text == "Ubah teks utama."


def test_saving_unchanged_photos_does_not_rewrite_their_rows(db: Database, world: Any) -> None:
    with db.session() as s:
        photo = Photo(sha256="a" * 64, original_name="a.jpg", size_bytes=10, width=400, height=300)
        s.add(photo)
        s.flush()
        state = _state(world, photos=[composing.photo_draft(photo, caption="Kader menimbang")])
        composing.save(s, world.admin, state)
        state.main_text += " Tambahan."
        composing.save(s, world.admin, state)
        assert s.exec(select(func.count()).select_from(PostPhoto)).one() == 1


def test_photo_facts_are_saved_on_the_photo(db: Database, world: Any) -> None:
    with db.session() as s:
        photo = Photo(sha256="b" * 64, original_name="b.jpg", size_bytes=10, width=400, height=300)
        s.add(photo)
        s.flush()
        draft = composing.photo_draft(photo)
        draft.contains_children, draft.consent_note = True, " Izin orang tua tertulis. "
        composing.save(s, world.admin, _state(world, photos=[draft]))
        assert (photo.contains_children, photo.consent_note, photo.rev) == (True, "Izin orang tua tertulis.", 2)


def test_autosave_stays_off_the_post_and_the_audit_trail(db: Database, world: Any) -> None:
    with db.session() as s:
        post = composing.save(s, world.admin, _state(world))
        rev, buffer_id = post.rev, "buf-1"
    events = _audit_count(db)
    with db.session() as s:
        state = composing.state_from_post(s, posts.get_post(s, post.id))
        state.main_text += " Diketik lalu aplikasi mati."
        assert composing.autosave(s, world.admin, state, {"tab": "main"}, buffer_id=buffer_id, seq=1)
    assert _audit_count(db) == events
    with db.session() as s:
        assert posts.get_post(s, post.id).rev == rev
        [pending] = composing.pending_drafts(s, world.admin)
        assert (pending.post_id, pending.buffer_id) == (post.id, buffer_id)
        assert pending.excerpt.endswith("Diketik lalu aplikasi mati.")
        opened = composing.open_draft(s, world.admin, post_id=post.id)
    assert opened.recovered_at is not None and not opened.stale
    assert opened.state.main_text.endswith("Diketik lalu aplikasi mati.")
    assert (opened.buffer_id, opened.seq, opened.view) == (buffer_id, 1, {"tab": "main"})


def test_an_older_autosave_never_overwrites_a_newer_one(db: Database, world: Any) -> None:
    state = _state(world)
    with db.session() as s:
        assert composing.autosave(s, world.admin, _state(world, main_text="baru"), {}, buffer_id="b", seq=2)
        assert not composing.autosave(s, world.admin, state, {}, buffer_id="b", seq=1)
        assert s.get(EditorBuffer, "b").state["main_text"] == "baru"  # type: ignore[union-attr]


def test_saving_cleans_the_buffer_and_a_late_autosave_is_ignored(db: Database, world: Any) -> None:
    state = _state(world)
    with db.session() as s:
        composing.autosave(s, world.admin, state, {}, buffer_id="b", seq=3)
        assert [d.post_id for d in composing.pending_drafts(s, world.admin)] == [None]
        composing.save(s, world.admin, state, buffer_id="b", seq=3)
        assert composing.pending_drafts(s, world.admin) == []
        assert not composing.autosave(s, world.admin, state, {}, buffer_id="b", seq=3)  # in flight during the save
        assert composing.pending_drafts(s, world.admin) == []


def test_a_new_unsaved_draft_is_recovered_and_resumes_where_it_was(db: Database, world: Any) -> None:
    state = _state(world, title="Belum pernah disimpan")
    with db.session() as s:
        composing.autosave(s, world.admin, state, {"tab": "instagram", "cursors": {"main": 7}}, buffer_id="n", seq=1)
    with db.session() as s:
        [pending] = composing.pending_drafts(s, world.admin)
        opened = composing.open_draft(s, world.admin, buffer_id=pending.buffer_id)
    assert opened.state.title == "Belum pernah disimpan" and opened.state.post_id is None
    assert opened.view == {"tab": "instagram", "cursors": {"main": 7}}


def test_edits_over_a_post_that_changed_meanwhile_are_marked_stale(db: Database, world: Any) -> None:
    with db.session() as s:
        post = composing.save(s, world.admin, _state(world))
        mine = composing.state_from_post(s, post)
        mine.main_text = "Versi saya."
        composing.autosave(s, world.admin, mine, {}, buffer_id="m", seq=1)
        posts.edit_post(s, world.admin2, post.id, posts.PostEdit(main_text="Versi rekan (tersinkron)."))
        opened = composing.open_draft(s, world.admin, post_id=post.id)
    assert opened.stale and opened.state.main_text == "Versi saya."


def test_remembered_view_without_pending_edits(db: Database, world: Any) -> None:
    with db.session() as s:
        post = composing.save(s, world.admin, _state(world))
        state = composing.state_from_post(s, post)
        composing.remember_view(s, world.admin, state, {"tab": "facebook", "cursors": {"facebook": 12}}, "v")
        opened = composing.open_draft(s, world.admin, post_id=post.id)
        assert composing.pending_drafts(s, world.admin) == []
    assert opened.recovered_at is None
    assert opened.view == {"tab": "facebook", "cursors": {"facebook": 12}}


def test_pending_edits_of_a_post_that_can_no_longer_change_are_not_offered(db: Database, world: Any) -> None:
    with db.session() as s:
        post = composing.save(s, world.admin, _state(world))
        state = composing.state_from_post(s, post)
        state.main_text += " Tambahan."
        composing.autosave(s, world.admin, state, {}, buffer_id="r", seq=1)
        workflow.submit(s, world.admin, post.id)
        workflow.reject(s, world.kabid, post.id, post.content_hash, "Tidak relevan.")
        assert composing.pending_drafts(s, world.admin) == []
        composing.discard(s, "r")
        assert s.get(EditorBuffer, "r") is None


def test_counters_use_each_platforms_own_count() -> None:
    text = "Selamat 🎉 https://rejanglebongkab.go.id/berita/panjang-sekali #a #b #c #d #e #f"
    by_what = {c.what: c for c in composing.counts("instagram", "", text)}
    assert by_what["text"].value == len(text) and by_what["hashtags"].value == 6 and by_what["hashtags"].over
    x = composing.counts("x", "", text)[0]
    assert x.value == 8 + 2 + 1 + 23 + 18 and x.limit == 280  # emoji 2, URL 23
    tiktok = {c.what: c for c in composing.counts("tiktok", "J" * 91, "isi")}
    assert tiktok["title"].over and not tiktok["text"].over
    assert composing.counts("website", "", "isi") == [composing.Count("text", 3, None)]


def test_overflow_spans_mark_where_the_platform_cuts() -> None:
    assert composing.overflow_spans("x", "", "a" * 290) == {"text": (280, 290)}
    assert composing.overflow_spans("youtube", "j" * 105, "ok") == {"title": (100, 105)}
    assert composing.overflow_spans("facebook", "", "pendek") == {}


def test_feed_excerpt_cuts_at_a_word_and_x_at_its_limit() -> None:
    text = "Kata " * 60
    shown, cut = composing.feed_excerpt(SPECS[Platform.INSTAGRAM], text)
    assert cut and len(shown) <= 125 and shown.endswith("Kata")
    assert composing.feed_excerpt(SPECS[Platform.FACEBOOK], "pendek") == ("pendek", False)
    shown, cut = composing.feed_excerpt(SPECS[Platform.X], "b" * 300)
    assert cut and len(shown) == 280


def test_feed_frames_follow_the_platform() -> None:
    assert composing.feed_frame("instagram", 900, 1600) == (4 / 5, False)  # too tall: cropped to 4:5
    assert composing.feed_frame("instagram", 1000, 1000) == (1.0, False)
    assert composing.feed_frame("tiktok", 1600, 900) == (9 / 16, True)  # whole photo on a 9:16 screen
    assert composing.feed_frame("youtube", 1000, 1000) == (16 / 9, False)
    assert composing.feed_frame("website", 1600, 900) == (1600 / 900, False)


def test_known_programmes_are_offered(db: Database, world: Any) -> None:
    with db.session() as s:
        composing.save(s, world.admin, _state(world, programme="Bulan Penimbangan"))
        composing.save(s, world.admin, _state(world, programme=""))
        assert composing.known_programmes(s, world.bidang) == ["Bulan Penimbangan"]
        assert s.exec(select(func.count()).select_from(Post)).one() == 2


def test_a_buffer_written_by_another_version_still_opens() -> None:
    data = ComposerState(organisation_id="org", main_text="Teks").to_json()
    data["future_field"] = 1
    data["photos"] = [{"photo_id": "p", "sha256": "a" * 64, "taken_at": None, "blur_faces": True}]
    state = ComposerState.from_json(data)
    assert state.main_text == "Teks" and state.photos[0].photo_id == "p"


def test_a_title_only_save_is_one_trip_of_at_most_twelve_statements(db: Database, world: Any) -> None:
    state = _state(world)
    with db.session() as s:
        composing.save(s, world.admin, state, buffer_id="b1", seq=1)
    state.title = "Posyandu Melati: 40 balita ditimbang"
    statements: list[str] = []
    listener = lambda _c, _cur, stmt, *_a: statements.append(stmt)  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        with db.session() as s:
            post = composing.save(s, world.admin, state, buffer_id="b1", seq=2)
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert len(statements) <= 12, "\n".join(statements)
    with db.session() as s:
        stored = posts.get_post(s, post.id)
        assert stored.title == state.title and stored.content_hash == composing.state_hash(state)
        assert stored.content_hash == posts.compute_hash(s, stored)
        assert s.get(EditorBuffer, "b1").pending is False  # type: ignore[union-attr]
    assert _audit_count(db) == 3  # created, edited, edited
