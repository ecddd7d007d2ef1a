"""Screenshots of the forensic workspace for ``make screenshots`` (see desktop/screenshots.py).

Each function logs in as the demo physician, opens a demo dossier the way a click would, and
returns the window to grab. A forensic physician works on a large screen, so these shots use a
larger window than the shell's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from forensics.bodymap import View

from .workspace import ForensicWorkspace

if TYPE_CHECKING:
    from ..screenshots import ShotContext

SIZE = (1440, 900)
CHILD = "Noor de Demo"  # forensics/demo.py: under four, bruises on ear, cheek and chest
ADULT = "Eva Voorbeeld"


def _workspace(ctx: ShotContext) -> tuple[QWidget, ForensicWorkspace]:
    window = ctx.login("arts")
    window.resize(*SIZE)
    page = window.show_workspace("forensic")
    assert isinstance(page, ForensicWorkspace)
    ctx.settle()
    return window, page


def _choose(ctx: ShotContext, page: ForensicWorkspace, name: str, open_first: bool) -> None:
    model = page.dossiers.subjects
    subject = next(
        model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).name == name
    )
    page.dossiers.select_subject(subject.id)
    ctx.settle()
    if open_first:
        page.dossiers.select_examination(page.dossiers.examinations.row_at(0).id)
        ctx.settle()


def dossier_list(ctx: ShotContext) -> QWidget:
    """The dossier list with a person chosen and their examinations below."""
    window, page = _workspace(ctx)
    _choose(ctx, page, CHILD, open_first=False)
    return window


def examination_editor(ctx: ShotContext) -> QWidget:
    """An adult's examination: request, consent, history as written."""
    window, page = _workspace(ctx)
    _choose(ctx, page, ADULT, open_first=True)
    return window


def body_map(ctx: ShotContext) -> QWidget:
    """The child's head with numbered markers and the TEN-4-FACESp flags beside it."""
    window, page = _workspace(ctx)
    _choose(ctx, page, CHILD, open_first=True)
    panel = page.body_map
    page.area.tabs.setCurrentWidget(panel)
    ctx.settle()
    panel.show_view(View.HEAD)
    cheek = next(
        i for i in panel.model.rows if i.point.view == View.HEAD.code and i.pattern != "none"
    )
    panel.select(cheek.id)
    ctx.settle()
    return window
