"""Veiligheidsplan: the household's plan — risks, agreements, who to call, review date.

Each part is written as on paper, one line per entry with ``;`` between the columns; the
domain's :class:`opvang.veiligheidsplan.Veiligheidsplan` checks what is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opvang.errors import InvalidRecord
from opvang.safety_plans import SafetyPlanService
from opvang.veiligheidsplan import Agreement, Contact, Risk
from secure_store.session import Session

from ..common.style import set_primary
from .client_data import ClientBundle
from .date_field import DateField

if TYPE_CHECKING:
    from .client_page import ClientPage


def _columns(text: str, count: int) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        if line.strip():
            parts = [p.strip() for p in line.split(";", count - 1)]
            rows.append((parts + [""] * count)[:count])
    return rows


def parse_risks(text: str) -> tuple[Risk, ...]:
    """``risico ; maatregel`` per line."""
    return tuple(Risk(r[0], r[1]) for r in _columns(text, 2))


def parse_agreements(text: str) -> tuple[Agreement, ...]:
    """``afspraak ; wie`` per line."""
    return tuple(Agreement(r[0], r[1]) for r in _columns(text, 2))


def parse_contacts(text: str) -> tuple[Contact, ...]:
    """``naam ; rol ; telefoon`` per line."""
    return tuple(Contact(r[0], r[1], r[2]) for r in _columns(text, 3))


def _editor(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class SafetyTab(QWidget):
    """The household's veiligheidsplan."""

    def __init__(self, page: ClientPage) -> None:
        super().__init__()
        self.setObjectName("safetyTab")
        self.page = page
        self.status = QLabel()
        self.status.setObjectName("safetyStatus")
        self.status.setWordWrap(True)
        self.made_on = DateField("safetyMadeOn")
        self.review_on = DateField("safetyReviewOn")
        self.risks = _editor(
            "safetyRisks", self.tr("Eén per regel:  risico ; wat het kleiner maakt")
        )
        self.agreements = _editor("safetyAgreements", self.tr("Eén per regel:  afspraak ; wie"))
        self.contacts = _editor(
            "safetyContacts", self.tr("Eén per regel:  naam ; rol ; telefoonnummer")
        )
        self.save_button = QPushButton(self.tr("Veiligheidsplan opslaan"))
        self.save_button.setObjectName("safetySave")
        set_primary(self.save_button)
        self.save_button.clicked.connect(self.save)
        dates = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Gemaakt of bijgewerkt op"), self.made_on)
        form.addRow(self.tr("Evalueren op"), self.review_on)
        dates.addLayout(form)
        dates.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(dates)
        for title, editor in (
            (self.tr("Risico's"), self.risks),
            (self.tr("Afspraken"), self.agreements),
            (self.tr("Wie bellen"), self.contacts),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(editor)
            layout.addWidget(box, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def show_bundle(self, bundle: ClientBundle) -> None:
        stored = bundle.household_plan
        if stored is None:
            self.status.setText(self.tr("Er is nog geen veiligheidsplan voor dit huishouden."))
            self.status.setProperty("state", "")
            self.made_on.set_value(bundle.today)
            self.review_on.clear()
            for editor in (self.risks, self.agreements, self.contacts):
                editor.clear()
        else:
            plan = stored.plan
            late = plan.is_review_overdue(bundle.today)
            self.status.setText(
                self.tr("✘ De evaluatie is te laat: bespreek het plan opnieuw.")
                if late
                else self.tr("Plan van het huishouden, bijgewerkt door {0}.").format(
                    stored.updated_by
                )
            )
            self.status.setProperty("state", "broken" if late else "")
            self.made_on.set_value(plan.made_on)
            self.review_on.set_value(plan.review_on)
            self.risks.setPlainText(
                "\n".join(f"{r.description} ; {r.measures}" for r in plan.risks)
            )
            self.agreements.setPlainText("\n".join(f"{a.text} ; {a.who}" for a in plan.agreements))
            self.contacts.setPlainText(
                "\n".join(f"{c.name} ; {c.role} ; {c.phone}" for c in plan.contacts)
            )
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def save(self) -> None:
        bundle = self.page.bundle
        if bundle is None:
            return
        household_id = bundle.household.id
        made, review = self.made_on.value(), self.review_on.value()
        texts = (
            self.risks.toPlainText(),
            self.agreements.toPlainText(),
            self.contacts.toPlainText(),
        )

        def store(session: Session) -> None:
            if made is None or review is None:
                raise InvalidRecord("Vul beide datums in als dd-mm-jjjj.")
            SafetyPlanService(session).save(
                household_id, made, review, parse_risks(texts[0]), parse_agreements(texts[1]),
                parse_contacts(texts[2]),
            )  # fmt: skip

        self.page.change("opvang.safety_plan.save", store)
