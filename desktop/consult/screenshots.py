"""The second-opinion screens for ``make screenshots`` (registered in desktop.screenshots.SHOTS)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from forensics.dossiers import DossierService
from forensics.photos import PhotoService

from .workspace import ConsultWorkspace

if TYPE_CHECKING:
    from ..screenshots import ShotContext


def _workspace(ctx: ShotContext, user: str) -> ConsultWorkspace:
    window = ctx.login(user)
    page = window.show_workspace("consult")
    assert isinstance(page, ConsultWorkspace)
    ctx.settle()
    return page


def request_preview(ctx: ShotContext) -> QWidget:
    """The wizard's preview of a request from the vertrouwensarts about the child with bruises."""
    page = _workspace(ctx, "vertrouwensarts")
    session = page.context.session.session
    dossiers = DossierService(session)
    subject = dossiers.search("DEMO-KIND-A")[0]
    exam = dossiers.examinations_of(subject.id)[-1]
    wizard = page.requests.start_wizard(exam.id)
    ctx.settle()
    selection = wizard.selection_page
    selection.question.setPlainText("Passen de hematomen bij een val van de bank?")
    selection.context_edit.setPlainText(
        "Zuigeling van 9 maanden, kruipt nog niet. Volgens moeder gisteren van de bank gevallen."
    )
    photos = [p.id for p in PhotoService(dossiers).photos(exam.id) if p.calibration is not None]
    injuries = [i.id for i in wizard.data.injuries] if wizard.data else []
    selection.check([*injuries, *photos])
    wizard.next()
    wizard.next()
    organisations = wizard.data.organisations if wizard.data else []
    wizard.recipients_page.choose([o.id for o in organisations])
    wizard.next()
    ctx.settle()
    wizard.resize(1040, 700)
    ctx.settle()
    return wizard


def consult_workspace(ctx: ShotContext) -> QWidget:
    """The forensic physician's incoming consult: its images and the drafted answer."""
    page = _workspace(ctx, "arts")
    page.tabs.setCurrentWidget(page.incoming)
    page.incoming.table.selectRow(0)
    ctx.settle()
    page.incoming.view.left.setCurrentIndex(1)  # the images: body map with numbered markers
    ctx.settle()
    return page.window()


def address_book(ctx: ShotContext) -> QWidget:
    """The vertrouwensarts's address book: own card, contacts, the LECK teleconsult."""
    page = _workspace(ctx, "vertrouwensarts")
    page.tabs.setCurrentWidget(page.address_book)
    page.address_book.organisation_list.selectRow(0)
    ctx.settle()
    return page.window()


def dossier_transfer(ctx: ShotContext) -> QWidget:
    """The vertrouwensarts hands the adult's dossier to a LECK member: recipients and preview."""
    from ..forensics.transfer_dialog import open_transfer_dialog

    page = _workspace(ctx, "vertrouwensarts")
    session = page.context.session.session
    dossiers = DossierService(session)
    subject = dossiers.search("DEMO-VOLW")[0]
    exam = dossiers.examinations_of(subject.id)[-1]
    dialog = open_transfer_dialog(page.context, exam.id, page.window())
    ctx.settle()
    model = dialog.recipients
    last = model.item(model.rowCount() - 1)
    dialog.choose([str(last.data(Qt.ItemDataRole.UserRole))])
    ctx.settle()
    return dialog
