"""Tinjauan: the queue of posts waiting for me, the post as submitted, and my decision."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.errors import OpdError
from opdstudio.core.services import lint_service, posts, workflow
from opdstudio.core.services.queries import QueueItem, review_queue

from ..composer.lint_notes import lint_notes_html
from ..context import AppContext
from ..labels import platform_label
from ..models import Column, RowsModel


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
                Column(self.tr("Tingkat"), lambda q: f"{q.waiting_level}/{max(q.required_levels)}"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.detail = QTextBrowser()
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Komentar untuk penulis (wajib untuk minta perbaikan atau menolak)"))
        self.comment.setMaximumHeight(90)
        self.approve_button = QPushButton(self.tr("Setujui"))
        self.changes_button = QPushButton(self.tr("Minta perbaikan"))
        self.reject_button = QPushButton(self.tr("Tolak"))
        self.approve_button.clicked.connect(self.approve)
        self.changes_button.clicked.connect(self.request_changes)
        self.reject_button.clicked.connect(self.reject)
        self.empty = QLabel(self.tr("Tidak ada post yang menunggu tinjauan Anda."))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.reject_button, self.changes_button, self.approve_button):
            buttons.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.comment)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([420, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self._set_enabled(False)

    def refresh(self) -> None:
        """Reload the queue."""
        with self.ctx.db.session() as session:
            items = review_queue(session, self.ctx.person.id)
        self.model.set_rows(items)
        self.empty.setVisible(not items)
        if items:
            self.table.selectRow(0)
        else:
            self.current = None
            self.detail.clear()
            self._set_enabled(False)

    def select_post(self, post_id: str) -> None:
        """Show ``post_id`` if it is in the queue."""
        for row, item in enumerate(self.model.rows):
            if item.post_id == post_id:
                self.table.selectRow(row)

    def _set_enabled(self, on: bool) -> None:
        for button in (self.approve_button, self.changes_button, self.reject_button):
            button.setEnabled(on)

    def _show(self, row: int) -> None:
        if row < 0 or row >= len(self.model.rows):
            return
        item = self.model.row_at(row)
        with self.ctx.db.session() as session:
            post = posts.get_post(session, item.post_id)
            variants = posts.variants_of(session, post.id)
            targets = posts.targets_of(session, post.id)
            content_hash = posts.compute_hash(session, post)
            report = lint_service.report_for_post(session, post, self.ctx.language)
            authors = lint_service.justification_authors(session, report)
        self.current = (post.id, content_hash)
        parts = [f"<h2>{_esc(post.title) or self.tr('(tanpa judul)')}</h2>"]
        parts.append(
            "<p>"
            + self.tr("{org} · oleh {author} · menunggu tingkat {level}").format(
                org=_esc(item.organisation), author=_esc(item.author), level=item.waiting_level
            )
            + "</p>"
        )
        if post.event_place or post.event_date:
            when = post.event_date.strftime("%d-%m-%Y") if post.event_date else ""
            parts.append(f"<p><i>{_esc(post.event_place)} {when}</i></p>")
        parts.append(
            "<p><b>"
            + self.tr("Akun tujuan:")
            + "</b> "
            + ", ".join(f"{platform_label(a.platform)} {_esc(a.handle)}" for a in targets)
            + "</p>"
        )
        for variant in variants:
            parts.append(f"<h3>{platform_label(variant.platform)}</h3><p>{_esc(variant.text)}</p>")
        if not variants:
            parts.append(f"<p>{_esc(post.main_text)}</p>")
        parts.append(lint_notes_html(report, authors, content_hash))
        fingerprint = self.tr("Sidik isi")
        parts.append(f"<p style='color:#777'><small>{fingerprint}: {content_hash[:16]}…</small></p>")
        self.detail.setHtml("".join(parts))
        self._set_enabled(True)

    def _decide(self, action: str) -> None:
        if self.current is None:
            return
        post_id, seen = self.current
        comment = self.comment.toPlainText()
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
        self.refresh()
        self.changed.emit()

    def approve(self) -> None:
        self._decide("approve")

    def request_changes(self) -> None:
        self._decide("changes")

    def reject(self) -> None:
        self._decide("reject")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
