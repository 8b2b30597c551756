"""Beranda: today's state — posts waiting for me, my posts sent back, what my agencies published today — and
the activity feed: who submitted, approved, sent back, voided or published what, and when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from opdstudio.core.services.activity import ActivityItem, activity_feed
from opdstudio.core.services.queries import LOCAL_TZ, today_for

from ..context import AppContext
from ..dialogs.audit_trail import AuditTrailDialog
from ..labels import platform_label, ui_locale
from ..models import local_time

FEED_LENGTH = 30


class HomePage(QWidget):
    """The first screen after signing in."""

    open_post = Signal(str)
    open_review = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.greeting = QLabel()
        self.greeting.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.date_label = QLabel()
        self.waiting = self._list(lambda pid: self.open_review.emit(pid))
        self.attention = self._list(lambda pid: self.open_post.emit(pid))
        self.published = self._list(lambda pid: self.open_post.emit(pid))
        self.feed = self._list(self.open_trail)
        self.feed.setWordWrap(True)
        self.feed.setSpacing(3)
        self.waiting_box = self._box(self.tr("Menunggu tinjauan saya"), self.waiting)
        self.attention_box = self._box(self.tr("Post saya yang perlu diperbaiki"), self.attention)
        self.published_box = self._box(self.tr("Terbit hari ini di organisasi saya"), self.published)
        self.feed_box = self._box(self.tr("Aktivitas terbaru"), self.feed)
        grid = QGridLayout()
        grid.addWidget(self.waiting_box, 0, 0)
        grid.addWidget(self.attention_box, 0, 1)
        grid.addWidget(self.published_box, 1, 0)
        grid.addWidget(self.feed_box, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.date_label)
        layout.addLayout(grid, 1)

    def _list(self, on_open: Callable[[str], None]) -> QListWidget:
        widget = QListWidget()
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.itemActivated.connect(lambda item: on_open(item.data(Qt.ItemDataRole.UserRole)))
        return widget

    def _box(self, title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(content)
        return box

    def refresh(self) -> None:
        """Reload today's figures."""
        now = datetime.now(LOCAL_TZ)
        hour = now.hour
        part = (
            self.tr("Selamat pagi")
            if hour < 11
            else self.tr("Selamat siang")
            if hour < 15
            else self.tr("Selamat sore")
            if hour < 18
            else self.tr("Selamat malam")
        )
        self.greeting.setText(f"{part}, {self.ctx.person.name}")
        today = QDate(now.year, now.month, now.day)  # the day the data counts in (WIB), not the computer's clock
        self.date_label.setText(ui_locale().toString(today, QLocale.FormatType.LongFormat))
        with self.ctx.db.session() as session:
            today = today_for(session, self.ctx.person.id)
            feed = activity_feed(session, self.ctx.person.id, limit=FEED_LENGTH)
        self._fill(
            self.waiting,
            [
                (
                    q.post_id,
                    self.tr("{title} — {org} · {author} · tingkat {level}").format(
                        title=q.title or self.tr("(tanpa judul)"),
                        org=q.organisation,
                        author=q.author,
                        level=q.waiting_level,
                    ),
                )
                for q in today.waiting_for_me
            ],
            self.tr("Tidak ada post yang menunggu Anda."),
        )
        self._fill(
            self.attention,
            [
                (p.id, f"{p.title or self.tr('(tanpa judul)')} — {p.organisation}")
                for p in today.my_posts_needing_attention
            ],
            self.tr("Tidak ada post yang dikembalikan kepada Anda."),
        )
        self._fill(
            self.published,
            [
                (
                    p.post_id,
                    f"{local_time(p.published_at)[-5:]}  {p.title} — {p.organisation} · "
                    f"{platform_label(p.platform)} {p.handle}",
                )
                for p in today.published_today
            ],
            self.tr("Belum ada publikasi hari ini."),
        )
        self._fill(
            self.feed,
            [(i.post_id or "", f"{_when(i.at, now)}  {self.describe(i)}") for i in feed],
            self.tr("Belum ada aktivitas."),
        )
        self.waiting_box.setTitle(self.tr("Menunggu tinjauan saya ({n})").format(n=len(today.waiting_for_me)))
        self.published_box.setTitle(
            self.tr("Terbit hari ini di organisasi saya ({n})").format(n=len(today.published_today))
        )

    def describe(self, item: ActivityItem) -> str:
        """One step of the feed as a sentence: who did what to which post."""
        texts = {
            "submitted": self.tr("{who} mengajukan «{title}»"),
            "level_approved": self.tr("{who} menyetujui «{title}» di tingkat {level}"),
            "approved": self.tr("{who} menyetujui «{title}»"),
            "changes_requested": self.tr("{who} meminta perbaikan «{title}»: {comment}"),
            "rejected": self.tr("{who} menolak «{title}»: {comment}"),
            "approval_voided": self.tr("{who} mengubah «{title}» sehingga persetujuannya batal"),
            "published": self.tr("{who} mencatat terbitnya «{title}» di {account}"),
        }
        platform, _, handle = item.account.partition(" ")
        return texts.get(item.action, "{who} · {title}").format(
            who=item.actor,
            title=item.post_title or self.tr("(tanpa judul)"),
            level=item.level,
            comment=item.comment,
            account=f"{platform_label(platform)} {handle}",
        )

    def open_trail(self, post_id: str) -> None:
        """Show the audit trail of the post a feed line is about."""
        dialog = AuditTrailDialog(self.ctx, post_id, self)
        dialog.exec()
        dialog.deleteLater()

    def _fill(self, widget: QListWidget, rows: list[tuple[str, str]], empty: str) -> None:
        widget.clear()
        for post_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, post_id)
            item.setToolTip(text)
            widget.addItem(item)
        if not rows:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)


def _when(at: datetime, now: datetime) -> str:
    """The time of a step: only the hour for today, the date too for earlier days."""
    local = at.astimezone(LOCAL_TZ)
    return local.strftime("%H:%M") if local.date() == now.date() else local_time(at)
