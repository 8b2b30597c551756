"""Photo originals follow their rows: after a sync the reviewer's profile holds the bytes of the post's photos
(checked against their SHA-256) and the renditions the review screen shows, fetched a few at a time."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from opdstudio.core.services import composing, photos, posts, workflow
from opdstudio.core.services.composing import PhotoDraft
from opdstudio.core.sync import photo_download
from opdstudio.core.sync.connection import server_engine
from tests.sync.shared import SharedWorld
from tests.sync.test_client_sync import Client

pytestmark = pytest.mark.xdist_group("test_photo_download")


@pytest.fixture
def clients(shared_world: SharedWorld, tmp_path: Path) -> Iterator[Callable[[str], Client]]:
    made: list[Client] = []

    def make(key: str) -> Client:
        client = Client(shared_world, key, tmp_path / f"{key}-{len(made)}")
        client.sync()
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def picture(folder: Path, name: str, size: tuple[int, int] = (900, 600)) -> Path:
    """A real photo file (random pixels, so each is a new original) in the format its name says."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(path)
    return path


def import_photos(client: Client, files: list[Path]) -> list[PhotoDraft]:
    """Import files through the app's photo service, as the composer does."""
    imported = photos.import_files(client.db, client.person_id, files)
    assert all(i.ok and i.photo is not None for i in imported), [i.message_en for i in imported]
    return [i.photo for i in imported if i.photo is not None]


def submit_post_with(client: Client, drafts: list[PhotoDraft]) -> str:
    """A post with these photos, saved through the composing service and sent to the reviewers."""
    w = client.world
    with client.db.session() as s:
        post = posts.create_post(
            s,
            client.person_id,
            w.bidang,
            title="Posyandu",
            main_text="Posyandu Melati buka hari Sabtu di balai desa.",
            target_account_ids=[w.instagram, w.facebook],
        )
        state = composing.state_from_post(s, post)
        state.photos = [
            PhotoDraft(**{**vars(d), "caption": f"Foto {n}", "alt_text": f"Kader posyandu menimbang balita {n}"})
            for n, d in enumerate(drafts, 1)
        ]
        composing.save(s, client.person_id, state)
        workflow.submit(s, client.person_id, post.id)
        return post.id


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sync_recording(client: Client, *, stop_once_photos_came: bool = False) -> tuple[Any, list[tuple[int, int]]]:
    """Sync (asked to stop as soon as a photo has come, if so told); the report and the "photos" progress."""
    seen: list[tuple[int, int]] = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "photos":
            seen.append((done, total))

    report = client.engine.sync(progress=progress, cancelled=lambda: stop_once_photos_came and bool(seen))
    return report, seen


def test_the_reviewer_gets_the_originals_and_the_pictures_the_review_screen_shows(
    clients: Callable[[str], Client], tmp_path: Path
) -> None:
    author, reviewer = clients("author"), clients("reviewer")
    drafts = import_photos(author, [picture(tmp_path / "kamera", "timbang.jpg"), picture(tmp_path / "kamera", "x.png")])
    post_id = submit_post_with(author, drafts)
    assert author.sync().pending == 0

    report, seen = sync_recording(reviewer)
    assert report.photos == 2 and seen[-1] == (2, 2)
    mine, theirs = photos.media_store(author.db), photos.media_store(reviewer.db)
    with reviewer.db.session() as s:
        shown = composing.state_from_post(s, reviewer.post(post_id)).photos
    assert [p.sha256 for p in shown] == [d.sha256 for d in drafts]
    for photo in shown:
        original = theirs.find(photo.sha256)
        expected = mine.find(photo.sha256)
        assert original is not None and expected is not None
        assert sha256_of(original) == photo.sha256 and original.name == expected.name  # .jpg / .png as imported
        for name in (photos.THUMB_RENDITION, photos.PREVIEW_RENDITION):
            made, imported = (photos.rendition_file(store, photo.sha256, name) for store in (theirs, mine))
            assert made is not None and imported is not None
            with Image.open(made) as picture_made, Image.open(imported) as picture_imported:
                assert picture_made.size == picture_imported.size

    again, seen = sync_recording(reviewer)
    assert again.photos == 0 and seen == []

    # A sync stopped after storing an original but before its renditions: the next one makes them.
    shutil.rmtree(theirs.root / "renditions")
    report, seen = sync_recording(reviewer)
    assert report.photos == 0 and seen[-1] == (2, 2)
    assert all(photos.rendition_file(theirs, d.sha256, photos.THUMB_RENDITION) for d in drafts)


def test_photos_come_a_few_at_a_time_and_a_stopped_sync_resumes(
    clients: Callable[[str], Client], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    author, reviewer = clients("author"), clients("reviewer")
    count = photo_download.BATCH + 1
    drafts = import_photos(author, [picture(tmp_path, f"kegiatan-{n}.jpg", (320, 240)) for n in range(count)])
    submit_post_with(author, drafts)
    author.sync()

    real = photo_download.fetch_photo_blobs
    asked: list[int] = []

    def counting(conn: Any, shas: list[str]) -> dict[str, bytes]:
        asked.append(len(shas))
        return real(conn, shas)

    monkeypatch.setattr(photo_download, "fetch_photo_blobs", counting)
    report, _ = sync_recording(reviewer, stop_once_photos_came=True)
    assert report.photos == photo_download.BATCH and asked == [photo_download.BATCH]
    report, _ = sync_recording(reviewer)
    assert report.photos == 1 and asked == [photo_download.BATCH, 1]
    store = photos.media_store(reviewer.db)
    assert all(store.find(d.sha256) is not None for d in drafts)


def test_someone_who_may_not_see_the_post_gets_no_bytes(clients: Callable[[str], Client], tmp_path: Path) -> None:
    author, outsider = clients("author"), clients("outsider")
    (draft,) = import_photos(author, [picture(tmp_path, "rahasia.jpg")])
    submit_post_with(author, [draft])
    author.sync()

    report = outsider.sync()
    assert report.photos == 0 and photos.media_store(outsider.db).find(draft.sha256) is None
    people = outsider.world.people
    for who, expected in (("outsider", 0), ("author", 1)):  # even asking by name; the uploader may read them
        engine = server_engine(outsider.world.db.url(people[who].login))
        try:
            with engine.connect() as conn:
                assert len(photo_download.fetch_photo_blobs(conn, [draft.sha256])) == expected
        finally:
            engine.dispose()


def test_bytes_that_do_not_match_their_sha256_are_never_stored(
    clients: Callable[[str], Client], tmp_path: Path
) -> None:
    """The server's copy is damaged (a superuser wrote it with the triggers off): the reviewer stores nothing."""
    author, reviewer = clients("author"), clients("reviewer")
    (draft,) = import_photos(author, [picture(tmp_path, "asli.jpg")])
    other = picture(tmp_path / "lain", "lain.jpg").read_bytes()
    with author.world.db.superuser() as conn:
        conn.execute("SET session_replication_role = replica")
        conn.execute(
            "INSERT INTO app.photoblob (sha256, data, size_bytes, uploaded_by_id) VALUES (%s, %s, %s, %s)",
            (draft.sha256, other, len(other), author.person_id),
        )
    submit_post_with(author, [draft])
    assert author.sync().pending == 0  # the server claims to hold the bytes, so the photo row goes

    for _ in range(2):  # tried again at the next sync, never stored
        report, seen = sync_recording(reviewer)
        assert report.photos == 0 and seen == [(1, 1)]
        store = photos.media_store(reviewer.db)
        assert store.find(draft.sha256) is None and store.find(hashlib.sha256(other).hexdigest()) is None
        assert photos.rendition_file(store, draft.sha256, photos.THUMB_RENDITION) is None
