"""Applying edits to photos: at once on screen, then stored through the vault worker.

Undo commands call :meth:`PhotoEditor.apply` with the values to set; the editor updates its copy
of the photo and tells the views (``changed``), then stores the change with
:class:`forensics.photos.PhotoService` on the vault pool, which runs tasks one at a time in
order, so the vault ends up in the state the screen shows. If storing fails (the examination
was sealed meanwhile, the vault locked), the error is shown and the photo is read back, so the
screen never shows what the vault does not hold.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, Signal

from forensics.dossiers import DossierService
from forensics.photos import Photo, PhotoService
from secure_store.session import Session

from ..common.worker import Token
from ..shell.workspaces import WorkspaceContext

# Fields an edit may set; ``injury_ids`` goes through ``link_injuries``, the rest ``update``.
FIELDS = ("annotations", "calibration", "category", "caption", "injury_ids")


def photo_service(session: Session) -> PhotoService:
    """The photo service of ``session`` (a fresh one per task: sessions change on re-unlock)."""
    return PhotoService(DossierService(session))


class PhotoEditor(QObject):
    """The panel's copy of its photos and the one path by which they change.

    Signals:
        changed(object): a :class:`Photo` as it now is (shown at once, stored soon after).
        stored(object): the :class:`Photo` as the vault returned it after storing.
        failed(object): the exception when storing failed (the photo is then read back).
        idle(): no store is pending any more.
    """

    changed = Signal(object)
    stored = Signal(object)
    failed = Signal(object)
    idle = Signal()

    def __init__(self, context: WorkspaceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._photos: dict[str, Photo] = {}
        self._pending = 0

    @property
    def busy(self) -> bool:
        """Whether a change is still being stored."""
        return self._pending > 0

    def remember(self, photos: list[Photo]) -> None:
        """Take the vault's state of ``photos`` (after loading an examination)."""
        for photo in photos:
            self._photos[photo.id] = photo

    def photo(self, photo_id: str) -> Photo | None:
        return self._photos.get(photo_id)

    def apply(self, photo_id: str, values: dict[str, Any]) -> None:
        """Set ``values`` on a photo: shown now, stored in order on the vault worker."""
        unknown = set(values) - set(FIELDS)
        if unknown:
            raise ValueError(f"not photo fields: {sorted(unknown)}")
        current = self._photos.get(photo_id)
        if current is not None:
            changes = dict(values)
            if "annotations" in changes:
                changes["annotations"] = tuple(changes["annotations"])
            if "injury_ids" in changes:
                changes["injury_ids"] = tuple(changes["injury_ids"])
            updated = dataclasses.replace(current, **changes)
            self._photos[photo_id] = updated
            self.changed.emit(updated)
        session = self.context.session.session
        self._pending += 1

        def store(token: Token) -> Photo:
            del token
            service = photo_service(session)
            rest = {k: v for k, v in values.items() if k != "injury_ids"}
            photo = service.update(photo_id, **rest) if rest else service.get(photo_id)
            if "injury_ids" in values:
                photo = service.link_injuries(photo_id, list(values["injury_ids"]))
            return photo

        self.context.workers.run(
            "photo.update",
            store,
            on_result=self._stored,
            on_error=lambda exc: self._failed(photo_id, exc),
        )

    def _stored(self, photo: Photo) -> None:
        self._pending -= 1
        self.stored.emit(photo)
        if not self._pending:
            self.idle.emit()

    def _failed(self, photo_id: str, exc: BaseException) -> None:
        self.failed.emit(exc)
        session = self.context.session.session

        def read_back(token: Token) -> Photo:
            del token
            return photo_service(session).get(photo_id)

        def restore(photo: Photo) -> None:
            self._photos[photo.id] = photo
            self.changed.emit(photo)

        def done() -> None:
            self._pending -= 1
            if not self._pending:
                self.idle.emit()

        self.context.workers.run(
            "photo.read", read_back, on_result=restore, on_error=lambda e: None, on_done=done
        )
