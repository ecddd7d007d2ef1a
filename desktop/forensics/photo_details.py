"""The side panel of the photo viewer: category, caption, linked injuries, and the facts.

The user's changes leave as signals (the page turns them into undo commands); :meth:`show_photo`
fills the fields without firing them, so undo and redo can refresh the panel freely.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from forensics.photos import Photo
from forensics.records import PhotoCategory

from ..common.errors import english
from .annotation_geometry import PhotoGeometry
from .photo_links import InjuryLinkModel


def category_label(category: PhotoCategory | None, none_text: str) -> str:
    """The category's name in the UI language."""
    if category is None:
        return none_text
    return category.label_en if english() else category.label_nl


def calibration_text(photo: Photo) -> str:
    """``"7,50 px per mm"`` or empty."""
    if photo.calibration is None:
        return ""
    return f"{photo.calibration.px_per_mm:.2f}".replace(".", ",")


class PhotoDetails(QFrame):
    """Category, caption, injuries and facts of the photo in the viewer.

    Signals:
        category_chosen(object): a :class:`PhotoCategory` or ``None``.
        caption_edited(str): after editing the caption (Enter or leaving the field).
        links_edited(object): the tuple of linked injury ids.
    """

    category_chosen = Signal(object)
    caption_edited = Signal(str)
    links_edited = Signal(object)

    def __init__(self, links: InjuryLinkModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoDetails")
        self.links = links
        self.category = QComboBox()
        self.category.setObjectName("photoCategory")
        self.category.addItem(self.tr("— kies een categorie —"), None)
        for category in PhotoCategory:
            self.category.addItem(category_label(category, ""), category)
        self.category.activated.connect(
            lambda row: self.category_chosen.emit(self.category.itemData(row))
        )
        self.caption = QLineEdit()
        self.caption.setObjectName("photoCaption")
        self.caption.setPlaceholderText(self.tr("bijv. letsel 2, linker bovenarm, lateraal"))
        self.caption.setMaxLength(300)
        self.caption.editingFinished.connect(self._caption_finished)
        self.injuries = QListView()
        self.injuries.setObjectName("photoInjuries")
        self.injuries.setModel(links)
        self.injuries.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.injuries.setWordWrap(True)
        self.injuries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.injuries.setSpacing(2)
        self.injuries.setMinimumHeight(90)
        self.injuries.setMaximumHeight(170)
        links.links_edited.connect(self.links_edited)
        self.no_injuries = QLabel(
            self.tr("Nog geen letsels op de lichaamskaart. Plaats ze daar om foto's te koppelen.")
        )
        self.no_injuries.setObjectName("hint")
        self.no_injuries.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("photoFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scale = QLabel()
        self.scale.setObjectName("photoScale")
        self.scale.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self._heading(self.tr("Categorie")), self.category)
        form.addRow(self._heading(self.tr("Bijschrift")), self.caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(form)
        layout.addWidget(self._heading(self.tr("Toont letsel")))
        layout.addWidget(self.injuries)
        layout.addWidget(self.no_injuries)
        layout.addWidget(self._heading(self.tr("Schaal")))
        layout.addWidget(self.scale)
        layout.addWidget(self._heading(self.tr("Origineel")))
        layout.addWidget(self.facts)
        layout.addStretch(1)

    def _caption_finished(self) -> None:
        self.caption.setModified(False)
        self.caption_edited.emit(self.caption.text())

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("detailsHeading")
        return label

    def show_photo(self, photo: Photo) -> None:
        """Fill the fields from ``photo`` without emitting the edit signals."""
        self.category.blockSignals(True)
        self.category.setCurrentIndex(max(0, self.category.findData(photo.category)))
        self.category.blockSignals(False)
        if not self.caption.isModified():  # never overwrite what the user is typing
            self.caption.blockSignals(True)
            self.caption.setText(photo.caption)
            self.caption.blockSignals(False)
        self.links.set_linked(photo.injury_ids)
        has_injuries = self.links.rowCount() > 0
        self.injuries.setVisible(has_injuries)
        self.no_injuries.setVisible(not has_injuries)
        scale = calibration_text(photo)
        self.scale.setText(
            self.tr("Geijkt: {0} pixels per mm.").format(scale)
            if scale
            else self.tr(
                "Nog niet geijkt. Kies ‘Schaal ijken’ en klik twee streepjes op de liniaal."
            )
        )
        self.scale.setProperty("ok", bool(scale))
        self.scale.style().unpolish(self.scale)
        self.scale.style().polish(self.scale)
        self.facts.setText(self._facts(photo))

    def _facts(self, photo: Photo) -> str:
        taken = photo.captured_at.replace("T", " ")[:16] if photo.captured_at else "—"
        lines = [
            photo.source_name,
            self.tr("Opgenomen: {0}").format(taken),
            self.tr("Camera: {0}").format(photo.camera or "—"),
            self.tr("{0} × {1} pixels").format(*PhotoGeometry.of(photo).upright_size),
            self.tr("SHA-256: {0}…").format(photo.sha256[:16]),
        ]
        return "\n".join(lines)

    def set_editable(self, editable: bool) -> None:
        self.category.setEnabled(editable)
        self.caption.setReadOnly(not editable)
        self.links.set_editable(editable)
