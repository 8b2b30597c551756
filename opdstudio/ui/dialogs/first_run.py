"""First start of a profile: either a new local organisation and person, or joining the shared database of
Diskominfo (the operator already created one's organisation and account there) with a local sign-in password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.domain.enums import OrgKind, Role
from opdstudio.core.domain.models import Person
from opdstudio.core.errors import OpdError
from opdstudio.core.services.people import FirstRun, first_run
from opdstudio.core.storage.database import Database
from opdstudio.core.sync.join import join_shared_database
from opdstudio.core.sync.settings import DEFAULT_PORT, DEFAULT_SSLMODE, SSLMODES, PasswordVault, SharedDbSettings

from ..labels import org_kind_label, role_label
from ..tasks import Task, TaskRunner


def _join_in_background(
    db: Database,
    settings: SharedDbSettings,
    password: str,
    local_password: str,
    progress: Callable[[int, int, str], None],
    cancelled: Callable[[], bool],
) -> Person:
    """The join on the worker thread; the sync reports ``(stage, done, total)``, the task ``(done, total, stage)``."""
    return join_shared_database(
        db,
        settings,
        password,
        local_password,
        progress=lambda stage, done, total: progress(done, total, stage),
        cancelled=cancelled,
    )


class FirstRunDialog(QDialog):
    """Sets up an empty profile; ``person_id`` holds the new (or joined) person after acceptance.

    ``vault`` keeps the shared-database password after a join (the OS keyring when usable, else this session).
    The join (a first sync, which may take long) runs on ``tasks``; meanwhile the form is locked, a progress line
    says what is happening and "Batal" asks the join to stop.
    """

    def __init__(
        self,
        db: Database,
        language: str = "id",
        parent: QWidget | None = None,
        *,
        vault: PasswordVault | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.language = db, language
        self.vault = vault if vault is not None else PasswordVault()
        self.tasks = tasks if tasks is not None else TaskRunner(parent=self)
        self.person_id: str | None = None
        self._running = False
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Selamat datang di OPD Studio"))
        intro = QLabel(self.tr("Profil ini masih kosong. Pilih cara memulai:"))
        intro.setWordWrap(True)
        self.new_choice = QRadioButton(self.tr("Buat profil baru"))
        self.join_choice = QRadioButton(self.tr("Hubungkan ke basis data bersama Diskominfo"))
        self.new_choice.setChecked(True)
        choices = QButtonGroup(self)
        choices.addButton(self.new_choice)
        choices.addButton(self.join_choice)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_new())
        self.pages.addWidget(self._build_join())
        self.join_choice.toggled.connect(self._show_page)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a pull does not know how much is coming
        self.progress.setTextVisible(False)
        self.progress_label.hide()
        self.progress.hide()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mulai"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.new_choice)
        layout.addWidget(self.join_choice)
        layout.addWidget(self.pages)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 0)

    def _show_page(self, join: bool) -> None:
        self.pages.setCurrentIndex(1 if join else 0)
        self._fit_height()

    def _fit_height(self) -> None:
        """Take the height the visible page and progress line need at this width (Qt keeps a window only at its
        minimum height, which leaves the wrapped notes' height-for-width out and cut off the join page's last field;
        and a window grown for one page or the progress line would keep gaps after it)."""
        self._layout.activate()  # the minimum of what is now visible, before resizing within it
        self.resize(self.width(), self.heightForWidth(self.width()))

    def _build_new(self) -> QWidget:
        page = QWidget()
        note = QLabel(
            self.tr(
                "Isi data organisasi dan akun Anda. "
                "Semua tersimpan di komputer ini; basis data bersama dapat dihubungkan nanti."
            )
        )
        note.setWordWrap(True)
        self.parent_name = QLineEdit()
        self.parent_name.setPlaceholderText(self.tr("mis. Pemerintah Kabupaten Rejang Lebong (boleh kosong)"))
        self.org_name = QLineEdit()
        self.org_name.setPlaceholderText(self.tr("mis. Dinas Komunikasi dan Informatika"))
        self.org_kind = QComboBox()
        for kind in OrgKind:
            self.org_kind.addItem(org_kind_label(kind), kind.value)
        self.org_kind.setCurrentIndex(self.org_kind.findData(OrgKind.DINAS.value))
        self.name = QLineEdit()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("mis. Pranata Humas"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("huruf kecil, mis. ani.lestari"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles = QHBoxLayout()
        for role in Role:
            box = QCheckBox(role_label(role))
            box.setChecked(role == Role.ADMIN)
            self.role_boxes[role] = box
            roles.addWidget(box)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Pemerintah daerah (induk)"), self.parent_name)
        form.addRow(self.tr("Nama organisasi"), self.org_name)
        form.addRow(self.tr("Jenis organisasi"), self.org_kind)
        form.addRow(self.tr("Nama lengkap"), self.name)
        form.addRow(self.tr("Jabatan"), self.title_edit)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.password2)
        form.addRow(self.tr("Peran"), roles)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addLayout(form)
        return page

    def _build_join(self) -> QWidget:
        page = QWidget()
        note = QLabel(
            self.tr(
                "Organisasi dan akun Anda sudah dibuat oleh operator Diskominfo di basis data bersama. "
                "Isi data koneksi yang diberikan operator, lalu pilih kata sandi lokal untuk masuk ke aplikasi "
                "di komputer ini."
            )
        )
        note.setWordWrap(True)
        self.join_host = QLineEdit()
        self.join_host.setPlaceholderText(self.tr("mis. db.kominfo.example.go.id"))
        self.join_port = QSpinBox()
        self.join_port.setRange(1, 65535)
        self.join_port.setValue(DEFAULT_PORT)
        self.join_database = QLineEdit()
        self.join_database.setPlaceholderText("opdstudio")
        self.join_login = QLineEdit()
        self.join_login.setPlaceholderText(self.tr("login PostgreSQL Anda sendiri"))
        self.join_sslmode = QComboBox()
        for mode in SSLMODES:
            self.join_sslmode.addItem(mode, mode)
        self.join_sslmode.setCurrentIndex(self.join_sslmode.findData(DEFAULT_SSLMODE))
        self.join_ca_file = QLineEdit()
        self.join_ca_file.setPlaceholderText(self.tr("berkas .pem dari Diskominfo (untuk verify-ca / verify-full)"))
        self.join_server_password = QLineEdit()
        self.join_server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.join_remember = QCheckBox(self.tr("Simpan kata sandi server di keyring sistem"))
        self.join_remember.setChecked(self.vault.available)
        if not self.vault.available:
            self.join_remember.setEnabled(False)
            self.join_remember.setToolTip(self.vault.reason_in(self.language))
        self.join_password = QLineEdit()
        self.join_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.join_password2 = QLineEdit()
        self.join_password2.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Server"), self.join_host)
        form.addRow(self.tr("Port"), self.join_port)
        form.addRow(self.tr("Nama basis data"), self.join_database)
        form.addRow(self.tr("Login"), self.join_login)
        form.addRow(self.tr("Mode TLS"), self.join_sslmode)
        form.addRow(self.tr("Sertifikat CA"), self.join_ca_file)
        form.addRow(self.tr("Kata sandi server"), self.join_server_password)
        form.addRow("", self.join_remember)
        form.addRow(self.tr("Kata sandi lokal"), self.join_password)
        form.addRow(self.tr("Ulangi kata sandi lokal"), self.join_password2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addLayout(form)
        return page

    def accept(self) -> None:
        """Validate through the core service; keep the dialog open with a message when it refuses."""
        if self._running:
            return
        if self.join_choice.isChecked():
            self._join()
            return
        if self.password.text() != self.password2.text():
            self.error.setText(self.tr("Kedua kata sandi tidak sama."))
            return
        answers = FirstRun(
            organisation_name=self.org_name.text(),
            organisation_kind=OrgKind(self.org_kind.currentData()),
            person_name=self.name.text(),
            login=self.login.text(),
            password=self.password.text(),
            roles=tuple(role for role, box in self.role_boxes.items() if box.isChecked()),
            title=self.title_edit.text(),
            parent_name=self.parent_name.text(),
        )
        try:
            with self.db.session() as session:
                self.person_id = first_run(session, answers).id
        except OpdError as exc:
            self.error.setText(exc.message(self.language))
            return
        super().accept()

    def reject(self) -> None:
        """Close, or while a join runs, ask it to stop (the dialog stays open until it did)."""
        if not self._running:
            super().reject()
            return
        if self._task is not None:
            self._task.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Membatalkan… menunggu langkah yang sedang berjalan selesai."))

    def _join(self) -> None:
        """Join the shared database in the background (a first sync: may take long); keep the server password in
        the vault only once the join worked."""
        if self.join_password.text() != self.join_password2.text():
            self.error.setText(self.tr("Kedua kata sandi lokal tidak sama."))
            return
        settings = SharedDbSettings(
            host=self.join_host.text(),
            port=self.join_port.value(),
            database=self.join_database.text(),
            login=self.join_login.text(),
            sslmode=str(self.join_sslmode.currentData()),
            ca_file=self.join_ca_file.text(),
            remember_password=self.join_remember.isChecked(),
        )
        password = self.join_server_password.text()
        self.error.clear()
        self.progress_label.setText(self.tr("Menghubungkan ke basis data bersama…"))
        self._set_running(True)
        task = self.tasks.submit(
            _join_in_background,
            self.db,
            settings,
            password,
            self.join_password.text(),
            on_result=lambda person: self._joined(person, settings, password),
            on_error=self._join_failed,
            on_progress=self._join_progressed,
        )
        if self._running:  # a synchronous runner has already finished it
            self._task = task

    def _join_progressed(self, done: int, total: int, stage: str) -> None:
        if self.cancel_button.isEnabled():  # once cancelling, the line says so until the join stopped
            self.progress_label.setText(self._progress_text(stage, done, total))

    def _progress_text(self, stage: str, done: int, total: int) -> str:
        number = QLocale(QLocale.Language.English if self.language == "en" else QLocale.Language.Indonesian)
        if stage == "push":
            return self.tr("Mengirim perubahan lokal… {done} dari {total}").format(
                done=number.toString(done), total=number.toString(total)
            )
        if stage == "photos":
            return self.tr("Mengunduh foto… {done} dari {total}").format(
                done=number.toString(done), total=number.toString(total)
            )
        return self.tr("Mengambil data dari server… {rows} baris").format(rows=number.toString(done))

    def _joined(self, person: Person, settings: SharedDbSettings, password: str) -> None:
        self._set_running(False)
        if password:
            self.vault.set(settings.validated().account, password, persist=settings.remember_password)
        self.person_id = person.id
        super().accept()

    def _join_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.error.setText(exc.message(self.language) if isinstance(exc, OpdError) else str(exc))

    def _set_running(self, running: bool) -> None:
        """Lock the form and show the progress line while a join runs; unlock it as it was afterwards."""
        self._running = running
        if not running:
            self._task = None
        for widget in (self.new_choice, self.join_choice, self.pages, self.ok_button):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(True)
        self.progress_label.setVisible(running)
        self.progress.setVisible(running)
        self._fit_height()
