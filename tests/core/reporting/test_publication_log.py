"""The publication log: keyset pages newest first, full-text search with prefixes, filters, approvers; the search
index follows changes to publications, posts, organisations and accounts."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from alembic import command
from sqlalchemy import insert
from sqlmodel import select

from opdstudio.core.domain.models import OfficialAccount, Organisation, Post, Publication
from opdstudio.core.reporting.publication_log import (
    LogFilter,
    count_publications,
    iter_log,
    key_of,
    publication_page,
    text_query,
)
from opdstudio.core.services.orgs import subtree
from opdstudio.core.services.queries import local_day_bounds
from opdstudio.core.storage.bulk import publication_search_paused
from opdstudio.core.storage.database import Database
from opdstudio.core.storage.migrations_runner import alembic_config
from tests.core.reporting.town import Town, day, wib

LIVE = 16  # 15 in the week + one the Sunday before; the withdrawn one is not counted


def _titles(db: Database, log_filter: LogFilter) -> list[str]:
    with db.session() as s:
        return [r.title for r in publication_page(s, log_filter)]


def test_pages_follow_each_other_newest_first_without_gaps_or_repeats(town_db: tuple[Database, Town]) -> None:
    db, _town = town_db
    with db.session() as s:
        everything = publication_page(s)
        pages, after = [], None
        while page := publication_page(s, after=after, limit=5):
            pages.append(page)
            after = page[-1].key
        assert count_publications(s) == LIVE
    assert len(everything) == LIVE and [len(p) for p in pages] == [5, 5, 5, 1]
    assert [r.id for p in pages for r in p] == [r.id for r in everything]
    times = [r.published_at for r in everything]
    assert times == sorted(times, reverse=True)
    assert everything[0].published_at == wib(day(6), 10) and everything[-1].published_at == wib(day(-1), 10)
    assert "https://www.facebook.com/salah/1" not in {r.url for r in everything}


def test_each_row_tells_who_wrote_and_who_approved_it_when(town_db: tuple[Database, Town]) -> None:
    db, town = town_db
    with db.session() as s:
        rows = [r for r in publication_page(s) if r.post_id == town.posts["p1"]]
    assert [(r.platform, r.handle, r.published_at) for r in rows] == [
        ("instagram", "@kominfo.rl", wib(day(0), 10)),
        ("facebook", "diskominforl", wib(day(0), 9)),
    ]
    row = rows[0]
    assert (row.organisation, row.title, row.author) == (
        "Bidang Informasi dan Komunikasi Publik",
        "Rapat koordinasi vaksinasi rabies",
        "Ani Lestari",
    )
    assert (row.approver, row.approved_at, row.organisation_id) == ("Budi Santoso", wib(day(0), 8), town.bidang)


def test_search_matches_prefixes_any_case_and_accents_phrases_and_every_word(town_db: tuple[Database, Town]) -> None:
    db, _town = town_db
    vaccination = ["Rapat koordinasi vaksinasi rabies"] * 2
    assert _titles(db, LogFilter(search="vaksin")) == vaccination
    assert _titles(db, LogFilter(search="VAKSÍN rab")) == vaccination
    assert _titles(db, LogFilter(search="vaksin posyandu")) == []
    assert _titles(db, LogFilter(search='"layanan malam"')) == ["Posyandu Melati buka layanan malam"]
    assert _titles(db, LogFilter(search='"malam layanan"')) == []
    assert _titles(db, LogFilter(search="hermes")) == ["Etika pelayanan puskesmas"]  # the post's text
    assert _titles(db, LogFilter(search="kesehatan")) == ["Etika pelayanan puskesmas"]  # the organisation
    assert len(_titles(db, LogFilter(search="desaairmelesatas"))) == 7  # the account handle
    assert len(_titles(db, LogFilter(search="desaairmeles*"))) == 7
    assert _titles(db, LogFilter(search="  ; ")) == _titles(db, LogFilter())


def test_text_query_quotes_every_word_and_keeps_phrases() -> None:
    assert text_query('"bantuan sosial" rw a kabupa*') == '"bantuan sosial" AND "rw"* AND "a" AND "kabupa"*'
    vaksin = text_query("vaksin")
    assert vaksin.startswith('("vaksin" OR "vaksinnya" OR ') and '"vaksinasi"' in vaksin
    assert text_query('OR NOT "x') == '"OR"* AND "NOT"* AND "x"'
    assert text_query("") == ""


def test_words_find_their_suffixed_forms_and_a_star_asks_for_any_prefix(town_db: tuple[Database, Town]) -> None:
    db, _town = town_db
    assert _titles(db, LogFilter(search="pelayan")) == ["Jadwal pelayanan SIM keliling", "Etika pelayanan puskesmas"]
    assert _titles(db, LogFilter(search="koordi")) == []  # not a word: no prefix unless asked
    assert len(_titles(db, LogFilter(search="koordi*"))) == 2


def test_filters_by_agency_with_units_platform_author_and_local_days(town_db: tuple[Database, Town]) -> None:
    db, town = town_db
    with db.session() as s:
        kominfo = tuple(subtree(s, town.kominfo))

        def count(**kw: object) -> int:
            return count_publications(s, LogFilter(**kw))  # type: ignore[arg-type]

        tuesday = local_day_bounds(day(1))
        assert count(org_ids=kominfo) == 8
        assert count(org_ids=(town.bidang,)) == 3
        assert count(org_ids=()) == 0 and publication_page(s, LogFilter(org_ids=())) == []
        assert count(platform="instagram") == 3
        assert count(author_id=town.people["ani"]) == 3
        assert count(since=tuesday[0], until=tuesday[1]) == 3  # 23:30 WIB is still Tuesday
        assert count(org_ids=kominfo, platform="facebook", since=tuesday[0]) == 5
        assert count(search="kabar", org_ids=(town.desa,), since=wib(day(5), 0)) == 2
        rows = publication_page(s, LogFilter(since=tuesday[0], until=tuesday[1]))
    assert [r.published_at for r in rows] == [wib(day(1), 23, 30), wib(day(1), 9), wib(day(1), 8)]


def test_oldest_first_in_batches_for_exports(town_db: tuple[Database, Town]) -> None:
    db, _town = town_db
    with db.session() as s:
        batches = list(iter_log(s, batch=6))
        stopped = list(iter_log(s, batch=6, cancelled=lambda: True))
    assert [len(b) for b in batches] == [6, 6, 4] and stopped == []
    times = [r.published_at for b in batches for r in b]
    assert times == sorted(times)


def test_python_computes_the_key_as_the_database_does(town_db: tuple[Database, Town]) -> None:
    db, _town = town_db
    with db.session() as s:
        rows = publication_page(s)
    assert all(0 <= r.key - key_of(r.published_at) < 1024 for r in rows)
    assert len({r.key for r in rows}) == LIVE
    at = datetime(2025, 11, 3, 2, 0, 0, 123_400, tzinfo=UTC)
    assert key_of(at.replace(microsecond=123_600)) - key_of(at) == 1024  # rounded to the millisecond


def test_the_index_follows_renames_edits_and_withdrawals(fresh_town: tuple[Database, Town]) -> None:
    db, town = fresh_town
    with db.session() as s:
        s.get_one(Organisation, town.dinkes).name = "Dinas Kesehatan dan Keluarga Berencana"
        s.get_one(OfficialAccount, town.accounts["desa_fb"]).handle = "pemdesairmeles"
        s.get_one(Post, town.posts["p3"]).title = "Jadwal SIM keliling terbaru"
    assert _titles(db, LogFilter(search="keluarga berencana")) == ["Etika pelayanan puskesmas"]
    assert len(_titles(db, LogFilter(search="pemdesairmeles"))) == 7
    assert _titles(db, LogFilter(search="desaairmelesatas")) == []
    assert _titles(db, LogFilter(search="terbaru")) == ["Jadwal SIM keliling terbaru"]
    with db.session() as s:
        withdrawn = s.exec(select(Publication).where(Publication.post_id == town.posts["p3"])).one()
        withdrawn.deleted_at = datetime.now(UTC)
    assert _titles(db, LogFilter(search="terbaru")) == []
    with db.session() as s:
        assert count_publications(s) == LIVE - 1
        s.delete(s.exec(select(Publication).where(Publication.post_id == town.posts["p4"])).one())
    with db.session() as s:
        assert count_publications(s) == LIVE - 2
        assert count_publications(s, LogFilter(search="literasi")) == 0


def test_a_profile_migrated_with_publications_is_indexed(fresh_town: tuple[Database, Town]) -> None:
    db, _town = fresh_town
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    with db.session() as s:
        assert count_publications(s) == LIVE
        assert count_publications(s, LogFilter(search="vaksin")) == 2
        rows = publication_page(s)
    assert [r.published_at for r in rows] == sorted((r.published_at for r in rows), reverse=True)


def test_a_bulk_insert_with_the_search_paused_is_indexed_once_at_the_end(fresh_town: tuple[Database, Town]) -> None:
    db, _town = fresh_town
    with db.session() as s:
        originals = [p for p in s.exec(select(Publication)).all() if p.deleted_at is None]
        copies = [
            {**p.model_dump(), "id": str(uuid.uuid4()), "url": f"{p.url}-copy", "published_at": p.published_at}
            for p in originals
        ]
        conn = s.connection()
        with publication_search_paused(conn):
            conn.execute(insert(Publication), copies)
            assert count_publications(s) == LIVE  # not indexed row by row
    with db.session() as s:
        assert count_publications(s) == 2 * LIVE
        assert count_publications(s, LogFilter(search="vaksin")) == 4
        rows = publication_page(s, limit=100)
        assert all(0 <= r.key - key_of(r.published_at) < 1024 for r in rows)
        assert [r.published_at for r in rows] == sorted((r.published_at for r in rows), reverse=True)
        s.add(Publication(**{**copies[0], "id": str(uuid.uuid4()), "url": "https://example.org/after"}))
    with db.session() as s:  # the per-row trigger is back
        assert count_publications(s) == 2 * LIVE + 1
