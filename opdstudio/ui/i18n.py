"""Loading the UI language (Indonesian is the source language; English comes from a .qm file)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(str(files("opdstudio") / "resources" / "translations"))
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> str:
    """Install the translators for ``language`` ('id' or 'en'); returns the language in effect."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "id"
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English))
    qt_base = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own dialogs (file dialogs, Yes/No, context menus): Qt's translation, else ours (Qt has no Indonesian)
    if qt_base.load(f"qtbase_{language}", qt_path) or qt_base.load(f"qtbase_{language}", str(TRANSLATIONS)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    if language == "en":
        ours = QTranslator(app)
        if not ours.load(str(TRANSLATIONS / "opdstudio_en.qm")):
            raise FileNotFoundError(TRANSLATIONS / "opdstudio_en.qm")
        app.installTranslator(ours)
        _installed.append(ours)
    return language
