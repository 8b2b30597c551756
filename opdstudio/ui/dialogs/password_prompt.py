"""Ask for the shared database's password once in a session when it cannot be kept in a keyring."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordPromptDialog(QDialog):
    """The password of ``account`` with the reason it is asked (``why``); ``password()`` after ``exec()``."""

    def __init__(self, account: str, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kata sandi basis data bersama"))
        intro = QLabel(self.tr("Masukkan kata sandi login {account} untuk menyinkronkan.").format(account=account))
        intro.setWordWrap(True)
        self.why = QLabel(why)
        self.why.setWordWrap(True)
        self.why.setStyleSheet("color: palette(placeholder-text)")
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Kata sandi"), self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hubungkan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Nanti saja"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def password(self) -> str:
        return self.field.text()


def ask_password(account: str, why: str, parent: QWidget | None = None) -> str | None:
    """Show the prompt; the password typed, or None when the person cancelled or left it empty."""
    dialog = PasswordPromptDialog(account, why, parent)
    try:
        if dialog.exec() and dialog.password():
            return dialog.password()
        return None
    finally:
        dialog.field.clear()
        dialog.deleteLater()
