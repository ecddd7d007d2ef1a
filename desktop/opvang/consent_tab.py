"""Gezag en toestemming: who holds parental authority, and whose consent that requires now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opvang.clients import ClientService
from opvang.consent import Gezag, GezagKind, required_consent
from opvang.errors import InvalidRecord

from ..common.style import set_primary
from .client_data import ClientBundle

if TYPE_CHECKING:
    from .client_page import ClientPage


class ConsentTab(QWidget):
    """The gezag as recorded, editable; the WGBO rule for the child's age, live."""

    def __init__(self, page: ClientPage) -> None:
        super().__init__()
        self.setObjectName("consentTab")
        self.page = page
        self.kind = QComboBox()
        self.kind.setObjectName("consentGezagKind")
        for kind in GezagKind:
            self.kind.addItem(kind.label, kind)
        self.holder = QLineEdit()
        self.holder.setObjectName("consentGezagHolder")
        self.holder.setPlaceholderText(self.tr("bij één ouder of een voogd: wie"))
        self.save_button = QPushButton(self.tr("Gezag opslaan"))
        self.save_button.setObjectName("consentSave")
        set_primary(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.rule = QLabel()
        self.rule.setObjectName("consentRule")
        self.rule.setWordWrap(True)
        gezag = QGroupBox(self.tr("Gezag"))
        form = QFormLayout(gezag)
        form.addRow(self.tr("Wie heeft het gezag"), self.kind)
        form.addRow(self.tr("Gezag bij"), self.holder)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        rule = QGroupBox(self.tr("Toestemming voor behandeling en screening (WGBO)"))
        QVBoxLayout(rule).addWidget(self.rule)
        layout = QVBoxLayout(self)
        layout.addWidget(gezag)
        layout.addWidget(rule)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._update_rule)
        self.holder.textChanged.connect(self._update_rule)

    def gezag(self) -> Gezag | None:
        kind = self.kind.currentData()
        assert isinstance(kind, GezagKind)
        needs_holder = kind in (GezagKind.ONE_PARENT, GezagKind.GUARDIAN)
        try:
            return Gezag(kind, self.holder.text().strip() if needs_holder else "")
        except InvalidRecord:
            return None

    def show_bundle(self, bundle: ClientBundle) -> None:
        gezag = bundle.client.gezag
        self.kind.setCurrentIndex(self.kind.findData(gezag.kind))
        self.holder.setText(gezag.holder)
        self._update_rule()

    def _update_rule(self, *_args: object) -> None:
        bundle, gezag = self.page.bundle, self.gezag()
        self.holder.setEnabled(
            self.kind.currentData() in (GezagKind.ONE_PARENT, GezagKind.GUARDIAN)
        )
        if bundle is None:
            return
        if gezag is None:
            self.rule.setText(self.tr("Vul in bij wie het gezag ligt."))
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(gezag != bundle.client.gezag)
        consent = required_consent(bundle.client.date_of_birth, bundle.today, gezag)
        self.rule.setText(f"{consent.band.label.capitalize()}.\n\n{consent.explanation}")

    def save(self) -> None:
        gezag = self.gezag()
        if gezag is None:
            return
        client_id = self.page.client_id
        self.page.change(
            "opvang.client.gezag", lambda s: ClientService(s).update(client_id, gezag=gezag)
        )
