"""Models of the imaging panel: studies with their objects as a tree, and a DICOM header table."""

from __future__ import annotations

from dataclasses import dataclass

from pydicom.dataset import Dataset
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from forensics.imaging import ImagingObject, ImagingStudy

from ..common.row_models import Index, RowsTableModel

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_VALUE = 200
"""Longest value shown in the header table; the stored object itself is complete."""


@dataclass(frozen=True)
class HeaderRow:
    """One attribute of a DICOM header: tag, name, VR and a readable value."""

    tag: str
    name: str
    vr: str
    value: str
    depth: int = 0


BODY_PARTS_NL = {
    "SKULL": "schedel", "HEAD": "hoofd", "CHEST": "thorax", "ABDOMEN": "buik",
    "PELVIS": "bekken", "SPINE": "wervelkolom", "ARM": "arm", "HAND": "hand", "LEG": "been",
    "FOOT": "voet", "KNEE": "knie", "ELBOW": "elleboog", "SHOULDER": "schouder",
    "HIP": "heup", "WHOLEBODY": "heel lichaam",
}  # fmt: skip
"""Dutch names for the common Body Part Examined codes (PS3.16 CID 4031); others show as coded."""


def body_part_text(code: str) -> str:
    """``"schedel (SKULL)"``, or the code itself when it has no Dutch name here."""
    name = BODY_PARTS_NL.get(code.upper())
    return f"{name} ({code})" if name else code


def study_date_text(iso: str) -> str:
    """``2024-03-14`` as ``14-03-2024`` (the Dutch order); empty stays empty."""
    if len(iso) == 10:
        return f"{iso[8:10]}-{iso[5:7]}-{iso[0:4]}"
    return iso


class StudyTreeModel(QStandardItemModel):
    """Studies as top rows (kind and object count, modality, date), their objects below them."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setHorizontalHeaderLabels(
            [self.tr("Onderzoek / object"), self.tr("Modaliteit"), self.tr("Datum / beeld")]
        )

    def set_studies(self, studies: list[tuple[ImagingStudy, list[ImagingObject]]]) -> None:
        self.removeRows(0, self.rowCount())
        for study, objects in studies:
            title = (study.description or self.tr("Onderzoek")).removesuffix(" Image Storage")
            row = [
                QStandardItem(self.tr("{0} ({1})").format(title, len(objects))),
                QStandardItem(study.modality),
                QStandardItem(study_date_text(study.study_date)),
            ]
            row[0].setToolTip(
                self.tr("{0}\n{1} objecten\nStudy Instance UID: {2}").format(
                    study.description, len(objects), study.study_uid
                )
            )
            for item in row:
                item.setEditable(False)
            for obj in objects:
                row[0].appendRow(self._object_row(obj))
            self.appendRow(row)

    def _object_row(self, obj: ImagingObject) -> list[QStandardItem]:
        name = body_part_text(obj.body_part) if obj.body_part else obj.source_name
        cells = [
            QStandardItem(name),
            QStandardItem(obj.modality),
            QStandardItem(f"{obj.columns} × {obj.rows}" if obj.rows else ""),
        ]
        cells[0].setData(obj, OBJECT_ROLE)
        cells[0].setToolTip(self.tr("{0}\nSHA-256: {1}").format(obj.source_name, obj.sha256))
        for cell in cells:
            cell.setEditable(False)
        return cells

    def first_object_index(self) -> QModelIndex:
        """The first object of the first study (to show something at once)."""
        if not self.rowCount() or not self.item(0).rowCount():
            return QModelIndex()
        return self.item(0).child(0).index()

    def object_count(self) -> int:
        return sum(self.item(r).rowCount() for r in range(self.rowCount()))


def header_rows(ds: Dataset) -> list[HeaderRow]:
    """Every attribute of the file meta and the dataset, sequences indented below their tag."""
    rows: list[HeaderRow] = []
    meta = getattr(ds, "file_meta", None)
    if meta is not None:
        _collect(meta, 0, rows)
    _collect(ds, 0, rows)
    return rows


def _collect(ds: Dataset, depth: int, rows: list[HeaderRow]) -> None:
    for element in ds:
        tag = f"({element.tag.group:04X},{element.tag.element:04X})"
        name = element.keyword or element.name
        if element.VR == "SQ":
            rows.append(HeaderRow(tag, name, "SQ", f"{len(element.value)} item(s)", depth))
            for item in element.value:
                _collect(item, depth + 1, rows)
            continue
        if element.keyword in ("PixelData", "FloatPixelData", "DoubleFloatPixelData"):
            value = f"<{len(element.value or b'')} bytes>"
        elif isinstance(element.value, bytes):
            value = f"<{len(element.value)} bytes>"
        else:
            value = str(element.value)
        if len(value) > MAX_VALUE:
            value = value[: MAX_VALUE - 1] + "…"
        rows.append(HeaderRow(tag, name, str(element.VR), value, depth))


class HeaderModel(RowsTableModel[HeaderRow]):
    """The DICOM header of the shown object, read-only."""

    def __init__(self) -> None:
        super().__init__([self.tr("Tag"), self.tr("Naam"), self.tr("VR"), self.tr("Waarde")])

    def find(self, name: str) -> HeaderRow | None:
        return next((r for r in self._rows if r.name == name), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.row_at(index.row())
        column = index.column()
        if column == 1:
            return "    " * row.depth + row.name
        return (row.tag, row.name, row.vr, row.value)[column]
