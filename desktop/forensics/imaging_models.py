"""Models of the imaging panel: studies with their objects as a tree, and a DICOM header table."""

from __future__ import annotations

from dataclasses import dataclass

from pydicom.dataset import Dataset
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from forensics.imaging import ImagingObject, ImagingStudy

Index = QModelIndex | QPersistentModelIndex
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


def study_date_text(iso: str) -> str:
    """``2024-03-14`` as ``14-03-2024`` (the Dutch order); empty stays empty."""
    if len(iso) == 10:
        return f"{iso[8:10]}-{iso[5:7]}-{iso[0:4]}"
    return iso


class StudyTreeModel(QStandardItemModel):
    """Studies as top rows (description, modality, date, object count), objects below them."""

    def __init__(self) -> None:
        super().__init__(0, 4)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Onderzoek / object"),
                self.tr("Modaliteit"),
                self.tr("Datum"),
                self.tr("Beeld"),
            ]
        )

    def set_studies(self, studies: list[tuple[ImagingStudy, list[ImagingObject]]]) -> None:
        self.removeRows(0, self.rowCount())
        for study, objects in studies:
            title = study.description or self.tr("Onderzoek")
            row = [
                QStandardItem(title),
                QStandardItem(study.modality),
                QStandardItem(study_date_text(study.study_date)),
                QStandardItem(self.tr("{0} objecten").format(len(objects))),
            ]
            row[0].setToolTip(self.tr("Study Instance UID: {0}").format(study.study_uid))
            for item in row:
                item.setEditable(False)
            for obj in objects:
                row[0].appendRow(self._object_row(obj))
            self.appendRow(row)

    def _object_row(self, obj: ImagingObject) -> list[QStandardItem]:
        name = obj.body_part or obj.source_name
        cells = [
            QStandardItem(f"{name} · {obj.source_name}" if obj.body_part else name),
            QStandardItem(obj.modality),
            QStandardItem(""),
            QStandardItem(f"{obj.columns} × {obj.rows}" if obj.rows else ""),
        ]
        cells[0].setData(obj, OBJECT_ROLE)
        cells[0].setToolTip(self.tr("SHA-256: {0}").format(obj.sha256))
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


class HeaderModel(QAbstractTableModel):
    """The DICOM header of the shown object, read-only."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[HeaderRow] = []
        self._headers = [self.tr("Tag"), self.tr("Naam"), self.tr("VR"), self.tr("Waarde")]

    def set_rows(self, rows: list[HeaderRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> HeaderRow:
        return self._rows[row]

    def find(self, name: str) -> HeaderRow | None:
        return next((r for r in self._rows if r.name == name), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 1:
            return "    " * row.depth + row.name
        return (row.tag, row.name, row.vr, row.value)[column]
