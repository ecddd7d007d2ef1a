"""The injury form: what was seen at the place on the body map the physician clicked.

There is deliberately no field for the age of a bruise: colour does not tell when a bruise
arose (see :mod:`forensics.vocabulary`), and the form says so beside the colour.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forensics.records import Injury
from forensics.vocabulary import InjuryPattern, InjuryType, Vocabulary

from ..common.style import set_primary
from .labels import term

MAX_MM = 1999.0  # the domain accepts sizes below 2 m

#: The fields of an injury this form edits (point and region come from the map).
FORM_FIELDS = ("type", "length_mm", "width_mm", "shape", "colour", "pattern", "description")


def injury_fields(injury: Injury) -> dict[str, Any]:
    """The form's fields of a stored injury."""
    return {name: getattr(injury, name) for name in FORM_FIELDS}


def _combo(name: str, terms: type[Vocabulary]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for value in terms:
        combo.addItem(term(value), value.code)
    return combo


def _size(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setRange(0.0, MAX_MM)
    box.setDecimals(0)
    box.setSuffix(" mm")
    box.setSpecialValueText("—")  # 0 means: not measured
    return box


class InjuryDialog(QDialog):
    """Type, length and width in mm, shape, colour, pattern and description of one injury."""

    def __init__(
        self,
        region: str,
        view: str,
        number: int | None = None,
        fields: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("injuryDialog")
        self.setWindowTitle(
            self.tr("Letsel {0}").format(number) if number else self.tr("Nieuw letsel")
        )
        self.region_label = QLabel(region)
        self.region_label.setObjectName("injuryRegion")
        font = self.region_label.font()
        font.setBold(True)
        self.region_label.setFont(font)
        self.region_label.setWordWrap(True)
        self.view_label = QLabel(view)
        self.view_label.setObjectName("hint")
        self.type_combo = _combo("injuryTypeCombo", InjuryType)
        self.length_box = _size("injuryLength")
        self.width_box = _size("injuryWidth")
        self.shape_edit = QLineEdit()
        self.shape_edit.setObjectName("injuryShape")
        self.shape_edit.setPlaceholderText(self.tr("bijv. rond, ovaal, lijnvormig"))
        self.colour_edit = QLineEdit()
        self.colour_edit.setObjectName("injuryColour")
        self.colour_edit.setPlaceholderText(self.tr("bijv. blauw-paars, geel-groen"))
        colour_hint = QLabel(
            self.tr(
                "Beschrijf alleen de kleur: uit de kleur is de leeftijd van letsel niet af te leiden."
            )
        )
        colour_hint.setObjectName("hint")
        colour_hint.setWordWrap(True)
        self.pattern_combo = _combo("injuryPatternCombo", InjuryPattern)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("injuryDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("Wat verder opvalt"))
        self.description_edit.setMinimumHeight(80)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("injuryOk")
        self.ok_button.setText(self.tr("Opslaan") if number else self.tr("Letsel vastleggen"))
        set_primary(self.ok_button)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        sizes = QHBoxLayout()
        sizes.addWidget(QLabel(self.tr("lengte")))
        sizes.addWidget(self.length_box, 1)
        sizes.addSpacing(12)
        sizes.addWidget(QLabel(self.tr("breedte")))
        sizes.addWidget(self.width_box, 1)
        place = QVBoxLayout()
        place.setSpacing(0)
        place.addWidget(self.region_label)
        place.addWidget(self.view_label)
        colour = QVBoxLayout()
        colour.setSpacing(2)
        colour.addWidget(self.colour_edit)
        colour.addWidget(colour_hint)
        form = QFormLayout()
        form.addRow(self.tr("Plaats"), place)
        form.addRow(self.tr("Soort"), self.type_combo)
        form.addRow(self.tr("Afmeting"), sizes)
        form.addRow(self.tr("Vorm"), self.shape_edit)
        form.addRow(self.tr("Kleur"), colour)
        form.addRow(self.tr("Patroon"), self.pattern_combo)
        form.addRow(self.tr("Beschrijving"), self.description_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)
        if fields is not None:
            self.set_values(fields)

    def set_values(self, fields: dict[str, Any]) -> None:
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(fields.get("type"))))
        self.length_box.setValue(fields.get("length_mm") or 0.0)
        self.width_box.setValue(fields.get("width_mm") or 0.0)
        self.shape_edit.setText(fields.get("shape", ""))
        self.colour_edit.setText(fields.get("colour", ""))
        self.pattern_combo.setCurrentIndex(
            max(0, self.pattern_combo.findData(fields.get("pattern", "none")))
        )
        self.description_edit.setPlainText(fields.get("description", ""))

    def values(self) -> dict[str, Any]:
        """The fields as :class:`forensics.injuries.InjuryService` takes them."""
        return {
            "type": self.type_combo.currentData(),
            "length_mm": self.length_box.value() or None,
            "width_mm": self.width_box.value() or None,
            "shape": self.shape_edit.text().strip(),
            "colour": self.colour_edit.text().strip(),
            "pattern": self.pattern_combo.currentData(),
            "description": self.description_edit.toPlainText().strip(),
        }
