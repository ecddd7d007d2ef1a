"""Every edit of a photo as a QUndoCommand on the workspace's undo stack.

A command holds the photo's id and the values before and after, so it can be undone after the
user moved on to another photo; :class:`~desktop.forensics.photo_editor.PhotoEditor` applies
and stores them. The command texts name what was done, in the undo menu's words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from forensics.annotations import Annotation
from forensics.measure import Calibration
from forensics.photos import Photo
from forensics.records import PhotoCategory

from .annotation_geometry import PhotoGeometry, moved, remeasured
from .photo_editor import PhotoEditor


class PhotoChange(QUndoCommand):
    """Set some fields of one photo; undo sets them back."""

    def __init__(
        self,
        editor: PhotoEditor,
        photo_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self.editor = editor
        self.photo_id = photo_id
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.editor.apply(self.photo_id, self.after)

    def undo(self) -> None:
        self.editor.apply(self.photo_id, self.before)


def add_annotation(editor: PhotoEditor, photo: Photo, annotation: Annotation) -> PhotoChange:
    """Add ``annotation`` on top of the others."""
    return _annotations(
        editor,
        photo,
        (*photo.annotations, annotation),
        QCoreApplication.translate("PhotoCommand", "Annotatie toevoegen"),
    )


def remove_annotations(editor: PhotoEditor, photo: Photo, indexes: list[int]) -> PhotoChange:
    """Delete the annotations at ``indexes``."""
    kept = tuple(a for i, a in enumerate(photo.annotations) if i not in set(indexes))
    return _annotations(
        editor, photo, kept, QCoreApplication.translate("PhotoCommand", "Annotatie verwijderen")
    )


def move_annotations(
    editor: PhotoEditor, photo: Photo, moves: list[tuple[int, float, float]]
) -> PhotoChange:
    """Shift annotations by scene offsets (what dragging them did)."""
    geometry = PhotoGeometry.of(photo)
    shifted = list(photo.annotations)
    for index, dx, dy in moves:
        if 0 <= index < len(shifted):
            shifted[index] = moved(shifted[index], geometry, dx, dy)
    return _annotations(
        editor,
        photo,
        tuple(shifted),
        QCoreApplication.translate("PhotoCommand", "Annotatie verplaatsen"),
    )


def replace_annotation(
    editor: PhotoEditor, photo: Photo, index: int, annotation: Annotation
) -> PhotoChange:
    """Put an edited annotation (new text or number) in the place of the old one."""
    changed = list(photo.annotations)
    changed[index] = annotation
    return _annotations(
        editor,
        photo,
        tuple(changed),
        QCoreApplication.translate("PhotoCommand", "Annotatie wijzigen"),
    )


def calibrate(editor: PhotoEditor, photo: Photo, calibration: Calibration) -> PhotoChange:
    """Set the photo's scale; measurements already made are measured again with it."""
    return PhotoChange(
        editor,
        photo.id,
        {"calibration": photo.calibration, "annotations": photo.annotations},
        {
            "calibration": calibration,
            "annotations": tuple(remeasured(a, calibration) for a in photo.annotations),
        },
        QCoreApplication.translate("PhotoCommand", "Schaal ijken"),
    )


def set_category(editor: PhotoEditor, photo: Photo, category: PhotoCategory | None) -> PhotoChange:
    return PhotoChange(
        editor, photo.id, {"category": photo.category}, {"category": category},
        QCoreApplication.translate("PhotoCommand", "Categorie wijzigen"),
    )  # fmt: skip


def set_caption(editor: PhotoEditor, photo: Photo, caption: str) -> PhotoChange:
    return PhotoChange(
        editor, photo.id, {"caption": photo.caption}, {"caption": caption},
        QCoreApplication.translate("PhotoCommand", "Bijschrift wijzigen"),
    )  # fmt: skip


def link_injuries(editor: PhotoEditor, photo: Photo, injury_ids: tuple[str, ...]) -> PhotoChange:
    return PhotoChange(
        editor, photo.id, {"injury_ids": photo.injury_ids}, {"injury_ids": injury_ids},
        QCoreApplication.translate("PhotoCommand", "Letsels koppelen"),
    )  # fmt: skip


def _annotations(
    editor: PhotoEditor, photo: Photo, after: tuple[Annotation, ...], text: str
) -> PhotoChange:
    return PhotoChange(
        editor, photo.id, {"annotations": photo.annotations}, {"annotations": after}, text
    )
