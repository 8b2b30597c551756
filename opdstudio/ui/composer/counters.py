"""Live counters: characters (X's weighted count), title length and hashtags against each platform's limit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from opdstudio.core.services.composing import Count, counts

from ..labels import platform_label

OVER = "#c62828"
NEAR = "#ef6c00"


class CounterBar(QLabel):
    """One line of counters for one or more platforms, red where a limit is passed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setStyleSheet("color: #555;")
        self.counts: dict[str, list[Count]] = {}

    def show_counts(self, texts: Sequence[tuple[str, str, str]]) -> None:
        """Count ``(platform, title, text)`` for each platform and show them."""
        self.counts = {platform: counts(platform, title, text) for platform, title, text in texts}
        parts = [self._platform_html(p, c) for p, c in self.counts.items()]
        self.setText("  ·  ".join(parts) if parts else self.tr("Pilih akun tujuan untuk melihat batas tiap platform."))

    def _platform_html(self, platform: str, found: list[Count]) -> str:
        pieces = [self._count_html(platform, c) for c in found]
        return f"<b>{platform_label(platform)}</b> " + ", ".join(pieces)

    def _count_html(self, platform: str, count: Count) -> str:
        locale = QLocale()
        value = locale.toString(count.value)
        if count.what == "title":
            noun = self.tr("judul")
        elif count.what == "hashtags":
            noun = self.tr("tagar")
        elif platform == "x":
            noun = self.tr("hitungan X")
        else:
            noun = self.tr("karakter")
        shown = value if count.limit is None else f"{value}/{locale.toString(count.limit)}"
        html = f"{noun} {shown}"
        if count.over:
            return f"<span style='color:{OVER}; font-weight:600'>{html}</span>"
        if count.limit is not None and count.what != "hashtags" and count.value > 0.9 * count.limit:
            return f"<span style='color:{NEAR}'>{html}</span>"
        return html
