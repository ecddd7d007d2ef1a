"""One open examination: who and when in the header, its tabs, undo and redo, and export.

The tabs come from a registry (:data:`desktop.forensics.workspace.EXAMINATION_TABS`): each is
built once with the workspace context and the examination's undo stack, and is told with
``set_examination`` whenever another examination is opened. The undo stack belongs to the open
examination, so it is cleared on every switch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar, cast

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forensics.dossiers import DossierService, SubjectSummary
from forensics.records import Examination, Subject
from forensics.rules import RuleFlag
from forensics.transfer import Transfer, TransferService

from ..common.errors import show_error
from ..common.worker import Token
from ..shell.workspaces import WorkspaceContext
from .bodymap_panel import BodyMapPanel
from .examination_editor import ExaminationEditor
from .export_hooks import EXPORT_HOOKS, ExportHook, run_export
from .labels import age_text, day, moment, term
from .subject_overview import SubjectOverview

TabFactory = Callable[[WorkspaceContext, QUndoStack], QWidget]
PanelT = TypeVar("PanelT", bound=QWidget)


class ExaminationPanel(Protocol):
    """What every examination tab offers: follow the open examination (None: none)."""

    def set_examination(self, examination_id: str | None) -> None: ...


@dataclass(frozen=True)
class ExaminationTab:
    """One tab of the examination area; ``title`` is called when the tab is built."""

    title: Callable[[], str]
    factory: TabFactory
    key: str = ""


class ActionButton(QPushButton):
    """A button for an action with a short fixed text; the action's full text ("Ongedaan maken
    Letsel 3 verplaatsen") and its shortcut are the tooltip, so the row does not jump as the
    history changes.
    """

    def __init__(self, action: QAction, text: str, name: str) -> None:
        super().__init__(text)
        self.setObjectName(name)
        self._action = action
        self.clicked.connect(action.trigger)
        action.changed.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        # The action may already be half destroyed when the window closes.
        if shiboken6.isValid(self._action):
            text = self._action.text()
            keys = self._action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.setEnabled(self._action.isEnabled())
            self.setToolTip(f"{text} ({keys})" if keys else text)
            self.setAccessibleName(text)


class ExaminationArea(QWidget):
    """The open examination, or a calm hint to choose one.

    Signals:
        examination_saved(object): an :class:`Examination` the editor saved.
    """

    examination_saved = Signal(object)

    def __init__(
        self,
        context: WorkspaceContext,
        tabs: list[ExaminationTab],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("examinationArea")
        self.context = context
        self.examination_id: str | None = None
        self.last_export_message: QMessageBox | None = None
        self._flag_source: QWidget | None = None
        self.exam: Examination | None = None
        self.subject: Subject | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_action = self._undo_actions()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("examinationTabs")
        self.tabs.setDocumentMode(False)
        self.panels: list[QWidget] = []
        for spec in tabs:
            self._add_tab(spec)
        self.name_label = QLabel()
        self.name_label.setObjectName("title")
        self.person_label = QLabel()
        self.person_label.setObjectName("examinationPerson")
        self.person_label.setWordWrap(True)
        self.visit_label = QLabel()
        self.visit_label.setObjectName("hint")
        self.visit_label.setWordWrap(True)
        self.flags_chip = QPushButton()
        self.flags_chip.setObjectName("flagsChip")
        self.flags_chip.setStyleSheet(
            "QPushButton#flagsChip { background: #fff4e5; border: 1px solid #f0b429;"
            " border-radius: 11px; padding: 3px 12px; color: #8a5a00; font-weight: bold; }"
        )
        self.flags_chip.setCursor(Qt.CursorShape.PointingHandCursor)
        self.flags_chip.clicked.connect(self._show_flagged_tab)
        self.flags_chip.hide()
        self.export_button = self._export_button()
        self.stack = QStackedWidget()
        self.empty = SubjectOverview()
        self.empty.setObjectName("noExamination")
        self.empty.show_hint(
            self.tr("Geen onderzoek geopend"),
            self.tr(
                "Kies links een dossier en daaronder een onderzoek, of maak een nieuw dossier. "
                "Wat u schrijft en op de lichaamskaart vastlegt, wordt vanzelf in de kluis "
                "opgeslagen."
            ),
        )
        self.overview = SubjectOverview()
        self._overview_subject = ""
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._content())
        self.stack.addWidget(self.overview)
        self._subject_chosen = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # -- building -------------------------------------------------------------------------
    def _undo_actions(self) -> QAction:
        undo = self.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        undo.setObjectName("undoAction")
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        redo = self.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        redo.setObjectName("redoAction")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(undo)
        self.addAction(redo)
        self.redo_action = redo
        return undo

    def _add_tab(self, spec: ExaminationTab) -> None:
        widget = spec.factory(self.context, self.undo_stack)
        if not callable(getattr(widget, "set_examination", None)):
            raise TypeError(f"examination tab {spec.title()!r} has no set_examination")
        if spec.key:
            widget.setObjectName(widget.objectName() or f"tab_{spec.key}")
        self.panels.append(widget)
        self.tabs.addTab(widget, spec.title())
        # The two built-in tabs talk to the header; tabs of other parts only follow the
        # examination (their own signals mean their own things).
        if isinstance(widget, ExaminationEditor):
            widget.saved.connect(self._saved)
        if isinstance(widget, BodyMapPanel):
            widget.flags_changed.connect(lambda found, w=widget: self._flags_changed(w, found))

    def _export_button(self) -> QPushButton:
        button = QPushButton(self.tr("Exporteren"))
        button.setObjectName("exportButton")
        menu = QMenu(button)
        menu.setToolTipsVisible(True)
        menu.setObjectName("exportMenu")
        menu.aboutToShow.connect(lambda: self._fill_export_menu(menu))
        button.setMenu(menu)
        self._fill_export_menu(menu)
        return button

    def _fill_export_menu(self, menu: QMenu) -> None:
        # Rebuilt on every opening, so entries registered later (at merge) show up.
        menu.clear()
        session = self.context.session.session
        for hook in EXPORT_HOOKS:
            action = menu.addAction(hook.title())
            action.setObjectName(f"export_{hook.key}")
            if hook.area is not None and not session.can(hook.area):
                action.setEnabled(False)
                action.setToolTip(self.tr("Uw rol geeft geen toegang tot dit soort stuk."))
            action.triggered.connect(lambda _=False, h=hook: self.export(h))

    def _content(self) -> QWidget:
        corner = QWidget()
        buttons = QHBoxLayout(corner)
        buttons.setContentsMargins(0, 0, 0, 4)
        buttons.addWidget(ActionButton(self.undo_action, self.tr("Ongedaan maken"), "undoButton"))
        buttons.addWidget(ActionButton(self.redo_action, self.tr("Opnieuw"), "redoButton"))
        buttons.addWidget(self.export_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.name_label)
        who.addWidget(self.person_label)
        who.addWidget(self.visit_label)
        header = QFrame()
        header.setObjectName("examinationHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 12, 16, 10)
        row.addLayout(who, 1)
        row.addWidget(self.flags_chip, 0, Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 8)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)
        return content

    # -- the open examination -------------------------------------------------------------
    def set_examination(self, examination_id: str | None) -> None:
        """Open ``examination_id`` in every tab (None: close); the undo history starts anew."""
        if examination_id == self.examination_id:
            return
        self.examination_id = examination_id
        self.exam = self.subject = None
        self.undo_stack.clear()
        self.flags_chip.hide()
        for panel in self.panels:
            cast(ExaminationPanel, panel).set_examination(examination_id)
        self._show_page()
        if examination_id is None:
            return
        service = DossierService(self.context.session.session)

        def load(token: Token) -> tuple[Examination, Subject]:
            del token
            exam = service.examination(examination_id)
            return exam, service.subject(exam.subject_id)

        self.context.workers.run(
            "forensic.examination.header", load, on_result=self._show_header,
            on_error=self._show_error,
        )  # fmt: skip

    def show_subject(self, subject: SubjectSummary | None, examinations: int) -> None:
        """The chosen person's card, shown while no examination is open."""
        self._subject_chosen = subject is not None
        if subject is not None:
            today = self.context.clock.now().astimezone().date()
            self.overview.show_subject(subject, examinations, today)
            self._overview_subject = subject.id
            self._load_transfers(subject.id)
        self._show_page()

    def _load_transfers(self, subject_id: str) -> None:
        session = self.context.session.session

        def load(token: Token) -> list[Transfer]:
            del token
            return TransferService(session).transfers(subject_id)

        def shown(transfers: list[Transfer]) -> None:
            if self._overview_subject == subject_id:  # not a person chosen before
                self.overview.show_transfers(transfers)

        self.context.workers.run(
            "forensic.subject.transfers", load, on_result=shown, on_error=self._show_error
        )

    def _show_page(self) -> None:
        if self.examination_id is not None:
            self.stack.setCurrentIndex(1)
        else:
            self.stack.setCurrentIndex(2 if self._subject_chosen else 0)

    def _show_header(self, loaded: tuple[Examination, Subject]) -> None:
        exam, subject = loaded
        if exam.id != self.examination_id:
            return
        self.exam, self.subject = exam, subject
        self.name_label.setText(subject.name)
        self.person_label.setText(
            self.tr("{0} · geboren {1} · {2} bij het onderzoek · pseudoniem {3}").format(
                term(subject.sex),
                day(subject.date_of_birth),
                age_text(subject.date_of_birth, exam.examined_at.date()),
                subject.pseudonym,
            )
        )
        state = self.tr("afgesloten") if exam.is_sealed else self.tr("open")
        place = f" · {exam.place}" if exam.place else ""
        self.visit_label.setText(
            self.tr("Onderzoek {0}{1} · {2} · {3}").format(
                moment(exam.examined_at), place, term(exam.requester), state
            )
        )

    def _saved(self, exam: Examination) -> None:
        before = self.exam
        # Another date can mean another age, another drawing and other flags; the infant's
        # mobility changes the sentinel-injury flag.
        moved = before is not None and (
            exam.examined_at != before.examined_at or exam.cruising != before.cruising
        )
        if self.subject is not None and exam.id == self.examination_id:
            self._show_header((exam, self.subject))
        if moved:
            for panel in self.panels:
                if isinstance(panel, BodyMapPanel):
                    panel.reload()
        self.examination_saved.emit(exam)

    # -- flags ----------------------------------------------------------------------------
    def _flags_changed(self, source: QWidget, flags: list[RuleFlag]) -> None:
        self._flag_source = source
        if not flags:
            self.flags_chip.hide()
            return
        self.flags_chip.setText(
            self.tr("⚑ 1 signalering") if len(flags) == 1
            else self.tr("⚑ {0} signaleringen").format(len(flags))
        )  # fmt: skip
        self.flags_chip.setToolTip("\n".join(f"{term(f.rule)}: {term(f.criterion)}" for f in flags))
        self.flags_chip.show()

    def _show_flagged_tab(self) -> None:
        if self._flag_source is not None:
            self.tabs.setCurrentWidget(self._flag_source)

    # -- export ---------------------------------------------------------------------------
    def export(self, hook: ExportHook) -> None:
        """Run an export entry for the open examination (pending edits are saved first)."""
        if self.examination_id is None:
            return
        for panel in self.panels:
            if isinstance(panel, ExaminationEditor):
                panel.autosaver.flush()
        self.last_export_message = run_export(hook, self.context, self.examination_id, self)

    def panel(self, kind: type[PanelT]) -> PanelT:
        """The tab of type ``kind`` (tests, screenshots)."""
        return next(p for p in self.panels if isinstance(p, kind))

    def _show_error(self, exc: BaseException) -> None:
        show_error(self, exc)
