"""The post's photos: thumbnails in order, import progress with cancel, and the selected photo's details
(caption, alt text, EXIF time as evidence of the activity date, GPS, children and consent)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.services.composing import PhotoDraft
from opdstudio.core.services.queries import LOCAL_TZ

Thumbnail = Callable[[PhotoDraft], QPixmap]


class PhotoStrip(QWidget):
    """Photos of the post; the composer imports, this shows and edits the placement."""

    changed = Signal()
    add_requested = Signal()
    crop_requested = Signal(int)
    cancel_requested = Signal()

    def __init__(self, thumbnail: Thumbnail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbnail = thumbnail
        self.photos: list[PhotoDraft] = []
        self._event_day: date | None = None
        self._loading = False
        self.add_button = QPushButton(self.tr("Tambah foto…"))
        self.add_button.setToolTip(self.tr("Atau seret berkas foto ke jendela ini, atau tempel (Ctrl+V) di teks."))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(self.tr("Mengimpor %v/%m"))
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b00020")
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(QSize(96, 96))
        self.list.setFixedHeight(142)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSpacing(4)
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("Keterangan foto"))
        self.alt_text = QLineEdit()
        self.alt_text.setPlaceholderText(self.tr("Teks alternatif untuk pembaca layar"))
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.children = QCheckBox(self.tr("Memuat anak-anak"))
        self.consent = QLineEdit()
        self.consent.setPlaceholderText(self.tr("Catatan persetujuan orang tua/wali"))
        self.crop_button = QPushButton(self.tr("Potong…"))
        self.left_button = QPushButton("◀")
        self.right_button = QPushButton("▶")
        self.remove_button = QPushButton(self.tr("Hapus"))
        for button in (self.left_button, self.right_button):
            button.setFixedWidth(32)
        self.left_button.setToolTip(self.tr("Geser ke kiri"))
        self.right_button.setToolTip(self.tr("Geser ke kanan"))
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.notice, 1)
        form = QFormLayout()
        form.addRow(self.tr("Keterangan"), self.caption)
        form.addRow(self.tr("Teks alt"), self.alt_text)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.children)
        consent_row.addWidget(self.consent, 1)
        form.addRow(consent_row)
        form.addRow(self.evidence)
        buttons = QHBoxLayout()
        for button in (self.left_button, self.right_button, self.crop_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.detail = QWidget()
        self.detail.setLayout(form)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.detail, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body)
        self.show_progress(None)
        self.add_button.clicked.connect(self.add_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.crop_button.clicked.connect(lambda: self.crop_requested.emit(self.list.currentRow()))
        self.remove_button.clicked.connect(self.remove_current)
        self.left_button.clicked.connect(lambda: self.move_current(-1))
        self.right_button.clicked.connect(lambda: self.move_current(1))
        self.list.currentRowChanged.connect(self._show_detail)
        for edit in (self.caption, self.alt_text, self.consent):
            edit.textChanged.connect(self._detail_edited)
        self.children.toggled.connect(self._detail_edited)
        self._show_detail(-1)

    def set_photos(self, photos: Sequence[PhotoDraft]) -> None:
        """Show these photos (a loaded draft)."""
        self.photos = list(photos)
        self._rebuild(0 if self.photos else -1)

    def add_photos(self, photos: Sequence[PhotoDraft]) -> None:
        """Append imported photos and select the first of them."""
        first = len(self.photos)
        self.photos.extend(photos)
        self._rebuild(first)
        self.changed.emit()

    def update_photo(self, index: int, photo: PhotoDraft) -> None:
        """Replace one photo's draft (e.g. a new crop) and refresh its thumbnail."""
        self.photos[index] = photo
        self._rebuild(index)
        self.changed.emit()

    def set_event_day(self, day: date | None) -> None:
        """The activity date the EXIF time is compared with."""
        self._event_day = day
        self._show_detail(self.list.currentRow())

    def select(self, index: int) -> None:
        self.list.setCurrentRow(index)
        self.list.setFocus()

    def show_progress(self, done_total: tuple[int, int] | None) -> None:
        """The import's progress, or None to hide it."""
        busy = done_total is not None
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.add_button.setEnabled(not busy)
        if done_total is not None:
            self.progress.setRange(0, max(1, done_total[1]))
            self.progress.setValue(done_total[0])

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.photos):
            del self.photos[row]
            self._rebuild(min(row, len(self.photos) - 1))
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self.photos) and 0 <= target < len(self.photos):
            self.photos[row], self.photos[target] = self.photos[target], self.photos[row]
            self._rebuild(target)
            self.changed.emit()

    def _rebuild(self, current: int) -> None:
        self._loading = True
        self.list.clear()
        for number, photo in enumerate(self.photos, start=1):
            item = QListWidgetItem(QIcon(self._thumbnail(photo)), str(number))
            item.setToolTip(photo.original_name)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.list.addItem(item)
        self._loading = False
        self.list.setCurrentRow(current)
        self._show_detail(current)

    def _show_detail(self, row: int) -> None:
        has = 0 <= row < len(self.photos)
        self.detail.setEnabled(has)
        self._loading = True
        photo = self.photos[row] if has else None
        self.caption.setText(photo.caption if photo else "")
        self.alt_text.setText(photo.alt_text if photo else "")
        self.children.setChecked(photo.contains_children if photo else False)
        self.consent.setText(photo.consent_note if photo else "")
        for edit in (self.caption, self.alt_text, self.consent):
            edit.setCursorPosition(0)  # show the start of a long caption
        self.consent.setEnabled(bool(photo and photo.contains_children))
        self.evidence.setText(self._evidence(photo) if photo else self.tr("Belum ada foto."))
        self._loading = False

    def _evidence(self, photo: PhotoDraft) -> str:
        lines = []
        if photo.taken_at is not None:
            taken = photo.taken_at.astimezone(LOCAL_TZ)
            lines.append(self.tr("Diambil {when} (EXIF)").format(when=taken.strftime("%d-%m-%Y %H:%M")))
            if self._event_day is not None and taken.date() != self._event_day:
                lines.append(self.tr("⚠ berbeda dengan tanggal kegiatan"))
        else:
            lines.append(self.tr("Waktu pengambilan tidak tercatat di EXIF"))
        if photo.has_gps:
            lines.append(self.tr("Foto asli memuat lokasi GPS; versi unggahan tanpa lokasi."))
        if photo.crop:
            lines.append(self.tr("Dipotong"))
        return " · ".join(lines)

    def _detail_edited(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.photos):
            return
        children = self.children.isChecked()
        self.consent.setEnabled(children)
        self.photos[row] = replace(
            self.photos[row],
            caption=self.caption.text(),
            alt_text=self.alt_text.text(),
            contains_children=children,
            consent_note=self.consent.text(),
        )
        self.changed.emit()
