"""The composer's small dialogs: offering unsaved drafts back after a crash, and a block finding's justification."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.services.composing import PendingDraft
from opdstudio.core.services.lint_service import CheckedFinding

from ..models import local_time


class RecoveryDialog(QDialog):
    """Unsaved edits found at start-up: open one to continue it, or discard it."""

    OPEN, DISCARD = 1, 2

    def __init__(self, drafts: Sequence[PendingDraft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pulihkan draf"))
        self.drafts = list(drafts)
        self.choice = 0
        intro = QLabel(
            self.tr(
                "OPD Studio tidak ditutup dengan normal. Perubahan berikut belum disimpan ke post, "
                "tetapi tersimpan otomatis. Buka untuk melanjutkannya."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for draft in self.drafts:
            title = draft.title or self.tr("(tanpa judul)")
            item = QListWidgetItem(f"{title} — {local_time(draft.updated_at)}\n{draft.excerpt}")
            item.setData(Qt.ItemDataRole.UserRole, draft.buffer_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.open_button = QPushButton(self.tr("Buka dan lanjutkan"))
        self.discard_button = QPushButton(self.tr("Buang perubahan"))
        later = QPushButton(self.tr("Nanti"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(lambda: self._choose(self.OPEN))
        self.discard_button.clicked.connect(lambda: self._choose(self.DISCARD))
        later.clicked.connect(self.reject)
        self.list.itemActivated.connect(lambda _i: self._choose(self.OPEN))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def chosen(self) -> PendingDraft | None:
        row = self.list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


class JustificationDialog(QDialog):
    """Why a block finding should not stop this post; reviewers read it beside the text."""

    def __init__(self, checked: CheckedFinding, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alasan untuk temuan berat"))
        finding = QLabel(checked.finding.message)
        finding.setWordWrap(True)
        finding.setStyleSheet("font-weight: 600;")
        hint = QLabel(
            self.tr(
                "Jelaskan mengapa post ini tetap layak diajukan (mis. kutipan resmi, izin tertulis). "
                "Atasan membaca alasan ini saat meninjau."
            )
        )
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(finding)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(480, 280)
