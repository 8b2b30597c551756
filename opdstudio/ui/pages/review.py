"""Tinjauan: the queue of posts waiting for me (oldest first), the post as each platform will show it, what
changed since I last saw it, and my decision — all reachable from the keyboard.

A comment may point at one platform's text or one photo: it is stored with a prefix such as ``[Instagram]`` or
``[Foto 2]``, so the author reads it wherever reviewers' comments are shown (composer, CLI, audit trail).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.errors import OpdError
from opdstudio.core.services import workflow
from opdstudio.core.services.queries import QueueItem, review_queue
from opdstudio.core.services.reviewing import review_view

from ..context import AppContext
from ..labels import platform_label
from ..models import Column, RowsModel
from ..review.detail import ReviewDetail

APPROVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
CHANGES_KEYS = ("Ctrl+Shift+R",)
NEXT_KEYS = ("J", "Alt+Down")
PREVIOUS_KEYS = ("K", "Alt+Up")


class ReviewPage(QWidget):
    """What a supervisor (atasan) works through."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: tuple[str, str] | None = None  # (post id, content hash shown)
        self.model: RowsModel[QueueItem] = RowsModel(
            [
                Column(self.tr("Judul"), lambda q: q.title or self.tr("(tanpa judul)")),
                Column(self.tr("Organisasi"), lambda q: q.organisation),
                Column(self.tr("Penulis"), lambda q: q.author),
                Column(self.tr("Diajukan"), lambda q: q.submitted_at),
                Column(self.tr("Tingkat"), _level_text),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.detail = ReviewDetail(ctx)
        self.target = QComboBox()
        self.target.setToolTip(self.tr("Bagian post yang dimaksud komentar"))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Komentar untuk penulis (wajib untuk minta perbaikan atau menolak)"))
        self.comment.setMaximumHeight(70)
        self.approve_button = QPushButton(self.tr("Setujui"))
        self.changes_button = QPushButton(self.tr("Minta perbaikan"))
        self.reject_button = QPushButton(self.tr("Tolak"))
        self.approve_button.setDefault(True)
        self.approve_button.setToolTip(self.tr("Setujui versi ini (Ctrl+Enter)"))
        self.changes_button.setToolTip(self.tr("Kembalikan ke penulis dengan komentar (Ctrl+Shift+R)"))
        self.reject_button.setToolTip(self.tr("Tolak dan arsipkan post (alasan wajib)"))
        self.approve_button.clicked.connect(self.approve)
        self.changes_button.clicked.connect(self.request_changes)
        self.reject_button.clicked.connect(self.reject)
        self.empty = QLabel(self.tr("Tidak ada post yang menunggu tinjauan Anda."))
        self.keys_hint = QLabel(
            self.tr("J/K atau Alt+↓/↑: post berikutnya/sebelumnya · Ctrl+Enter: setujui · Ctrl+Shift+R: perbaikan")
        )
        self.keys_hint.setStyleSheet("color: #65676b;")
        decision = QWidget()
        decision_layout = QVBoxLayout(decision)
        decision_layout.setContentsMargins(0, 0, 0, 0)
        about = QHBoxLayout()
        about.addWidget(QLabel(self.tr("Komentar tentang:")))
        about.addWidget(self.target)
        about.addStretch(1)
        about.addWidget(self.keys_hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.comment, 1)
        for button in (self.reject_button, self.changes_button, self.approve_button):
            button.setMinimumHeight(32)
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        decision_layout.addLayout(about)
        decision_layout.addLayout(buttons)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addWidget(decision)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([150, 650])
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self._shortcut(APPROVE_KEYS, self.approve)
        self._shortcut(CHANGES_KEYS, self.request_changes)
        self._shortcut(NEXT_KEYS, lambda: self.go(1))
        self._shortcut(PREVIOUS_KEYS, lambda: self.go(-1))
        self._set_enabled(False)

    def _shortcut(self, keys: tuple[str, ...], slot: object) -> None:
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- the queue -------------------------------------------------------------------------------------

    def refresh(self, row: int = 0) -> None:
        """Reload the queue and show row ``row`` (or the last one, if fewer remain)."""
        with self.ctx.db.session() as session:
            items = review_queue(session, self.ctx.person.id)
        self.model.set_rows(items)
        self.empty.setVisible(not items)
        if items:
            self.table.selectRow(min(max(row, 0), len(items) - 1))
        else:
            self.current = None
            self.detail.clear()
            self.target.clear()
            self._set_enabled(False)

    def select_post(self, post_id: str) -> None:
        """Show ``post_id`` if it is in the queue."""
        for row, item in enumerate(self.model.rows):
            if item.post_id == post_id:
                self.table.selectRow(row)

    def go(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) post of the queue."""
        if not self.model.rows:
            return
        row = self.table.currentIndex().row()
        self.table.selectRow(min(max(row + step, 0), len(self.model.rows) - 1))

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.approve_button, self.changes_button, self.reject_button, self.target):
            widget.setEnabled(on)

    def _show(self, row: int) -> None:
        if row < 0 or row >= len(self.model.rows):
            return
        item = self.model.row_at(row)
        with self.ctx.db.session() as session:
            view = review_view(session, item.post_id, self.ctx.person.id, self.ctx.language)
        self.current = (view.post_id, view.content_hash)
        self.detail.show_view(view, item)
        self.target.clear()
        self.target.addItem(self.tr("Seluruh post"), "")
        for platform in view.state.platforms:
            self.target.addItem(platform_label(platform), platform_label(platform))
        for number in range(1, len(view.state.photos) + 1):
            label = self.tr("Foto {n}").format(n=number)
            self.target.addItem(label, label)
        self._set_enabled(True)

    # -- decisions -------------------------------------------------------------------------------------

    def comment_text(self) -> str:
        """The comment as stored: prefixed with the part it points at, when one was chosen and it says anything."""
        text = self.comment.toPlainText().strip()
        target = self.target.currentData() or ""
        return f"[{target}] {text}" if text and target else text

    def _decide(self, action: str) -> None:
        if self.current is None:
            return
        post_id, seen = self.current
        comment = self.comment_text()
        row = self.current_row()
        try:
            with self.ctx.db.session() as session:
                if action == "approve":
                    workflow.approve(session, self.ctx.person.id, post_id, seen, comment)
                elif action == "changes":
                    workflow.request_changes(session, self.ctx.person.id, post_id, seen, comment)
                else:
                    workflow.reject(session, self.ctx.person.id, post_id, seen, comment)
        except OpdError as exc:
            QMessageBox.warning(self, self.tr("Tidak dapat diproses"), self.ctx.message(exc))
            return
        self.comment.clear()
        self.refresh(row)  # the post that moved up into this row is next
        self.changed.emit()

    def approve(self) -> None:
        self._decide("approve")

    def request_changes(self) -> None:
        self._decide("changes")

    def reject(self) -> None:
        """Reject after a confirmation (without a reason the service refuses it, so nothing is asked)."""
        if self.current is not None and self.comment.toPlainText().strip():
            title = self.detail.view.state.title if self.detail.view else ""
            answer = QMessageBox.question(
                self,
                self.tr("Tolak post?"),
                self.tr("Post “{title}” akan ditolak dan diarsipkan; penulis tidak dapat mengajukannya lagi.").format(
                    title=title or self.tr("(tanpa judul)")
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._decide("reject")


def _level_text(item: QueueItem) -> str:
    """“1/2”: the level waiting, of the levels the post needs."""
    return f"{item.waiting_level}/{max(item.required_levels) if item.required_levels else item.waiting_level}"
