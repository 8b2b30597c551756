"""The main window: navigation on the left, one page at a time, state in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

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
from .sync_controller import SyncController

if TYPE_CHECKING:
    from .pages.accounts import AccountsPage
    from .pages.drafts import DraftsPage
    from .pages.home import HomePage
    from .pages.publication_log import PublicationLogPage
    from .pages.reports import ReportsPage
    from .pages.review import ReviewPage
    from .pages.settings import SettingsPage


class MainWindow(QMainWindow):
    """Beranda, Draf, Tinjauan, Log Publikasi, Laporan, Akun Resmi, Pengaturan."""

    def __init__(self, ctx: AppContext, vault: PasswordVault | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("OPD Studio"))
        self.sync = SyncController(ctx, vault=vault, parent=self)
        style = self.style()
        icons = QStyle.StandardPixmap
        # Each page is built the first time it is shown: start-up pays only for Beranda.
        self.pages: list[tuple[str, Callable[[], QWidget], QStyle.StandardPixmap]] = [
            (self.tr("Beranda"), self._build_home, icons.SP_DirHomeIcon),
            (self.tr("Draf"), self._build_drafts, icons.SP_FileDialogDetailedView),
            (self.tr("Tinjauan"), self._build_review, icons.SP_DialogApplyButton),
            (self.tr("Log Publikasi"), self._build_log, icons.SP_FileDialogListView),
            (self.tr("Laporan"), self._build_reports, icons.SP_FileDialogInfoView),
            (self.tr("Akun Resmi"), self._build_accounts, icons.SP_DriveNetIcon),
            (self.tr("Pengaturan"), self._build_settings, icons.SP_FileDialogContentsView),
        ]
        self._built: dict[int, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        for title, _build, icon in self.pages:
            self.nav.addItem(QListWidgetItem(style.standardIcon(icon), title))
            self.stack.addWidget(QWidget())  # a placeholder until the page is first shown
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
        for label in (self.profile_state, self.who):
            label.setMinimumWidth(1)  # a long profile path or name never widens the window past the screen
        self.statusBar().addWidget(self.profile_state, 1)
        self.statusBar().addPermanentWidget(self.sync_button)
        self.statusBar().addPermanentWidget(self.who)
        self.statusBar().addPermanentWidget(about_button(ctx, self))
        self.sync.state_changed.connect(self._show_sync_state)
        self.notifier = Notifier(ctx, style.standardIcon(icons.SP_DialogApplyButton), self)
        self.notifier.activated.connect(self._from_tray)
        self.notifier.notified.connect(lambda _title, _message: self.home.refresh())  # the feed shows the news
        for number in range(len(self.pages)):
            QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self, lambda n=number: self.nav.setCurrentRow(n))
        self._update_status()
        self.nav.setCurrentRow(0)
        self.resize(1280, 800)
        self.sync.start()

    def page(self, row: int) -> QWidget:
        """The page at ``row`` of the navigation, built on first use."""
        page = self._built.get(row)
        if page is None:
            page = self._built[row] = self.pages[row][1]()
            placeholder = self.stack.widget(row)
            self.stack.removeWidget(placeholder)
            self.stack.insertWidget(row, page)
            placeholder.deleteLater()
        return page

    @property
    def home(self) -> HomePage:
        return self.page(0)  # type: ignore[return-value]

    @property
    def drafts(self) -> DraftsPage:
        return self.page(1)  # type: ignore[return-value]

    @property
    def review(self) -> ReviewPage:
        return self.page(2)  # type: ignore[return-value]

    @property
    def log(self) -> PublicationLogPage:
        return self.page(3)  # type: ignore[return-value]

    @property
    def reports(self) -> ReportsPage:
        return self.page(4)  # type: ignore[return-value]

    @property
    def accounts(self) -> AccountsPage:
        return self.page(5)  # type: ignore[return-value]

    @property
    def settings(self) -> SettingsPage:
        return self.page(6)  # type: ignore[return-value]

    def _build_home(self) -> QWidget:
        from .pages.home import HomePage

        page = HomePage(self.ctx)
        page.open_post.connect(self.open_post)
        page.open_review.connect(self._open_review)
        return page

    def _build_drafts(self) -> QWidget:
        from .pages.drafts import DraftsPage

        page = DraftsPage(self.ctx)
        page.open_post.connect(self.open_post)
        page.new_post.connect(lambda: self.open_post(None))
        return page

    def _build_review(self) -> QWidget:
        from .pages.review import ReviewPage

        page = ReviewPage(self.ctx)
        page.changed.connect(self._update_counts)
        return page

    def _build_log(self) -> QWidget:
        from .pages.publication_log import PublicationLogPage

        page = PublicationLogPage(self.ctx)
        page.open_post.connect(self.open_post)
        return page

    def _build_reports(self) -> QWidget:
        from .pages.reports import ReportsPage

        return ReportsPage(self.ctx)

    def _build_accounts(self) -> QWidget:
        from .pages.accounts import AccountsPage

        return AccountsPage(self.ctx)

    def _build_settings(self) -> QWidget:
        from .pages.settings import SettingsPage

        return SettingsPage(self.ctx, sync=self.sync)

    def _show_page(self, row: int) -> None:
        page = self.page(row)
        self.stack.setCurrentIndex(row)
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
        if composer.post_id and self.stack.currentWidget() is self.drafts:
            self.drafts.show_post(composer.post_id, submitted=composer.submitted)

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
        post_id = self.notifier.last_post_id
        if post_id is not None:  # at the post the notice was about
            if kind == "waiting":
                self.review.select_post(post_id)
            else:
                self.drafts.show_post(post_id)

    def _open_review(self, post_id: str) -> None:
        self.nav.setCurrentRow(2)
        self.review.select_post(post_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.stop()
        self.ctx.tasks.wait(5000)
        super().closeEvent(event)
