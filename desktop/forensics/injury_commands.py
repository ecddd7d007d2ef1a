"""Adding, moving, editing and deleting injuries as undoable commands.

Every command changes the vault through :class:`forensics.injuries.InjuryService` on the vault
pool and shows the stored result in the :class:`InjuryModel`. The pool runs one task at a time
in order, so an undo always reaches the vault after the change it undoes; a command keeps what
the vault returned (the new injury's id and number, the deleted injury) in the worker itself,
so it is there even before the result reached the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from forensics.dossiers import DossierService
from forensics.injuries import InjuryService
from forensics.records import BodyPoint, Injury

from ..common.session_ref import SessionRef
from ..common.worker import Token, Workers
from .injury_model import InjuryModel


@dataclass(frozen=True)
class Removed:
    """The result of a deletion: the injury as it was."""

    injury: Injury


Change = Injury | Removed
Operation = Callable[[InjuryService], Change]


class InjuryStore(QObject):
    """Runs injury changes in the background and mirrors each stored result in the model.

    Signals:
        stored(object): an :class:`Injury` as the vault now holds it (added, moved, edited).
        removed(str): the id of a deleted injury.
        failed(object): a change the vault refused; the caller reloads and drops the history.
    """

    stored = Signal(object)
    removed = Signal(str)
    failed = Signal(object)

    def __init__(self, session: SessionRef, workers: Workers, model: InjuryModel) -> None:
        super().__init__()
        self.session = session
        self.workers = workers
        self.model = model

    def apply(self, name: str, operation: Operation) -> None:
        """Run ``operation`` with an injury service on the vault pool."""
        service = InjuryService(DossierService(self.session.session))

        def run(token: Token) -> Change:
            del token
            return operation(service)

        self.workers.run(
            f"forensic.injury.{name}", run, on_result=self._done, on_error=self.failed.emit
        )

    def _done(self, change: Change) -> None:
        if isinstance(change, Removed):
            self.model.remove(change.injury.id)
            self.removed.emit(change.injury.id)
        else:
            self.model.upsert(change)
            self.stored.emit(change)


class AddInjury(QUndoCommand):
    """A new injury at a point of the body map; undo removes it, redo puts it back as it was."""

    def __init__(
        self,
        store: InjuryStore,
        examination_id: str,
        point: BodyPoint,
        region_code: str,
        fields: dict[str, Any],
    ) -> None:
        super().__init__(QCoreApplication.translate("InjuryCommands", "Letsel vastleggen"))
        self.store = store
        self.examination_id = examination_id
        self.point = point
        self.region_code = region_code
        self.fields = dict(fields)
        self.injury: Injury | None = None  # set in the worker once stored
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            self.store.apply("create", self._add)
        else:
            self.store.apply("restore", self._restore)

    def undo(self) -> None:
        self.store.apply("delete", self._remove)

    def _add(self, service: InjuryService) -> Change:
        fields = dict(self.fields)
        injury_type = fields.pop("type")
        self.injury = service.add(
            self.examination_id, self.point, self.region_code, injury_type, **fields
        )
        return self.injury

    def _restore(self, service: InjuryService) -> Change:
        assert self.injury is not None, "redo follows an undo of a stored injury"
        return service.restore(self.injury)

    def _remove(self, service: InjuryService) -> Change:
        assert self.injury is not None, "undo follows the stored add"
        return Removed(service.remove(self.injury.id))


class UpdateInjury(QUndoCommand):
    """A change of some fields of an injury (moving it changes point and region)."""

    def __init__(
        self, store: InjuryStore, injury: Injury, after: dict[str, Any], text: str
    ) -> None:
        super().__init__(text)
        self.store = store
        self.injury_id = injury.id
        self.before = {name: getattr(injury, name) for name in after}
        self.after = dict(after)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, values: dict[str, Any]) -> None:
        injury_id = self.injury_id
        self.store.apply("change", lambda service: service.update(injury_id, **values))


def move_injury(
    store: InjuryStore, injury: Injury, point: BodyPoint, region_code: str
) -> UpdateInjury:
    """Moving a marker: the point and the region it now lies in, as one undoable step."""
    return UpdateInjury(
        store,
        injury,
        {"point": point, "region_code": region_code},
        QCoreApplication.translate("InjuryCommands", "Letsel {0} verplaatsen").format(
            injury.number
        ),
    )


def edit_injury(store: InjuryStore, injury: Injury, fields: dict[str, Any]) -> UpdateInjury | None:
    """Changing the form's fields; None when nothing changed."""
    changed = {name: value for name, value in fields.items() if getattr(injury, name) != value}
    if not changed:
        return None
    return UpdateInjury(
        store,
        injury,
        changed,
        QCoreApplication.translate("InjuryCommands", "Letsel {0} wijzigen").format(injury.number),
    )


class DeleteInjury(QUndoCommand):
    """Removing an injury; undo restores it with its id and number."""

    def __init__(self, store: InjuryStore, injury: Injury) -> None:
        super().__init__(
            QCoreApplication.translate("InjuryCommands", "Letsel {0} verwijderen").format(
                injury.number
            )
        )
        self.store = store
        self.injury = injury

    def redo(self) -> None:
        injury_id = self.injury_id = self.injury.id
        self.store.apply("delete", lambda service: self._remove(service, injury_id))

    def _remove(self, service: InjuryService, injury_id: str) -> Change:
        self.injury = service.remove(injury_id)  # the injury as the vault held it
        return Removed(self.injury)

    def undo(self) -> None:
        self.store.apply("restore", lambda service: service.restore(self.injury))
