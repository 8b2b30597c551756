"""Qt item models: a small-list model over rows, and the keyset-paged publication log."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from opdstudio.core.reporting.publication_log import LogFilter, LogRow, publication_page
from opdstudio.core.services.queries import LOCAL_TZ
from opdstudio.core.storage.database import Database

from .labels import platform_label

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole  # the value a column sorts by: instants as instants, text without case


def local_time(value: datetime | None) -> str:
    """A stored UTC instant shown in local (WIB) time."""
    return value.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M") if value else ""


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    value: Callable[[R], Any]


class RowsModel(QAbstractTableModel, Generic[R]):
    """A table over an in-memory list of rows (for lists that are small by nature)."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.columns[index.column()].value(self.rows[index.row()])
            return local_time(value) if isinstance(value, datetime) else value
        if role == SORT_ROLE:
            value = self.columns[index.column()].value(self.rows[index.row()])
            if isinstance(value, datetime):
                return value.timestamp()
            return value.casefold() if isinstance(value, str) else value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None


class PublicationLogModel(QAbstractTableModel):
    """The publication log, newest first, fetched in keyset pages as the view scrolls."""

    PAGE = 200

    def __init__(self, db: Database, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.headers = list(headers)
        self.rows: list[LogRow] = []
        self.log_filter = LogFilter()
        self.oldest_first = False
        self._exhausted = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The publication time sorts either way, still keyset-paged; other columns keep the time order."""
        if column == 0:
            self.oldest_first = order == Qt.SortOrder.AscendingOrder
            self.set_filters(self.log_filter)

    def set_filters(self, log_filter: LogFilter | None = None) -> None:
        """Restart the log from the first publication (newest, or oldest) the filter selects."""
        self.beginResetModel()
        self.log_filter = log_filter or LogFilter()
        self.rows = []
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def row_at(self, row: int) -> LogRow:
        return self.rows[row]

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        after = self.rows[-1].key if self.rows else None
        with self.db.session() as session:
            page = publication_page(
                session, self.log_filter, after=after, limit=self.PAGE, oldest_first=self.oldest_first
            )
        if len(page) < self.PAGE:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return log_values(self.rows[index.row()])[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def log_values(row: LogRow) -> tuple[str, ...]:
    """A log row as shown (and copied): time, organisation, account, title, author, approver, approval, URL."""
    return (
        local_time(row.published_at),
        row.organisation,
        f"{platform_label(row.platform)} {row.handle}",
        row.title,
        row.author,
        row.approver,
        local_time(row.approved_at),
        row.url,
    )
