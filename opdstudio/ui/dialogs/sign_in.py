"""Sign-in when several people share one profile (e.g. one office PC)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
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
        # typing any part of a name finds it: "bambang" → "Drs. Bambang Sutrisno, M.Si."
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.who.model(), self.who)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.who.setCompleter(completer)
        self.who.lineEdit().setPlaceholderText(self.tr("Ketik sebagian nama atau login…"))
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

    def chosen_login(self) -> str | None:
        """The login of the person whose name (or a unique part of it) is in the box."""
        typed = self.who.currentText().strip().casefold()
        labels = [self.who.itemText(i) for i in range(self.who.count())]
        exact = [i for i, label in enumerate(labels) if label.casefold() == typed]
        found = exact or [i for i, label in enumerate(labels) if typed and typed in label.casefold()]
        return self.who.itemData(found[0]) if len(found) == 1 else None

    def accept(self) -> None:
        """Check the password with the core service; on failure say so and stay open."""
        login = self.chosen_login()
        if login is None:
            self.error.setText(self.tr("Pilih nama Anda dari daftar (ketik sebagian nama untuk mencarinya)."))
            return
        try:
            with self.db.session() as session:
                self.person_id = sign_in(session, login, self.password.text()).id
        except OpdError as exc:
            self.error.setText(exc.message(self.language))
            self.password.selectAll()
            return
        super().accept()
