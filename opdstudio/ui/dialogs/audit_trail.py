"""Jejak audit: every step of one post — who did what and when, with the content and event hashes — and
whether its organisation's hash chain is intact."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.services.activity import ActivityItem, post_trail
from opdstudio.core.services.posts import get_post

from ..context import AppContext
from ..labels import platform_label
from ..models import Column, RowsModel

translate = QCoreApplication.translate


def action_label(action: str) -> str:
    """A step of a post's life in the UI language."""
    return {
        "created": translate("Audit", "Dibuat"),
        "edited": translate("Audit", "Diubah"),
        "submitted": translate("Audit", "Diajukan"),
        "withdrawn": translate("Audit", "Ditarik dari tinjauan"),
        "level_approved": translate("Audit", "Disetujui satu tingkat"),
        "approved": translate("Audit", "Disetujui"),
        "changes_requested": translate("Audit", "Diminta perbaikan"),
        "rejected": translate("Audit", "Ditolak"),
        "approval_voided": translate("Audit", "Persetujuan batal"),
        "published": translate("Audit", "Dipublikasikan"),
    }.get(action, action)


def _note(item: ActivityItem) -> str:
    parts = []
    if item.level is not None:
        parts.append(translate("Audit", "tingkat {level}").format(level=item.level))
    if item.account:
        platform, _, handle = item.account.partition(" ")
        parts.append(f"{platform_label(platform)} {handle}")
    parts += [text for text in (item.comment, item.url) if text]
    return " · ".join(parts)


class AuditTrailDialog(QDialog):
    """The audit trail of one post, oldest step first."""

    def __init__(self, ctx: AppContext, post_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        with ctx.db.session() as session:
            title = get_post(session, post_id).title or self.tr("(tanpa judul)")
            trail = post_trail(session, post_id)
        self.setWindowTitle(self.tr("Jejak audit — {title}").format(title=title))
        self.chain = QLabel()
        if trail.chain_intact:
            self.chain.setText(
                self.tr("✓ Rantai audit organisasi ini utuh: tidak ada langkah yang diubah atau dihapus.")
            )
            self.chain.setStyleSheet("color: #1b5e20")
        else:
            self.chain.setText(
                self.tr("✗ Rantai audit organisasi ini rusak: ada langkah yang diubah, dihapus atau ditukar urutannya.")
            )
            self.chain.setStyleSheet("color: #b00020; font-weight: 600")
        self.model: RowsModel[ActivityItem] = RowsModel(
            [
                Column("#", lambda e: e.seq),
                Column(self.tr("Waktu"), lambda e: e.at),
                Column(self.tr("Oleh"), lambda e: e.actor),
                Column(self.tr("Langkah"), lambda e: action_label(e.action)),
                Column(self.tr("Keterangan"), _note),
                Column(self.tr("Sidik isi"), lambda e: e.content_hash[:12]),
                Column(self.tr("Sidik langkah"), lambda e: e.event_hash[:12]),
            ],
            self,
        )
        self.model.set_rows(trail.entries)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.hashes = QLabel(self.tr("Pilih satu langkah untuk melihat sidik lengkapnya."))
        self.hashes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hashes.setStyleSheet("font-family: monospace; color: #555")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hashes)
        layout.addWidget(buttons)
        self.resize(980, 420)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            item = self.model.row_at(row)
            self.hashes.setText(
                self.tr("Sidik isi: {content}\nSidik langkah: {event}").format(
                    content=item.content_hash or "—", event=item.event_hash
                )
            )
