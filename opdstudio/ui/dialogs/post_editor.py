"""A post's text, targets and event details, with its review history; save or submit for review."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import col, select

from opdstudio.core.domain.enums import PostKind, PostStatus, Role
from opdstudio.core.domain.models import Organisation, Person, Post, Review
from opdstudio.core.errors import ApprovalVoidRequired, OpdError
from opdstudio.core.services import posts, workflow
from opdstudio.core.services.accounts import accounts_for_posting
from opdstudio.core.services.orgs import orgs_where

from ..context import AppContext
from ..labels import platform_label, status_label
from ..models import local_time


class PostEditorDialog(QDialog):
    """Edits one post (``post_id``) or starts a new one (``post_id`` None)."""

    def __init__(self, ctx: AppContext, post_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.post_id = post_id
        self.setWindowTitle(self.tr("Post baru") if post_id is None else self.tr("Ubah post"))
        self.org = QComboBox()
        self.title_edit = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Post media sosial"), PostKind.SOCIAL.value)
        self.kind.addItem(self.tr("Artikel situs web"), PostKind.ARTICLE.value)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Tulis isi post: apa kegiatannya, di mana, kapan, siapa yang terlibat."))
        self.targets = QListWidget()
        self.event_date = QDateEdit(QDate.currentDate())
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat("dd-MM-yyyy")
        self.place = QLineEdit()
        self.programme = QLineEdit()
        self.status = QLabel()
        self.history = QListWidget()
        self.history.setMaximumHeight(110)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.submit_button = QPushButton(self.tr("Simpan && ajukan ke atasan"))
        close = QPushButton(self.tr("Tutup"))
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.save_and_submit)
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Organisasi"), self.org)
        form.addRow(self.tr("Judul"), self.title_edit)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Isi"), self.text)
        form.addRow(self.tr("Akun tujuan"), self.targets)
        form.addRow(self.tr("Tanggal kegiatan"), self.event_date)
        form.addRow(self.tr("Tempat kegiatan"), self.place)
        form.addRow(self.tr("Program/kegiatan"), self.programme)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Catatan tinjauan"), self.history)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.org.currentIndexChanged.connect(lambda _i: self._load_targets(set()))
        self._load()
        self.resize(720, 760)

    def _load(self) -> None:
        with self.ctx.db.session() as session:
            admin_orgs = orgs_where(session, self.ctx.person.id, Role.ADMIN)
            names = {
                o.id: o.name for o in session.exec(select(Organisation).where(col(Organisation.id).in_(admin_orgs)))
            }
            post = session.get(Post, self.post_id) if self.post_id else None
            chosen: set[str] = set()
            if post is not None:
                names.setdefault(post.organisation_id, session.get(Organisation, post.organisation_id).name)  # type: ignore[union-attr]
                chosen = {a.id for a in posts.targets_of(session, post.id)}
                reviews = session.exec(
                    select(Review, Person.name)
                    .join(Person, col(Person.id) == col(Review.reviewer_id))
                    .where(Review.post_id == post.id)
                    .order_by(col(Review.created_at))
                ).all()
        self.org.blockSignals(True)
        for oid, name in sorted(names.items(), key=lambda kv: kv[1]):
            self.org.addItem(name, oid)
        self.org.blockSignals(False)
        if post is None:
            self._load_targets(set())
            self.status.setText(status_label(PostStatus.DRAFT))
            return
        self.org.setCurrentIndex(self.org.findData(post.organisation_id))
        self.org.setEnabled(False)
        self.title_edit.setText(post.title)
        self.kind.setCurrentIndex(self.kind.findData(post.kind))
        self.text.setPlainText(post.main_text)
        if post.event_date:
            self.event_date.setDate(QDate(post.event_date.year, post.event_date.month, post.event_date.day))
        self.place.setText(post.event_place)
        self.programme.setText(post.programme)
        self.status.setText(status_label(post.status))
        self._load_targets(chosen)
        for review, name in reviews:
            decision = {
                "approve": self.tr("menyetujui"),
                "request_changes": self.tr("meminta perbaikan"),
                "reject": self.tr("menolak"),
            }[review.decision]
            note = f": {review.comment}" if review.comment else ""
            self.history.addItem(f"{local_time(review.created_at)} {name} {decision}{note}")
        editable = post.status not in (PostStatus.PUBLISHED, PostStatus.REJECTED)
        self.save_button.setEnabled(editable)
        self.submit_button.setEnabled(
            post.status in (PostStatus.DRAFT, PostStatus.CHANGES_REQUESTED, PostStatus.APPROVED)
        )

    def _load_targets(self, chosen: set[str]) -> None:
        self.targets.clear()
        org_id = self.org.currentData()
        if org_id is None:
            return
        with self.ctx.db.session() as session:
            rows = accounts_for_posting(session, org_id)
        for row in rows:
            item = QListWidgetItem(f"{platform_label(row.platform)} — {row.handle} ({row.organisation})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setCheckState(Qt.CheckState.Checked if row.id in chosen else Qt.CheckState.Unchecked)
            self.targets.addItem(item)

    def _edit(self) -> posts.PostEdit:
        chosen = [
            self.targets.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.targets.count())
            if self.targets.item(i).checkState() == Qt.CheckState.Checked
        ]
        return posts.PostEdit(
            title=self.title_edit.text(),
            main_text=self.text.toPlainText(),
            kind=PostKind(self.kind.currentData()),
            event_date=self.event_date.date().toPython(),
            event_place=self.place.text(),
            programme=self.programme.text(),
            target_account_ids=chosen,
        )

    def save(self) -> bool:
        """Write the post through the core services; ask first when that voids an approval."""
        edit = self._edit()
        void = False
        while True:
            try:
                with self.ctx.db.session() as session:
                    if self.post_id is None:
                        post = posts.create_post(session, self.ctx.person.id, self.org.currentData())
                        posts.edit_post(session, self.ctx.person.id, post.id, edit)
                        self.post_id = post.id
                    else:
                        posts.edit_post(session, self.ctx.person.id, self.post_id, edit, void_approval=void)
                    status = posts.get_post(session, self.post_id).status
                break
            except ApprovalVoidRequired:
                if not self._confirm_void():
                    return False
                void = True
            except OpdError as exc:
                self.error.setText(self.ctx.message(exc))
                return False
        self.error.clear()
        self.org.setEnabled(False)
        self.status.setText(status_label(status))
        return True

    def _confirm_void(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Batalkan persetujuan?"),
            self.tr(
                "Post ini sudah disetujui atasan. Jika Anda mengubahnya, persetujuan batal "
                "dan post harus diajukan lagi. Lanjutkan?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_and_submit(self) -> None:
        """Save, then send to the reviewers."""
        if not self.save():
            return
        try:
            with self.ctx.db.session() as session:
                workflow.submit(session, self.ctx.person.id, self.post_id or "")
        except OpdError as exc:
            self.error.setText(self.ctx.message(exc))
            return
        self.accept()
