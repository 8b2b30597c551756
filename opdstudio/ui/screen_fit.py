"""Every window and dialog fits the screen it opens on (1280×720, or 1920×1080 at 150 %) and reopens at the size
the person last gave it: one application-wide event filter, so no dialog can forget."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

# a window manager's frame we cannot measure before the window is shown (Windows 10: borders, title bar)
FRAME_ALLOWANCE = QSize(16, 39)


def available_size(window: QWidget) -> QSize:
    """The largest size ``window`` may take: its screen's work area less the window frame."""
    screen = window.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry().size()
    frame = window.frameGeometry().size() - window.size()
    frame = frame.expandedTo(FRAME_ALLOWANCE)
    return QSize(max(1, area.width() - frame.width()), max(1, area.height() - frame.height()))


class ScreenFit(QObject):
    """Fits each top-level window into the available screen when shown, remembers its size when hidden."""

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) and isinstance(watched, QWidget) and watched.isWindow():
            if watched.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                return False
            key = self._key(watched)
            if kind == QEvent.Type.Show:
                self._fit(watched, key)
            elif key:
                self.settings.setValue(key, watched.size())
        return False

    @staticmethod
    def _key(window: QWidget) -> str | None:
        """Our own windows remember their size by class; Qt's message boxes and file dialogs size themselves."""
        kind = type(window)
        return f"windows/{kind.__name__}/size" if kind.__module__.startswith("opdstudio.") else None

    def _fit(self, window: QWidget, key: str | None) -> None:
        remembered = self.settings.value(key) if key else None
        size = remembered if isinstance(remembered, QSize) and remembered.isValid() else window.size()
        room = available_size(window)
        fitted = size.boundedTo(room).expandedTo(window.minimumSize())
        if fitted != window.size():
            window.resize(fitted)
        geometry = window.frameGeometry()
        area = (window.screen() or QApplication.primaryScreen()).availableGeometry()
        if not area.contains(geometry):
            x = min(max(geometry.x(), area.x()), max(area.x(), area.right() - geometry.width()))
            y = min(max(geometry.y(), area.y()), max(area.y(), area.bottom() - geometry.height()))
            window.move(x, y)


def install_screen_fit(app: QApplication, settings: QSettings | None = None) -> ScreenFit:
    """Fit every window ``app`` shows from now on; sizes are kept in ``settings`` (the user's QSettings)."""
    fit = ScreenFit(settings or QSettings(), app)
    app.installEventFilter(fit)
    return fit
