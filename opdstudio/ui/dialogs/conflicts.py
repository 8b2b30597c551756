"""Copies kept by sync (conflicts, and writes the server refused with its reason): compare my version with the
server's, then keep theirs or keep mine (put my text back, or send a refused new post again)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.errors import OpdError
from opdstudio.core.sync.conflict_resolution import (
    can_restore,
    differences,
    discard_mine,
    is_unsent_post,
    keep_mine,
    open_conflicts,
)
from opdstudio.core.sync.conflicts import Conflict

from ..context import AppContext
from ..models import local_time


class ConflictsDialog(QDialog):
    """One row per unresolved conflict copy; the fields that differ side by side."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Konflik sinkronisasi"))
        intro = QLabel(
            self.tr(
                "Versi server sudah dipakai. Versi Anda disimpan di sini: pakai versi server, atau pulihkan "
                "teks Anda sebagai perubahan baru."
            )
        )
        intro.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.list = QListWidget()
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields = QTableWidget(0, 3)
        self.fields.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("Versi saya"), self.tr("Versi server")])
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fields.verticalHeader().hide()
        self.fields.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("Pakai versi server"))
        self.restore_button = QPushButton(self.tr("Pulihkan teks saya"))
        close = QPushButton(self.tr("Tutup"))
        self.keep_button.clicked.connect(self.keep_server)
        self.restore_button.clicked.connect(self.restore_mine)
        close.clicked.connect(self.accept)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.fields)
        splitter.setSizes([260, 560])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.keep_button, self.restore_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.resize(860, 480)
        self.reload()

    def reload(self) -> None:
        """Load the unresolved copies again."""
        self.conflicts = open_conflicts(self.ctx.db)
        self.list.clear()
        for conflict in self.conflicts:
            what = self._table_label(conflict.table)
            title = str(conflict.local_row.get("title") or conflict.row_id[:8])
            kind = self.tr("Ditolak server") if conflict.refused else self.tr("Konflik")
            self.list.addItem(f"{local_time(conflict.created_at)} · {kind}\n{what}: {title}")
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self.fields.setRowCount(0)
        self._enable()

    def _enable(self) -> None:
        row = self.list.currentRow()
        chosen = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        self.keep_button.setEnabled(chosen is not None)
        self.restore_button.setEnabled(
            chosen is not None and (can_restore(chosen) or is_unsent_post(self.ctx.db, chosen))
        )
        self.reason.setText(self._reason(chosen) if chosen is not None else "")

    def _reason(self, chosen: Conflict) -> str:
        if not chosen.refused:
            return ""
        message_id, _, message_en = chosen.message.partition(" / ")
        said = (message_en if self.ctx.language == "en" else message_id) or chosen.reason
        return self.tr("Ditolak server: %1").replace("%1", said)

    def _show(self, row: int) -> None:
        self._enable()
        if not 0 <= row < len(self.conflicts):
            return
        diffs = differences(self.conflicts[row])
        self.fields.setRowCount(len(diffs))
        for i, diff in enumerate(diffs):
            for column, value in enumerate((self._field_label(diff.field), diff.mine, diff.server)):
                self.fields.setItem(i, column, QTableWidgetItem("" if value is None else str(value)))
        self.fields.resizeRowsToContents()

    def _table_label(self, table: str) -> str:
        return {"post": self.tr("Post"), "postvariant": self.tr("Teks platform")}.get(table, table)

    def _field_label(self, field: str) -> str:
        return {
            "title": self.tr("Judul"),
            "main_text": self.tr("Teks utama"),
            "text": self.tr("Teks"),
            "status": self.tr("Status"),
            "deleted_at": self.tr("Dihapus"),
        }.get(field, field)

    def keep_server(self) -> None:
        """Accept the server's version of the selected row."""
        row = self.list.currentRow()
        if 0 <= row < len(self.conflicts):
            discard_mine(self.ctx.db, self.conflicts[row])
            self.reload()

    def restore_mine(self) -> None:
        """Write my text back as a new edit of the row."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        try:
            keep_mine(self.ctx.db, self.ctx.person.id, self.conflicts[row])
        except OpdError as exc:
            QMessageBox.warning(self, self.tr("Tidak dapat dipulihkan"), self.ctx.message(exc))
            return
        self.reload()
