"""Desktop notifications from the system tray: a post came to wait for my review, or my post was decided.

Quiet by design: nothing at start-up (Beranda shows the state), one message per check however much
happened, nothing about my own steps. Each check runs as a background job (the queue's approval state
runs the lint). Where there is no system tray (offscreen, some Linux desktops) the notices are still
emitted as a signal and nothing else happens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from opdstudio.core.domain.types import utcnow
from opdstudio.core.services.activity import Notice, NoticeKind, Watch, news, watch

from .context import AppContext

CHECK_EVERY_MS = 60_000
SHOW_FOR_MS = 10_000


class Notifier(QObject):
    """Checks what is new for the signed-in person every minute and tells them in the tray."""

    notified = Signal(str, str)  # title, message
    activated = Signal(str)  # NoticeKind of the newest notice: the tray message or icon was clicked

    def __init__(self, ctx: AppContext, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.since = utcnow()
        self.last_kind = NoticeKind.WAITING
        self.last_post_id: str | None = None  # the post the newest notice is about
        self.state: Watch | None = None  # None until the first check set the baseline
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("OPD Studio"))
            self.tray.messageClicked.connect(lambda: self.activated.emit(self.last_kind))
            self.tray.activated.connect(lambda _reason: self.activated.emit(self.last_kind))
            self.tray.show()
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.check()

    def check(self) -> None:
        """Look again in the background; anything new since the last look is told."""
        self.ctx.tasks.submit(self._watch, on_result=self._compare)

    def _watch(self) -> Watch:
        with self.ctx.db.session() as session:
            return watch(session, self.ctx.person.id, self.since)

    def _compare(self, current: Watch) -> None:
        before, self.state = self.state, current
        notices = [] if before is None else news(before, current)
        if notices:
            self.last_kind, self.last_post_id = notices[-1].kind, notices[-1].post_id
            title, message = self.summary(notices)
            self.notified.emit(title, message)
            if self.tray is not None:
                self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, SHOW_FOR_MS)

    def summary(self, notices: Sequence[Notice]) -> tuple[str, str]:
        """One title and message for everything new."""
        if len(notices) == 1:
            return self._title(notices[0]), self._line(notices[0])
        title = self.tr("{n} kabar baru di OPD Studio").format(n=len(notices))
        lines = [f"{self._title(n)}: {self._line(n)}" for n in notices[:4]]
        if len(notices) > 4:
            lines.append(self.tr("… dan {n} lagi").format(n=len(notices) - 4))
        return title, "\n".join(lines)

    def _title(self, notice: Notice) -> str:
        if notice.kind == NoticeKind.WAITING:
            return self.tr("Menunggu tinjauan Anda")
        return {
            "approved": self.tr("Post Anda disetujui"),
            "changes_requested": self.tr("Post Anda perlu perbaikan"),
            "rejected": self.tr("Post Anda ditolak"),
        }.get(notice.action, self.tr("Post Anda ditinjau"))

    def _line(self, notice: Notice) -> str:
        title = notice.title or self.tr("(tanpa judul)")
        if notice.kind == NoticeKind.WAITING:
            return f"«{title}»"
        comment = f" — {notice.comment}" if notice.comment else ""
        return self.tr("«{title}» oleh {who}").format(title=title, who=notice.actor) + comment
