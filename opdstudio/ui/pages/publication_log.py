"""Log Publikasi: every recorded publication, newest first, loaded page by page as you scroll."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from opdstudio.core.services.queries import count_publications

from ..context import AppContext
from ..models import PublicationLogModel


class PublicationLogPage(QWidget):
    """The publication log (keyset-paged; a million rows open as fast as ten)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel()
        self.model = PublicationLogModel(
            ctx.db,
            [
                self.tr("Waktu terbit"),
                self.tr("Organisasi"),
                self.tr("Akun"),
                self.tr("Judul post"),
                self.tr("Penulis"),
                self.tr("Tautan"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_url)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self._loaded = False

    def refresh(self) -> None:
        """Reload from the newest publication."""
        with self.ctx.db.session() as session:
            total = count_publications(session)
        self.summary.setText(
            self.tr("{n} publikasi tercatat. Klik dua kali untuk membuka tautan.").format(
                n=f"{total:,}".replace(",", ".")
            )
        )
        self.model.set_filters()
        if not self._loaded:
            for column, width in enumerate((130, 260, 220, 320, 160)):
                self.table.setColumnWidth(column, width)
            self._loaded = True

    def _open_url(self, index: QModelIndex) -> None:
        QDesktopServices.openUrl(QUrl(self.model.rows[index.row()].url))
