"""What the physician's hand does on the body map: place, move, edit and delete injuries.

Each becomes one command on the examination's undo stack (:mod:`.injury_commands`); the panel
shows what the vault then holds. Clicking beside the body, or dragging a marker off it, changes
nothing and says so in the panel's status line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from forensics.bodymap import View
from forensics.records import BodyPoint

from .injury_commands import AddInjury, DeleteInjury, edit_injury, move_injury
from .injury_dialog import InjuryDialog, injury_fields
from .injury_model import injury_region_name
from .labels import region_name, term

if TYPE_CHECKING:
    from .bodymap_panel import BodyMapPanel


class InjuryEditing(QObject):
    """Turns clicks, drags and the injury form into undoable commands for one panel."""

    def __init__(self, panel: BodyMapPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.dialog: InjuryDialog | None = None
        panel.map.body_clicked.connect(self.body_clicked)
        panel.map.marker_dragged.connect(self.marker_dragged)

    def _say(self, text: str) -> None:
        self.panel.status.setText(text)

    def body_clicked(self, x: float, y: float) -> InjuryDialog | None:
        """A click on the drawing: the injury form for the region there, or a word why not."""
        panel, view = self.panel, self.panel.map.view
        if panel.examination_id is None or view is None:
            return None
        if panel.sealed:
            self._say(self.tr("Dit onderzoek is afgesloten; er kan geen letsel bij."))
            return None
        region = panel.map.region_at(x, y)
        if region is None:
            self._say(self.tr("Buiten het lichaam geklikt: er is geen letsel geplaatst."))
            return None
        self._say("")
        panel.map.show_pending(x, y)
        point = BodyPoint(view.code, x, y)
        examination_id = panel.examination_id
        dialog = InjuryDialog(region_name(region), term(view), parent=panel)
        dialog.accepted.connect(
            lambda: panel.undo_stack.push(
                AddInjury(panel.store, examination_id, point, region.code, dialog.values())
            )
        )
        dialog.finished.connect(panel.map.clear_pending)
        return self._open(dialog)

    def marker_dragged(self, injury_id: str, ox: float, oy: float, x: float, y: float) -> None:
        """A marker let go at (x, y): moved with its new region, or put back when off the body."""
        del ox, oy
        panel = self.panel
        injury = panel.model.get(injury_id)
        region = panel.map.region_at(x, y)
        view = panel.map.view
        if injury is None or view is None or panel.sealed or region is None:
            panel.place_markers()  # back where the vault has it
            self._say(self.tr("Buiten het lichaam: het letsel blijft op zijn plaats."))
            return
        self._say(
            self.tr("Letsel {0} verplaatst naar: {1}").format(injury.number, region_name(region))
        )
        point = BodyPoint(view.code, x, y)
        panel.undo_stack.push(move_injury(panel.store, injury, point, region.code))

    def edit_selected(self) -> InjuryDialog | None:
        """The form of the selected injury; saving it is one undoable change."""
        panel = self.panel
        injury = panel.model.get(panel.selected_id() or "")
        if injury is None:
            return None
        dialog = InjuryDialog(
            injury_region_name(panel.model.figure, injury),
            term(View.from_code(injury.point.view)),
            injury.number,
            injury_fields(injury),
            parent=panel,
        )
        dialog.ok_button.setEnabled(not panel.sealed)

        def accepted() -> None:
            command = edit_injury(panel.store, injury, dialog.values())
            if command is not None:
                panel.undo_stack.push(command)

        dialog.accepted.connect(accepted)
        return self._open(dialog)

    def delete_selected(self) -> None:
        panel = self.panel
        injury = panel.model.get(panel.selected_id() or "")
        if injury is None or panel.sealed:
            return
        panel.undo_stack.push(DeleteInjury(panel.store, injury))
        self._say(
            self.tr("Letsel {0} verwijderd. Ongedaan maken met Ctrl+Z.").format(injury.number)
        )

    def _open(self, dialog: InjuryDialog) -> InjuryDialog:
        self.dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _closed(self) -> None:
        self.dialog = None
