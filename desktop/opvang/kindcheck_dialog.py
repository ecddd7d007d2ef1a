"""The kindcheck for an adult client: are there children, where are they, are they safe?

The children of the household are listed already; children who live elsewhere are added by a
first name or initials. Whether the answers give reason for a concern is
:func:`opvang.kindcheck.kindcheck`'s rule, shown as the worker answers.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from opvang.errors import InvalidRecord
from opvang.kindcheck import (
    Answer,
    ChildSituation,
    ChildWhereabouts,
    KindcheckRecord,
    kindcheck,
)
from opvang.kindchecks import KindcheckService
from secure_store.session import Session

from .client_data import ClientBundle
from .date_field import DateField
from .tasks import opvang_error_text

ELSEWHERE_ROWS = 2


def _answers(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for answer in (Answer.YES, Answer.NO, Answer.UNKNOWN):
        combo.addItem(answer.label, answer)
    return combo


class KindcheckDialog(QDialog):
    """Answers per child, and the result as it follows from them.

    Signals:
        recorded(object): an operation ``(session) -> None`` that stores the kindcheck.
    """

    recorded = Signal(object)

    def __init__(self, bundle: ClientBundle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kindcheckDialog")
        self.setWindowTitle(self.tr("Kindcheck"))
        self.bundle = bundle
        self.has_children = _answers("kindcheckHasChildren")
        self.checked_on = DateField("kindcheckDate")
        self.checked_on.set_value(bundle.today)
        self.rows: list[tuple[str, QComboBox]] = []
        household = QGroupBox(self.tr("Kinderen in dit huishouden"))
        grid = QGridLayout(household)
        for n, child in enumerate(bundle.household.children):
            safe = _answers(f"kindcheckSafe{n}")
            grid.addWidget(QLabel(child.name), n, 0)
            grid.addWidget(QLabel(self.tr("veilig?")), n, 1)
            grid.addWidget(safe, n, 2)
            self.rows.append((child.pseudonym, safe))
        if not bundle.household.children:
            grid.addWidget(QLabel(self.tr("Geen kinderen in dit huishouden.")), 0, 0)
        elsewhere = QGroupBox(self.tr("Kinderen die elders wonen"))
        other = QGridLayout(elsewhere)
        self.elsewhere: list[tuple[QLineEdit, QComboBox]] = []
        for n in range(ELSEWHERE_ROWS):
            ref = QLineEdit()
            ref.setObjectName(f"kindcheckElsewhere{n}")
            ref.setPlaceholderText(self.tr("voornaam of initialen"))
            safe = _answers(f"kindcheckElsewhereSafe{n}")
            safe.setCurrentIndex(2)
            other.addWidget(ref, n, 0)
            other.addWidget(QLabel(self.tr("veilig?")), n, 1)
            other.addWidget(safe, n, 2)
            self.elsewhere.append((ref, safe))
            ref.textChanged.connect(self._evaluate)
            safe.currentIndexChanged.connect(self._evaluate)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("kindcheckOutcome")
        self.outcome_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("kindcheckOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Datum"), self.checked_on)
        form.addRow(
            self.tr("Heeft de cliënt kinderen (of de zorg voor kinderen)?"), self.has_children
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(household)
        layout.addWidget(elsewhere)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.buttons)
        self.has_children.currentIndexChanged.connect(self._evaluate)
        for _ref, safe in self.rows:
            safe.currentIndexChanged.connect(self._evaluate)
        self.has_children.setCurrentIndex(0 if bundle.household.children else 2)
        self._evaluate()
        self.resize(600, 460)

    def situations(self) -> tuple[ChildSituation, ...]:
        """The children as answered (household first, then those elsewhere)."""
        found = [
            ChildSituation(ref, ChildWhereabouts.HOUSEHOLD, safe.currentData())
            for ref, safe in self.rows
        ]
        found += [
            ChildSituation(ref.text().strip(), ChildWhereabouts.ELSEWHERE, safe.currentData())
            for ref, safe in self.elsewhere
            if ref.text().strip()
        ]
        return tuple(found)

    def _evaluate(self, *_args: object) -> None:
        has = self.has_children.currentData()
        children = self.situations() if has is not Answer.NO else ()
        try:
            record = KindcheckRecord(
                self.bundle.client.pseudonym, self.bundle.today, "-", has, children
            )
        except InvalidRecord as exc:
            self.outcome_label.setText(opvang_error_text(exc))
            return
        outcome = kindcheck(record)
        self.outcome_label.setText(
            "\n".join([self.tr("Reden tot zorg:"), *outcome.reasons])
            if outcome.concern
            else self.tr("Geen reden tot zorg.")
        )

    def _accept(self) -> None:
        has = self.has_children.currentData()
        children = self.situations() if has is not Answer.NO else ()
        day = self.checked_on.value() or self.bundle.today
        client_id = self.bundle.client.id

        def store(session: Session) -> None:
            KindcheckService(session).record(client_id, day, has, children)

        self.recorded.emit(store)
        self.accept()
