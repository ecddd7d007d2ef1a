"""Table models of the consult workspace: contacts, outgoing requests, received consults."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from forensics.consult_records import Consult, RequestStatus
from forensics.consult_requests import RequestSummary
from forensics.vocabulary import Vocabulary
from secure_store.address_book import Contact

from ..common.errors import english
from ..common.row_models import Index, RowsTableModel
from ..common.style import ALARM, MUTED, OK
from ..common.when import local_moment as local

Row = TypeVar("Row")


def label(term: Vocabulary) -> str:
    """A term's label in the UI language."""
    return term.label_en if english() else term.label_nl


class CellsModel(RowsTableModel[Row]):
    """A consult table: subclasses say what text each cell shows, and in which colour."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row, index.column())
        return None

    def cell(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def colour(self, row: Row, column: int) -> QColor | None:
        del row, column
        return None


class ContactsModel(CellsModel[Contact]):
    """The address book: name, organisation, fingerprint, who confirmed it."""

    def __init__(self) -> None:
        super().__init__(
            [self.tr("Naam"), self.tr("Organisatie"), self.tr("Vingerafdruk"), self.tr("Bevestigd")]
        )

    def cell(self, row: Contact, column: int) -> str:
        card = row.card
        if column == 3:
            if row.colleague:
                return self.tr("collega in deze kluis")
            return self.tr("{0} door {1}").format(local(row.confirmed_at), row.confirmed_by)
        return (card.name, card.organisation, card.fingerprint)[column]


_STATUS_COLOURS = {
    RequestStatus.OVERDUE: ALARM,
    RequestStatus.ANSWERED: OK,
    RequestStatus.CONCEPT: MUTED,
}


class RequestsModel(CellsModel[RequestSummary]):
    """Outgoing requests: about whom, sent when and to whom, status (overdue in red), answer."""

    def __init__(self) -> None:
        super().__init__(
            [
                self.tr("Betrokkene"),
                self.tr("Verzonden"),
                self.tr("Aan"),
                self.tr("Status"),
                self.tr("Conclusie consulent"),
            ]
        )

    def cell(self, row: RequestSummary, column: int) -> str:
        request = row.request
        if column == 0:
            return f"{row.subject_name} ({row.pseudonym})"
        if column == 1:
            return request.sent_at.astimezone().strftime("%d-%m-%Y") if request.sent_at else ""
        if column == 2:
            return request.recipient_label
        if column == 3:
            return label(row.status)
        return "; ".join(label(a.conclusion) for a in request.answers)

    def colour(self, row: RequestSummary, column: int) -> QColor | None:
        colour = _STATUS_COLOURS.get(row.status) if column == 3 else None
        return QColor(colour) if colour else None


class ConsultsModel(CellsModel[Consult]):
    """Received consults: when, from whom, about whom (pseudonym), the question, status."""

    def __init__(self) -> None:
        super().__init__(
            [
                self.tr("Ontvangen"),
                self.tr("Van"),
                self.tr("Betrokkene"),
                self.tr("Status"),
                self.tr("Vraag"),
            ]
        )

    def cell(self, row: Consult, column: int) -> str:
        sender = ", ".join(p for p in (row.requester_name, row.requester_organisation) if p)
        values = (
            local(row.received_at),
            sender,
            row.subject_reference,
            label(row.status),
            row.question,
        )
        return values[column]

    def colour(self, row: Consult, column: int) -> QColor | None:
        return QColor(OK) if column == 3 and row.is_answered else None
