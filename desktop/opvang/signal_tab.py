"""Schoolsignaal: the Handle with Care task of a child — due, overdue or sent, and the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opvang.handle_with_care import Channel, SignalStatus, signal_text
from opvang.school_signals import SchoolSignalService

from ..common.style import set_primary
from .client_data import ClientBundle

if TYPE_CHECKING:
    from .client_page import ClientPage


class SignalTab(QWidget):
    """Where the signal stands, what it says (only *that*, never *what*), and 'sent'."""

    def __init__(self, page: ClientPage) -> None:
        super().__init__()
        self.setObjectName("signalTab")
        self.page = page
        self.status = QLabel()
        self.status.setObjectName("signalStatus")
        self.status.setWordWrap(True)
        self.school = QLabel()
        self.school.setObjectName("signalSchool")
        self.school.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("signalText")
        self.text.setReadOnly(True)
        self.text.setFixedHeight(150)
        self.copy_button = QPushButton(self.tr("Tekst kopiëren"))
        self.copy_button.setObjectName("signalCopy")
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.text.toPlainText())
        )
        self.channel = QComboBox()
        self.channel.setObjectName("signalChannel")
        for channel in Channel:
            self.channel.addItem(channel.label, channel)
        self.sent_button = QPushButton(self.tr("Vastleggen: signaal is gegeven"))
        self.sent_button.setObjectName("signalSent")
        set_primary(self.sent_button)
        self.sent_button.clicked.connect(self.mark_sent)
        why = QLabel(
            self.tr(
                "Handle with Care: de school hoort binnen 24 uur dát het kind extra steun kan "
                "gebruiken, nooit wát er is gebeurd of waar het kind verblijft."
            )
        )
        why.setObjectName("hint")
        why.setWordWrap(True)
        self.message_box = QGroupBox(self.tr("Wat de school hoort"))
        message_layout = QVBoxLayout(self.message_box)
        message_layout.addWidget(self.text)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        message_layout.addLayout(copy_row)
        self.send_box = QGroupBox(self.tr("Gegeven"))
        send_form = QFormLayout(self.send_box)
        send_form.addRow(self.tr("Hoe"), self.channel)
        send_form.addRow(self.sent_button)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addWidget(self.status)
        layout.addWidget(self.school)
        layout.addWidget(self.message_box)
        layout.addWidget(self.send_box)
        layout.addStretch(1)

    def show_bundle(self, bundle: ClientBundle) -> None:
        signal = bundle.signal
        if signal is None:
            self.status.setProperty("state", "")
            self.status.setText(
                self.tr(
                    "Geen schoolsignaal nodig: het kind is jonger dan 4 en er is geen kinderopvang vastgelegd. Vul op Gegevens een kinderopvang in als die er is."
                )
            )
            for widget in (self.school, self.message_box, self.send_box):
                widget.setVisible(False)
            return
        for widget in (self.school, self.message_box, self.send_box):
            widget.setVisible(True)
        task = signal.task
        due = task.due_at.astimezone().strftime("%d-%m-%Y %H:%M")
        if signal.status is SignalStatus.SENT:
            assert task.sent is not None
            sent = task.sent.sent_at.astimezone().strftime("%d-%m-%Y %H:%M")
            on_time = self.tr("op tijd") if task.sent_on_time else self.tr("na de 24 uur")
            text = self.tr("✔ Gegeven op {0} door {1} ({2}), {3}.").format(
                sent, task.sent.sent_by, task.sent.channel.label, on_time
            )
            state = "ok"
        elif signal.status is SignalStatus.OVERDUE:
            text = self.tr(
                "✘ Te laat: het signaal had vóór {0} gegeven moeten zijn. Geef het alsnog."
            ).format(due)
            state = "broken"
        else:
            text = self.tr("Nog geven, vóór {0}.").format(due)
            state = ""
        self.status.setProperty("state", state)
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        school = bundle.client.school
        contact = (
            f" — {school.contact_person}, {school.reach}"
            if school and (school.contact_person or school.reach)
            else ""
        )
        self.school.setText(
            self.tr("Aan: {0}{1}").format(
                task.school or self.tr("(nog geen school ingevuld)"), contact
            )
        )
        self.text.setPlainText(
            signal_text(task.child_ref, task.school) if task.school.strip() else ""
        )
        self.send_box.setEnabled(
            signal.status is not SignalStatus.SENT and bool(task.school.strip())
        )

    def mark_sent(self) -> None:
        bundle = self.page.bundle
        if bundle is None or bundle.signal is None:
            return
        signal_id, channel = bundle.signal.id, self.channel.currentData()
        now = self.page.context.clock.now()
        self.page.change(
            "opvang.school_signal.sent",
            lambda s: SchoolSignalService(s).mark_sent(signal_id, now, channel),
        )
