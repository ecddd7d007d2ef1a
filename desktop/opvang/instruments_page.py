"""Instrumenten: the screening instruments in use, the organisation's own definitions, the rule.

A definition file is checked when it is added; a broken one is refused with the file, the line
and what is wrong, so whoever wrote it can fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opvang.instruments import Instrument
from opvang.organisation import Organisation
from opvang.screening_plan import ScreeningRule
from secure_store.session import Session

from ..common.row_models import Index, RowsTableModel
from ..common.style import set_primary
from ..common.table_view import prepare_table
from ..shell.workspaces import WorkspaceContext
from .tasks import opvang_error_text, run_vault


@dataclass(frozen=True)
class Catalogue:
    """The instruments (shipped first), which ids are the organisation's own, and the rule."""

    instruments: tuple[Instrument, ...]
    own: frozenset[str]
    rule: ScreeningRule


def load_catalogue(session: Session) -> Catalogue:
    organisation = Organisation(session)
    own = frozenset(d.instrument.id for d in organisation.own_definitions())
    return Catalogue(organisation.instruments(), own, organisation.rule())


class InstrumentsModel(RowsTableModel[Instrument]):
    """Rows are instruments: name, age, who fills it in, source, licence."""

    def __init__(self) -> None:
        super().__init__(
            [
                self.tr("Instrument"),
                self.tr("Leeftijd"),
                self.tr("Wie vult in"),
                self.tr("Herkomst"),
                self.tr("Licentie"),
            ]
        )
        self._own: frozenset[str] = frozenset()

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self._own = catalogue.own
        self.set_rows(catalogue.instruments)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        i = self.row_at(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return i.licence.citation
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        source = (
            self.tr("eigen definitie") if i.id in self._own else self.tr("meegeleverd")
        )
        licence = (
            self.tr("vrij te verspreiden")
            if i.licence.redistribution_allowed
            else self.tr("licentie van de organisatie")
        )
        return (i.name["nl"], i.age_text, i.respondent.label, source, licence)[index.column()]


class InstrumentsPage(QWidget):
    """The list, adding a definition, and the organisation's screening rule."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instrumentsPage")
        self.context = context
        self.model = InstrumentsModel()
        self.table = QTableView()
        self.table.setObjectName("instrumentsTable")
        self.table.setModel(self.model)
        prepare_table(self.table, stretch=0)
        self.add_button = QPushButton(self.tr("Eigen definitie toevoegen…"))
        self.add_button.setObjectName("addInstrument")
        self.add_button.clicked.connect(self.choose_file)
        self.message = QLabel()
        self.message.setObjectName("instrumentMessage")
        self.message.setWordWrap(True)
        self.first = self._spin("ruleFirstDays", 1, 90)
        self.rescreen = self._spin("ruleRescreenMonths", 1, 24)
        self.exit_days = self._spin("ruleExitDays", 0, 60)
        self.save_rule = QPushButton(self.tr("Regel opslaan"))
        self.save_rule.setObjectName("saveRule")
        set_primary(self.save_rule)
        self.save_rule.clicked.connect(self._save_rule)
        rule = QGroupBox(self.tr("Screeningsregel van de organisatie (geldt voor nieuwe intakes)"))
        form = QFormLayout(rule)
        form.addRow(self.tr("Eerste screening binnen (dagen na intake)"), self.first)
        form.addRow(self.tr("Herhalen elke (maanden)"), self.rescreen)
        form.addRow(self.tr("Laatste screening (dagen voor vertrek)"), self.exit_days)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_rule)
        form.addRow(row)
        note = QLabel(
            self.tr(
                "Alleen instrumenten waarvan de licentie verspreiden toestaat worden meegeleverd. "
                "Een eigen definitie (JSON) wordt bij het toevoegen gecontroleerd; een fout wordt "
                "gemeld met de regel waar hij staat. Past geen instrument bij de leeftijd van een "
                "kind, dan plant het programma een observatie door een specialist."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(rule)
        self.reload()

    @staticmethod
    def _spin(name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        return spin

    def reload(self) -> None:
        run_vault(self.context, self, "opvang.instruments", load_catalogue, self._show)

    def _show(self, catalogue: Catalogue) -> None:
        self.model.set_catalogue(catalogue)
        self.first.setValue(catalogue.rule.first_within_days)
        self.rescreen.setValue(catalogue.rule.rescreen_every_months)
        self.exit_days.setValue(catalogue.rule.exit_days_before)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Definitie kiezen"), "", self.tr("Definitie (*.json)")
        )
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        """Check and store the definition in ``path`` (vault worker)."""
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.message.setProperty("ok", False)
            self.message.setText(self.tr("{0} kan niet worden gelezen: {1}").format(path.name, exc))
            return

        def add(session: Session) -> Catalogue:
            Organisation(session).add_definition(text, path.name)
            return load_catalogue(session)

        def added(catalogue: Catalogue) -> None:
            self._show(catalogue)
            self.message.setProperty("ok", True)
            self.message.setText(self.tr("{0} is gecontroleerd en toegevoegd.").format(path.name))
            self._repolish()

        def refused(exc: BaseException) -> None:
            self.message.setProperty("ok", False)
            self.message.setText(opvang_error_text(exc))
            self._repolish()

        run_vault(self.context, self, "opvang.instrument.add", add, added, refused)

    def _repolish(self) -> None:
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _save_rule(self) -> None:
        rule = ScreeningRule(self.first.value(), self.rescreen.value(), self.exit_days.value())

        def save(session: Session) -> Catalogue:
            Organisation(session).set_rule(rule)
            return load_catalogue(session)

        run_vault(self.context, self, "opvang.rule", save, self._show)
