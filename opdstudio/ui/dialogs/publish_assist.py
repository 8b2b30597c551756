"""Bantu Publikasi: per target account, copy the caption, save the photos sized for the platform, open the
account's page, then record the publication (link and time). Only approved content can be recorded."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QSize, QStandardPaths, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.errors import OpdError
from opdstudio.core.media import RENDITIONS, Crop, Fit
from opdstudio.core.media.renditions import rendition_name
from opdstudio.core.services import publishing
from opdstudio.core.services.photos import media_store
from opdstudio.core.services.publishing import PublishPlan, TargetPlan
from opdstudio.core.services.queries import LOCAL_TZ
from opdstudio.core.services.settings import get_setting, set_setting

from ..context import AppContext
from ..labels import platform_label, status_label
from ..models import local_time

FOLDER_SETTING = "publish_folder"
ERROR_STYLE = "color: #b00020"
DONE_STYLE = "color: #1b5e20"


class PublishAssistDialog(QDialog):
    """The publish steps of one post, one tab per target account."""

    def __init__(self, ctx: AppContext, post_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.post_id = ctx, post_id
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.panels: list[TargetPanel] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.plan = self._load()
        for target in self.plan.targets:
            panel = TargetPanel(self, target)
            self.panels.append(panel)
            self.tabs.addTab(panel, "")
        self._show_plan()
        self.resize(980, 680)

    def _load(self) -> PublishPlan:
        with self.ctx.db.session() as session:
            return publishing.publish_plan(session, self.post_id)

    def reload(self) -> None:
        """Re-read the post (after a publication was recorded)."""
        self.plan = self._load()
        by_account = {t.account_id: t for t in self.plan.targets}
        for panel in self.panels:
            panel.target = by_account.get(panel.target.account_id, panel.target)
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        self.setWindowTitle(self.tr("Bantu publikasi — {title}").format(title=plan.title or self.tr("(tanpa judul)")))
        self.heading.setText(plan.title or self.tr("(tanpa judul)"))
        if plan.approved:
            approvals = ", ".join(
                self.tr("{name} (tingkat {level}, {at})").format(name=a.reviewer, level=a.level, at=local_time(a.at))
                for a in plan.approvals
            )
            self.summary.setText(
                self.tr("{status} · disetujui oleh {approvals} · sidik isi {hash}").format(
                    status=status_label(plan.status), approvals=approvals, hash=plan.content_hash[:12]
                )
            )
            self.summary.setStyleSheet("")
        else:
            not_yet = self.tr("{status}: post ini belum disetujui untuk isi saat ini, jadi belum boleh dipublikasikan.")
            self.summary.setText(not_yet.format(status=status_label(plan.status)))
            self.summary.setStyleSheet(ERROR_STYLE)
        for index, panel in enumerate(self.panels):
            target = panel.target
            done = "  ✓" if target.publications else ""
            self.tabs.setTabText(index, f"{platform_label(target.platform)} {target.handle}{done}")
            panel.show_target(plan)
            panel.setEnabled(plan.approved)


class TargetPanel(QWidget):
    """The four steps for one target account."""

    def __init__(self, dialog: PublishAssistDialog, target: TargetPlan) -> None:
        super().__init__()
        self.dialog, self.ctx, self.target = dialog, dialog.ctx, target
        self.saved_folder: Path | None = None
        website = target.platform == publishing.WEBSITE
        # 1. the text
        self.title = QLineEdit()
        self.title.setReadOnly(True)
        self.caption = QPlainTextEdit()
        self.caption.setReadOnly(True)
        self.copy_title = QPushButton(self.tr("Salin &judul"))
        self.copy_title.clicked.connect(lambda: self._copy(self.target.title, self.tr("Judul disalin.")))
        self.copy_caption = QPushButton(self.tr("&Salin teks") if website else self.tr("&Salin keterangan"))
        self.copy_caption.clicked.connect(lambda: self._copy(self.target.caption, self.tr("Teks disalin.")))
        self.copy_html = QPushButton(self.tr("Salin &HTML"))
        self.copy_html.clicked.connect(self._copy_html)
        self.copy_html.setVisible(website)
        self.text_state = QLabel()
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.copy_title)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.text_state, 1)
        copy_row.addWidget(self.copy_html)
        copy_row.addWidget(self.copy_caption)
        text_box = QGroupBox(
            self.tr("1. Teks artikel")
            if website
            else self.tr("1. Teks untuk {platform}").format(platform=platform_label(target.platform))
        )
        text_layout = QVBoxLayout(text_box)
        text_layout.addLayout(title_row)
        text_layout.addWidget(self.caption, 1)
        text_layout.addLayout(copy_row)
        # 2. the photos
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(96, 96))
        self.thumbs.setFixedHeight(124)
        self.thumbs.setFlow(QListWidget.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_photos = QPushButton(self.tr("Ekspor &artikel…") if website else self.tr("Simpan &foto ke folder…"))
        self.save_photos.clicked.connect(self.choose_folder)
        self.open_folder = QPushButton(self.tr("B&uka folder"))
        self.open_folder.setEnabled(False)
        self.open_folder.clicked.connect(self._open_folder)
        self.photo_state = QLabel()
        self.photo_state.setWordWrap(True)
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.save_photos)
        photo_buttons.addWidget(self.open_folder)
        photo_buttons.addStretch(1)
        photo_box = QGroupBox(self.tr("2. Artikel dan foto untuk CMS") if website else self.tr("2. Foto"))
        photo_layout = QVBoxLayout(photo_box)
        photo_layout.addWidget(self.thumbs)
        photo_layout.addLayout(photo_buttons)
        photo_layout.addWidget(self.photo_state)
        # 3. the account's page
        self.page = QLabel()
        self.page.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_page = QPushButton(self.tr("Buka halaman akun di &peramban"))
        self.open_page.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(self.target.page_url)))
        page_box = QGroupBox(self.tr("3. Unggah di halaman akun"))
        page_layout = QHBoxLayout(page_box)
        page_layout.addWidget(self.page, 1)
        page_layout.addWidget(self.open_page)
        # 4. the record
        self.url = QLineEdit()
        self.url.setPlaceholderText(_example_url(target))
        self.url.returnPressed.connect(self.record)
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self._when_edited = False  # until the admin corrects it, the record takes the time of recording
        self.when.dateTimeChanged.connect(self._time_edited)
        self.record_button = QPushButton(self.tr("&Catat publikasi"))
        self.record_button.clicked.connect(self.record)
        self.record_state = QLabel()
        self.record_state.setWordWrap(True)
        self.record_state.hide()
        self.records = QLabel()
        self.records.setWordWrap(True)
        self.records.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addWidget(QLabel(self.tr("WIB")))
        when_row.addStretch(1)
        when_row.addWidget(self.record_button)
        record_box = QGroupBox(self.tr("4. Catat publikasi"))
        form = QFormLayout(record_box)
        form.addRow(self.tr("Tautan postingan"), self.url)
        form.addRow(self.tr("Waktu terbit"), when_row)
        form.addRow(self.record_state)
        form.addRow(self.records)
        steps = QVBoxLayout()
        for box in (photo_box, page_box, record_box):
            steps.addWidget(box)
        steps.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(text_box, 5)
        layout.addLayout(steps, 4)
        self._reset_time()

    def show_target(self, plan: PublishPlan) -> None:
        """Fill the steps from the plan."""
        target = self.target
        self.title.setText(target.title)
        self.title.setVisible(bool(target.title))
        self.copy_title.setVisible(bool(target.title))
        self.caption.setPlainText(target.caption)
        self.page.setText(target.page_url)
        self._fill_thumbs(plan)
        if target.publications:
            lines = [
                self.tr("✓ Terbit {at} — {url} (dicatat oleh {name})").format(
                    at=local_time(p.published_at), url=p.url, name=p.recorded_by
                )
                for p in target.publications
            ]
            self.records.setText("\n".join(lines))
            self.records.setStyleSheet(DONE_STYLE)
        else:
            self.records.setText(self.tr("Belum ada publikasi yang dicatat untuk akun ini."))
            self.records.setStyleSheet("")

    def _fill_thumbs(self, plan: PublishPlan) -> None:
        self.thumbs.clear()
        store = media_store(self.ctx.db)
        names = publishing.rendition_names(self.target.platform, plan.photos)
        for number, (photo, name) in enumerate(zip(plan.photos, names, strict=True), 1):
            # the very picture the platform receives (its rendition), as the preview showed it
            path = store.rendition_path(photo.sha256, rendition_name(name, Crop.from_dict(photo.crop)))
            if not path.is_file():
                path = store.rendition_path(photo.sha256, "thumb")
            item = QListWidgetItem(QIcon(QPixmap(str(path))) if path.is_file() else QIcon(), str(number))
            item.setToolTip(photo.caption)
            self.thumbs.addItem(item)
        self.thumbs.setVisible(bool(plan.photos))
        website = self.target.platform == publishing.WEBSITE
        if not plan.photos:
            self.photo_state.setText(self.tr("Post ini tidak berfoto."))
        elif not self.saved_folder:
            spec = RENDITIONS[publishing.rendition_names(self.target.platform, plan.photos)[0]]
            size = (
                self.tr("sisi terpanjang paling besar {n} px").format(n=max(spec.width, spec.height))
                if spec.fit is Fit.INSIDE
                else self.tr("{w} × {h} px").format(w=spec.width, h=spec.height)
            )
            self.photo_state.setText(
                self.tr("{n} foto, disimpan berurutan dalam ukuran untuk {platform}: {size}.").format(
                    n=len(plan.photos), platform=platform_label(self.target.platform), size=size
                )
            )
        self.save_photos.setEnabled(bool(plan.photos) or website)

    def _copy(self, text: str, done: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.text_state.setText(done)

    def _copy_html(self) -> None:
        article = self.dialog.plan.article
        if article is not None:
            self._copy(publishing.article_html(article), self.tr("HTML disalin."))

    def _reset_time(self) -> None:
        now = datetime.now(LOCAL_TZ)
        self.when.blockSignals(True)
        self.when.setDateTime(QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute)))
        self.when.blockSignals(False)
        self._when_edited = False

    def _time_edited(self) -> None:
        self._when_edited = True

    # --- photos and article files -----------------------------------------------------------------

    def choose_folder(self) -> None:
        """Ask where to save, then save the photos (or the article with its photos) there in the background."""
        with self.ctx.db.session() as session:
            start = get_setting(session, FOLDER_SETTING) or QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.PicturesLocation
            )
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Simpan ke folder"), start)
        if chosen:
            with self.ctx.db.session() as session:
                set_setting(session, FOLDER_SETTING, chosen)
            self.save_to(Path(chosen))

    def save_to(self, folder: Path) -> None:
        """Save this account's files into ``folder`` (a background job)."""
        plan, store = self.dialog.plan, media_store(self.ctx.db)
        self.save_photos.setEnabled(False)
        self.photo_state.setStyleSheet("")
        self.photo_state.setText(self.tr("Menyimpan…"))
        if self.target.platform == publishing.WEBSITE and plan.article is not None:
            self.ctx.tasks.submit(
                publishing.export_article,
                store,
                plan.article,
                folder,
                plan.stem,
                on_result=lambda files: self._saved(folder, [files.html, files.text, *files.photos]),
                on_error=self._save_failed,
            )
        else:
            self.ctx.tasks.submit(
                publishing.export_photos,
                store,
                plan.photos,
                self.target.platform,
                folder,
                plan.stem,
                on_result=lambda paths: self._saved(folder, paths),
                on_error=self._save_failed,
            )

    def _saved(self, folder: Path, paths: list[Path]) -> None:
        self.saved_folder = folder
        self.save_photos.setEnabled(True)
        self.open_folder.setEnabled(True)
        self.photo_state.setStyleSheet(DONE_STYLE)
        self.photo_state.setText(
            self.tr("{n} berkas disimpan di {folder}: {names}").format(
                n=len(paths), folder=folder, names=", ".join(p.name for p in paths)
            )
        )

    def _save_failed(self, error: BaseException) -> None:
        self.save_photos.setEnabled(True)
        self.photo_state.setStyleSheet(ERROR_STYLE)
        self.photo_state.setText(self.ctx.message(error))

    def _open_folder(self) -> None:
        if self.saved_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_folder)))

    # --- recording --------------------------------------------------------------------------------

    def record(self) -> None:
        """Record the publication of the approved content shown at ``url`` at the time the admin set, or now."""
        if not self._when_edited:
            self._reset_time()  # the dialog may have stood open for an hour: "now" is now
        day, time = self.when.date(), self.when.time()  # wall-clock WIB, whatever the computer's zone
        published_at = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=LOCAL_TZ)
        try:
            with self.ctx.db.session() as session:
                publishing.record(
                    session,
                    self.ctx.person.id,
                    self.dialog.post_id,
                    account_id=self.target.account_id,
                    url=self.url.text(),
                    published_at=published_at,
                    approved_hash=self.dialog.plan.content_hash,
                )
        except OpdError as exc:
            _say(self.record_state, self.ctx.message(exc), ERROR_STYLE)
            return
        self.url.clear()
        self._reset_time()
        _say(self.record_state, self.tr("Publikasi dicatat."), DONE_STYLE)
        self.dialog.reload()


def _say(label: QLabel, text: str, style: str) -> None:
    label.setStyleSheet(style)
    label.setText(text)
    label.setVisible(bool(text))


def _example_url(target: TargetPlan) -> str:
    examples = {
        "instagram": "https://www.instagram.com/p/…",
        "facebook": "https://www.facebook.com/…/posts/…",
        "x": "https://x.com/…/status/…",
        "tiktok": "https://www.tiktok.com/@…/photo/…",
        "youtube": "https://www.youtube.com/watch?v=…",
    }
    return examples.get(target.platform, target.page_url.rstrip("/") + "/…")
