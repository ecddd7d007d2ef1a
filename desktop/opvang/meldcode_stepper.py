"""The meldcode stepper: five steps in order, the afwegingskader with its decision shown live.

What may be recorded next, and what the answers decide, are the domain's rules
(:mod:`opvang.meldcode`, :func:`opvang.afwegingskader.decide`); the stepper only shows the step
that is next and the outcome the answers lead to.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from opvang.afwegingskader import (
    MeldcodeDecision,
    Outcome,
    decide,
)
from opvang.concerns import StoredConcern
from opvang.errors import IncompleteWeighing
from opvang.meldcode import Action, MeldcodeStep, SkipReason

from ..common.style import set_primary
from .date_field import DateField
from .tasks import dutch_date, opvang_error_text
from .weighing_form import WeighingForm

StepCall = Callable[..., None]


class MeldcodeStepper(QWidget):
    """One concern through the five steps.

    Args:
        record: ``record(method_name, *args)`` stores a step on the vault worker through the
            client page (``complete_step``, ``skip_conversation``, ``weigh``, ``decide``,
            ``report_acute`` of :class:`opvang.concerns.ConcernService`).
    """

    def __init__(self, record: StepCall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meldcodeStepper")
        self.record = record
        self.concern: StoredConcern | None = None
        self.today = date.today()
        self.step_labels: list[QLabel] = []
        steps = QGroupBox(self.tr("De vijf stappen"))
        steps_layout = QVBoxLayout(steps)
        for step in MeldcodeStep:
            label = QLabel()
            label.setObjectName(f"stepLabel{step.value}")
            label.setWordWrap(True)
            steps_layout.addWidget(label)
            self.step_labels.append(label)
        self.date_field = DateField("stepDate")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("stepNotes")
        self.notes.setFixedHeight(64)
        self.notes.setPlaceholderText(
            self.tr("Wat is er gedaan, met wie besproken, wat is de uitkomst")
        )
        self.stack = QStackedWidget()
        self.stack.setObjectName("stepForms")
        self.plain_page = self._plain_page()
        self.weigh_page = self._weigh_page()
        self.decide_page = self._decide_page()
        self.done_page = QLabel()
        self.done_page.setObjectName("meldcodeDone")
        self.done_page.setWordWrap(True)
        self.action_rows = QStackedWidget()
        for page, actions in (
            (self.plain_page, self.plain_actions),
            (self.weigh_page, self.weigh_actions),
            (self.decide_page, self.decide_actions),
            (self.done_page, QWidget()),
        ):
            self.stack.addWidget(page)
            self.action_rows.addWidget(actions)
        self.stack.currentChanged.connect(self._fit_stack)
        self.current = QGroupBox()
        current_layout = QVBoxLayout(self.current)
        form = QFormLayout()
        form.addRow(self.tr("Datum"), self.date_field)
        form.addRow(self.tr("Notities"), self.notes)
        self.common_fields = QWidget()
        self.common_fields.setLayout(form)
        current_layout.addWidget(self.stack)
        current_layout.addWidget(self.common_fields)
        current_layout.addWidget(self.action_rows)
        self.acute_button = QPushButton(self.tr("Acuut gevaar: nu melden bij Veilig Thuis"))
        self.acute_button.setObjectName("reportAcute")
        self.acute_button.clicked.connect(lambda: self._record("report_acute"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(steps)
        layout.addWidget(self.current)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.acute_button)
        layout.addLayout(row)
        layout.addStretch(1)

    def _fit_stack(self, index: int) -> None:
        """Size the stack to the page shown, not to its tallest page."""
        for n in range(self.stack.count()):
            page = self.stack.widget(n)
            assert page is not None
            vertical = QSizePolicy.Policy.Preferred if n == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.action_rows.setCurrentIndex(index)
        self.stack.adjustSize()

    # -- the forms ------------------------------------------------------------------------
    def _plain_page(self) -> QWidget:
        page = QWidget()
        self.complete_button = QPushButton(self.tr("Stap vastleggen"))
        self.complete_button.setObjectName("completeStep")
        set_primary(self.complete_button)
        self.complete_button.clicked.connect(lambda: self._record("complete_step", self._step()))
        self.skip_reason = QComboBox()
        self.skip_reason.setObjectName("skipReason")
        for reason in (SkipReason.SAFETY, SkipReason.CONTACT_AT_RISK):
            self.skip_reason.addItem(reason.label, reason)
        self.skip_button = QPushButton(self.tr("Gesprek overslaan om deze reden"))
        self.skip_button.setObjectName("skipConversation")
        self.skip_button.clicked.connect(
            lambda: self._record("skip_conversation", self.skip_reason.currentData())
        )
        self.skip_box = QWidget()
        skip_row = QHBoxLayout(self.skip_box)
        skip_row.setContentsMargins(0, 0, 0, 0)
        skip_row.addWidget(self.skip_reason, 1)
        skip_row.addWidget(self.skip_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.skip_box)
        self.plain_actions = self._actions(self.complete_button)
        return page

    def _weigh_page(self) -> QWidget:
        page = QWidget()
        self.weighing = WeighingForm()
        self.weighing.setObjectName("weighingForm")
        self.decision_label = QLabel()
        self.decision_label.setObjectName("decisionLabel")
        self.decision_label.setWordWrap(True)
        self.decision_label.setTextFormat(Qt.TextFormat.RichText)
        self.decision_label.setStyleSheet(
            "QLabel { background: white; border-left: 4px solid #2c6e8f; padding: 8px; }"
        )
        self.weigh_button = QPushButton(self.tr("Afweging vastleggen"))
        self.weigh_button.setObjectName("recordWeighing")
        set_primary(self.weigh_button)
        self.weigh_button.clicked.connect(self._weigh)
        self.weighing.changed.connect(self._show_decision)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.weighing)
        layout.addWidget(self.decision_label)
        self.weigh_actions = self._actions(self.weigh_button)
        return page

    def _decide_page(self) -> QWidget:
        page = QWidget()
        self.decided_text = QLabel()
        self.decided_text.setObjectName("decidedText")
        self.decided_text.setWordWrap(True)
        self.report_check = QCheckBox(Action.REPORT.label.capitalize())
        self.report_check.setObjectName("actionReport")
        self.help_check = QCheckBox(Action.HELP.label.capitalize())
        self.help_check.setObjectName("actionHelp")
        self.decide_button = QPushButton(self.tr("Besluit vastleggen"))
        self.decide_button.setObjectName("recordDecision")
        set_primary(self.decide_button)
        self.decide_button.clicked.connect(self._decide)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.decided_text)
        layout.addWidget(self.report_check)
        layout.addWidget(self.help_check)
        self.decide_actions = self._actions(self.decide_button)
        return page

    @staticmethod
    def _actions(*buttons: QPushButton) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        for button in buttons:
            layout.addWidget(button)
        return row

    # -- showing --------------------------------------------------------------------------
    def show_concern(self, concern: StoredConcern, today: date) -> None:
        """Show ``concern`` with its next step open."""
        changed = (
            self.concern is None
            or self.concern.id != concern.id
            or (len(self.concern.concern.records) != len(concern.concern.records))
        )
        self.concern, self.today = concern, today
        records = {r.step: r for r in concern.concern.records}
        upcoming = concern.concern.next_step
        for step, label in zip(MeldcodeStep, self.step_labels, strict=True):
            record = records.get(step)
            if record is not None:
                what = (
                    self.tr("overgeslagen: {0}").format(record.skipped_because.label)
                    if record.skipped_because
                    else record.notes
                )
                text = f"✔ {step.label} — {dutch_date(record.on)}, {record.by}" + (
                    f": {what}" if what else ""
                )
            elif step is upcoming:
                text = f"➜ <b>{step.label}</b>"
            else:
                text = f"○ {step.label}"
            label.setTextFormat(
                Qt.TextFormat.RichText if step is upcoming else Qt.TextFormat.PlainText
            )
            label.setText(text)
        if changed:
            self.date_field.set_value(today)
            self.notes.clear()
        self.acute_button.setVisible(upcoming is not None)
        self.common_fields.setVisible(upcoming is not None)
        if upcoming is None:
            self.current.setTitle(self.tr("Afgerond"))
            self.done_page.setText(self._done_text(concern))
            self.stack.setCurrentWidget(self.done_page)
        elif upcoming is MeldcodeStep.WEIGH:
            self.current.setTitle(upcoming.label)
            self.stack.setCurrentWidget(self.weigh_page)
            self._show_decision()
        elif upcoming is MeldcodeStep.DECIDE:
            self.current.setTitle(upcoming.label)
            self._prepare_decision(concern.concern.decision)
            self.stack.setCurrentWidget(self.decide_page)
        else:
            self.current.setTitle(upcoming.label)
            self.skip_box.setVisible(upcoming is MeldcodeStep.TALK_WITH_CLIENT)
            self.stack.setCurrentWidget(self.plain_page)

    def _done_text(self, concern: StoredConcern) -> str:
        decision = concern.concern.decision
        lines = [self.tr("Alle vijf stappen zijn vastgelegd.")]
        if decision is not None:
            lines.append(self.tr("Uitkomst afwegingskader: {0}.").format(decision.outcome.label))
        actions = ", ".join(a.label for a in sorted(concern.concern.actions, key=lambda a: a.value))
        lines.append(self.tr("Gedaan: {0}.").format(actions or self.tr("geen actie")))
        lines.append(self.tr("Urgentie: {0}.").format(concern.urgency.label))
        return "\n".join(lines)

    def _show_decision(self) -> None:
        answers = self.weighing.answers()
        try:
            decision = decide(answers)
        except IncompleteWeighing as exc:
            self.decision_label.setText(opvang_error_text(exc))
            self.decision_label.setProperty("outcome", "")
            self.weigh_button.setEnabled(False)
            return
        needs_urgency = answers.unsafety is True and self.weighing.chosen_urgency() is None
        reasoning = "<br>".join(decision.reasoning)
        extra = (
            "<br><b>" + self.tr("Kies of de onveiligheid acuut of structureel is.") + "</b>"
            if needs_urgency
            else ""
        )
        self.decision_label.setText(
            "<b>"
            + self.tr("Besluit: {0}").format(decision.outcome.label)
            + f"</b><br>{reasoning}{extra}"
        )
        self.decision_label.setProperty("outcome", decision.outcome.value)
        self.weigh_button.setEnabled(not needs_urgency)

    def _prepare_decision(self, decision: MeldcodeDecision | None) -> None:
        outcome = decision.outcome if decision else None
        self.decided_text.setText(
            self.tr("Het afwegingskader kwam uit op: {0}.").format(outcome.label) if outcome else ""
        )
        self.report_check.setChecked(outcome is Outcome.REPORT)
        self.help_check.setChecked(outcome is Outcome.HELP)

    def decision_text(self) -> str:
        """The decision shown for the current answers (tests, screenshots)."""
        return self.decision_label.text()

    # -- recording ------------------------------------------------------------------------
    def _step(self) -> MeldcodeStep:
        assert self.concern is not None and self.concern.concern.next_step is not None
        return self.concern.concern.next_step

    def _record(self, method: str, *args: object) -> None:
        if self.concern is None:
            return
        day = self.date_field.value() or self.today
        if method == "report_acute":
            self.record(method, self.concern.id, day, self.notes.toPlainText())
        elif method == "weigh":
            self.record(
                method, self.concern.id, *args[:1], day, self.notes.toPlainText(), *args[1:]
            )
        else:
            self.record(method, self.concern.id, *args, day, self.notes.toPlainText())

    def _weigh(self) -> None:
        self._record("weigh", self.weighing.answers(), self.weighing.chosen_urgency())

    def _decide(self) -> None:
        actions = set()
        if self.report_check.isChecked():
            actions.add(Action.REPORT)
        if self.help_check.isChecked():
            actions.add(Action.HELP)
        self._record("decide", frozenset(actions))
