"""Item models pass Qt's model tester; the publication log pages by keyset as the view asks for more."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy import insert

from opdstudio.core.domain.models import Publication
from opdstudio.core.domain.types import new_id
from opdstudio.core.services import posts, workflow
from opdstudio.core.storage.database import Database
from opdstudio.ui.models import Column, PublicationLogModel, RowsModel


def _published_post(db: Database, world: Any) -> tuple[str, str, str]:
    w = world
    with db.session() as s:
        post = posts.create_post(
            s, w.admin, w.bidang, title="Vaksinasi", main_text="Vaksinasi rabies.", target_account_ids=[w.facebook]
        )
        workflow.submit(s, w.admin, post.id)
        workflow.approve(s, w.kabid, post.id, post.content_hash)
        return post.id, post.content_hash, w.admin


def _bulk_publications(db: Database, world: Any, n: int) -> list[datetime]:
    post_id, content_hash, admin = _published_post(db, world)
    base = datetime(2026, 11, 1, tzinfo=UTC)
    times = [base + timedelta(minutes=7 * i) for i in range(n)]
    rows = [
        {
            "id": new_id(),
            "rev": 1,
            "post_id": post_id,
            "account_id": world.facebook,
            "url": f"https://facebook.com/kominforl/posts/{i}",
            "published_at": t,
            "content_hash": content_hash,
            "recorded_by_id": admin,
            "created_at": t,
            "updated_at": t,
        }
        for i, t in enumerate(times)
    ]
    with db.session() as s:
        s.execute(insert(Publication), rows)
    return times


def test_rows_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model: RowsModel[tuple[str, int]] = RowsModel([Column("Nama", lambda r: r[0]), Column("Jumlah", lambda r: r[1])])
    model.set_rows([("Dinas Kesehatan", 3), ("Dinas Pendidikan", 5)])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 0)) == "Dinas Pendidikan"


def test_publication_log_fetches_pages_newest_first(db: Database, world: Any, qtmodeltester: ModelTester) -> None:
    times = _bulk_publications(db, world, 450)
    model = PublicationLogModel(db, ["Waktu", "Organisasi", "Akun", "Judul", "Penulis", "Tautan"])
    model.set_filters()
    assert model.rowCount() == 200
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    shown = [r.published_at for r in model.rows]
    assert shown == sorted(times, reverse=True)
    assert len({r.id for r in model.rows}) == 450
    assert model.data(model.index(0, 3), Qt.ItemDataRole.DisplayRole) == "Vaksinasi"
    # shown in local time (WIB = UTC+7)
    assert model.data(model.index(449, 0)) == "01-11-2026 07:00"
