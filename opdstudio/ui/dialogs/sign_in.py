"""Sign-in when several people share one profile (e.g. one office PC)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.errors import OpdError
from opdstudio.core.services.people import people, sign_in
from opdstudio.core.storage.database import Database


class SignInDialog(QDialog):
    """Choose who you are and enter your password; ``person_id`` is set on success."""

    def __init__(
        self,
        db: Database,
        language: str = "id",
        *,
        last_login: str = "",
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.language = db, language
        self.person_id: str | None = None
        self.setWindowTitle(self.tr("Masuk ke OPD Studio"))
        self.who = QComboBox()
        with db.session() as session:
            for person in people(session):
                label = f"{person.name} ({person.login})" + (f" — {person.title}" if person.title else "")
                self.who.addItem(label, person.login)
        if last_login:
            self.who.setCurrentIndex(max(0, self.who.findData(last_login)))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Nama"), self.who)
        form.addRow(self.tr("Kata sandi"), self.password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555")
            layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()
        self.resize(460, 0)

    def accept(self) -> None:
        """Check the password with the core service; on failure say so and stay open."""
        try:
            with self.db.session() as session:
                self.person_id = sign_in(session, self.who.currentData(), self.password.text()).id
        except OpdError as exc:
            self.error.setText(exc.message(self.language))
            self.password.selectAll()
            return
        super().accept()
