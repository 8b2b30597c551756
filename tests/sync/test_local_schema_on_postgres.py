"""The local schema's migrations and the workflow services also run on a real PostgreSQL server."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, inspect
from sqlmodel import SQLModel, select

from opdstudio.core.domain.enums import OrgKind, Role
from opdstudio.core.domain.models import OfficialAccount, Organisation, Publication
from opdstudio.core.services import people, posts, workflow
from opdstudio.core.services.audit import verify_chain
from opdstudio.core.storage.database import Database
from opdstudio.core.storage.migrations_runner import current_revision, head_revision, migrate


def test_migrations_create_every_table_on_postgres(pg_engine: Engine) -> None:
    migrate(pg_engine)
    assert current_revision(pg_engine) == head_revision()
    assert set(SQLModel.metadata.tables) <= set(inspect(pg_engine).get_table_names())
    migrate(pg_engine)  # a second run is a no-op
    assert current_revision(pg_engine) == head_revision()


def test_post_goes_from_draft_to_published_on_postgres(pg_engine: Engine) -> None:
    migrate(pg_engine)
    db = Database(pg_engine)
    with db.session() as s:
        org = Organisation(name="Dinas Kesehatan", kind=OrgKind.DINAS)
        s.add(org)
        s.flush()
        admin = people.add_person(
            s, name="Sari", login="sari", password="sandi-rahasia", roles=[(org.id, Role.ADMIN, 1)]
        )
        boss = people.add_person(
            s, name="Hadi", login="hadi", password="sandi-rahasia", roles=[(org.id, Role.REVIEWER, 1)]
        )
        fb = OfficialAccount(
            organisation_id=org.id, platform="facebook", handle="dinkes", url="https://facebook.com/dinkes"
        )
        s.add(fb)
        s.flush()
        post = posts.create_post(
            s, admin.id, org.id, title="Posyandu", main_text="Posyandu Melati hari ini.", target_account_ids=[fb.id]
        )
        workflow.submit(s, admin.id, post.id)
        workflow.approve(s, boss.id, post.id, post.content_hash)
        published_at = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
        workflow.record_publication(
            s,
            admin.id,
            post.id,
            account_id=fb.id,
            url="https://facebook.com/dinkes/posts/1",
            published_at=published_at,
            approved_hash=post.content_hash,
        )
    with db.session() as s:
        stored = s.exec(select(Publication)).one()
        assert stored.published_at == published_at
        assert stored.published_at.tzinfo is not None
        assert verify_chain(s) == []
