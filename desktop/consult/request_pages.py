"""The pages of the request wizard: choose, de-identify, address, preview, seal."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from forensics.age import AgeAtExamination
from forensics.consult_plan import RequestPlan
from forensics.consult_records import Deidentification, PhotoShare, Selection

from ..common.checkable_items import CHECKED, ID_ROLE, UNCHECKED, checkable, checked_keys
from ..common.message_label import MessageLabel
from ..common.style import set_primary
from .recipient_rows import recipient_rows
from .request_data import WizardData

if TYPE_CHECKING:
    from .request_wizard import RequestWizard

def _list(name: str, model: QStandardItemModel) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("subtitle")
    return label


class _Page(QWizardPage):
    """A page that knows its wizard (typed) and is filled once the data has loaded."""

    def wizard_(self) -> RequestWizard:
        from .request_wizard import RequestWizard

        wizard = self.wizard()
        assert isinstance(wizard, RequestWizard)
        return wizard

    def fill(self, data: WizardData) -> None:
        """Show the loaded examination (called once, on the UI thread)."""


class SelectionPage(_Page):
    """The question, the clinical context, and which injuries, photos and imaging to share."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Wat wilt u voorleggen?"))
        self.setSubTitle(self.tr("Alleen wat u hier aanvinkt gaat mee in het verzegelde pakket."))
        self.question = QPlainTextEdit()
        self.question.setObjectName("requestQuestion")
        self.question.setPlaceholderText(
            self.tr("Bijvoorbeeld: past het letsel bij de gegeven verklaring?")
        )
        self.context_edit = QPlainTextEdit()
        self.context_edit.setObjectName("requestContext")
        self.injuries = QStandardItemModel(self)
        self.photos = QStandardItemModel(self)
        self.photos.setHorizontalHeaderLabels(
            [self.tr("Foto"), self.tr("Bewerkt"), self.tr("Origineel")]
        )
        self.imaging = QStandardItemModel(self)
        self.photo_table = QTableView()
        self.photo_table.setObjectName("requestPhotos")
        self.photo_table.setModel(self.photos)
        self.photo_table.setIconSize(QSize(56, 42))
        self.photo_table.verticalHeader().hide()
        self.photo_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.photo_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.loading = QLabel(self.tr("Het onderzoek wordt geladen…"))
        self.loading.setObjectName("hint")
        self.injury_list = _list("requestInjuries", self.injuries)
        self.imaging_list = _list("requestImaging", self.imaging)
        texts = QVBoxLayout()
        texts.addWidget(_caption(self.tr("Vraag aan de consulent")))
        texts.addWidget(self.question, 1)
        texts.addWidget(_caption(self.tr("Klinische context")))
        hint = QLabel(
            self.tr("Ingevuld uit de anamnese en bevindingen; controleer op namen en adressen.")
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        texts.addWidget(hint)
        texts.addWidget(self.context_edit, 2)
        shares = QVBoxLayout()
        shares.addWidget(_caption(self.tr("Letsels (met lichaamskaart)")))
        shares.addWidget(self.injury_list, 2)
        shares.addWidget(_caption(self.tr("Foto's")))
        shares.addWidget(self.photo_table, 3)
        shares.addWidget(_caption(self.tr("Beeldvorming")))
        shares.addWidget(self.imaging_list, 1)
        row = QHBoxLayout()
        row.addLayout(texts, 1)
        row.addSpacing(12)
        row.addLayout(shares, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.loading)
        layout.addLayout(row, 1)
        self.question.textChanged.connect(self.completeChanged)

    def fill(self, data: WizardData) -> None:
        self.loading.hide()
        self.context_edit.setPlainText(data.suggested_context())
        for injury in data.injuries:
            self.injuries.appendRow(checkable(data.injury_text(injury), injury.id))
        for photo in data.photos:
            pixmap = QPixmap()
            pixmap.loadFromData(data.thumbnails.get(photo.id, b""))
            caption = photo.caption or (photo.category.label_nl if photo.category else "")
            first = QStandardItem(
                QIcon(pixmap),
                self.tr("Foto {0}").format(photo.seq) + (f" — {caption}" if caption else ""),
            )
            first.setEditable(False)
            first.setData(photo.id, ID_ROLE)
            self.photos.appendRow([first, checkable("", photo.id), checkable("", photo.id)])
        self.photo_table.resizeRowsToContents()
        for study, count in data.studies:
            text = self.tr("{0} — {1}, {2} beelden").format(
                study.modality, study.description, count
            )
            self.imaging.appendRow(checkable(text, study.id))
        if data.request is not None:
            self._restore(data)
        self.completeChanged.emit()

    def _restore(self, data: WizardData) -> None:
        request = data.request
        assert request is not None
        self.question.setPlainText(request.question)
        self.context_edit.setPlainText(request.clinical_context)
        self.check([*request.selection.injuries, *request.selection.imaging])
        for photo_id, share in request.selection.photos:
            self.check([photo_id], annotated=share.annotated, original=share.original)

    def isComplete(self) -> bool:
        return self.wizard() is not None and self.wizard_().data is not None

    def selection(self) -> Selection:
        photos = []
        for row in range(self.photos.rowCount()):
            annotated = self.photos.item(row, 1).checkState() == CHECKED
            original = self.photos.item(row, 2).checkState() == CHECKED
            if annotated or original:
                share = PhotoShare.BOTH if annotated and original else (
                    PhotoShare.ANNOTATED if annotated else PhotoShare.ORIGINAL
                )  # fmt: skip
                photos.append((str(self.photos.item(row, 0).data(ID_ROLE)), share))
        return Selection(
            tuple(checked_keys(self.injuries)), tuple(photos), tuple(checked_keys(self.imaging))
        )

    def check(self, ids: Iterable[str], *, annotated: bool = True, original: bool = False) -> None:
        """Tick injuries, studies and photos by id (photos in the given forms)."""
        wanted = set(ids)
        for model in (self.injuries, self.imaging):
            for row in range(model.rowCount()):
                if model.item(row).data(ID_ROLE) in wanted:
                    model.item(row).setCheckState(CHECKED)
        for row in range(self.photos.rowCount()):
            if self.photos.item(row, 0).data(ID_ROLE) in wanted:
                self.photos.item(row, 1).setCheckState(CHECKED if annotated else UNCHECKED)
                self.photos.item(row, 2).setCheckState(CHECKED if original else UNCHECKED)


class DeidentificationPage(_Page):
    """The four de-identification choices, all on by default."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Identificerende gegevens"))
        self.setSubTitle(self.tr("Wat niet nodig is voor het oordeel, gaat niet mee."))
        self.pseudonym = self._box("deidPseudonym", self.tr("Pseudoniem in plaats van de naam"))
        self.age = self._box(
            "deidAge", self.tr("Leeftijd in maanden in plaats van de geboortedatum")
        )
        self.metadata = self._box(
            "deidMetadata", self.tr("EXIF en GPS verwijderen uit gedeelde beelden")
        )
        self.dicom = self._box(
            "deidDicom", self.tr("DICOM anonimiseren (PS3.15, leeftijd en geslacht blijven)")
        )
        self.pseudonym_hint = self._hint("")
        self.age_hint = self._hint("")
        metadata_hint = self._hint(self.tr(
            "Zonder deze keuze gaan originele foto's bit-voor-bit mee, met camera en tijdstip. "
            "GPS-locaties verlaten de kluis nooit: een foto met GPS wordt dan geweigerd."
        ))  # fmt: skip
        dicom_hint = self._hint(self.tr(
            "Naam, geboortedatum, adressen, zorgverleners en instellingen worden uit de DICOM-"
            "bestanden verwijderd; UID's worden vervangen."
        ))  # fmt: skip
        layout = QVBoxLayout(self)
        for box, hint in (
            (self.pseudonym, self.pseudonym_hint),
            (self.age, self.age_hint),
            (self.metadata, metadata_hint),
            (self.dicom, dicom_hint),
        ):
            layout.addWidget(box)
            layout.addWidget(hint)
            layout.addSpacing(8)
        layout.addStretch(1)

    def _box(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setChecked(True)
        return box

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        label.setContentsMargins(24, 0, 0, 0)
        return label

    def fill(self, data: WizardData) -> None:
        subject, exam = data.subject, data.examination
        months = AgeAtExamination(subject.date_of_birth, exam.examined_at.date()).completed_months
        self.pseudonym_hint.setText(
            self.tr("Het verzoek noemt {0}; de naam wordt ook in alle teksten gezocht.").format(
                subject.pseudonym
            )
        )
        self.age_hint.setText(self.tr("Leeftijd op de onderzoeksdag: {0} maanden.").format(months))
        if data.request is not None:
            chosen = data.request.deidentification
            self.pseudonym.setChecked(chosen.pseudonym)
            self.age.setChecked(chosen.age_in_months)
            self.metadata.setChecked(chosen.strip_metadata)
            self.dicom.setChecked(chosen.deidentify_dicom)

    def deidentification(self) -> Deidentification:
        return Deidentification(
            self.pseudonym.isChecked(), self.age.isChecked(), self.metadata.isChecked(),
            self.dicom.isChecked(),
        )  # fmt: skip


class RecipientsPage(_Page):
    """Organisations and contacts from the address book; at least one must be ticked."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Aan wie?"))
        self.setSubTitle(
            self.tr(
                "Het pakket wordt verzegeld voor elke gekozen ontvanger; een organisatie betekent: elk lid."
            )
        )
        self.model = QStandardItemModel(self)
        self.view = _list("requestRecipients", self.model)
        self.empty = MessageLabel("recipientsEmpty")
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        self.model.itemChanged.connect(self.completeChanged)

    def fill(self, data: WizardData) -> None:
        for row in recipient_rows(data.contacts, data.organisations):
            self.model.appendRow(row)
        if data.request is not None:
            self.choose(data.request.recipients)
        if not self.model.rowCount():
            self.empty.setText(self.tr(
                "Het adresboek is nog leeg. Importeer eerst de identiteitskaart van de consulent "
                "(Second opinions → Adresboek) en controleer de vingerafdruk."
            ))  # fmt: skip

    def recipients(self) -> list[str]:
        return checked_keys(self.model)

    def choose(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(ID_ROLE) in wanted:
                self.model.item(row).setCheckState(CHECKED)

    def isComplete(self) -> bool:
        return bool(self.recipients())


class PreviewPage(_Page):
    """Exactly what will leave, computed by the same plan that sealing writes."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Controle: dit verlaat de kluis"))
        self.setSubTitle(
            self.tr(
                "Precies deze bestanden en gegevens gaan in het verzegelde pakket, en niets anders."
            )
        )
        self.state = QLabel()
        self.state.setObjectName("requestPreviewState")
        self.state.setWordWrap(True)
        self.summary = QTextBrowser()
        self.summary.setObjectName("requestSummary")
        self.items = QStandardItemModel(self)
        self.items.setHorizontalHeaderLabels([self.tr("Bestand"), self.tr("Wat")])
        self.table = QTableView()
        self.table.setObjectName("requestItems")
        self.table.setModel(self.items)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        grid = QGridLayout()
        grid.addWidget(self.summary, 0, 0)
        grid.addWidget(self.table, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(grid, 1)
        self.plan: RequestPlan | None = None

    def initializePage(self) -> None:
        self.plan = None
        self._set_state("", self.tr("Het overzicht wordt samengesteld…"))
        self.items.removeRows(0, self.items.rowCount())
        self.summary.clear()
        self.completeChanged.emit()
        self.wizard_().save_and_preview()

    def _set_state(self, state: str, text: str) -> None:
        self.state.setProperty("state", state)
        self.state.setText(text)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)

    def show_plan(self, plan: RequestPlan) -> None:
        self.plan = plan
        if plan.ready:
            self._set_state("ok", self.tr("✔ Klaar om te verzegelen: {0} bestanden voor {1} ontvanger(s).").format(
                len(plan.items), len(plan.recipients)))  # fmt: skip
        else:
            problems = "\n".join(f"• {p}" for p in plan.problems)
            self._set_state("broken", self.tr("Nog niet verzegelen:\n{0}").format(problems))
        for item in plan.items:
            name = QStandardItem(item.name)
            name.setToolTip(item.media_type)
            self.items.appendRow([name, QStandardItem(item.description)])
        self.table.resizeRowsToContents()
        self.summary.setHtml(self._summary(plan))
        self.completeChanged.emit()

    def _summary(self, plan: RequestPlan) -> str:
        doc, e = plan.document, html.escape
        subject = doc["subject"]
        who = e(subject["reference"]) + (
            self.tr(" (pseudoniem)") if subject["is_pseudonym"] else ""
        )
        age = (
            self.tr("{0} maanden").format(subject["age_months"]) if subject["age_months"] is not None
            else self.tr("geboren {0}").format(subject["date_of_birth"])
        )  # fmt: skip
        rows = [
            (self.tr("Aan"), "<br>".join(f"{e(c.label)}<br><small>{e(c.fingerprint)}</small>" for c in plan.recipients)),
            (self.tr("Betrokkene"), f"{who}, {e(subject['sex_label'])}, {age}"),
            (self.tr("Onderzocht op"), e(doc["examination"]["date"])),
            (self.tr("Vraag"), e(doc["question"]).replace("\n", "<br>")),
            (self.tr("Klinische context"), e(doc["clinical_context"]).replace("\n", "<br>")),
            (self.tr("Letsels"), "<br>".join(
                f"{i['number']}. {e(i['type_label'])}, {e(i['region_label'])}" for i in doc["injuries"]
            ) or "—"),
        ]  # fmt: skip
        body = "".join(f"<tr><td valign='top'><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        return f"<table cellspacing='6'>{body}</table>"

    def isComplete(self) -> bool:
        return self.plan is not None and self.plan.ready


class SealPage(_Page):
    """Seal and save: the file dialog, the progress, and the receipt."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Verzegelen en opslaan"))
        self.setSubTitle(
            self.tr(
                "Het pakket wordt ondertekend met uw sleutels en versleuteld voor de ontvangers."
            )
        )
        explanation = QLabel(self.tr(
            "Sla het pakket op en stuur het bestand naar de ontvanger, bijvoorbeeld via beveiligde "
            "mail of een gedeelde map. Alleen de gekozen ontvangers kunnen het openen; wie het "
            "onderweg wijzigt, maakt het onbruikbaar."
        ))  # fmt: skip
        explanation.setWordWrap(True)
        self.seal_button = QPushButton(self.tr("Verzegelen en opslaan als…"))
        self.seal_button.setObjectName("sealButton")
        set_primary(self.seal_button)
        self.result = QLabel()
        self.result.setObjectName("sealResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.seal_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.seal_button.clicked.connect(lambda: self.wizard_().choose_destination())

    def isComplete(self) -> bool:
        return self.wizard() is not None and self.wizard_().sealed is not None
