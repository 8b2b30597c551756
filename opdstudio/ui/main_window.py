"""The main window: navigation on the left, one page at a time, state in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QToolButton,
    QWidget,
)
from sqlmodel import select

from opdstudio.core.domain.models import Membership, Organisation
from opdstudio.core.services import composing
from opdstudio.core.services.queries import review_queue
from opdstudio.core.sync.settings import PasswordVault

from .context import AppContext
from .dialogs.about import about_button
from .labels import role_label
from .notifications import Notifier
from .pages.accounts import AccountsPage
from .pages.drafts import DraftsPage
from .pages.home import HomePage
from .pages.publication_log import PublicationLogPage
from .pages.reports import ReportsPage
from .pages.review import ReviewPage
from .pages.settings import SettingsPage
from .sync_controller import SyncController


class MainWindow(QMainWindow):
    """Beranda, Draf, Tinjauan, Log Publikasi, Laporan, Akun Resmi, Pengaturan."""

    def __init__(self, ctx: AppContext, vault: PasswordVault | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("OPD Studio"))
        self.home = HomePage(ctx)
        self.drafts = DraftsPage(ctx)
        self.review = ReviewPage(ctx)
        self.log = PublicationLogPage(ctx)
        self.reports = ReportsPage(ctx)
        self.accounts = AccountsPage(ctx)
        self.sync = SyncController(ctx, vault=vault, parent=self)
        self.settings = SettingsPage(ctx, sync=self.sync)
        style = self.style()
        icons = QStyle.StandardPixmap
        self.pages: list[tuple[str, QWidget, QStyle.StandardPixmap]] = [
            (self.tr("Beranda"), self.home, icons.SP_DirHomeIcon),
            (self.tr("Draf"), self.drafts, icons.SP_FileDialogDetailedView),
            (self.tr("Tinjauan"), self.review, icons.SP_DialogApplyButton),
            (self.tr("Log Publikasi"), self.log, icons.SP_FileDialogListView),
            (self.tr("Laporan"), self.reports, icons.SP_FileDialogInfoView),
            (self.tr("Akun Resmi"), self.accounts, icons.SP_DriveNetIcon),
            (self.tr("Pengaturan"), self.settings, icons.SP_FileDialogContentsView),
        ]
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        for title, page, icon in self.pages:
            self.nav.addItem(QListWidgetItem(style.standardIcon(icon), title))
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._show_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.profile_state = QLabel()
        self.who = QLabel()
        self.sync_action = QAction(self.tr("Sinkronkan sekarang"), self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+R"))
        self.sync_action.setIcon(style.standardIcon(icons.SP_BrowserReload))
        self.sync_action.triggered.connect(lambda: self.sync.sync_now())
        self.addAction(self.sync_action)
        self.sync_button = QToolButton()
        self.sync_button.setDefaultAction(self.sync_action)
        self.sync_button.setAutoRaise(True)
        self.statusBar().addWidget(self.profile_state, 1)
        self.statusBar().addPermanentWidget(self.sync_button)
        self.statusBar().addPermanentWidget(self.who)
        self.statusBar().addPermanentWidget(about_button(ctx, self))
        self.sync.state_changed.connect(self._show_sync_state)
        self.home.open_post.connect(self.open_post)
        self.home.open_review.connect(self._open_review)
        self.drafts.open_post.connect(self.open_post)
        self.log.open_post.connect(self.open_post)
        self.drafts.new_post.connect(lambda: self.open_post(None))
        self.review.changed.connect(self._update_counts)
        self.notifier = Notifier(ctx, style.standardIcon(icons.SP_DialogApplyButton), self)
        self.notifier.activated.connect(self._from_tray)
        for number in range(len(self.pages)):
            QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self, lambda n=number: self.nav.setCurrentRow(n))
        self._update_status()
        self.nav.setCurrentRow(0)
        self.resize(1280, 800)
        self.sync.start()

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.pages[row][1]
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()
        self._update_counts()

    def _update_counts(self) -> None:
        with self.ctx.db.session() as session:
            waiting = len(review_queue(session, self.ctx.person.id))
        title = self.pages[2][0]
        self.nav.item(2).setText(f"{title} ({waiting})" if waiting else title)

    def _show_sync_state(self) -> None:
        """The sync state in the status bar; a local-only profile shows where it lives instead."""
        sync = self.sync
        if sync.configured:
            self.profile_state.setText(sync.status_text())
            self.profile_state.setToolTip(sync.error)
        else:
            self.profile_state.setText(
                self.tr("Profil lokal — tidak terhubung ke basis data bersama")
                + f"  ·  {self.ctx.db.paths.root if self.ctx.db.paths else ''}"
            )
            self.profile_state.setToolTip("")
        self.sync_button.setVisible(sync.configured)
        self.sync_action.setEnabled(sync.configured and not sync.running)

    def _update_status(self) -> None:
        self._show_sync_state()
        with self.ctx.db.session() as session:
            rows = session.exec(
                select(Membership.role, Organisation.name)
                .join(Organisation, Organisation.id == Membership.organisation_id)  # type: ignore[arg-type]
                .where(Membership.person_id == self.ctx.person.id)
            ).all()
        roles = "; ".join(f"{role_label(role)} {org}" for role, org in rows[:2])
        self.who.setText(f"{self.ctx.person.name} · {roles}")

    def open_post(self, post_id: str | None, buffer_id: str | None = None) -> None:
        """Open a post in the composer (None: a new post); refresh the current page afterwards."""
        from .composer import ComposerDialog  # imported on first use: Pillow, HEIF and lint cost start-up time

        composer = ComposerDialog(self.ctx, post_id, self, buffer_id=buffer_id)
        composer.exec()
        composer.deleteLater()
        self._show_page(self.stack.currentIndex())

    def offer_recovery(self) -> None:
        """After a crash: offer the drafts whose edits were autosaved but never saved to their post."""
        with self.ctx.db.session() as session:
            drafts = composing.pending_drafts(session, self.ctx.person.id)
        if not drafts:
            return
        from .composer.dialogs import RecoveryDialog

        dialog = RecoveryDialog(drafts, self)
        dialog.exec()
        chosen = dialog.chosen()
        if chosen is not None and dialog.choice == RecoveryDialog.DISCARD:
            with self.ctx.db.session() as session:
                composing.discard(session, chosen.buffer_id)
        elif chosen is not None and dialog.choice == RecoveryDialog.OPEN:
            self.open_post(chosen.post_id, chosen.buffer_id)
        dialog.deleteLater()

    def _from_tray(self, kind: str) -> None:
        """Bring the window forward at what the notice was about: the review queue or my drafts."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.nav.setCurrentRow(2 if kind == "waiting" else 1)

    def _open_review(self, post_id: str) -> None:
        self.nav.setCurrentRow(2)
        self.review.select_post(post_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.stop()
        self.ctx.tasks.wait(5000)
        super().closeEvent(event)
