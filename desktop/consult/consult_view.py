"""One received consult: the request material on the left, the consultant's answer on the right."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from forensics.bodymap import View
from forensics.consult_records import Consult, ConsultItem
from forensics.consults import ConsultService
from forensics.dicom import MalformedDicom, load_dataset
from forensics.dicom_window import DicomPicture, UnviewableDicom, picture_from_dataset
from forensics.vocabulary import ConclusionScale
from secure_store.package import SealedPackage
from secure_store.session import Session

from ..common.errors import error_shower, error_text
from ..common.message_label import MessageLabel
from ..common.package_dialog import save_package_dialog
from ..common.progress import run_with_progress
from ..common.style import set_primary
from ..common.when import local_moment as local
from ..common.worker import Task, Token
from ..forensics.imaging_view import DicomView
from ..forensics.photo_images import image_from_pil
from ..shell.workspaces import WorkspaceContext
from .models import label

DICOM = "application/dicom"


@dataclass(frozen=True)
class ConsultMaterial:
    """A consult with its files; image bytes are loaded to show them, DICOM decoded."""

    consult: Consult
    items: list[ConsultItem]
    images: dict[str, bytes]
    pictures: dict[str, DicomPicture | str] = field(default_factory=dict)
    """DICOM items: the decoded picture, or why it cannot be shown (in Dutch)."""


def load_material(session: Session, consult_id: str) -> ConsultMaterial:
    service = ConsultService(session)
    consult = service.get(consult_id)
    items = service.items(consult_id)
    images = {i.id: service.item_bytes(i) for i in items if i.media_type.startswith("image/")}
    pictures = {i.id: _picture(service.item_bytes(i)) for i in items if i.media_type == DICOM}
    return ConsultMaterial(consult, items, images, pictures)


def _picture(data: bytes) -> DicomPicture | str:
    try:
        return picture_from_dataset(load_dataset(data))
    except (UnviewableDicom, MalformedDicom) as exc:  # named in the preview instead
        return error_text(exc)


class ScaledImage(QLabel):
    """Shows one image as large as the label allows, rescaled when the label is resized."""

    def __init__(self) -> None:
        super().__init__()
        self._pixmap = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(200, 160)

    def set_image(self, data: bytes) -> None:
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(data)
        self.setText("")
        self._rescale()

    def set_message(self, text: str) -> None:
        self._pixmap = QPixmap()
        self.setPixmap(QPixmap())
        self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if not self._pixmap.isNull():
            self.setPixmap(
                self._pixmap.scaled(
                    self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip


class ConsultView(QWidget):
    """Read the request, write and seal the answer.

    Signals:
        changed(): the consult was answered or its draft saved (the list reloads).
    """

    changed = Signal()

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultView")
        self.context = context
        self.material: ConsultMaterial | None = None
        self.request = QTextBrowser()
        self.request.setObjectName("consultRequest")
        self.request.setOpenLinks(False)
        self.files = QStandardItemModel(self)
        self.file_list = QListView()
        self.file_list.setObjectName("consultFiles")
        self.file_list.setModel(self.files)
        self.file_list.setViewMode(QListView.ViewMode.IconMode)
        self.file_list.setFlow(QListView.Flow.LeftToRight)
        self.file_list.setWrapping(False)
        self.file_list.setIconSize(QSize(96, 72))
        self.file_list.setGridSize(QSize(150, 112))
        self.file_list.setWordWrap(True)
        self.file_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.file_list.setFixedHeight(132)
        self.preview = ScaledImage()
        self.preview.setObjectName("consultPreview")
        self.dicom = DicomView()
        self.dicom_hint = QLabel(self.tr(
            "Sleep met de muis om venster en niveau te wijzigen; scrol om te zoomen."
        ))  # fmt: skip
        self.dicom_hint.setObjectName("hint")
        self.shown = QStackedWidget()
        self.shown.addWidget(self.preview)
        dicom_page = QWidget()
        dicom_layout = QVBoxLayout(dicom_page)
        dicom_layout.setContentsMargins(0, 0, 0, 0)
        dicom_layout.addWidget(self.dicom, 1)
        dicom_layout.addWidget(self.dicom_hint)
        self.shown.addWidget(dicom_page)
        self.conclusion = QComboBox()
        self.conclusion.setObjectName("answerConclusion")
        self.conclusion.addItem(self.tr("— kies een conclusie —"), "")
        for term in ConclusionScale:
            self.conclusion.addItem(label(term), term.code)
        self.reasoning = QPlainTextEdit()
        self.reasoning.setObjectName("answerReasoning")
        self.limitations = QPlainTextEdit()
        self.limitations.setObjectName("answerLimitations")
        self.limitations.setPlaceholderText(
            self.tr("Bijvoorbeeld: alleen op foto's beoordeeld, geen eigen onderzoek.")
        )
        self.save_button = QPushButton(self.tr("Concept opslaan"))
        self.save_button.setObjectName("answerSave")
        self.save_button.clicked.connect(self.save_draft)
        self.seal_button = QPushButton(self.tr("Ondertekenen en verzegelen…"))
        self.seal_button.setObjectName("answerSeal")
        set_primary(self.seal_button)
        self.seal_button.clicked.connect(self.choose_destination)
        self.state = MessageLabel("answerState")
        self._layout()
        self.file_list.selectionModel().currentChanged.connect(
            lambda current, _: self._show_file(current.row())
        )

    def _layout(self) -> None:
        pictures = QWidget()
        material = QVBoxLayout(pictures)
        material.addWidget(self.file_list)
        material.addWidget(self.shown, 1)
        self.left = QTabWidget()
        self.left.setObjectName("consultMaterialTabs")
        self.left.addTab(self.request, self.tr("Verzoek"))
        self.left.addTab(pictures, self.tr("Beeldmateriaal"))
        left = self.left
        right = QWidget()
        answer = QVBoxLayout(right)
        title = QLabel(self.tr("Uw oordeel"))
        title.setObjectName("subtitle")
        hint = QLabel(self.tr(
            "Het antwoord wordt ondertekend met uw sleutels en versleuteld voor de aanvrager. "
            "Na het verzegelen kan het niet meer worden gewijzigd."
        ))  # fmt: skip
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Conclusie"), self.conclusion)
        form.addRow(self.tr("Onderbouwing"), self.reasoning)
        form.addRow(self.tr("Beperkingen"), self.limitations)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.seal_button)
        for widget in (title, hint):
            answer.addWidget(widget)
        answer.addLayout(form, 1)
        answer.addWidget(self.state)
        answer.addLayout(buttons)
        splitter = QSplitter()
        splitter.setObjectName("consultSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    @property
    def session(self) -> Session:
        return self.context.session.session

    # -- showing ------------------------------------------------------------------------
    def open_consult(self, consult_id: str) -> Task:
        session = self.session
        return self.context.workers.run(
            "consult.open", lambda token: load_material(session, consult_id),
            on_result=self.show_material, on_error=error_shower(self),
        )  # fmt: skip

    def show_material(self, material: ConsultMaterial) -> None:
        self.material = material
        consult = material.consult
        self.request.setHtml(self._request_html(consult))
        self.files.clear()
        labels = self._labels(consult.document)
        for item in material.items:
            entry = QStandardItem(labels.get(item.name, item.name))
            data = material.images.get(item.id)
            picture = material.pictures.get(item.id)
            if data is not None or isinstance(picture, DicomPicture):
                pixmap = QPixmap()
                if isinstance(picture, DicomPicture):
                    pixmap = QPixmap.fromImage(image_from_pil(picture.render()))
                else:
                    pixmap.loadFromData(data or b"")
                entry.setIcon(
                    QIcon(
                        pixmap.scaled(
                            96,
                            96,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )
                )
            entry.setToolTip(f"{item.name}\nSHA-256 {item.sha256}")
            self.files.appendRow(entry)
        if material.items:
            self.file_list.setCurrentIndex(self.files.index(0, 0))
            self._show_file(0)
        index = self.conclusion.findData(consult.conclusion.code if consult.conclusion else "")
        self.conclusion.setCurrentIndex(max(0, index))
        self.reasoning.setPlainText(consult.reasoning)
        self.limitations.setPlainText(consult.limitations)
        answered = consult.is_answered
        for widget in (self.conclusion, self.save_button, self.seal_button):
            widget.setEnabled(not answered)
        for edit in (self.reasoning, self.limitations):
            edit.setReadOnly(answered)
        self.state.setText(
            self.tr("Beantwoord en verzegeld op {0} (pakket {1}).").format(
                local(consult.answered_at), consult.answer_package_id
            ) if answered else ""
        )  # fmt: skip

    def _show_file(self, row: int) -> None:
        if self.material is None or not 0 <= row < len(self.material.items):
            return
        item = self.material.items[row]
        picture = self.material.pictures.get(item.id)
        if isinstance(picture, DicomPicture):
            self.dicom.show_picture(picture)
            self.dicom_hint.setVisible(picture.greyscale)
            self.shown.setCurrentIndex(1)
            return
        self.shown.setCurrentIndex(0)
        data = self.material.images.get(item.id)
        if data is None:
            self.preview.set_message(
                self.tr("{0} ({1} kB) kan hier niet worden getoond: {2}").format(
                    item.name, round(item.size / 1024), picture or item.media_type
                )
            )
            return
        self.preview.set_image(data)

    # -- answering ----------------------------------------------------------------------
    def answer(self) -> tuple[ConclusionScale | None, str, str]:
        code = self.conclusion.currentData()
        conclusion = ConclusionScale.from_code(code) if code else None
        return (
            conclusion,
            self.reasoning.toPlainText().strip(),
            self.limitations.toPlainText().strip(),
        )

    def save_draft(self) -> Task | None:
        if self.material is None:
            return None
        session, consult_id, values = self.session, self.material.consult.id, self.answer()

        def operation(token: Token) -> ConsultMaterial:
            del token
            ConsultService(session).save_answer(consult_id, *values)
            return load_material(session, consult_id)

        def done(material: ConsultMaterial) -> None:
            self.show_material(material)
            self.state.setText(self.tr("Concept opgeslagen."))
            self.changed.emit()

        return self.context.workers.run(
            "consult.save_answer", operation, on_result=done, on_error=error_shower(self)
        )

    def choose_destination(self) -> QFileDialog:
        material = self.material
        stem = f"antwoord-{material.consult.subject_reference}" if material is not None else ""
        return save_package_dialog(
            self, self.tr("Verzegeld antwoord opslaan als"), "answerFileDialog", stem,
            self.seal_to,
        )  # fmt: skip

    def seal_to(self, dest: Path) -> Task | None:
        """Save the answer as it stands, then sign and seal it to the requester."""
        if self.material is None:
            return None
        session, consult_id, values = self.session, self.material.consult.id, self.answer()

        def operation(token: Token) -> tuple[SealedPackage, ConsultMaterial]:
            service = ConsultService(session)
            service.save_answer(consult_id, *values)
            sealed = service.seal_answer(
                consult_id, dest, progress=token.progress, cancelled=token.cancelled
            )
            return sealed, load_material(session, consult_id)

        def done(result: tuple[SealedPackage, ConsultMaterial]) -> None:
            sealed, material = result
            self.show_material(material)
            self.state.setText(self.tr("✔ Antwoord ondertekend en opgeslagen: {0}\nControlegetal (SHA-256): {1}").format(
                sealed.receipt.path, sealed.receipt.sha256))  # fmt: skip
            self.changed.emit()

        task, _ = run_with_progress(
            self, self.context.workers, self.tr("Het antwoord wordt ondertekend en verzegeld…"), operation,
            on_result=done, on_error=lambda exc: self.state.setText(error_text(exc)),
        )  # fmt: skip
        return task

    # -- the request as text ---------------------------------------------------------------
    def _labels(self, doc: dict[str, Any]) -> dict[str, str]:
        """What each file is, from the request document: 'Foto 3 (bewerkt)', …"""
        labels: dict[str, str] = {}
        for injury in doc.get("injuries", []):
            if injury.get("figure"):
                view = label(View.from_code(injury["view"]))
                labels[injury["figure"]] = self.tr("Lichaamskaart {0}").format(view)
        for photo in doc.get("photos", []):
            for item in photo.get("items", []):
                form = (
                    self.tr("bewerkt") if item.get("form") == "annotated" else self.tr("origineel")
                )
                labels[item["item"]] = self.tr("Foto {0} ({1})").format(photo["number"], form)
        for study in doc.get("imaging", []):
            for n, obj in enumerate(study.get("objects", []), start=1):
                labels[obj["item"]] = self.tr("Beeld {0} van studie {1} ({2} {3})").format(
                    n, study["study"], obj["modality"], obj["body_part"]
                )
        return labels

    def _request_html(self, consult: Consult) -> str:
        doc: dict[str, Any] = consult.document
        e = html.escape
        subject = doc.get("subject", {})
        if subject.get("age_months") is not None:
            age = self.tr("{0} maanden").format(subject["age_months"])
        else:
            age = self.tr("geboren {0}").format(e(str(subject.get("date_of_birth", ""))))
        rows = "".join(
            f"<tr><td>{i['number']}</td><td>{e(i['type_label'])}</td><td>{e(i['region_label'])}</td>"
            f"<td>{_size(i)}</td><td>{e(i['pattern_label'])}</td><td>{e(i['description'])}</td></tr>"
            for i in doc.get("injuries", [])
        )
        heads = (self.tr("Nr."), self.tr("Soort"), self.tr("Plaats"), self.tr("Maat"),
                 self.tr("Patroon"), self.tr("Beschrijving"))  # fmt: skip
        header = "".join(f"<th align='left'>{h}</th>" for h in heads)
        table = f"<table cellspacing='4'><tr>{header}</tr>{rows}</table>" if rows else ""
        sender = ", ".join(p for p in (consult.requester_name, consult.requester_organisation) if p)
        context = e(str(doc.get("clinical_context", ""))).replace("\n", "<br>")
        received = self.tr("ontvangen {0}, vingerafdruk {1}").format(
            e(local(consult.received_at)), e(consult.requester_fingerprint)
        )
        who = self.tr("{0}, {1}, {2}; onderzocht op {3}").format(
            e(str(subject.get("reference", ""))), e(str(subject.get("sex_label", ""))), age,
            e(str(doc.get("examination", {}).get("date", ""))),
        )  # fmt: skip
        heading = self.tr("Verzoek van {0}").format(e(sender))
        subject_label, question = self.tr("Betrokkene"), self.tr("Vraag")
        context_label, injuries = self.tr("Klinische context"), self.tr("Letsels")
        return (
            f"<p><b>{heading}</b><br><small>{received}</small></p>"
            f"<p><b>{subject_label}:</b> {who}</p>"
            f"<p><b>{question}</b><br>{e(consult.question)}</p>"
            f"<p><b>{context_label}</b><br>{context}</p>"
            f"<p><b>{injuries}</b></p>{table}"
        )


def _size(injury: dict[str, Any]) -> str:
    if injury.get("length_mm") is None or injury.get("width_mm") is None:
        return ""
    return f"{injury['length_mm']:g} × {injury['width_mm']:g} mm"
