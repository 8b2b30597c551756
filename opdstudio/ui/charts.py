"""Charts painted with QPainter (PySide6-Essentials ships no QtCharts): labelled horizontal bars, and a calendar
heat-map of the days with content."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from opdstudio.core.reporting.compliance import DayActivity

from .labels import ui_locale

MISSED = QColor("#F4CCCC")
NOT_COUNTED = QColor("#EEEEEE")
LIGHT_GREEN = QColor("#C7E9C0")
DARK_GREEN = QColor("#1B7F37")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # 0 … maximum
    text: str  # shown at the end of the bar
    colour: QColor


def compliance_colour(share: float) -> QColor:
    """Red below half, amber below 80 %, green from 80 %."""
    return QColor("#C0392B") if share < 0.5 else QColor("#E08A1E") if share < 0.8 else QColor("#2E8B57")


def mix(low: QColor, high: QColor, share: float) -> QColor:
    """The colour ``share`` of the way from ``low`` to ``high``."""
    return QColor(
        round(low.red() + (high.red() - low.red()) * share),
        round(low.green() + (high.green() - low.green()) * share),
        round(low.blue() + (high.blue() - low.blue()) * share),
    )


class BarChart(QWidget):
    """One labelled horizontal bar per row, the value written at its end."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.maximum = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar], maximum: float) -> None:
        self.bars = list(bars)
        self.maximum = maximum or 1.0
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, max(self.ROW, self.ROW * len(self.bars) + 8))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = min(
            int(self.width() * 0.42), max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 8
        )
        text_width = max((metrics.horizontalAdvance(b.text) for b in self.bars), default=0) + 10
        room = max(10, self.width() - label_width - text_width - 8)
        for n, bar in enumerate(self.bars):
            top = 4 + n * self.ROW
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRect(0, top, label_width - 8, self.ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            length = round(room * max(0.0, min(bar.value, self.maximum)) / self.maximum)
            painter.fillRect(QRect(label_width, top + 4, max(length, 1), self.ROW - 8), bar.colour)
            painter.drawText(
                QRect(label_width + length + 6, top, text_width, self.ROW), Qt.AlignmentFlag.AlignVCenter, bar.text
            )
        painter.end()


class CalendarHeatmap(QWidget):
    """Months side by side, one cell per day, coloured by the share of agencies that published that day."""

    CELL = 22
    GAP = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: dict[date, DayActivity] = {}
        self.months: list[tuple[int, int]] = []
        self.agencies = 1
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_days(self, days: Sequence[DayActivity], agencies: int) -> None:
        self.days = {d.day: d for d in days}
        self.months = sorted({(d.day.year, d.day.month) for d in days})
        self.agencies = max(1, agencies)
        self.setFixedHeight(self._height_for(max(self.width(), 600)))
        self.update()

    def _per_row(self, width: int) -> int:
        return max(1, (width + self.GAP) // (7 * self.CELL + self.GAP))

    def _height_for(self, width: int) -> int:
        rows = -(-len(self.months) // self._per_row(width)) if self.months else 0
        return max(self.CELL, rows * (8 * self.CELL + 10))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.setFixedHeight(self._height_for(event.size().width()))
        super().resizeEvent(event)

    def colour_of(self, day: date) -> QColor:
        """Blank outside the period, grey when not counted, pink when nobody published, green by share."""
        found = self.days.get(day)
        if found is None:
            return QColor(Qt.GlobalColor.transparent)
        if not found.counted:
            return NOT_COUNTED
        share = found.active_agencies / self.agencies
        return MISSED if share == 0 else mix(LIGHT_GREEN, DARK_GREEN, share)

    def _cells(self) -> list[tuple[QRect, date]]:
        out = []
        per_row = self._per_row(self.width())
        for n, (y, m) in enumerate(self.months):
            left = (n % per_row) * (7 * self.CELL + self.GAP)
            top = (n // per_row) * (8 * self.CELL + 10) + 2 * self.CELL
            for week, row in enumerate(calendar.Calendar().monthdatescalendar(y, m)):
                for col, d in enumerate(row):
                    if d.month == m:
                        out.append(
                            (QRect(left + col * self.CELL, top + week * self.CELL, self.CELL - 2, self.CELL - 2), d)
                        )
        return out

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        locale = ui_locale()
        per_row = self._per_row(self.width())
        small = painter.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        for n, (y, m) in enumerate(self.months):
            left = (n % per_row) * (7 * self.CELL + self.GAP)
            top = (n // per_row) * (8 * self.CELL + 10)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRect(left, top, 7 * self.CELL, self.CELL),
                Qt.AlignmentFlag.AlignVCenter,
                f"{locale.standaloneMonthName(m)} {y}",
            )
            painter.setFont(small)
            for col in range(7):
                name = locale.dayName(col + 1, QLocale.FormatType.ShortFormat)
                painter.drawText(
                    QRect(left + col * self.CELL, top + self.CELL, self.CELL - 2, self.CELL),
                    Qt.AlignmentFlag.AlignCenter,
                    name,
                )
            painter.setFont(self.font())
        painter.setFont(small)
        for rect, d in self._cells():
            fill = self.colour_of(d)
            painter.fillRect(rect, fill)
            dark = fill.alpha() > 0 and fill.lightness() < 110
            painter.setPen(QColor("white") if dark else self.palette().text().color())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(d.day))
        painter.end()

    def day_at(self, point: QPoint) -> date | None:
        return next((d for rect, d in self._cells() if rect.contains(point) and d in self.days), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                found = self.days[day]
                QToolTip.showText(
                    event.globalPos(),
                    self.tr("{day}: {n} publikasi, {active} dari {total} instansi terbit").format(
                        day=ui_locale().toString(day, QLocale.FormatType.LongFormat),
                        n=found.publications,
                        active=found.active_agencies,
                        total=self.agencies,
                    ),
                    self,
                )
            return True
        return super().event(event)
