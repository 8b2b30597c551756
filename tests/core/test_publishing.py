"""Publish assist: captions and photos per platform, recording (the link checked by the core rule), article export."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from opdstudio.core.domain.enums import PostStatus
from opdstudio.core.domain.models import OfficialAccount, Publication
from opdstudio.core.errors import DomainError
from opdstudio.core.services import photos, posts, publishing, workflow
from opdstudio.core.services.publishing import Article, PhotoRef, article_html, article_text, rendition_names
from opdstudio.core.storage.database import Database

TEXT = "Diskominfo menggelar pelatihan literasi digital bagi 40 perangkat desa di aula kantor."
FB_TEXT = "Pelatihan literasi digital hari ini diikuti 40 perangkat desa. Terima kasih para peserta!"


def _photo(db: Database, w: Any, tmp_path: Path, size: tuple[int, int] = (600, 400)) -> str:
    path = tmp_path / "kegiatan.jpg"
    Image.new("RGB", size, (30, 120, 200)).save(path, quality=80)
    [result] = photos.import_files(db, w.admin, [path])
    assert result.ok and result.photo is not None
    return result.photo.photo_id


def _approved(db: Database, w: Any, *, photo_id: str | None = None, crop: dict[str, float] | None = None) -> str:
    with db.session() as s:
        post = posts.create_post(
            s,
            w.admin,
            w.bidang,
            title="Pelatihan Literasi Digital, Curup",
            main_text=TEXT,
            target_account_ids=[w.instagram, w.facebook],
        )
        placed = [posts.PhotoPlacement(photo_id, crop or {}, "Peserta pelatihan")] if photo_id else None
        posts.edit_post(
            s, w.admin, post.id, posts.PostEdit(variants={"facebook": posts.VariantEdit(FB_TEXT)}, photos=placed)
        )
        workflow.submit(s, w.admin, post.id)
        workflow.approve(s, w.kabid, post.id, post.content_hash)
        return post.id


def _record(db: Database, w: Any, post_id: str, url: str, **kw: Any) -> Publication:
    with db.session() as s:
        plan = publishing.publish_plan(s, post_id)
        return publishing.record(
            s,
            w.admin,
            post_id,
            account_id=kw.get("account", w.instagram),
            url=url,
            published_at=kw.get("at", datetime.now(UTC)),
            approved_hash=kw.get("approved_hash", plan.content_hash),
        )


def test_plan_gives_each_account_its_caption_and_lists_the_approval(db: Database, world: Any) -> None:
    post_id = _approved(db, world)
    with db.session() as s:
        plan = publishing.publish_plan(s, post_id)
    assert plan.approved and plan.status == PostStatus.APPROVED and plan.stem == "pelatihan-literasi-digital-curup"
    assert [(a.reviewer, a.level) for a in plan.approvals] == [("Budi", 1)]
    captions = {t.platform: (t.handle, t.caption) for t in plan.targets}
    assert captions == {"instagram": ("@kominfo.rl", TEXT), "facebook": ("kominforl", FB_TEXT)}
    assert plan.article is None


def test_an_unapproved_post_is_laid_out_but_cannot_be_recorded(db: Database, world: Any) -> None:
    with db.session() as s:
        post = posts.create_post(s, world.admin, world.bidang, main_text=TEXT, target_account_ids=[world.instagram])
    with db.session() as s:
        assert not publishing.publish_plan(s, post.id).approved
    with pytest.raises(DomainError) as info:
        _record(db, world, post.id, "https://www.instagram.com/p/Cx1/")
    assert "cannot be recorded as published" in info.value.message("en")


def test_recording_keeps_the_approved_hash_and_lists_it_under_the_account(db: Database, world: Any) -> None:
    post_id = _approved(db, world)
    publication = _record(db, world, post_id, "  https://www.instagram.com/p/Cx1/  ")
    with db.session() as s:
        plan = publishing.publish_plan(s, post_id)
    assert publication.url == "https://www.instagram.com/p/Cx1/" and publication.content_hash == plan.content_hash
    assert plan.status == PostStatus.PUBLISHED and plan.approved
    recorded = {t.platform: [(r.url, r.recorded_by) for r in t.publications] for t in plan.targets}
    assert recorded == {"instagram": [("https://www.instagram.com/p/Cx1/", "Ani")], "facebook": []}


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("https://www.facebook.com/kominforl/posts/1", "not on Instagram (instagram.com)"),
        ("https://instagram.com.evil.example/p/Cx1", "not on Instagram (instagram.com)"),
        ("instagram.com/p/Cx1", "must be a full URL"),
        ("https://www.instagram.com/kominfo.rl/", "the account's page"),
    ],
)
def test_a_link_off_the_account_platform_is_refused(db: Database, world: Any, url: str, fragment: str) -> None:
    post_id = _approved(db, world)
    with pytest.raises(DomainError) as info:
        _record(db, world, post_id, url)
    assert fragment in info.value.message("en") and info.value.message("id") != info.value.message("en")


def test_instagram_takes_the_shape_nearest_the_first_photo_for_the_whole_carousel() -> None:
    tall = PhotoRef("a" * 64, 3000, 4000, {})
    wide = PhotoRef("b" * 64, 4000, 3000, {})
    cropped_square = PhotoRef("c" * 64, 4000, 3000, {"x": 0.1, "y": 0.0, "w": 0.75, "h": 1.0})
    assert rendition_names("instagram", [tall, wide]) == ["instagram_portrait", "instagram_portrait"]
    assert rendition_names("instagram", [cropped_square, tall]) == ["instagram_square", "instagram_square"]
    assert rendition_names("instagram", [PhotoRef("d" * 64, 1910, 1000, {})]) == ["instagram_landscape"]
    assert rendition_names("x", [tall]) == ["x"] and rendition_names("website", [tall]) == ["facebook"]


def test_photos_are_saved_as_the_platform_rendition_of_the_post_crop(db: Database, world: Any, tmp_path: Path) -> None:
    crop = {"x": 0.2, "y": 0.0, "w": 0.5, "h": 1.0}  # 300 × 400 of a 600 × 400 photo: a portrait
    post_id = _approved(db, world, photo_id=_photo(db, world, tmp_path), crop=crop)
    with db.session() as s:
        plan = publishing.publish_plan(s, post_id)
    store = photos.media_store(db)
    out = tmp_path / "unggah"
    seen: list[tuple[int, int, str]] = []
    saved = publishing.export_photos(
        store, plan.photos, "instagram", out, plan.stem, progress=lambda d, t, m: seen.append((d, t, m))
    )
    assert [p.name for p in saved] == ["pelatihan-literasi-digital-curup-instagram-01.jpg"]
    assert seen == [(1, 1, saved[0].name)]
    with Image.open(saved[0]) as image:
        assert image.size == (1080, 1350)
    [facebook] = publishing.export_photos(store, plan.photos, "facebook", out, plan.stem)
    with Image.open(facebook) as image:
        assert image.size == (300, 400)  # the crop, never enlarged


def test_saving_photos_into_a_file_is_a_clear_error(db: Database, world: Any, tmp_path: Path) -> None:
    post_id = _approved(db, world, photo_id=_photo(db, world, tmp_path))
    with db.session() as s:
        plan = publishing.publish_plan(s, post_id)
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x")
    with pytest.raises(DomainError) as info:
        publishing.export_photos(photos.media_store(db), plan.photos, "facebook", blocker, plan.stem)
    assert "Cannot save the photos" in info.value.message("en")


ARTICLE = Article(
    title="Pelatihan Literasi Digital <Angkatan 2>",
    body="Paragraf pertama & kedua.\n\nBaris satu\nbaris dua.",
    dateline="CURUP —",
    lead="Diskominfo melatih 40 perangkat desa.",
    writer="Ani",
    editor="Budi",
    photos=(PhotoRef("a" * 64, 10, 10, {}, "Peserta pelatihan", "Peserta duduk di aula"), PhotoRef("b" * 64, 1, 1, {})),
)


def test_article_html_is_escaped_and_ordered_for_the_cms() -> None:
    html = article_html(ARTICLE, ["f-01.jpg", "f-02.jpg"])
    assert html.splitlines() == [
        "<article>",
        "<h1>Pelatihan Literasi Digital &lt;Angkatan 2&gt;</h1>",
        "<p><strong>CURUP —</strong> Diskominfo melatih 40 perangkat desa.</p>",
        '<figure><img src="f-01.jpg" alt="Peserta duduk di aula"><figcaption>Peserta pelatihan</figcaption></figure>',
        "<p>Paragraf pertama &amp; kedua.</p>",
        "<p>Baris satu<br>baris dua.</p>",
        '<figure><img src="f-02.jpg" alt=""></figure>',
        "<p><em>Penulis: Ani<br>Editor: Budi</em></p>",
        "</article>",
    ]
    page = article_html(ARTICLE, [], document=True)
    assert page.startswith('<!DOCTYPE html>\n<html lang="id">') and '<meta charset="utf-8">' in page
    assert "<figure>" not in page


def test_article_text_is_plain_paragraphs_with_captions_and_credits() -> None:
    assert article_text(ARTICLE) == (
        "Pelatihan Literasi Digital <Angkatan 2>\n\n"
        "CURUP — Diskominfo melatih 40 perangkat desa.\n\n"
        "Paragraf pertama & kedua.\n\n"
        "Baris satu\nbaris dua.\n\n"
        "Foto: Peserta pelatihan\n\n"
        "Penulis: Ani\nEditor: Budi\n"
    )


def test_a_website_target_gets_the_article_and_exports_html_text_and_photos(
    db: Database, world: Any, tmp_path: Path
) -> None:
    w = world
    photo_id = _photo(db, w, tmp_path)
    with db.session() as s:
        site = OfficialAccount(
            organisation_id=w.dinas, platform="website", handle="kominfo", url="https://kominfo.rejanglebongkab.go.id"
        )
        s.add(site)
        s.flush()
        post = posts.create_post(s, w.admin, w.bidang, title="Pelatihan", main_text=TEXT, target_account_ids=[site.id])
        article = posts.VariantEdit(TEXT, "Diskominfo Latih Perangkat Desa", {"dateline": "CURUP —", "writer": "Ani"})
        placed = [posts.PhotoPlacement(photo_id, {}, "Peserta pelatihan")]
        posts.edit_post(s, w.admin, post.id, posts.PostEdit(variants={"website": article}, photos=placed))
        workflow.submit(s, w.admin, post.id)
        workflow.approve(s, w.kabid, post.id, post.content_hash)
    with db.session() as s:
        plan = publishing.publish_plan(s, post.id)
    assert plan.article is not None and plan.article.title == "Diskominfo Latih Perangkat Desa"
    [target] = plan.targets
    assert target.title == "Diskominfo Latih Perangkat Desa" and target.caption == article_text(plan.article)
    files = publishing.export_article(photos.media_store(db), plan.article, tmp_path / "cms", "artikel")
    assert [p.name for p in files.photos] == ["artikel-website-01.jpg"]
    assert 'src="artikel-website-01.jpg"' in files.html.read_text(encoding="utf-8")
    assert files.text.read_text(encoding="utf-8").startswith("Diskominfo Latih Perangkat Desa\n\nCURUP — " + TEXT)


def test_file_names_are_short_ascii_cut_at_a_word() -> None:
    assert publishing.slug("Posyandu Melati, Curup") == "posyandu-melati-curup"
    assert publishing.slug("Sosialisasi Ôjek Daring — Tahap 2") == "sosialisasi-ojek-daring-tahap-2"
    assert publishing.slug("Pelatihan Literasi Digital bagi Perangkat Desa") == "pelatihan-literasi-digital-bagi"
    assert publishing.slug("«»") == "post" and publishing.slug("x" * 50) == "x" * 40
