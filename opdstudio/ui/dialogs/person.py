"""Add a person to this profile (several people can share one office PC)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.domain.enums import Role
from opdstudio.core.errors import DomainError, OpdError
from opdstudio.core.services.people import add_person

from ..context import AppContext
from ..labels import ROLES, role_label


class PersonDialog(QDialog):
    """Name, login, password and one role in one organisation."""

    def __init__(self, ctx: AppContext, organisations: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Tambah orang"))
        self.name = QLineEdit()
        self.title_edit = QLineEdit()
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.org = QComboBox()
        for oid, name in sorted(organisations.items(), key=lambda kv: kv[1]):
            self.org.addItem(name, oid)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.level = QSpinBox()
        self.level.setRange(1, 5)
        self.level.setToolTip(self.tr("Untuk atasan: tingkat persetujuan (1 = kepala bidang, 2 = kepala dinas)"))
        form = QFormLayout()
        form.addRow(self.tr("Nama lengkap"), self.name)
        form.addRow(self.tr("Jabatan"), self.title_edit)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.password2)
        form.addRow(self.tr("Organisasi"), self.org)
        form.addRow(self.tr("Peran"), self.role)
        form.addRow(self.tr("Tingkat persetujuan"), self.level)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Create the person through the core service."""
        try:
            if self.password.text() != self.password2.text():
                raise DomainError("Kedua kata sandi tidak sama.", "The two passwords differ.")
            with self.ctx.db.session() as session:
                add_person(
                    session,
                    name=self.name.text(),
                    login=self.login.text(),
                    password=self.password.text(),
                    title=self.title_edit.text(),
                    roles=[(self.org.currentData(), Role(self.role.currentData()), self.level.value())],
                )
        except OpdError as exc:
            self.error.setText(self.ctx.message(exc))
            return
        super().accept()
