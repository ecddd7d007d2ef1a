"""The fields of an examination, grouped the way a forensic report reads them.

The form knows nothing of saving: it shows an :class:`Examination`, and every edit the
physician makes comes out as ``edited(field, value)`` with the value the domain stores.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from forensics.age import AgeAtExamination
from forensics.records import Consent, Examination
from forensics.rules import SENTINEL_BELOW_MONTHS
from forensics.vocabulary import ConclusionScale

from ..common.message_label import MessageLabel
from .dates import parse_day
from .examination_dialog import from_qdatetime, requester_combo, to_qdatetime
from .labels import day, term

TEXT_HEIGHT = 86
LABEL_WIDTH = 110
CRUISING_CHOICES: tuple[bool | None, ...] = (None, False, True)
"""The mobility combo's entries in order: not recorded, not yet cruising, cruising."""


def _text(name: str, placeholder: str, height: int = TEXT_HEIGHT) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _label(text: str) -> QLabel:
    # One width for the labels of every group, so the fields line up down the whole form.
    label = QLabel(text)
    label.setMinimumWidth(LABEL_WIDTH)
    return label


def _group(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return box, form


class ExaminationForm(QWidget):
    """Requester, question, consent, history, findings, conclusion and limitations.

    Signals:
        edited(str, object): a field of :data:`forensics.records.EDITABLE_FIELDS` and its value.
    """

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examinationForm")
        self._filling = False
        self._born: date | None = None
        self._consent = Consent()
        self._build_widgets()
        self._layout()
        self._connect()

    def _build_widgets(self) -> None:
        self.when_edit = QDateTimeEdit()
        self.when_edit.setObjectName("examinedAtEdit")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when_edit.setMaximumWidth(220)
        self.when_problem = MessageLabel("examinedAtProblem")
        self.when_problem.setProperty("ok", False)
        self.place_edit = _line("placeEdit", self.tr("bijv. GGD, spreekkamer 2"))
        self.requester_combo = requester_combo("requesterCombo")
        self.requester_detail_edit = _line("requesterDetailEdit", self.tr("naam of eenheid"))
        self.question_edit = _text(
            "questionEdit", self.tr("De vraag zoals de aanvrager die stelde")
        )
        self.consent_by_edit = _line(
            "consentByEdit", self.tr("bijv. betrokkene zelf, moeder (met gezag)")
        )
        self.consent_at_edit = _line("consentAtEdit", self.tr("dd-mm-jjjj"))
        self.consent_at_edit.setMaximumWidth(220)
        self.consent_at_problem = MessageLabel("consentAtProblem")
        self.consent_at_problem.setProperty("ok", False)
        self.consent_photos_check = QCheckBox(self.tr("Toestemming om foto's te maken"))
        self.consent_photos_check.setObjectName("consentPhotosCheck")
        self.consent_sharing_edit = _line(
            "consentSharingEdit", self.tr("met wie de bevindingen gedeeld mogen worden")
        )
        self.history_edit = _text("historyEdit", self.tr("Het verhaal zoals het verteld is"), 110)
        self.history_source_edit = _line("historySourceEdit", self.tr("wie vertelde het"))
        self.findings_edit = _text("findingsEdit", self.tr("Wat bij het onderzoek is gezien"), 110)
        self.cruising_label = _label(self.tr("Mobiliteit"))
        self.cruising_combo = QComboBox()
        self.cruising_combo.setObjectName("cruisingCombo")
        self.cruising_combo.addItems(
            [
                self.tr("niet vastgelegd"),
                self.tr("loopt nog niet langs meubels"),
                self.tr("loopt langs meubels (cruiset) of verder"),
            ]
        )
        self.cruising_combo.setToolTip(
            self.tr(
                "Voor de regel over sentinel-letsel bij zuigelingen: letsel bij een zuigeling "
                "die zich nog niet zelf verplaatst, vraagt om nader onderzoek."
            )
        )
        self.conclusion_combo = QComboBox()
        self.conclusion_combo.setObjectName("conclusionCombo")
        self.conclusion_combo.addItem(self.tr("nog niet vastgesteld"), "")
        for grade in ConclusionScale:
            self.conclusion_combo.addItem(term(grade), grade.code)
        self.conclusion_text_edit = _text(
            "conclusionTextEdit", self.tr("Onderbouwing van de duiding")
        )
        self.limitations_edit = _text(
            "limitationsEdit", self.tr("Wat de duiding beperkt, bijv. licht, tijd sinds het letsel")
        )

    def _layout(self) -> None:
        visit, form = _group(self.tr("Onderzoek"))
        form.addRow(_label(self.tr("Datum en tijd")), self.when_edit)
        form.addRow("", self.when_problem)
        form.addRow(_label(self.tr("Plaats")), self.place_edit)
        request, form = _group(self.tr("Aanvraag"))
        form.addRow(_label(self.tr("Aanvrager")), self.requester_combo)
        form.addRow(_label(self.tr("Namens")), self.requester_detail_edit)
        form.addRow(_label(self.tr("Vraagstelling")), self.question_edit)
        consent, form = _group(self.tr("Toestemming"))
        form.addRow(_label(self.tr("Gegeven door")), self.consent_by_edit)
        form.addRow(_label(self.tr("Datum")), self.consent_at_edit)
        form.addRow("", self.consent_at_problem)
        form.addRow("", self.consent_photos_check)
        form.addRow(_label(self.tr("Delen met")), self.consent_sharing_edit)
        history, form = _group(self.tr("Anamnese"))
        form.addRow(_label(self.tr("Verhaal")), self.history_edit)
        form.addRow(_label(self.tr("Verteld door")), self.history_source_edit)
        findings, form = _group(self.tr("Bevindingen"))
        form.addRow(_label(self.tr("Bevindingen")), self.findings_edit)
        form.addRow(self.cruising_label, self.cruising_combo)
        self._findings_form = form
        conclusion, form = _group(self.tr("Conclusie"))
        form.addRow(_label(self.tr("Duiding")), self.conclusion_combo)
        form.addRow(_label(self.tr("Toelichting")), self.conclusion_text_edit)
        form.addRow(_label(self.tr("Beperkingen")), self.limitations_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (visit, request, consent, history, findings, conclusion):
            layout.addWidget(box)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.when_edit.dateTimeChanged.connect(self._when_changed)
        self.place_edit.textEdited.connect(lambda t: self._emit("place", t))
        self.requester_combo.activated.connect(
            lambda: self._emit("requester", self.requester_combo.currentData())
        )
        self.requester_detail_edit.textEdited.connect(lambda t: self._emit("requester_detail", t))
        self.conclusion_combo.activated.connect(
            lambda: self._emit("conclusion", self.conclusion_combo.currentData())
        )
        self.cruising_combo.activated.connect(
            lambda index: self._emit("cruising", CRUISING_CHOICES[index])
        )
        self.history_source_edit.textEdited.connect(lambda t: self._emit("history_source", t))
        texts = {
            "question": self.question_edit,
            "history": self.history_edit,
            "findings": self.findings_edit,
            "conclusion_text": self.conclusion_text_edit,
            "limitations": self.limitations_edit,
        }
        for field, edit in texts.items():
            edit.textChanged.connect(lambda f=field, e=edit: self._emit(f, e.toPlainText()))
        self.consent_by_edit.textEdited.connect(self._consent_changed)
        self.consent_at_edit.textEdited.connect(self._consent_changed)
        self.consent_photos_check.toggled.connect(self._consent_changed)
        self.consent_sharing_edit.textEdited.connect(self._consent_changed)

    def _emit(self, field: str, value: Any) -> None:
        if not self._filling:
            self.edited.emit(field, value)

    # -- fields with checks --------------------------------------------------------------
    def _when_changed(self) -> None:
        when = from_qdatetime(self.when_edit.dateTime())
        # The age rules count on the stored (UTC) day; a date before the birth is not saved.
        wrong = self._born is not None and when.date() < self._born
        self.when_problem.setText(
            self.tr("Deze datum ligt voor de geboortedatum ({0}) en is niet opgeslagen.").format(
                day(self._born)
            )
            if wrong and self._born is not None
            else ""
        )
        if not wrong:
            self._emit("examined_at", when)

    def _consent_changed(self) -> None:
        typed = self.consent_at_edit.text().strip()
        given_on = parse_day(typed)
        if typed and given_on is None:
            self.consent_at_problem.setText(
                self.tr(
                    "Vul de datum in als dag-maand-jaar; de toestemming is nog niet opgeslagen."
                )
            )
            return
        self.consent_at_problem.setText("")
        self._consent = Consent(
            self.consent_by_edit.text().strip(),
            given_on.isoformat() if given_on else "",
            self.consent_photos_check.isChecked(),
            self.consent_sharing_edit.text().strip(),
        )
        self._emit("consent", self._consent)

    # -- showing an examination ----------------------------------------------------------
    def fill(self, exam: Examination, born: date) -> None:
        """Show ``exam`` (of a person born on ``born``) without reporting edits."""
        self._filling = True
        try:
            self._born = born
            self.when_edit.setDateTime(to_qdatetime(exam.examined_at))
            self.when_problem.setText("")
            self.place_edit.setText(exam.place)
            self.requester_combo.setCurrentIndex(self.requester_combo.findData(exam.requester))
            self.requester_detail_edit.setText(exam.requester_detail)
            self.question_edit.setPlainText(exam.question)
            self._fill_consent(exam.consent)
            self.history_edit.setPlainText(exam.history)
            self.history_source_edit.setText(exam.history_source)
            self.findings_edit.setPlainText(exam.findings)
            self.conclusion_combo.setCurrentIndex(
                max(0, self.conclusion_combo.findData(exam.conclusion))
            )
            self.conclusion_text_edit.setPlainText(exam.conclusion_text)
            self.limitations_edit.setPlainText(exam.limitations)
            self.cruising_combo.setCurrentIndex(CRUISING_CHOICES.index(exam.cruising))
            # Only an infant's mobility matters to the rules; older children and adults
            # never see the question.
            age = AgeAtExamination(born, exam.examined_at.date())
            infant = exam.examined_at.date() >= born and age.younger_than_months(
                SENTINEL_BELOW_MONTHS
            )
            self._findings_form.setRowVisible(self.cruising_combo, infant)
        finally:
            self._filling = False

    def _fill_consent(self, consent: Consent) -> None:
        self._consent = consent
        self.consent_by_edit.setText(consent.given_by)
        given_on = parse_day(consent.given_at)
        self.consent_at_edit.setText(day(given_on) if given_on else consent.given_at)
        self.consent_at_problem.setText("")
        self.consent_photos_check.setChecked(consent.photos)
        self.consent_sharing_edit.setText(consent.sharing)

    def set_read_only(self, read_only: bool) -> None:
        """A sealed examination is shown, never changed."""
        for edit in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            edit.setReadOnly(read_only)
        self.when_edit.setReadOnly(read_only)
        for widget in (
            self.requester_combo, self.conclusion_combo, self.consent_photos_check,
            self.cruising_combo,
        ):  # fmt: skip
            widget.setEnabled(not read_only)

    def values(self) -> dict[str, Any]:
        """What the form shows, as field values (tests and the editor's final flush)."""
        return {
            "examined_at": from_qdatetime(self.when_edit.dateTime()),
            "place": self.place_edit.text(),
            "requester": self.requester_combo.currentData(),
            "requester_detail": self.requester_detail_edit.text(),
            "question": self.question_edit.toPlainText(),
            "consent": self._consent,
            "history": self.history_edit.toPlainText(),
            "history_source": self.history_source_edit.text(),
            "findings": self.findings_edit.toPlainText(),
            "conclusion": self.conclusion_combo.currentData(),
            "conclusion_text": self.conclusion_text_edit.toPlainText(),
            "limitations": self.limitations_edit.toPlainText(),
            "cruising": CRUISING_CHOICES[self.cruising_combo.currentIndex()],
        }
