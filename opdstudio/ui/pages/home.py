"""Beranda: today's state — posts waiting for me, my posts sent back, what my agencies published today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from opdstudio.core.services.queries import LOCAL_TZ, today_for

from ..context import AppContext
from ..labels import platform_label
from ..models import local_time


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
        self.waiting_box = self._box(self.tr("Menunggu tinjauan saya"), self.waiting)
        self.attention_box = self._box(self.tr("Post saya yang perlu diperbaiki"), self.attention)
        self.published_box = self._box(self.tr("Terbit hari ini di organisasi saya"), self.published)
        grid = QGridLayout()
        grid.addWidget(self.waiting_box, 0, 0)
        grid.addWidget(self.attention_box, 0, 1)
        grid.addWidget(self.published_box, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.date_label)
        layout.addLayout(grid, 1)

    def _list(self, on_open: Callable[[str], None]) -> QListWidget:
        widget = QListWidget()
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
        self.date_label.setText(QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat))
        with self.ctx.db.session() as session:
            today = today_for(session, self.ctx.person.id)
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
        self.waiting_box.setTitle(self.tr("Menunggu tinjauan saya ({n})").format(n=len(today.waiting_for_me)))
        self.published_box.setTitle(
            self.tr("Terbit hari ini di organisasi saya ({n})").format(n=len(today.published_today))
        )

    def _fill(self, widget: QListWidget, rows: list[tuple[str, str]], empty: str) -> None:
        widget.clear()
        for post_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, post_id)
            widget.addItem(item)
        if not rows:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)
