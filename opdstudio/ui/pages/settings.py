"""Pengaturan: language, where the profile lives, the shared database and its sync log, and the people of this
profile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from opdstudio.core.domain.enums import Role
from opdstudio.core.domain.models import Organisation
from opdstudio.core.errors import OpdError
from opdstudio.core.reporting.letterhead import Letterhead, load_letterhead, save_letterhead
from opdstudio.core.services.orgs import holds_role, memberships
from opdstudio.core.services.people import people
from opdstudio.core.services.settings import set_setting
from opdstudio.core.sync.conflict_resolution import open_conflicts
from opdstudio.core.sync.settings import (
    DEFAULT_PORT,
    SSLMODES,
    SharedDbSettings,
    load_shared_db_settings,
    save_shared_db_settings,
    test_connection,
)

from ..context import AppContext
from ..dialogs.person import PersonDialog
from ..i18n import LANGUAGES
from ..labels import role_label
from ..sync_controller import SyncController


class SettingsPage(QWidget):
    """Preferences of this profile."""

    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, sync: SyncController | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync = sync if sync is not None else SyncController(ctx, parent=self)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(ctx.language))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.profile = QLabel(str(ctx.db.paths.root) if ctx.db.paths else "")
        self.profile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mode = QLabel(
            self.tr("Lokal saja: semua data tersimpan di komputer ini. Belum terhubung ke basis data bersama.")
        )
        self.mode.setWordWrap(True)
        general = QGroupBox(self.tr("Umum"))
        form = QFormLayout(general)
        form.addRow(self.tr("Bahasa"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Folder profil"), self.profile)
        form.addRow(self.tr("Basis data"), self.mode)
        self.people = QListWidget()
        self.add_person = QPushButton(self.tr("Tambah orang"))
        self.add_person.clicked.connect(self._add_person)
        people_box = QGroupBox(self.tr("Orang di profil ini"))
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.people)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_person)
        people_layout.addLayout(row)
        shared = self._build_shared_db()
        log_box = QGroupBox(self.tr("Log sinkronisasi"))
        self.sync_log = QListWidget()
        self.sync_log.setWordWrap(True)
        self.resolve_button = QPushButton(self.tr("Selesaikan konflik…"))
        self.resolve_button.clicked.connect(self._resolve_conflicts)
        log_layout = QVBoxLayout(log_box)
        log_layout.addWidget(self.sync_log)
        log_row = QHBoxLayout()
        log_row.addStretch(1)
        log_row.addWidget(self.resolve_button)
        log_layout.addLayout(log_row)
        left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(self._build_letterhead())
        left.addWidget(people_box, 1)
        right = QVBoxLayout()
        right.addWidget(shared)
        right.addWidget(log_box, 1)
        content = QWidget()
        layout = QHBoxLayout(content)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        scroll = QScrollArea()  # the page scrolls on a small screen instead of widening the window
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.sync.state_changed.connect(self._show_sync_state)
        self.sync.problems_changed.connect(self._show_sync_log)
        self._load_shared_db()
        self._show_sync_log()

    def _build_letterhead(self) -> QGroupBox:
        """The kop surat and signature block printed on PDF reports."""
        box = QGroupBox(self.tr("Kop surat dan tanda tangan laporan PDF"))
        self.kop_organisation = QPlainTextEdit()
        self.kop_organisation.setPlaceholderText(
            self.tr("mis. Pemerintah Kabupaten Rejang Lebong\nDinas Komunikasi dan Informatika")
        )
        self.kop_organisation.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.kop_address = QLineEdit()
        self.kop_address.setPlaceholderText(self.tr("alamat, telepon, surel, situs"))
        self.kop_logo = QLineEdit()
        self.kop_logo.setPlaceholderText(self.tr("berkas PNG atau JPEG lambang daerah"))
        pick = QToolButton()
        pick.setText(self.tr("Pilih…"))
        pick.clicked.connect(self._pick_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.kop_logo, 1)
        logo_row.addWidget(pick)
        self.sign_place = QLineEdit()
        self.sign_place.setPlaceholderText(self.tr("mis. Curup"))
        self.sign_name = QLineEdit()
        self.sign_nip = QLineEdit()
        self.sign_nip.setPlaceholderText(self.tr("18 digit, mis. 19780312 200501 1 002"))
        self.sign_position = QLineEdit()
        self.sign_position.setPlaceholderText(self.tr("mis. Kepala Dinas Komunikasi dan Informatika"))
        self.letterhead_state = QLabel()
        save = QPushButton(self.tr("Simpan kop dan tanda tangan"))
        save.clicked.connect(self.save_letterhead)
        form = QFormLayout(box)
        form.addRow(self.tr("Nama instansi"), self.kop_organisation)
        form.addRow(self.tr("Alamat"), self.kop_address)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Tempat"), self.sign_place)
        form.addRow(self.tr("Penanda tangan"), self.sign_name)
        form.addRow(self.tr("NIP"), self.sign_nip)
        form.addRow(self.tr("Jabatan"), self.sign_position)
        form.addRow(self.letterhead_state, save)
        with self.ctx.db.session() as session:
            stored = load_letterhead(session)
        self.kop_organisation.setPlainText(stored.organisation)
        for edit, value in (
            (self.kop_address, stored.address),
            (self.kop_logo, stored.logo),
            (self.sign_place, stored.place),
            (self.sign_name, stored.signer_name),
            (self.sign_nip, stored.signer_nip),
            (self.sign_position, stored.signer_position),
        ):
            edit.setText(value)
        return box

    def _pick_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path:
            self.kop_logo.setText(path)

    def save_letterhead(self) -> None:
        """Keep the kop surat and signature block in the profile for every PDF report."""
        letterhead = Letterhead(
            organisation=self.kop_organisation.toPlainText().strip(),
            address=self.kop_address.text().strip(),
            logo=self.kop_logo.text().strip(),
            place=self.sign_place.text().strip(),
            signer_name=self.sign_name.text().strip(),
            signer_nip=self.sign_nip.text().strip(),
            signer_position=self.sign_position.text().strip(),
        )
        with self.ctx.db.session() as session:
            save_letterhead(session, letterhead)
        self.letterhead_state.setText(self.tr("Tersimpan; dipakai di setiap laporan PDF."))

    def _build_shared_db(self) -> QGroupBox:
        box = QGroupBox(self.tr("Basis data bersama"))
        self.db_host = QLineEdit()
        self.db_host.setPlaceholderText(self.tr("mis. db.kominfo.example.go.id"))
        self.db_port = QSpinBox()
        self.db_port.setRange(1, 65535)
        self.db_port.setValue(DEFAULT_PORT)
        self.db_name = QLineEdit()
        self.db_name.setPlaceholderText("opdstudio")
        self.db_login = QLineEdit()
        self.db_login.setPlaceholderText(self.tr("login PostgreSQL Anda sendiri"))
        self.db_password = QLineEdit()
        self.db_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.db_sslmode = QComboBox()
        described = {
            "disable": self.tr("tanpa TLS"),
            "allow": self.tr("TLS hanya bila server memintanya"),
            "prefer": self.tr("TLS bila tersedia"),
            "require": self.tr("wajib TLS, sertifikat tidak diperiksa"),
            "verify-ca": self.tr("wajib TLS, sertifikat CA diperiksa"),
            "verify-full": self.tr("wajib TLS, CA dan nama server diperiksa (disarankan)"),
        }
        for mode in SSLMODES:
            self.db_sslmode.addItem(f"{mode} — {described[mode]}", mode)
        self.db_sslmode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.db_sslmode.setMinimumContentsLength(24)
        self.db_ca_file = QLineEdit()
        self.db_ca_file.setPlaceholderText(self.tr("berkas .pem dari Diskominfo (untuk verify-ca / verify-full)"))
        pick = QToolButton()
        pick.setText(self.tr("Pilih…"))
        pick.clicked.connect(self._pick_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.db_ca_file, 1)
        ca_row.addWidget(pick)
        self.remember = QCheckBox(self.tr("Simpan kata sandi di keyring sistem"))
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: palette(placeholder-text)")
        vault = self.sync.vault
        if not vault.available:
            self.remember.setEnabled(False)
            self.remember.setChecked(False)
            self.remember.setToolTip(vault.reason_in(self.ctx.language))
            self.keyring_note.setText(vault.reason_in(self.ctx.language))
        self.keyring_note.setVisible(not vault.available)
        self.test_button = QPushButton(self.tr("Tes koneksi"))
        self.test_button.clicked.connect(self._test_connection)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.clicked.connect(self.save_shared_db)
        self.sync_button = QPushButton(self.tr("Sinkronkan sekarang"))
        self.sync_button.clicked.connect(lambda: self.sync.sync_now())
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_state = QLabel()
        self.sync_state.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Server"), self.db_host)
        form.addRow(self.tr("Port"), self.db_port)
        form.addRow(self.tr("Nama basis data"), self.db_name)
        form.addRow(self.tr("Login"), self.db_login)
        form.addRow(self.tr("Kata sandi"), self.db_password)
        keyring_box = QVBoxLayout()
        keyring_box.setSpacing(2)
        keyring_box.addWidget(self.remember)
        keyring_box.addWidget(self.keyring_note)
        form.addRow("", keyring_box)
        form.addRow(self.tr("Mode TLS"), self.db_sslmode)
        form.addRow(self.tr("Sertifikat CA"), ca_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        form.addRow(self.test_result)
        form.addRow(self.tr("Status"), self.sync_state)
        return box

    def refresh(self) -> None:
        """Reload the people list, what this person may do here, and the sync state."""
        self._show_sync_log()
        self._show_password_state()
        self.people.clear()
        with self.ctx.db.session() as session:
            names = {o.id: o.name for o in session.exec(select(Organisation)).all()}
            for person in people(session):
                roles = ", ".join(
                    f"{role_label(m.role)} — {names.get(m.organisation_id, '?')}"
                    for m in memberships(session, person.id)
                )
                self.people.addItem(f"{person.name} ({person.login}): {roles}")
            me = self.ctx.person.id
            self.manageable = {
                oid: name
                for oid, name in names.items()
                if holds_role(session, me, Role.OPERATOR, oid) or holds_role(session, me, Role.ADMIN, oid)
            }
        self.add_person.setEnabled(bool(self.manageable))

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        with self.ctx.db.session() as session:
            set_setting(session, "language", code)
        self.language_note.setText(
            self.tr("Bahasa baru dipakai setelah OPD Studio dibuka ulang.") if code != self.ctx.language else ""
        )
        self.language_changed.emit(code)

    def _add_person(self) -> None:
        if PersonDialog(self.ctx, self.manageable, self).exec():
            self.refresh()

    # -- shared database -------------------------------------------------------------------------------------

    def _load_shared_db(self) -> None:
        with self.ctx.db.session() as session:
            current = load_shared_db_settings(session)
        self.db_host.setText(current.host)
        self.db_port.setValue(current.port)
        self.db_name.setText(current.database)
        self.db_login.setText(current.login)
        self.db_sslmode.setCurrentIndex(max(0, self.db_sslmode.findData(current.sslmode)))
        self.db_ca_file.setText(current.ca_file)
        if self.sync.vault.available:
            self.remember.setChecked(current.remember_password)
        self._saved = current
        self._show_password_state()
        self._show_sync_state()

    def form_settings(self) -> SharedDbSettings:
        """The shared-database settings as filled in (not yet saved)."""
        return SharedDbSettings(
            host=self.db_host.text(),
            port=self.db_port.value(),
            database=self.db_name.text(),
            login=self.db_login.text(),
            sslmode=str(self.db_sslmode.currentData()),
            ca_file=self.db_ca_file.text(),
            remember_password=self.remember.isChecked() if self.sync.vault.available else self._saved.remember_password,
        )

    def save_shared_db(self) -> bool:
        """Store the settings in the profile and the typed password in the vault (never in the profile)."""
        try:
            with self.ctx.db.session() as session:
                saved = save_shared_db_settings(session, self.form_settings())
        except OpdError as exc:
            self._show_result(self.ctx.message(exc), ok=False)
            return False
        vault = self.sync.vault
        if self._saved.configured and self._saved.account != saved.account:
            vault.delete(self._saved.account)
        password = self.db_password.text()
        if password and saved.configured:
            vault.set(saved.account, password, persist=saved.remember_password)
        elif saved.configured and not saved.remember_password and vault.stored(saved.account):
            kept = vault.get(saved.account)
            if kept:
                vault.set(saved.account, kept, persist=False)  # out of the keyring, kept for this session
        self.db_password.clear()
        self._saved = saved
        self.sync.reload_settings()
        self._show_password_state()
        self._show_result(self.tr("Pengaturan basis data bersama disimpan."), ok=True)
        return True

    def _test_connection(self) -> None:
        try:
            settings = self.form_settings().validated()
        except OpdError as exc:
            self._show_result(self.ctx.message(exc), ok=False)
            return
        if not settings.configured:
            self._show_result(self.tr("Isi server, nama basis data dan login terlebih dahulu."), ok=False)
            return
        password = self.db_password.text() or self.sync.vault.get(settings.account) or None
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Menguji koneksi…"), ok=True)
        self.ctx.tasks.submit(test_connection, settings, password, on_result=self._tested, on_error=self._test_failed)

    def _tested(self, version: str) -> None:
        self.test_button.setEnabled(True)
        self._show_result(self.tr("Koneksi berhasil: {version}.").format(version=version), ok=True)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self._show_result(self.ctx.message(exc), ok=False)

    def _show_result(self, text: str, *, ok: bool) -> None:
        self.test_result.setText(text)
        self.test_result.setStyleSheet("" if ok else "color: #b00020")

    def _pick_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih sertifikat CA"), "", self.tr("Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)")
        )
        if path:
            self.db_ca_file.setText(path)

    def _show_password_state(self) -> None:
        vault, current = self.sync.vault, self._saved
        if not current.configured:
            hint = ""
        elif vault.stored(current.account):
            hint = self.tr("tersimpan di keyring sistem — isi untuk mengganti")
        elif vault.get(current.account) is not None:
            hint = self.tr("diingat selama sesi ini — isi untuk mengganti")
        else:
            hint = self.tr("belum diisi")
        self.db_password.setPlaceholderText(hint)

    def _show_sync_state(self) -> None:
        sync = self.sync
        self.sync_state.setText(sync.status_text())
        self.sync_button.setEnabled(sync.configured and not sync.running)
        if sync.configured:
            where = f"{self._saved.login}@{self._saved.host}:{self._saved.port}/{self._saved.database}"
            self.mode.setText(
                self.tr("Basis data bersama: {where} (TLS: {mode}). Data lokal disinkronkan otomatis.").format(
                    where=where, mode=self._saved.sslmode
                )
            )
        else:
            self.mode.setText(
                self.tr("Lokal saja: semua data tersimpan di komputer ini. Belum terhubung ke basis data bersama.")
            )

    def _resolve_conflicts(self) -> None:
        from ..dialogs.conflicts import ConflictsDialog

        ConflictsDialog(self.ctx, self).exec()
        self._show_sync_log()

    def _show_sync_log(self) -> None:
        self.sync_log.clear()
        self.resolve_button.setEnabled(bool(open_conflicts(self.ctx.db)))
        lines = self.sync.problems()
        for line in lines:
            self.sync_log.addItem(line)
        if not lines:
            self.sync_log.addItem(self.tr("Belum ada masalah sinkronisasi."))
