"""The post the reviewer opened: each platform's preview, then the changes since their last review, the lint
findings with the author's justifications, the photos with captions and consent notes, earlier decisions."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.services.composing import PhotoDraft, ReviewNote
from opdstudio.core.services.queries import QueueItem
from opdstudio.core.services.reviewing import DiffBasis, ReviewView

from ..composer.lint_notes import lint_notes_html
from ..composer.photo_import import PhotoPictures
from ..composer.preview import PreviewPane
from ..context import AppContext
from ..labels import platform_label
from ..models import local_time
from .diff_view import show_diff

THUMB = QSize(120, 80)  # photos are mostly 3:2 or 4:3


class ReviewDetail(QWidget):
    """Read-only view of one post in the queue."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pictures = PhotoPictures(ctx)
        self.view: ReviewView | None = None
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.previews = QTabWidget()
        self.previews.setDocumentMode(True)
        self.previews.setMinimumWidth(410)
        self.panes: dict[tuple[str, str], PreviewPane] = {}  # (platform, handle) → its preview
        self.info = QTabWidget()
        self.info.setDocumentMode(True)
        self.changes = QTextBrowser()
        self.findings = QTextBrowser()
        self.photos = QListWidget()
        self.photos.setIconSize(THUMB)
        self.photos.setWordWrap(True)
        self.photos.setSpacing(2)
        self.photos.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.history = QTextBrowser()
        splitter = QSplitter()
        splitter.addWidget(self.previews)
        splitter.addWidget(self.info)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

    # -- filling ---------------------------------------------------------------------------------------

    def show_view(self, view: ReviewView, item: QueueItem) -> None:
        """Show ``view`` (the post of queue row ``item``)."""
        self.view = view
        self.header.setText(self._header_html(view, item))
        self._fill_previews(view)
        self._fill_info(view)

    def clear(self) -> None:
        self.view = None
        self.header.clear()
        self._clear_previews()
        self.info.clear()

    def _header_html(self, view: ReviewView, item: QueueItem) -> str:
        state = view.state
        title = html.escape(state.title) or self.tr("(tanpa judul)")
        levels = max(item.required_levels) if item.required_levels else item.waiting_level
        line = self.tr("{org} · oleh {author} · diajukan {when} · menunggu tingkat {level} dari {levels}").format(
            org=html.escape(item.organisation),
            author=html.escape(item.author),
            when=local_time(item.submitted_at),
            level=item.waiting_level,
            levels=levels,
        )
        targets = ", ".join(
            f"{platform_label(p)} {html.escape(h)}" for p, handles in sorted(view.handles.items()) for h in handles
        )
        event = ""
        if state.event_place or state.event_date:
            when = state.event_date.strftime("%d-%m-%Y") if state.event_date else ""
            event = f" · <i>{html.escape(state.event_place)} {when}</i>"
        fingerprint = self.tr("Sidik isi")
        targets_label = self.tr("Akun tujuan:")  # outside the f-string, where lupdate finds it
        return (
            f"<span style='font-size:14pt; font-weight:600'>{title}</span><br>{line}{event}<br>"
            f"<b>{targets_label}</b> {targets} "
            f"<span style='color:#777'><small>· {fingerprint}: {view.content_hash[:12]}…</small></span>"
        )

    def pane(self, platform: str, handle: str | None = None) -> PreviewPane:
        """The preview of account ``handle`` on ``platform`` (the platform's first account when None)."""
        return next(pane for (p, h), pane in self.panes.items() if p == platform and handle in (None, h))

    def _clear_previews(self) -> None:
        for pane in self.panes.values():
            self.previews.removeTab(self.previews.indexOf(pane))
            pane.deleteLater()
        self.panes = {}

    def _fill_previews(self, view: ReviewView) -> None:
        self._clear_previews()
        for platform in view.state.platforms:
            for handle in view.handles.get(platform) or [""]:
                pane = PreviewPane(self.pictures.whole)
                pane.platform.hide()  # the tab names the account
                pane.show_state(view.state, view.handles)
                pane.show_target(platform, handle)
                self.panes[(platform, handle)] = pane
                self.previews.addTab(pane, f"{platform_label(platform)} {handle}".strip())

    def _fill_info(self, view: ReviewView) -> None:
        current = self.info.currentWidget()
        self.info.clear()
        if view.changes is not None:
            title = (
                self.tr("Perubahan sejak tinjauan terakhir Anda")
                if view.diff_basis == DiffBasis.LAST_REVIEW
                else self.tr("Perubahan sejak pengajuan sebelumnya")
            )
            show_diff(self.changes, title, view.changes, self.pictures.small)
            self.info.addTab(self.changes, self.tr("Perubahan"))
        shown = [c for c in view.report.findings if c.finding.severity != "info"]
        self.findings.setHtml(lint_notes_html(view.report, view.justification_authors, view.content_hash))
        self.info.addTab(self.findings, self.tr("Temuan ({n})").format(n=len(shown)))
        self._fill_photos(view.state.photos)
        self.info.addTab(self.photos, self.tr("Foto ({n})").format(n=len(view.state.photos)))
        self.history.setHtml(self._history_html(view.history))
        self.info.addTab(self.history, self.tr("Riwayat ({n})").format(n=len(view.history)))
        if view.changes is not None:
            self.info.setCurrentWidget(self.changes)  # what changed is what a returning reviewer wants first
        elif current is not None and self.info.indexOf(current) >= 0:
            self.info.setCurrentWidget(current)

    def _fill_photos(self, photos: list[PhotoDraft]) -> None:
        self.photos.clear()
        if not photos:
            self.photos.addItem(self.tr("Post ini tanpa foto."))
        for number, photo in enumerate(photos, 1):
            item = QListWidgetItem(QIcon(self.pictures.thumbnail(photo)), self._photo_text(number, photo))
            item.setSizeHint(QSize(0, THUMB.height() + 8))
            self.photos.addItem(item)

    def _photo_text(self, number: int, photo: PhotoDraft) -> str:
        caption = photo.caption or self.tr("(tanpa keterangan)")
        lines = [self.tr("Foto {n}: {caption}").format(n=number, caption=caption)]
        lines.append(self.tr("Teks alternatif: {alt}").format(alt=photo.alt_text or self.tr("(kosong)")))
        if photo.contains_children:
            if photo.consent_note:
                lines.append(self.tr("Ada anak-anak · persetujuan: {note}").format(note=photo.consent_note))
            else:
                lines.append(self.tr("Ada anak-anak · belum ada catatan persetujuan"))
        elif photo.consent_note:
            lines.append(self.tr("Catatan persetujuan: {note}").format(note=photo.consent_note))
        return "\n".join(lines)

    def _history_html(self, notes: list[ReviewNote]) -> str:
        if not notes:
            return "<p>" + self.tr("Belum ada keputusan atas post ini.") + "</p>"
        decisions = {
            "approve": self.tr("menyetujui"),
            "request_changes": self.tr("meminta perbaikan"),
            "reject": self.tr("menolak"),
        }
        rows = []
        for note in notes:
            what = decisions.get(note.decision, note.decision)
            comment = f"<br>{html.escape(note.comment)}".replace("\n", "<br>") if note.comment else ""
            rows.append(f"<li><b>{html.escape(note.reviewer)}</b> {what} · {local_time(note.at)}{comment}</li>")
        return "<ul>" + "".join(rows) + "</ul>"
