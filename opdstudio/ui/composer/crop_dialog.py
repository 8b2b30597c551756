"""Choose a photo's crop: an aspect preset, then drag the frame to place it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from opdstudio.core.media import Crop, crop_for_aspect


class CropView(QWidget):
    """The photo with the crop frame; dragging moves the frame (the largest of its aspect that fits)."""

    changed = Signal()

    def __init__(self, image: QImage, width: int, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.photo_size = (width, height)
        self.aspect: float | None = None
        self.crop: Crop | None = None
        self.setMinimumSize(QSize(480, 360))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def set_aspect(self, aspect: float | None, center: tuple[float, float] = (0.5, 0.5)) -> None:
        """Frame of ``aspect`` (None: no crop) centred as near ``center`` (fractions) as the edges allow."""
        self.aspect = aspect
        self.crop = None if aspect is None else crop_for_aspect(*self.photo_size, aspect, center)
        self.update()
        self.changed.emit()

    def place(self, center: tuple[float, float]) -> None:
        """Move the frame so its centre is as near ``center`` (fractions of the photo) as it can be."""
        if self.aspect is not None:
            self.set_aspect(self.aspect, center)

    def _picture_rect(self) -> QRectF:
        width, height = self.photo_size
        scale = min(self.width() / width, self.height() / height)
        w, h = width * scale, height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#222"))
        area = self._picture_rect()
        painter.drawImage(area, self.image)
        if self.crop is not None:
            frame = QRectF(
                area.x() + self.crop.x * area.width(),
                area.y() + self.crop.y * area.height(),
                self.crop.w * area.width(),
                self.crop.h * area.height(),
            )
            shade = QColor(0, 0, 0, 140)
            painter.fillRect(QRectF(area.left(), area.top(), area.width(), frame.top() - area.top()), shade)
            painter.fillRect(QRectF(area.left(), frame.bottom(), area.width(), area.bottom() - frame.bottom()), shade)
            painter.fillRect(QRectF(area.left(), frame.top(), frame.left() - area.left(), frame.height()), shade)
            painter.fillRect(QRectF(frame.right(), frame.top(), area.right() - frame.right(), frame.height()), shade)
            painter.setPen(QPen(QColor("white"), 2))
            painter.drawRect(frame)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._drag(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._drag(event.position())

    def _drag(self, point: QPointF) -> None:
        area = self._picture_rect()
        self.place(((point.x() - area.x()) / area.width(), (point.y() - area.y()) / area.height()))


class CropDialog(QDialog):
    """The crop of one photo in a post."""

    def __init__(
        self, image: QImage, width: int, height: int, crop: dict[str, float], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Potong foto"))
        self.presets: list[tuple[str, float | None]] = [
            (self.tr("Asli (tanpa potong)"), None),
            (self.tr("1:1 persegi"), 1.0),
            (self.tr("4:5 potret (Instagram)"), 4 / 5),
            (self.tr("1,91:1 lanskap (Instagram)"), 1.91),
            (self.tr("9:16 tegak (TikTok)"), 9 / 16),
            (self.tr("16:9 lebar (YouTube, X)"), 16 / 9),
        ]
        self.aspect = QComboBox()
        for label, value in self.presets:
            self.aspect.addItem(label, value)
        self.view = CropView(image, width, height)
        hint = QLabel(self.tr("Pilih rasio, lalu seret bingkai ke bagian foto yang ingin ditampilkan."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.aspect)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.aspect.currentIndexChanged.connect(lambda _i: self.view.set_aspect(self.aspect.currentData()))
        self._start_from(Crop.from_dict(crop), width, height)
        self.resize(720, 620)

    def _start_from(self, crop: Crop | None, width: int, height: int) -> None:
        if crop is None:
            return
        ratio = crop.w * width / (crop.h * height)
        index = min(range(1, len(self.presets)), key=lambda i: abs((self.presets[i][1] or 0) - ratio))
        self.aspect.blockSignals(True)
        self.aspect.setCurrentIndex(index)
        self.aspect.blockSignals(False)
        self.view.set_aspect(self.presets[index][1], (crop.x + crop.w / 2, crop.y + crop.h / 2))

    def chosen_crop(self) -> dict[str, float]:
        """The crop as stored with the photo ({} for the whole photo)."""
        return self.view.crop.as_dict() if self.view.crop is not None else {}
