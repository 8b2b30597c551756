"""A preview per target account that looks like the post will: the whole caption with the place the feed folds
it marked, every photo as the platform receives it (a carousel)."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.domain.platforms import find_hashtags, spec_for
from opdstudio.core.media.specs import RENDITIONS, Fit
from opdstudio.core.services.composing import ComposerState, PhotoDraft, VariantDraft, feed_excerpt
from opdstudio.core.services.publishing import PhotoRef, rendition_names

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


def delivered_frames(platform: str, photos: Sequence[PhotoDraft]) -> list[tuple[float, bool]]:
    """Per photo, the frame (aspect w/h, letterboxed?) of the rendition ``platform`` receives: the preview shows
    exactly the picture publish assist saves."""
    refs = [PhotoRef(p.sha256, p.width, p.height, dict(p.crop)) for p in photos]
    frames = []
    for ref, name in zip(refs, rendition_names(platform, refs), strict=True):
        spec = RENDITIONS[name]
        frames.append((ref.aspect, False) if spec.fit is Fit.INSIDE else (spec.aspect, spec.fit is Fit.LETTERBOX))
    return frames


Target = tuple[str, str]  # (platform, handle) of one target account


class PreviewPane(QWidget):
    """The post as it will look on each target account."""

    def __init__(self, load_image: ImageLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load_image = load_image
        self._state: ComposerState | None = None
        self._targets: list[Target] = []
        self._photo_index = 0
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
        self.previous_photo = QToolButton()
        self.previous_photo.setText("‹")
        self.previous_photo.setToolTip(self.tr("Foto sebelumnya"))
        self.next_photo = QToolButton()
        self.next_photo.setText("›")
        self.next_photo.setToolTip(self.tr("Foto berikutnya"))
        self.photo_counter = QLabel()
        self.photo_counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.carousel = QWidget()
        nav = QHBoxLayout(self.carousel)
        nav.setContentsMargins(10, 0, 10, 0)
        nav.addWidget(self.previous_photo)
        nav.addWidget(self.photo_counter, 1)
        nav.addWidget(self.next_photo)
        self.previous_photo.clicked.connect(lambda: self.show_photo(self._photo_index - 1))
        self.next_photo.clicked.connect(lambda: self.show_photo(self._photo_index + 1))
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
        for widget in (self.title, self.image, self.carousel, self.text, self.footer):
            card_layout.addWidget(widget)
        card_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.empty)
        holder_layout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        holder_layout.addStretch(1)
        self.scroll.setWidget(holder)
        self.scroll.setStyleSheet(
            "QScrollArea { background: #f0f2f5; border: none; } QWidget#holder { background: #f0f2f5; }"
        )
        holder.setObjectName("holder")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.platform)
        layout.addWidget(self.scroll, 1)
        self.platform.currentIndexChanged.connect(lambda _i: self._render())

    def show_state(self, state: ComposerState, handles: Mapping[str, Sequence[str]]) -> None:
        """Preview ``state``; ``handles`` lists the target accounts of each platform (every one is previewed)."""
        self._state = state
        wanted = [(p, h) for p in state.platforms for h in sorted(handles.get(p) or [""])]
        current = self.current_target()
        if wanted != self._targets:
            self._targets = wanted
            self.platform.blockSignals(True)
            self.platform.clear()
            for platform, handle in wanted:
                self.platform.addItem(f"{platform_label(platform)} · {handle}" if handle else platform_label(platform))
            self.platform.setCurrentIndex(wanted.index(current) if current in wanted else 0)
            self.platform.blockSignals(False)
        self._render()

    def current_target(self) -> Target | None:
        index = self.platform.currentIndex()
        return self._targets[index] if 0 <= index < len(self._targets) else None

    def show_target(self, platform: str, handle: str | None = None) -> None:
        """Preview the account ``handle`` on ``platform`` (its first account when ``handle`` is None)."""
        for index, (p, h) in enumerate(self._targets):
            if p == platform and handle in (None, h):
                self.platform.setCurrentIndex(index)
                return

    def show_photo(self, index: int) -> None:
        """Turn the carousel to photo ``index`` (0-based)."""
        self._photo_index = index
        self._render()

    def _render(self) -> None:
        state, target = self._state, self.current_target()
        self.card.setVisible(state is not None and target is not None)
        self.empty.setVisible(target is None)
        if state is None or target is None:
            return
        platform, raw_handle = target
        variant = state.variant(platform)
        handle = html.escape(raw_handle)
        just_now = self.tr("Baru saja")
        self.header.setText(f"<b>{handle}</b><br><span style='color:#65676b'>{just_now}</span>")
        self.avatar.setPixmap(avatar(raw_handle, PLATFORM_COLOURS.get(platform, "#607d8b")))
        self.title.setVisible(bool(variant.title))
        self.title.setText(f"<b style='font-size:12pt'>{html.escape(variant.title)}</b>")
        self._render_image(state, platform)
        self._arrange(platform)
        self.text.setText(self._text_html(platform, variant, handle))
        self.footer.setText(self._footer(platform, variant))
        for label in (self.header, self.title, self.text, self.footer):
            # a wrapped label's height follows its width; fixed so the card grows and the pane scrolls
            label.setFixedHeight(label.heightForWidth(CARD_WIDTH) if label.isVisibleTo(self.card) else 0)
        layout = self.card.layout()
        assert layout is not None
        layout.activate()
        self.card.setFixedHeight(layout.sizeHint().height())

    def _arrange(self, platform: str) -> None:
        """Photo first on Instagram, TikTok and news sites; text first on the others."""
        first = platform in ("instagram", "tiktok", "website")
        order = (self.image, self.carousel, self.text) if first else (self.text, self.image, self.carousel)
        layout = self.card.layout()
        assert isinstance(layout, QVBoxLayout)
        for widget in order:
            layout.removeWidget(widget)
        for offset, widget in enumerate(order):
            layout.insertWidget(2 + offset, widget)  # after the header row and the title

    def _render_image(self, state: ComposerState, platform: str) -> None:
        photos = state.photos
        self._photo_index = min(max(self._photo_index, 0), max(len(photos) - 1, 0))
        self.carousel.setVisible(len(photos) > 1)
        photo = photos[self._photo_index] if photos else None
        image = self._load_image(photo) if photo else None
        self.image.setVisible(image is not None)
        if len(photos) > 1:
            self.photo_counter.setText(
                self.tr("Foto {n} dari {total}").format(n=self._photo_index + 1, total=len(photos))
            )
            self.previous_photo.setEnabled(self._photo_index > 0)
            self.next_photo.setEnabled(self._photo_index < len(photos) - 1)
        if photo is None or image is None:
            self.image.clear()
            return
        aspect, letterbox = delivered_frames(platform, photos)[self._photo_index]
        pixmap = framed(image, photo.crop, aspect, letterbox, CARD_WIDTH)
        self.image.setPixmap(pixmap)
        self.image.setFixedSize(pixmap.size())  # never squeezed: the card scrolls instead

    def _text_html(self, platform: str, variant: VariantDraft, handle: str) -> str:
        """The whole text; where the feed folds it (or X stops taking it) is marked, the rest still shown."""
        spec = spec_for(platform)
        text = variant.text
        if platform == "website":
            lead = variant.extra.get("lead", "")
            dateline = variant.extra.get("dateline", "")
            head = f"<b>{html.escape(dateline)}</b> " if dateline else ""
            return f"<p>{head}<b>{caption_html(lead)}</b></p><p>{caption_html(text)}</p>"
        shown, cut = feed_excerpt(spec, text) if spec else (text, False)
        body = caption_html(shown)
        rest = caption_html(text[len(shown) :])
        if cut and spec is not None and spec.x_weighted:
            cut_note = self.tr("[melebihi batas X: teks berikut tidak ikut terbit]")
            body += f" <span style='color:#c62828'>{cut_note}</span> <s style='color:#c62828'>{rest}</s>"
        elif cut and spec is not None:
            fold = self.tr("feed melipat di sini: {more}").format(more=spec.preview_more_label or "…")
            body += f" <span style='color:#65676b; background:#eef1f5'>[{html.escape(fold)}]</span> {rest}"
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
