"""Run by test_screen_fit.py in a subprocess on an emulated office screen (1280×720, or 1920×1080 at 150 %):
every top-level window and dialog is opened with real data and must fit the screen with its buttons visible.
Not collected on its own (its name does not start with test_)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QScrollArea, QWidget

from opdstudio.core.lint.model import Finding, Severity
from opdstudio.core.services import photos, posts, workflow
from opdstudio.core.services.composing import PendingDraft
from opdstudio.core.services.lint_service import CheckedFinding
from opdstudio.core.storage.database import Database
from opdstudio.ui.composer import ComposerDialog
from opdstudio.ui.composer.crop_dialog import CropDialog
from opdstudio.ui.composer.dialogs import JustificationDialog, RecoveryDialog
from opdstudio.ui.composer.resubmit import ResubmitDialog
from opdstudio.ui.context import AppContext
from opdstudio.ui.dialogs.account import AccountDialog
from opdstudio.ui.dialogs.audit_trail import AuditTrailDialog
from opdstudio.ui.dialogs.conflicts import ConflictsDialog
from opdstudio.ui.dialogs.first_run import FirstRunDialog
from opdstudio.ui.dialogs.password_prompt import PasswordPromptDialog
from opdstudio.ui.dialogs.person import PersonDialog
from opdstudio.ui.dialogs.publish_assist import PublishAssistDialog
from opdstudio.ui.dialogs.sign_in import SignInDialog
from opdstudio.ui.main_window import MainWindow
from opdstudio.ui.screen_fit import FRAME_ALLOWANCE, install_screen_fit

LONG = "Warga antusias mengikuti kegiatan. " * 40


@pytest.fixture(autouse=True)
def fitted(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    fit = install_screen_fit(qapp, QSettings(str(tmp_path / "windows.ini"), QSettings.Format.IniFormat))
    yield
    qapp.removeEventFilter(fit)


def _approved_post(db: Database, w: Any, tmp_path: Path) -> str:
    shots = []
    for i in range(3):
        path = tmp_path / f"foto{i}.jpg"
        Image.new("RGB", (1200, 800), (40 * i, 90, 160)).save(path, quality=85)
        [result] = photos.import_files(db, w.admin, [path])
        assert result.photo is not None
        shots.append(result.photo.photo_id)
    with db.session() as s:
        post = posts.create_post(
            s,
            w.admin,
            w.bidang,
            title="Pelatihan literasi digital bagi perangkat desa se-Kabupaten",
            main_text=LONG,
            target_account_ids=[w.instagram, w.facebook],
        )
        edit = posts.PostEdit(photos=[posts.PhotoPlacement(pid, {}, f"Peserta {i}") for i, pid in enumerate(shots)])
        posts.edit_post(s, w.admin, post.id, edit)
        workflow.submit(s, w.admin, post.id)
        workflow.approve(s, w.kabid, post.id, post.content_hash)
        return post.id


def _windows(
    db: Database, w: Any, ctx: Callable[[str], AppContext], tmp_path: Path
) -> dict[str, Callable[[], QWidget]]:
    post_id = _approved_post(db, w, tmp_path)
    finding = Finding("flexing", "flexing", Severity.BLOCK, "Pamer kemewahan. " * 8, "Luxury. " * 8)
    orgs = {w.dinas: "Dinas Komunikasi dan Informatika", w.bidang: "Bidang Informasi dan Komunikasi Publik"}
    pending = PendingDraft("b1", None, "Draf yang belum tersimpan", LONG[:200], datetime.now(UTC))
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    return {
        "main window (admin)": lambda: MainWindow(ctx(w.admin)),
        "main window (reviewer)": lambda: MainWindow(ctx(w.kabid)),
        "main window (English)": lambda: MainWindow(ctx(w.admin, "en")),
        "composer (new)": lambda: ComposerDialog(ctx(w.admin), None),
        "composer (photos)": lambda: ComposerDialog(ctx(w.admin), post_id),
        "crop": lambda: CropDialog(image, 1200, 800, {}),
        "recovery": lambda: RecoveryDialog([pending] * 6),
        "justification": lambda: JustificationDialog(CheckedFinding(finding, "main", LONG[:120])),
        "resubmit": lambda: ResubmitDialog([], lambda _sha: None),
        "account": lambda: AccountDialog(ctx(w.admin), orgs),
        "audit trail": lambda: AuditTrailDialog(ctx(w.admin), post_id),
        "conflicts": lambda: ConflictsDialog(ctx(w.admin)),
        "first run": lambda: FirstRunDialog(db),
        "password prompt": lambda: PasswordPromptDialog("ani", "Sinkronisasi butuh kata sandi."),
        "person": lambda: PersonDialog(ctx(w.admin), orgs),
        "publish assist": lambda: PublishAssistDialog(ctx(w.admin), post_id),
        "sign in": lambda: SignInDialog(db),
    }


def _clipped_buttons(window: QWidget) -> list[str]:
    """Buttons that can be seen in the window's layout but lie (partly) outside it, unreachable by scrolling."""
    out = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.width() == 0:
            continue
        if any(isinstance(parent, QScrollArea) for parent in _ancestors(button, window)):
            continue  # reachable by scrolling
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not window.rect().contains(rect):
            out.append(button.text() or button.toolTip() or button.objectName() or type(button).__name__)
    return out


def _ancestors(widget: QWidget, top: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        yield parent
        parent = parent.parentWidget()


def test_every_window_and_dialog_fits_the_screen_with_its_buttons_visible(
    qapp: QApplication, db: Database, world: Any, make_ctx: Callable[..., AppContext], tmp_path: Path
) -> None:
    def ctx(person: str, language: str = "id") -> AppContext:
        return make_ctx(person, language)

    area = qapp.primaryScreen().availableGeometry()
    assert (area.width(), area.height()) == (1280, 720)  # the emulated office screen, whatever the scale
    problems = []
    for name, make in _windows(db, world, ctx, tmp_path).items():
        window = make()
        window.show()
        qapp.processEvents()
        size = window.size() + FRAME_ALLOWANCE
        if size.width() > area.width() or size.height() > area.height():
            problems.append(f"{name}: {window.width()}×{window.height()} does not fit {area.width()}×{area.height()}")
        clipped = _clipped_buttons(window)
        if clipped:
            problems.append(f"{name}: buttons outside the window: {clipped}")
        for box in window.findChildren(QDialogButtonBox):
            assert box.isVisibleTo(window) or not box.buttons(), f"{name}: its button row is hidden"
        window.close()
        window.deleteLater()
        qapp.processEvents()
    assert not problems, "\n".join(problems)
