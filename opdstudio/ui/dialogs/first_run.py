"""First start of a profile: the organisation, who you are, your role and a password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.domain.enums import OrgKind, Role
from opdstudio.core.errors import OpdError
from opdstudio.core.services.people import FirstRun, first_run
from opdstudio.core.storage.database import Database

from ..labels import org_kind_label, role_label


class FirstRunDialog(QDialog):
    """Sets up an empty profile; ``person_id`` holds the new person after acceptance."""

    def __init__(self, db: Database, language: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.language = db, language
        self.person_id: str | None = None
        self.setWindowTitle(self.tr("Selamat datang di OPD Studio"))
        intro = QLabel(
            self.tr(
                "Profil ini masih kosong. Isi data organisasi dan akun Anda. "
                "Semua tersimpan di komputer ini; basis data bersama dapat dihubungkan nanti."
            )
        )
        intro.setWordWrap(True)
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
        form.addRow(self.tr("Pemerintah daerah (induk)"), self.parent_name)
        form.addRow(self.tr("Nama organisasi"), self.org_name)
        form.addRow(self.tr("Jenis organisasi"), self.org_kind)
        form.addRow(self.tr("Nama lengkap"), self.name)
        form.addRow(self.tr("Jabatan"), self.title_edit)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.password2)
        form.addRow(self.tr("Peran"), roles)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mulai"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 0)

    def accept(self) -> None:
        """Validate through the core service; keep the dialog open with a message when it refuses."""
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
