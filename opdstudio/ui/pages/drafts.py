"""Draf: the posts of my organisations, searchable and filterable; open one to edit it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.services.queries import PostRow, list_posts

from ..context import AppContext
from ..dialogs.audit_trail import AuditTrailDialog
from ..dialogs.publish_assist import PublishAssistDialog
from ..labels import PLATFORMS, STATUSES, platform_label, status_label
from ..models import SORT_ROLE, Column, RowsModel

CHANGED = 5  # the "Diubah" column


class DraftsPage(QWidget):
    """The list of posts an admin works on."""

    open_post = Signal(str)
    new_post = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari judul atau isi…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.platform = QComboBox()
        self.platform.addItem(self.tr("Semua platform"), None)
        for platform in PLATFORMS:
            self.platform.addItem(platform_label(platform), platform)
        new = QPushButton(self.tr("Post baru"))
        new.clicked.connect(self.new_post)
        self.trail_button = QPushButton(self.tr("Jejak audit"))
        self.trail_button.clicked.connect(lambda: self._open_dialog(AuditTrailDialog))
        self.publish_button = QPushButton(self.tr("Bantu publikasi"))
        self.publish_button.clicked.connect(lambda: self._open_dialog(PublishAssistDialog))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.platform)
        bar.addWidget(self.trail_button)
        bar.addWidget(self.publish_button)
        bar.addWidget(new)
        self.model: RowsModel[PostRow] = RowsModel(
            [
                Column(self.tr("Judul"), lambda r: r.title or self.tr("(tanpa judul)")),
                Column(self.tr("Status"), lambda r: status_label(r.status)),
                Column(self.tr("Organisasi"), lambda r: r.organisation),
                Column(self.tr("Penulis"), lambda r: r.author),
                Column(self.tr("Platform"), lambda r: r.platforms),
                Column(self.tr("Diubah"), lambda r: r.updated_at),
            ],
            self,
        )
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.proxy = proxy
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CHANGED, Qt.SortOrder.DescendingOrder)  # the last changed first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #e8f5e9; color: #1b5e20; padding: 6px; border-radius: 4px;")
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.table)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.status.currentIndexChanged.connect(self.refresh)
        self.platform.currentIndexChanged.connect(self.refresh)

    def refresh(self) -> None:
        """Reload the list with the current search and filters."""
        with self.ctx.db.session() as session:
            rows = list_posts(
                session,
                self.ctx.person.id,
                search=self.search.text(),
                status=self.status.currentData(),
                platform=self.platform.currentData(),
            )
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def show_post(self, post_id: str, submitted: bool = False) -> None:
        """Select ``post_id`` (clearing the filters if they hide it); confirm a submission above the list."""
        if not any(r.id == post_id for r in self.model.rows):
            for widget in (self.search, self.status, self.platform):
                widget.blockSignals(True)
            self.search.clear()
            self.status.setCurrentIndex(0)
            self.platform.setCurrentIndex(0)
            for widget in (self.search, self.status, self.platform):
                widget.blockSignals(False)
            self.refresh()
        for row, post in enumerate(self.model.rows):
            if post.id == post_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                if submitted:
                    title = post.title or self.tr("(tanpa judul)")
                    self.notice.setText(
                        self.tr("“{title}” diajukan ke atasan dan kini menunggu tinjauan.").format(title=title)
                    )
                self.notice.setVisible(submitted)
                return

    def _selected(self) -> PostRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self._selected()
        self.trail_button.setEnabled(row is not None)
        self.publish_button.setEnabled(row is not None and row.status in ("approved", "published"))

    def _open_dialog(self, dialog: type[AuditTrailDialog] | type[PublishAssistDialog]) -> None:
        row = self._selected()
        if row is not None:
            opened = dialog(self.ctx, row.id, self)
            opened.exec()
            opened.deleteLater()
            self.refresh()

    def _open(self, index: object) -> None:
        source = self.proxy.mapToSource(index)  # type: ignore[arg-type]
        self.open_post.emit(self.model.row_at(source.row()).id)
