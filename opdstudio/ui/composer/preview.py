"""A preview per platform that looks like the post will: caption cut where the feed cuts it, the first photo
in the platform's frame."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from opdstudio.core.domain.platforms import find_hashtags, spec_for
from opdstudio.core.services.composing import ComposerState, PhotoDraft, VariantDraft, feed_excerpt, feed_frame

from ..labels import platform_label

CARD_WIDTH = 360
ImageLoader = Callable[[PhotoDraft], QImage | None]


def framed(image: QImage, crop: Mapping[str, float], aspect: float, letterbox: bool, width: int) -> QPixmap:
    """``image`` (the whole photo) cropped as the admin chose, then fitted into a frame of ``aspect``."""
    if crop:
        w, h = image.width(), image.height()
        image = image.copy(
            QRect(round(crop["x"] * w), round(crop["y"] * h), round(crop["w"] * w), round(crop["h"] * h))
        )
    height = max(1, round(width / aspect))
    mode = Qt.AspectRatioMode.KeepAspectRatio if letterbox else Qt.AspectRatioMode.KeepAspectRatioByExpanding
    scaled = image.scaled(width, height, mode, Qt.TransformationMode.SmoothTransformation)
    canvas = QPixmap(width, height)
    canvas.fill(QColor("black"))
    painter = QPainter(canvas)
    painter.drawImage((width - scaled.width()) // 2, (height - scaled.height()) // 2, scaled)
    painter.end()
    return canvas


PLATFORM_COLOURS = {
    "facebook": "#1877f2",
    "instagram": "#c13584",
    "x": "#111111",
    "tiktok": "#010101",
    "youtube": "#ff0000",
    "website": "#2e7d32",
}


def avatar(handle: str, colour: str, size: int = 36) -> QPixmap:
    """A round badge with the account's first letter, in the platform's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(size // 2)
    painter.setFont(font)
    letter = next((c for c in handle if c.isalnum()), "?").upper()
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return pixmap


def caption_html(text: str) -> str:
    """Plain text as HTML with hashtags in the platforms' link blue."""
    parts, last = [], 0
    for tag in find_hashtags(text):
        parts.append(html.escape(text[last : tag.start]))
        parts.append(f"<span style='color:#1d6fd8'>{html.escape(text[tag.start : tag.end])}</span>")
        last = tag.end
    parts.append(html.escape(text[last:]))
    return "".join(parts).replace("\n", "<br>")


class PreviewPane(QWidget):
    """The post as it will look on the chosen platform."""

    def __init__(self, load_image: ImageLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load_image = load_image
        self._state: ComposerState | None = None
        self._handles: dict[str, str] = {}
        self.platform = QComboBox()
        self.empty = QLabel(self.tr("Pilih akun tujuan untuk melihat pratinjau tiap platform."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #65676b; padding: 24px;")
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setFixedWidth(CARD_WIDTH + 2)
        self.card.setStyleSheet(
            "#card { background: white; border: 1px solid #ddd; border-radius: 8px; } QLabel { color: #111; }"
        )
        self.avatar = QLabel()
        self.header = QLabel()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.footer = QLabel()
        self.footer.setStyleSheet("color: #65676b;")
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(1, 8, 1, 8)
        for label in (self.title, self.text, self.footer):
            label.setContentsMargins(10, 0, 10, 0)
        head = QHBoxLayout()
        head.setContentsMargins(10, 0, 10, 0)
        head.addWidget(self.avatar)
        head.addWidget(self.header, 1)
        card_layout.addLayout(head)
        for widget in (self.title, self.image, self.text, self.footer):
            card_layout.addWidget(widget)
        card_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.empty)
        holder_layout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        scroll.setStyleSheet(
            "QScrollArea { background: #f0f2f5; border: none; } QWidget#holder { background: #f0f2f5; }"
        )
        holder.setObjectName("holder")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.platform)
        layout.addWidget(scroll, 1)
        self.platform.currentIndexChanged.connect(lambda _i: self._render())

    def show_state(self, state: ComposerState, handles: Mapping[str, str]) -> None:
        """Preview ``state``; ``handles`` names the target account of each platform."""
        self._state = state
        self._handles = dict(handles)
        wanted = state.platforms
        current = self.platform.currentData()
        if [self.platform.itemData(i) for i in range(self.platform.count())] != wanted:
            self.platform.blockSignals(True)
            self.platform.clear()
            for p in wanted:
                self.platform.addItem(platform_label(p), p)
            self.platform.setCurrentIndex(max(0, self.platform.findData(current)))
            self.platform.blockSignals(False)
        self._render()

    def show_platform(self, platform: str) -> None:
        index = self.platform.findData(platform)
        if index >= 0:
            self.platform.setCurrentIndex(index)

    def _render(self) -> None:
        state, platform = self._state, self.platform.currentData()
        self.card.setVisible(state is not None and platform is not None)
        self.empty.setVisible(platform is None)
        if state is None or platform is None:
            return
        variant = state.variant(platform)
        handle = html.escape(self._handles.get(platform, ""))
        just_now = self.tr("Baru saja")
        self.header.setText(f"<b>{handle}</b><br><span style='color:#65676b'>{just_now}</span>")
        self.avatar.setPixmap(avatar(self._handles.get(platform, ""), PLATFORM_COLOURS.get(platform, "#607d8b")))
        self.title.setVisible(bool(variant.title))
        self.title.setText(f"<b style='font-size:12pt'>{html.escape(variant.title)}</b>")
        self._render_image(state, platform)
        self._arrange(platform)
        self.text.setText(self._text_html(platform, variant, handle))
        self.footer.setText(self._footer(platform, variant))
        layout = self.card.layout()
        assert layout is not None
        self.card.setFixedHeight(layout.sizeHint().height())  # the card scrolls; its wrapped text is never squeezed

    def _arrange(self, platform: str) -> None:
        """Photo first on Instagram, TikTok and news sites; text first on the others."""
        order = (self.image, self.text) if platform in ("instagram", "tiktok", "website") else (self.text, self.image)
        layout = self.card.layout()
        assert isinstance(layout, QVBoxLayout)
        for widget in order:
            layout.removeWidget(widget)
        for offset, widget in enumerate(order):
            layout.insertWidget(2 + offset, widget)  # after the header row and the title

    def _render_image(self, state: ComposerState, platform: str) -> None:
        photo = state.photos[0] if state.photos else None
        image = self._load_image(photo) if photo else None
        self.image.setVisible(image is not None)
        if photo is None or image is None:
            self.image.clear()
            return
        width, height = photo.crop_size
        aspect, letterbox = feed_frame(platform, width, height)
        pixmap = framed(image, photo.crop, aspect, letterbox, CARD_WIDTH)
        self.image.setPixmap(pixmap)
        self.image.setFixedSize(pixmap.size())  # never squeezed: the card scrolls instead

    def _text_html(self, platform: str, variant: VariantDraft, handle: str) -> str:
        spec = spec_for(platform)
        text = variant.text
        if platform == "website":
            lead = variant.extra.get("lead", "")
            dateline = variant.extra.get("dateline", "")
            head = f"<b>{html.escape(dateline)}</b> " if dateline else ""
            body = caption_html(text[:600]) + ("…" if len(text) > 600 else "")
            return f"<p>{head}<b>{caption_html(lead)}</b></p><p>{body}</p>"
        shown, cut = feed_excerpt(spec, text) if spec else (text, False)
        body = caption_html(shown)
        if cut and spec is not None and spec.x_weighted:
            cut_note = self.tr("[terpotong: melebihi batas X]")
            body += f" <span style='color:#c62828'>{cut_note}</span>"
        elif cut and spec is not None:
            body += f" <span style='color:#65676b'>{html.escape(spec.preview_more_label or '…')}</span>"
        if platform == "instagram":
            return f"<b>{handle}</b> {body}"
        return body

    def _footer(self, platform: str, variant: VariantDraft) -> str:
        if platform == "website":
            writer, editor = variant.extra.get("writer", ""), variant.extra.get("editor", "")
            return self.tr("Penulis: {writer} | Editor: {editor}").format(writer=writer or "-", editor=editor or "-")
        return {
            "facebook": self.tr("Suka · Komentar · Bagikan"),
            "instagram": self.tr("♡  Komentar  Kirim"),
            "x": self.tr("Balas · Repost · Suka"),
            "tiktok": self.tr("♡  Komentar  Simpan  Bagikan"),
            "youtube": self.tr("Suka · Komentar"),
        }.get(platform, "")
