"""The composer: main text and per-platform variants with live counters, photos, a preview per platform and
the findings panel. Autosaves into the local buffer (see ``composing``); writes the post on save, on leaving
and on submitting."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import col, select

from opdstudio.core.domain.drafting import LintJustification
from opdstudio.core.domain.enums import PostStatus, Role
from opdstudio.core.domain.models import Organisation
from opdstudio.core.domain.types import new_id
from opdstudio.core.errors import ApprovalVoidRequired, OpdError
from opdstudio.core.lint import Finding, RuleSet
from opdstudio.core.services import composing, diffing, lint_service, posts, workflow
from opdstudio.core.services.accounts import AccountRow, accounts_for_posting
from opdstudio.core.services.composing import ComposerState
from opdstudio.core.services.lint_service import LEAD, MAIN, LintReport
from opdstudio.core.services.orgs import memberships, orgs_where
from opdstudio.core.services.queries import LOCAL_TZ
from opdstudio.core.storage.database import Database
from opdstudio.core.sync.conflict_resolution import refusal_note

from ..context import AppContext
from ..labels import platform_label, status_label
from ..models import local_time
from .counters import CounterBar
from .details import DetailsPanel
from .finding_actions import FindingActions
from .findings import FindingsPanel
from .photo_files import local_files
from .photo_import import PhotoImporter, PhotoPictures
from .photo_strip import PhotoStrip
from .preview import PreviewPane
from .text_editor import DraftTextEdit, Mark
from .variants import VariantEditor

READ_ONLY = (PostStatus.PUBLISHED, PostStatus.REJECTED)


def write_buffer(
    db: Database, person_id: str, state: ComposerState, view: dict[str, Any], buffer_id: str, seq: int
) -> int:
    """Autosave job (own session, off the GUI thread); returns the sequence number written."""
    with db.session() as session:
        composing.autosave(session, person_id, state, view, buffer_id=buffer_id, seq=seq)
    return seq


def lint_job(
    generation: int, state: ComposerState, rules: RuleSet, lang: str
) -> tuple[int, ComposerState, list[Finding]]:
    """Lint job (off the GUI thread); the generation tells the composer whether the result is still current."""
    return generation, state, lint_service.lint_state(state, rules, lang)


class ComposerDialog(QDialog):
    """Writes one post (``post_id``), a new one (None), or resumes unsaved edits (``buffer_id``)."""

    autosaved = Signal(int)  # the autosave sequence number now on disk
    linted = Signal()

    AUTOSAVE_IDLE_MS = 1000  # after the last keystroke
    AUTOSAVE_MAX_MS = 2000  # at the latest while typing goes on: a crash loses at most this
    LINT_DELAY_MS = 300
    PREVIEW_DELAY_MS = 150

    def __init__(
        self,
        ctx: AppContext,
        post_id: str | None = None,
        parent: QWidget | None = None,
        *,
        buffer_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.post_id = post_id
        self.report = LintReport([])
        self.justifications: dict[tuple[str, str], LintJustification] = {}
        self.read_only = False
        self.submitted = False  # sent to the reviewers before closing
        self._buffer_id = new_id()
        self._seq = 0
        self._modified = False  # changed since loaded or saved
        self._dirty = False  # changed since the last autosave
        self._loading = False
        self._status = PostStatus.DRAFT
        self._lint_generation = 0
        self._rules: RuleSet | None = None
        self._accounts: dict[str, AccountRow] = {}
        self._parked: dict[str, composing.VariantDraft] = {}
        self._last_editor: QPlainTextEdit | QLineEdit | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.setAcceptDrops(True)
        self._build()
        self._timers()
        self._load(post_id, buffer_id)
        self.resize(1320, 840)

    # -- layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 4px;")
        self.discard_button = QPushButton(self.tr("Buang perubahan yang dipulihkan"))
        self.discard_button.clicked.connect(self.discard_recovered)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.discard_button)
        self.details = DetailsPanel()
        self.details.setMinimumWidth(260)
        self.main_editor = DraftTextEdit()
        self.main_editor.setPlaceholderText(
            self.tr("Tulis isi post: apa kegiatannya, di mana, kapan, siapa yang terlibat.")
        )
        self.main_counters = CounterBar()
        main_tab = QWidget()
        main_layout = QVBoxLayout(main_tab)
        main_layout.addWidget(self.main_editor, 1)
        main_layout.addWidget(self.main_counters)
        self.tabs = QTabWidget()
        self.tabs.addTab(main_tab, self.tr("Teks utama"))
        self.variant_editors: dict[str, VariantEditor] = {}
        self.pictures = PhotoPictures(self.ctx)
        self.photos = PhotoStrip(self.pictures.thumbnail)
        self.importer = PhotoImporter(self.ctx, self.photos, self.pictures, self)
        self.actions = FindingActions(self)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.tabs, 1)
        center_layout.addWidget(self.photos)
        self.preview = PreviewPane(self.pictures.whole)
        self.findings = FindingsPanel()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._titled(self.tr("Pratinjau"), self.preview))
        right.addWidget(self._titled(self.tr("Temuan pemeriksaan"), self.findings))
        right.setSizes([470, 330])
        body = QSplitter()
        body.addWidget(self.details)
        body.addWidget(center)
        body.addWidget(right)
        body.setSizes([290, 590, 420])
        body.setStretchFactor(1, 1)
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #555")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Urungkan"))
        self.redo_button = QPushButton(self.tr("Ulangi"))
        self.close_button = QPushButton(self.tr("Tutup"))
        self.save_button = QPushButton(self.tr("Simpan"))
        self.submit_button = QPushButton(self.tr("Simpan && ajukan ke atasan"))
        self.submit_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addWidget(self.status_label)
        buttons.addWidget(self.error, 1)
        for button in (self.close_button, self.save_button, self.submit_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(banner_row)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)
        self.undo_button.clicked.connect(lambda: self._last_editor and self._last_editor.undo())
        self.redo_button.clicked.connect(lambda: self._last_editor and self._last_editor.redo())
        self.close_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.save_and_submit)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.details.changed.connect(self._changed)
        self.details.targets_changed.connect(self._targets_changed)
        self.details.org.currentIndexChanged.connect(lambda _i: self._org_changed())
        self.details.event_date.dateChanged.connect(lambda _d: self.photos.set_event_day(self.details.event_day()))
        self.main_editor.textChanged.connect(self._main_text_changed)
        self.main_editor.images_pasted.connect(self.importer.paste)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.photos.changed.connect(self._changed)
        self.findings.activated.connect(self.actions.jump_to)
        self.findings.apply_requested.connect(self.actions.apply)
        self.findings.justify_requested.connect(self.actions.ask_justification)
        for editor in (self.main_editor, self.details.title_edit):
            editor.installEventFilter(self)

    def _titled(self, title: str, content: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setStyleSheet("font-weight: 600;")
        layout.addWidget(label)
        layout.addWidget(content, 1)
        return box

    def _timers(self) -> None:
        self._idle = QTimer(self, singleShot=True, interval=self.AUTOSAVE_IDLE_MS)
        self._max_wait = QTimer(self, singleShot=True, interval=self.AUTOSAVE_MAX_MS)
        self._lint_timer = QTimer(self, singleShot=True, interval=self.LINT_DELAY_MS)
        self._preview_timer = QTimer(self, singleShot=True, interval=self.PREVIEW_DELAY_MS)
        self._idle.timeout.connect(self.autosave_now)
        self._max_wait.timeout.connect(self.autosave_now)
        self._lint_timer.timeout.connect(self.lint_now)
        self._preview_timer.timeout.connect(self._refresh_preview)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QPlainTextEdit | QLineEdit):
            self._last_editor = watched
        return super().eventFilter(watched, event)

    # -- loading ---------------------------------------------------------------------------------------

    def _load(self, post_id: str | None, buffer_id: str | None) -> None:
        person = self.ctx.person.id
        with self.ctx.db.session() as session:
            admin_orgs = orgs_where(session, person, Role.ADMIN)
            names = {
                o.id: o.name for o in session.exec(select(Organisation).where(col(Organisation.id).in_(admin_orgs)))
            }
            # the admin's own unit (their membership), not whichever unit below it sorts first
            own = [m.organisation_id for m in memberships(session, person) if m.role == Role.ADMIN]
            default_org = next((o for o in own if o in names), None) or (min(names, key=names.get) if names else None)
            try:
                opened = composing.open_draft(
                    session, person, post_id=post_id, organisation_id=default_org, buffer_id=buffer_id
                )
            except ValueError:
                self._refuse(self.tr("Anda bukan admin media sosial di organisasi mana pun."))
                return
            state = opened.state
            post = posts.get_post(session, state.post_id) if state.post_id else None
            history = composing.review_history(session, post.id) if post else []
            if post is not None and post.organisation_id not in names:
                org = session.get(Organisation, post.organisation_id)
                names[post.organisation_id] = org.name if org else post.organisation_id
        self.post_id = state.post_id
        self._buffer_id, self._seq = opened.buffer_id, opened.seq
        self._status = PostStatus(post.status) if post else PostStatus.DRAFT
        self.details.set_orgs(names, state.organisation_id)
        self.details.org.setEnabled(post is None)
        self._reload_org(state.target_account_ids)
        self._apply_state(state)
        self.details.status.setText(self._status_text())
        self.details.set_history(history)
        self._show_banner(opened, history)
        self._set_read_only(self._status in READ_ONLY)
        self._restore_view(opened.view)
        self._modified = opened.recovered_at is not None
        self._update_title()
        self.lint_now()
        self._refresh_preview()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self._set_read_only(True)
        self.banner.hide()
        self.discard_button.hide()

    def _reload_org(self, chosen: list[str]) -> None:
        org_id = self.details.org.currentData()
        with self.ctx.db.session() as session:
            rows = accounts_for_posting(session, org_id)
            programmes = composing.known_programmes(session, org_id)
            self._rules = lint_service.rules_for(session, org_id)
            self.justifications = lint_service.justifications_of(session, self.post_id) if self.post_id else {}
        self._accounts = {r.id: r for r in rows}
        self.details.set_accounts(rows, chosen)
        self.details.set_programmes(programmes)

    def _apply_state(self, state: ComposerState) -> None:
        self._loading = True
        d = self.details
        d.title_edit.setText(state.title)
        d.kind.setCurrentIndex(max(0, d.kind.findData(state.kind)))
        d.set_event_day(state.event_date)
        d.place.setText(state.event_place)
        d.programme.setText(state.programme)
        self.main_editor.setPlainText(state.main_text)
        self._parked = dict(state.variants)
        self._sync_tabs()
        self.photos.set_photos(state.photos)
        self.photos.set_event_day(d.event_day())
        self._loading = False
        self._update_main_counters()

    def _status_text(self) -> str:
        """The post's status, and the server's reason when it refused the post or a part of it."""
        shown = status_label(self._status)
        refused = refusal_note(self.ctx.db, self.post_id, self.ctx.language) if self.post_id else ""
        if not refused:
            return shown
        return shown + " · " + self.tr("ditolak server: %1").replace("%1", refused)

    def _show_banner(self, opened: composing.Opened, history: list[composing.ReviewNote]) -> None:
        text = ""
        if opened.recovered_at is not None:
            when = local_time(opened.recovered_at)
            text = self.tr("Perubahan yang belum disimpan dari {when} dipulihkan.").format(when=when)
            if opened.stale:
                text += " " + self.tr("Post ini telah berubah sejak itu; menyimpan akan menimpa perubahan tersebut.")
        elif self._status == PostStatus.CHANGES_REQUESTED and history:
            note = history[-1]
            text = self.tr("{reviewer} meminta perbaikan: {comment}").format(
                reviewer=note.reviewer, comment=note.comment
            )
        elif self._status == PostStatus.IN_REVIEW:
            text = self.tr("Post ini sedang ditinjau. Menyimpan perubahan menarik kembali pengajuannya.")
        elif self._status == PostStatus.APPROVED:
            text = self.tr("Post ini sudah disetujui. Mengubahnya membatalkan persetujuan.")
        elif self._status in READ_ONLY:
            status = status_label(self._status).lower()
            text = self.tr("Post ini berstatus {status}; isinya tidak dapat diubah.").format(status=status)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.discard_button.setVisible(opened.recovered_at is not None)

    def _set_read_only(self, on: bool) -> None:
        self.read_only = on
        self.importer.enabled = not on
        for widget in (self.details, self.photos, self.save_button, self.submit_button):
            widget.setEnabled(not on)
        self.main_editor.setReadOnly(on)
        for editor in self.variant_editors.values():
            editor.setEnabled(not on)
        self.findings.justify_button.setEnabled(not on)

    # -- the state the widgets hold --------------------------------------------------------------------

    def current_state(self) -> ComposerState:
        """The draft as the widgets hold it now."""
        d = self.details
        variants = dict(self._parked)
        variants.update({p: editor.draft() for p, editor in self.variant_editors.items()})
        return ComposerState(
            organisation_id=d.org.currentData(),
            post_id=self.post_id,
            title=d.title_edit.text(),
            kind=d.kind.currentData(),
            main_text=self.main_editor.toPlainText(),
            event_date=d.event_day(),
            event_place=d.place.text(),
            programme=d.programme.text(),
            target_account_ids=d.chosen_targets(),
            platforms=d.platforms(),
            variants=variants,
            photos=list(self.photos.photos),
        )

    def view_state(self) -> dict[str, Any]:
        """Where the admin is: the tab, each editor's cursor, the selected photo."""
        cursors = {MAIN: self.main_editor.textCursor().position()}
        cursors.update({p: e.text.textCursor().position() for p, e in self.variant_editors.items()})
        return {
            "tab": self._tab_key(self.tabs.currentIndex()),
            "cursors": cursors,
            "photo": self.photos.list.currentRow(),
        }

    def _restore_view(self, view: dict[str, Any]) -> None:
        keys = [self._tab_key(i) for i in range(self.tabs.count())]
        tab = view.get("tab", MAIN)
        self.tabs.setCurrentIndex(keys.index(tab) if tab in keys else 0)
        for key, position in view.get("cursors", {}).items():
            editor = self.main_editor if key == MAIN else getattr(self.variant_editors.get(key), "text", None)
            if editor is not None:
                cursor = editor.textCursor()
                cursor.setPosition(min(int(position), editor.document().characterCount() - 1))
                editor.setTextCursor(cursor)
        photo = view.get("photo", -1)
        if isinstance(photo, int) and 0 <= photo < len(self.photos.photos):
            self.photos.list.setCurrentRow(photo)
        current = self._current_text_editor()
        current.setFocus()
        self._last_editor = current

    def _tab_key(self, index: int) -> str:
        return MAIN if index <= 0 else self.tabs.widget(index).property("platform")

    def _current_text_editor(self) -> QPlainTextEdit:
        key = self._tab_key(self.tabs.currentIndex())
        return self.main_editor if key == MAIN else self.variant_editors[key].text

    # -- changes ---------------------------------------------------------------------------------------

    def _changed(self) -> None:
        if self._loading or self.read_only:
            return
        self._modified = self._dirty = True
        self.status_label.setText(self.tr("Belum disimpan"))
        self._idle.start()
        if not self._max_wait.isActive():
            self._max_wait.start()
        self._lint_timer.start()
        self._preview_timer.start()
        self._update_main_counters()

    def _main_text_changed(self) -> None:
        editor = self.variant_editors.get(self._tab_key(self.tabs.currentIndex()))
        if editor is not None:
            editor.show_main(self.main_editor.toPlainText())
        self._changed()

    def _targets_changed(self) -> None:
        self._sync_tabs()
        self._update_main_counters()

    def _org_changed(self) -> None:
        if self._loading:
            return
        self._reload_org([])
        self._sync_tabs()
        self._changed()

    def _sync_tabs(self) -> None:
        """One tab per target platform; a removed platform's variant is kept in case it comes back."""
        wanted = self.details.platforms()
        for platform in list(self.variant_editors):
            if platform not in wanted:
                editor = self.variant_editors.pop(platform)
                self._parked[platform] = editor.draft()
                self.tabs.removeTab(self.tabs.indexOf(editor))
                editor.deleteLater()
        main_text = self.main_editor.toPlainText()
        for platform in wanted:
            if platform in self.variant_editors:
                continue
            editor = VariantEditor(platform)
            editor.setProperty("platform", platform)
            editor.set_draft(self._parked.get(platform) or composing.VariantDraft(platform), main_text)
            editor.changed.connect(self._changed)
            editor.text.images_pasted.connect(self.importer.paste)
            for widget in (
                editor.text,
                editor.title,
                editor.lead,
                editor.dateline,
                editor.writer,
                editor.editor_credit,
            ):
                widget.installEventFilter(self)
            self.variant_editors[platform] = editor
            self.tabs.insertTab(1 + sorted(self.variant_editors).index(platform), editor, platform_label(platform))
            editor.setEnabled(not self.read_only)

    def _tab_changed(self, index: int) -> None:
        editor = self.variant_editors.get(self._tab_key(index))
        if editor is not None:
            editor.show_main(self.main_editor.toPlainText())
            self.preview.show_target(editor.platform)

    def _update_main_counters(self) -> None:
        state = self.current_state()
        self.main_counters.show_counts([(v.platform, v.title, v.text) for v in state.active_variants()])
        spans = [
            composing.overflow_spans(v.platform, "", v.text).get("text")
            for v in state.active_variants()
            if v.follows_main
        ]
        first = min((s for s in spans if s), default=None)
        self.main_editor.set_overflow(first)

    def _update_title(self) -> None:
        title = self.details.title_edit.text().strip()
        self.setWindowTitle(
            self.tr("Post baru")
            if self.post_id is None and not title
            else self.tr("Post: {title}").format(title=title or self.tr("(tanpa judul)"))
        )

    # -- autosave, save, submit, leave -----------------------------------------------------------------

    def autosave_now(self) -> None:
        """Write the draft into the local buffer now (in the background)."""
        self._idle.stop()
        self._max_wait.stop()
        if not self._dirty or self.read_only:
            return
        self._dirty = False
        self._seq += 1
        self.ctx.tasks.submit(
            write_buffer,
            self.ctx.db,
            self.ctx.person.id,
            self.current_state(),
            self.view_state(),
            self._buffer_id,
            self._seq,
            on_result=self._autosaved,
            on_error=self._show_error,
        )

    def _autosaved(self, seq: int) -> None:
        self.status_label.setText(
            self.tr("Tersimpan otomatis {time}").format(time=datetime.now(LOCAL_TZ).strftime("%H:%M:%S"))
        )
        self.autosaved.emit(seq)

    def save(self) -> bool:
        """Write the draft to the post through the post services; ask first when that voids an approval."""
        if self.read_only:
            return True
        if not self._modified and self.post_id is not None:
            self.status_label.setText(self.tr("Tersimpan"))
            return True
        self._idle.stop()
        self._max_wait.stop()
        state = self.current_state()
        void = False
        while True:
            try:
                with self.ctx.db.session() as session:
                    post = composing.save(
                        session, self.ctx.person.id, state, buffer_id=self._buffer_id, seq=self._seq, void_approval=void
                    )
                break
            except ApprovalVoidRequired:
                if not self._confirm_void():
                    return False
                void = True
            except OpdError as exc:
                self.error.setText(self.ctx.message(exc))
                return False
        self.post_id = post.id
        self._status = PostStatus(post.status)
        self._modified = self._dirty = False
        self.error.clear()
        self.details.org.setEnabled(False)
        self.details.status.setText(self._status_text())
        self.status_label.setText(self.tr("Tersimpan"))
        self.banner.hide()
        self.discard_button.hide()
        self._update_title()
        return True

    def _confirm_void(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Batalkan persetujuan?"),
            self.tr(
                "Post ini sudah disetujui atasan. Jika Anda mengubahnya, persetujuan batal "
                "dan post harus diajukan lagi. Lanjutkan?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_and_submit(self) -> None:
        """Save, then send to the reviewers; unjustified block findings stop it (the core decides)."""
        if not self.save():
            return
        with self.ctx.db.session() as session:
            changes = diffing.changes_since_previous_submission(session, self.post_id or "")
        if changes is not None and not self.confirm_resubmit(changes):
            return
        try:
            with self.ctx.db.session() as session:
                workflow.submit(session, self.ctx.person.id, self.post_id or "")
        except OpdError as exc:
            self.error.setText(self.ctx.message(exc))
            self.lint_now()
            waiting = [i for i, c in enumerate(self.report.findings) if c.blocks]
            if waiting:
                self.findings.list.setCurrentRow(waiting[0])
            return
        self.submitted = True
        self._finish()
        self.accept()

    def confirm_resubmit(self, changes: list[diffing.FieldDiff]) -> bool:
        """Show what changed since the previous submission; True when the author sends it."""
        from .resubmit import ResubmitDialog

        return bool(ResubmitDialog(changes, self.pictures.small, self).exec())

    def discard_recovered(self) -> None:
        """Drop the recovered edits and show the post as it is stored (a new draft closes)."""
        with self.ctx.db.session() as session:
            composing.discard(session, self._buffer_id)
        self._modified = self._dirty = False
        if self.post_id is None:
            self._finish()
            super().reject()
            return
        self._idle.stop()
        self._max_wait.stop()
        self._load(self.post_id, None)

    def reject(self) -> None:
        """Leave: write the post if it changed; if that is declined, the edits stay autosaved for later."""
        if self._modified and not self.read_only and not self.save():
            answer = QMessageBox.question(
                self,
                self.tr("Tutup tanpa menyimpan?"),
                self.tr(
                    "Perubahan belum disimpan ke post. Perubahan tetap tersimpan otomatis di perangkat ini "
                    "dan ditawarkan lagi saat post ini dibuka. Tutup sekarang?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._dirty = True
            self.autosave_now()
        self._finish()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()

    def _finish(self) -> None:
        """Stop the timers and background work of this window and remember where the admin was."""
        for timer in (self._idle, self._max_wait, self._lint_timer, self._preview_timer):
            timer.stop()
        self.importer.cancel()
        self._lint_generation += 1
        if not self.read_only and (self.post_id is not None or self._modified):
            with self.ctx.db.session() as session:
                composing.remember_view(
                    session, self.ctx.person.id, self.current_state(), self.view_state(), self._buffer_id
                )

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(self.ctx.message(exc))

    # -- lint ------------------------------------------------------------------------------------------

    def lint_now(self) -> None:
        """Lint the draft now, in the background; a result for an older draft is dropped."""
        self._lint_timer.stop()
        if self._rules is None:
            return
        self._lint_generation += 1
        self.ctx.tasks.submit(
            lint_job,
            self._lint_generation,
            self.current_state(),
            self._rules,
            self.ctx.language,
            on_result=self._linted,
        )

    def _linted(self, result: tuple[int, ComposerState, list[Finding]]) -> None:
        generation, state, found = result
        if generation != self._lint_generation:
            return
        self.report = lint_service.check(state, found, self.justifications)
        marks: dict[tuple[str, str], list[Mark]] = {}
        for checked in self.report.findings:
            f = checked.finding
            where = lint_service.location(f, state)
            marks.setdefault(where, []).append(Mark(f.start, f.end, str(f.severity)))
        self.main_editor.set_findings(marks.get((MAIN, "text"), []))
        for platform, editor in self.variant_editors.items():
            editor.text.set_findings(marks.get((platform, "text"), []))
            editor.lead.set_findings(marks.get((LEAD, "text"), []))
        self.findings.show_report(self.report, lambda c: self.actions.where(c, state), self.actions.wordings)
        self.linted.emit()

    # -- preview ---------------------------------------------------------------------------------------

    def _refresh_preview(self) -> None:
        handles: dict[str, list[str]] = {}
        for account_id in self.details.chosen_targets():
            row = self._accounts.get(account_id)
            if row is not None:
                handles.setdefault(row.platform, []).append(row.handle)
        self.preview.show_state(self.current_state(), handles)
        self._update_title()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()) and not self.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.importer.import_files(files)
