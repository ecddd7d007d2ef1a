"""The "Lichaamskaart" tab: the drawing, the injury list beside it, and the rule flags.

A click on the drawing opens the injury form for the region under the pointer; a marker can be
dragged to another place. Each add, move, edit and delete is a command on the examination's
undo stack, and after each the clinical rules are evaluated again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forensics.bodymap import Region, View
from forensics.dossiers import DossierService
from forensics.flags import figure_for, flags_for
from forensics.injuries import InjuryService
from forensics.records import Examination, Injury, Subject
from forensics.rules import RuleFlag
from secure_store.errors import VaultLocked

from ..common.errors import show_error
from ..common.message_label import MessageLabel
from ..common.style import ACCENT, HEADER, INK
from ..common.worker import Token
from ..shell.workspaces import WorkspaceContext
from .bodymap_view import BodyMapView
from .flags_banner import FlagsBanner
from .injury_commands import InjuryStore
from .injury_dialog import InjuryDialog
from .injury_editing import InjuryEditing
from .injury_model import ID_ROLE, TYPE, InjuryModel
from .labels import region_name, term

PANEL_STYLE = f"""
QPushButton[segment="true"] {{ padding: 4px 8px; }}
QPushButton[segment="true"]:checked {{
    background: #d4e6f1; border: 1px solid {ACCENT}; color: {HEADER};
}}
QLabel#hoverRegion {{ color: {ACCENT}; font-weight: bold; }}
QLabel#bodyMapStatus {{ color: {INK}; }}
"""


@dataclass(frozen=True)
class _Loaded:
    exam: Examination
    subject: Subject
    injuries: list[Injury]


class BodyMapPanel(QWidget):
    """Body map and injury list of one examination, kept in step both ways.

    Signals:
        flags_changed(object): the list of :class:`RuleFlag` after each evaluation.
    """

    flags_changed = Signal(object)

    def __init__(
        self, context: WorkspaceContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMapPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.context = context
        self.undo_stack = undo_stack
        self.examination_id: str | None = None
        self.sealed = False
        self.flags: list[RuleFlag] = []
        self._syncing = False
        self._stale = False
        self._held: _Loaded | None = None
        context.session.replaced.connect(self._session_replaced)
        self.model = InjuryModel()
        self.store = InjuryStore(context.session, context.workers, self.model)
        self.banner = FlagsBanner()
        self.map = BodyMapView()
        self.table = self._table()
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.edit_button.setObjectName("editInjuryButton")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.setObjectName("deleteInjuryButton")
        self.delete_action = QAction(self.tr("Letsel verwijderen"), self)
        self.delete_action.setObjectName("deleteInjuryAction")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addAction(self.delete_action)
        self.delete_button.clicked.connect(self.delete_action.trigger)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hover_label = QLabel()
        self.hover_label.setObjectName("hoverRegion")
        # Region names come and go under the pointer; they must not widen the panel.
        self.hover_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hover_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status = MessageLabel("bodyMapStatus")
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.editing = InjuryEditing(self)
        self._layout()
        self._connect()
        self.set_examination(None)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("injuryTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TYPE, QHeaderView.ResizeMode.Stretch)  # the place stays whole
        header.setStretchLastSection(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setMinimumHeight(120)  # three rows stay in view however long the flags are
        return table

    def _layout(self) -> None:
        views = QHBoxLayout()
        views.setSpacing(4)
        for view in View:
            label = term(view)
            button = QPushButton(label[:1].upper() + label[1:])
            button.setObjectName(f"view_{view.code}")
            button.setCheckable(True)
            button.setProperty("segment", True)
            self.view_buttons.addButton(button)
            views.addWidget(button)
        views.addStretch(1)
        views.addWidget(self.hover_label)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(views)
        column.addWidget(self.map, 1)
        column.addWidget(self.hint)
        column.addWidget(self.status)
        title = QLabel(self.tr("Letsels"))
        title.setObjectName("subtitle")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.count_label)
        heading.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        injuries = QWidget()
        side = QVBoxLayout(injuries)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(heading)
        side.addWidget(self.table, 1)
        side.addLayout(buttons)
        # The flags sit beside the map, above the list: the drawing keeps the full height.
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("bodyMapSideSplitter")
        right.setChildrenCollapsible(False)
        right.addWidget(self.banner)
        right.addWidget(injuries)
        right.setSizes([520, 220])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("bodyMapSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.view_buttons.buttonClicked.connect(
            lambda button: self.show_view(View.from_code(button.objectName()[len("view_") :]))
        )
        self.map.marker_selected.connect(self._marker_selected)
        self.map.hovered.connect(self._hovered)
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        for signal in (
            self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
            self.model.dataChanged,
        ):  # fmt: skip
            signal.connect(self._model_changed)
        self.store.stored.connect(self._stored)
        self.store.removed.connect(self._removed)
        self.store.failed.connect(self._store_failed)

    # -- which examination ----------------------------------------------------------------
    def set_examination(self, examination_id: str | None) -> None:
        """Show the body map of ``examination_id`` (None: nothing)."""
        self.examination_id = examination_id
        self._held = None
        self.flags = []
        self.banner.show_flags([], {})
        self.model.set_injuries(self.model.figure, [])
        self.status.setText("")
        self._set_enabled(False)
        if examination_id is not None:
            self.reload()

    def reload(self) -> None:
        """Read drawing, injuries and flags of the shown examination again from the vault."""
        if self.examination_id is None:
            return
        dossiers, examination_id = self._dossiers(), self.examination_id

        def load(token: Token) -> _Loaded:
            del token
            exam = dossiers.examination(examination_id)
            subject = dossiers.subject(exam.subject_id)
            return _Loaded(exam, subject, InjuryService(dossiers).of_examination(examination_id))

        self.context.workers.run(
            "forensic.bodymap.load", load, on_result=self._loaded, on_error=self._load_failed
        )

    def _dossiers(self) -> DossierService:
        return DossierService(self.context.session.session)

    def _loaded(self, loaded: _Loaded) -> None:
        if loaded.exam.id != self.examination_id:
            return
        selected = self.selected_id()
        self._held = loaded
        self.sealed = loaded.exam.is_sealed
        self.map.set_read_only(self.sealed)
        self.model.set_injuries(figure_for(loaded.subject, loaded.exam), loaded.injuries)
        view = self.map.view or View.ANTERIOR
        self.map.figure = None  # the figure may have changed with the examination date
        self.show_view(view)
        self.refresh_flags()
        self._set_enabled(True)
        if selected:
            self.select(selected)

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, VaultLocked):
            # Locked meanwhile: the unlock screen says so; read again once unlocked.
            self._stale = True
            return
        show_error(self, exc)

    def _session_replaced(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def _set_enabled(self, ready: bool) -> None:
        self.map.setEnabled(ready)
        self.table.setEnabled(ready)
        for button in self.view_buttons.buttons():
            button.setEnabled(ready)
        self._update_buttons()
        if not ready:
            self.hint.setText("")
        elif self.sealed:
            self.hint.setText(self.tr("Afgesloten onderzoek: de kaart is alleen te bekijken."))
        else:
            self.hint.setText(
                self.tr(
                    "Klik op de kaart om een letsel vast te leggen; sleep een nummer om het te verplaatsen."
                )
            )

    # -- views ----------------------------------------------------------------------------
    def show_view(self, view: View) -> None:
        """Show front, back or head of the examination's drawing with its markers."""
        self.map.show_drawing(self.model.figure, view)
        for button in self.view_buttons.buttons():
            button.setChecked(button.objectName() == f"view_{view.code}")
        self._place_markers()
        self.map.select(self.selected_id())  # quietly: the list already has this selection

    def _place_markers(self) -> None:
        flagged = frozenset(i for f in self.flags for i in f.injury_ids)
        self.map.set_markers(self.model.rows, flagged)

    def _model_changed(self) -> None:
        self._place_markers()
        count = self.model.rowCount()
        self.count_label.setText(
            self.tr("1 letsel") if count == 1 else self.tr("{0} letsels").format(count)
        )
        self._update_buttons()

    # -- selection, both ways --------------------------------------------------------------
    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else None

    def select(self, injury_id: str | None) -> None:
        """Select ``injury_id`` in the list and on the map (switching view if needed)."""
        row = self.model.row_of(injury_id) if injury_id else -1
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        selection.select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))

    def _row_selected(self) -> None:
        self._update_buttons()
        if self._syncing:
            return
        injury = self.model.get(self.selected_id() or "")
        self._syncing = True
        try:
            if injury is not None and self.map.view and injury.point.view != self.map.view.code:
                self.show_view(View.from_code(injury.point.view))
            self.map.select(injury.id if injury else None)
        finally:
            self._syncing = False

    def _marker_selected(self, injury_id: str | None) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.select(injury_id)
        finally:
            self._syncing = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None and self.examination_id is not None
        self.edit_button.setEnabled(has)
        self.edit_button.setText(self.tr("Bekijken…") if self.sealed else self.tr("Bewerken…"))
        self.delete_button.setEnabled(has and not self.sealed)
        self.delete_action.setEnabled(has and not self.sealed)

    # -- clicking, dragging ---------------------------------------------------------------
    def _hovered(self, region: Region | None) -> None:
        self.hover_label.setText(region_name(region) if region is not None else "")

    # -- the physician's hand: see InjuryEditing -----------------------------------------
    @property
    def injury_dialog(self) -> InjuryDialog | None:
        """The injury form while it is open."""
        return self.editing.dialog

    def edit_selected(self) -> InjuryDialog | None:
        """Open the form of the selected injury (read-only when sealed)."""
        return self.editing.edit_selected()

    def delete_selected(self) -> None:
        """Delete the selected injury, as one undoable step."""
        self.editing.delete_selected()

    def place_markers(self) -> None:
        """Put every marker back where the model (the vault) has it."""
        self._place_markers()

    # -- results from the vault -----------------------------------------------------------
    def _stored(self, injury: Injury) -> None:
        self.select(injury.id)
        self.refresh_flags()

    def _removed(self, injury_id: str) -> None:
        del injury_id
        self.refresh_flags()

    def _store_failed(self, exc: BaseException) -> None:
        # The history no longer matches the vault; start again from what the vault holds.
        self.undo_stack.clear()
        if isinstance(exc, VaultLocked):
            self._stale = True
            return
        show_error(self, exc)
        self.reload()

    def refresh_flags(self) -> None:
        """Evaluate the clinical rules again for the injuries the vault now holds.

        The list mirrors only what the vault confirmed, so the rules run on it directly: no
        round trip, and no extra reads in the audit log after every change.
        """
        held = self._held
        if held is None or held.exam.id != self.examination_id:
            return
        self._show_flags(flags_for(held.subject, held.exam, self.model.rows))

    def _show_flags(self, flags: list[RuleFlag]) -> None:
        self.flags = flags
        numbers = {i.id: i.number for i in self.model.rows}
        self.banner.show_flags(flags, numbers)
        self.model.set_flagged(frozenset(i for f in flags for i in f.injury_ids))
        self._place_markers()
        self.flags_changed.emit(flags)
