"""Second opinions in the desktop: the wizard, importing by drop, answering, the address book."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.consult.address_book_page import MembersDialog
from desktop.consult.fingerprint_dialog import FingerprintDialog
from desktop.consult.request_wizard import RequestWizard, open_request_wizard
from desktop.consult.workspace import ConsultWorkspace
from desktop.shell.controller import Shell
from desktop.shell.main_window import MainWindow
from desktop.vaults import SCHEMAS
from forensics.consult_records import ConsultStatus, PhotoShare, RequestStatus, Selection
from forensics.consult_requests import RequestService
from forensics.consults import ConsultService
from forensics.vocabulary import ConclusionScale
from secure_store.identity_card import IdentityCard, PrivateIdentity
from secure_store.package_errors import PackageTampered
from secure_store.package_reader import verify_package
from secure_store.vault import Vault
from tests.consult_world import Documented, document_examination, introduce, own_card
from tests.ui.conftest import PASSPHRASES


@dataclass
class Setup:
    """The vault the shell opens (vta requests there) and a consultant's vault beside it."""

    folder: Path
    consultant_folder: Path
    doc: Documented
    requester_card: IdentityCard
    consultant_card: IdentityCard


@pytest.fixture
def setup(template_vault: Path, vault_dir: Path, tmp_path: Path) -> Setup:
    consultant_folder = tmp_path / "consultant"
    shutil.copytree(template_vault, consultant_folder)
    consultant_vault = Vault.open(consultant_folder, schemas=SCHEMAS)
    consultant_card = own_card(consultant_vault.unlock("arts", PASSPHRASES["arts"]))
    consultant_vault.lock()
    vault = Vault.open(vault_dir, schemas=SCHEMAS)
    session = vault.unlock("vta", PASSPHRASES["vta"])
    doc = document_examination(session, tmp_path / "camera")
    introduce(session, consultant_card)
    requester_card = own_card(session)
    vault.lock()
    return Setup(vault_dir, consultant_folder, doc, requester_card, consultant_card)


def _workspace(qtbot: QtBot, window: MainWindow) -> ConsultWorkspace:
    page = window.show_workspace("consult")
    assert isinstance(page, ConsultWorkspace)
    qtbot.waitUntil(lambda: page.address_book.state is not None, timeout=10_000)
    return page


def _open(
    make_shell: Callable[..., Shell], login: Callable[..., MainWindow], folder: Path, user: str
) -> MainWindow:
    shell = make_shell()
    shell.start(folder)
    return login(shell, user)


def _wizard(qtbot: QtBot, window: MainWindow, setup: Setup) -> RequestWizard:
    open_request_wizard(window.context, setup.doc.examination_id, window)
    wizard = window.findChild(RequestWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.data is not None, timeout=10_000)
    return wizard


def _to_preview(qtbot: QtBot, wizard: RequestWizard, setup: Setup, question: str) -> None:
    wizard.selection_page.question.setPlainText(question)
    wizard.selection_page.check([*setup.doc.injury_ids, setup.doc.photo_ids[0]])
    wizard.next()
    wizard.next()
    assert not wizard.recipients_page.isComplete()
    wizard.recipients_page.choose([setup.consultant_card.key_id])
    assert wizard.recipients_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.plan is not None, timeout=10_000)


def test_the_wizard_previews_then_seals_exactly_that(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    setup: Setup, tmp_path: Path,
) -> None:  # fmt: skip
    window = _open(make_shell, login, setup.folder, "vta")
    wizard = _wizard(qtbot, window, setup)
    assert "Moeder: gevallen van de bank." in wizard.selection_page.context_edit.toPlainText()
    assert (
        wizard.selection_page.injuries.rowCount() == 2
        and wizard.selection_page.photos.rowCount() == 2
    )
    _to_preview(qtbot, wizard, setup, "Past dit letsel bij een val?")
    plan = wizard.preview_page.plan
    assert plan is not None and plan.ready and wizard.preview_page.isComplete()
    shown = [
        wizard.preview_page.items.item(r, 0).text()
        for r in range(wizard.preview_page.items.rowCount())
    ]
    assert shown == [i.name for i in plan.items]
    assert setup.doc.pseudonym in wizard.preview_page.summary.toPlainText()
    wizard.next()
    assert not wizard.seal_page.isComplete()
    task = wizard.seal_to(tmp_path / "verzoek.vdpkg")
    qtbot.waitUntil(lambda: task.finished, timeout=20_000)
    assert wizard.sealed is not None
    assert wizard.seal_page.isComplete() and "SHA-256" in wizard.seal_page.result.text()
    result = verify_package(tmp_path / "verzoek.vdpkg")
    assert result.valid and result.info is not None
    assert [e.name for e in result.info.manifest] == shown
    requests = RequestService(window.context.session.session)
    assert [r.status for r in requests.of_examination(setup.doc.examination_id)] == [
        RequestStatus.SENT
    ]
    wizard.close()


def test_a_name_in_the_question_stops_the_wizard_at_the_preview(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow], setup: Setup
) -> None:
    window = _open(make_shell, login, setup.folder, "vta")
    wizard = _wizard(qtbot, window, setup)
    _to_preview(qtbot, wizard, setup, "Is Noor van de bank gevallen?")
    assert not wizard.preview_page.isComplete()
    assert "De naam ‘Noor’ staat in de vraag." in wizard.preview_page.state.text()
    assert wizard.preview_page.state.property("state") == "broken"
    wizard.back()
    wizard.deid_page.pseudonym.setChecked(False)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=10_000)
    wizard.close()


def test_a_concept_is_continued_where_it_was_left(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow], setup: Setup
) -> None:
    window = _open(make_shell, login, setup.folder, "vta")
    wizard = _wizard(qtbot, window, setup)
    _to_preview(qtbot, wizard, setup, "Past dit letsel bij een val?")
    wizard.reject()
    page = _workspace(qtbot, window)
    page.requests.reload()
    qtbot.waitUntil(lambda: page.requests.model.rowCount() == 1, timeout=10_000)
    page.requests.table.selectRow(0)
    assert page.requests.open_button.isEnabled()
    again = page.requests.open_concept()
    assert again is not None
    qtbot.waitUntil(lambda: again.data is not None, timeout=10_000)
    assert again.selection_page.question.toPlainText() == "Past dit letsel bij een val?"
    assert again.selection_page.selection().photos == (
        (setup.doc.photo_ids[0], PhotoShare.ANNOTATED),
    )
    assert again.recipients_page.recipients() == [setup.consultant_card.key_id]
    again.close()


def _sealed_request(setup: Setup, dest: Path, *, imaging: bool = False) -> None:
    vault = Vault.open(setup.folder, schemas=SCHEMAS)
    requests = RequestService(vault.unlock("vta", PASSPHRASES["vta"]))
    request = requests.create(setup.doc.examination_id, "Past dit letsel bij een val?")
    studies = (setup.doc.study_id,) if imaging else ()
    photos = ((setup.doc.photo_ids[0], PhotoShare.ANNOTATED),)
    requests.update(
        request.id, selection=Selection(setup.doc.injury_ids, photos, studies),
        recipients=[setup.consultant_card.key_id],
    )  # fmt: skip
    requests.seal(request.id, dest)
    vault.lock()


def _drop(page: ConsultWorkspace, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(page.rect().center()), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(page.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    page.dropEvent(drop)


def test_a_dropped_request_from_an_unknown_sender_needs_the_fingerprint_then_is_answered(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    setup: Setup, tmp_path: Path,
) -> None:  # fmt: skip
    _sealed_request(setup, tmp_path / "verzoek.vdpkg")
    window = _open(make_shell, login, setup.consultant_folder, "arts")
    page = _workspace(qtbot, window)
    _drop(page, tmp_path / "verzoek.vdpkg")
    qtbot.waitUntil(lambda: page.importer.asking is not None, timeout=20_000)
    dialog = page.importer.asking
    assert isinstance(dialog, FingerprintDialog)
    assert dialog.fingerprint.text() == setup.requester_card.fingerprint
    assert not dialog.ok_button.isEnabled()
    dialog.matches.setChecked(True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.incoming.model.rowCount() == 1, timeout=20_000)
    assert page.tabs.currentWidget() is page.incoming
    qtbot.waitUntil(lambda: page.incoming.view.material is not None, timeout=10_000)
    view = page.incoming.view
    assert view.files.rowCount() == 3  # two body-map views and the annotated photo
    assert "Past dit letsel bij een val?" in view.request.toPlainText()
    assert "Noor" not in view.request.toPlainText()
    view.conclusion.setCurrentIndex(view.conclusion.findData(ConclusionScale.SUSPICIOUS.code))
    view.reasoning.setPlainText("De plaatsen passen niet bij een val.")
    task = view.seal_to(tmp_path / "antwoord.vdpkg")
    assert task is not None
    qtbot.waitUntil(lambda: task.finished, timeout=20_000)
    assert view.material is not None and view.material.consult.is_answered
    assert not view.seal_button.isEnabled() and "SHA-256" in view.state.text()
    assert verify_package(tmp_path / "antwoord.vdpkg").valid
    consults = ConsultService(window.context.session.session).consults()
    assert [c.status for c in consults] == [ConsultStatus.ANSWERED]


def test_an_imported_answer_shows_on_the_request(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    setup: Setup, tmp_path: Path,
) -> None:  # fmt: skip
    _sealed_request(setup, tmp_path / "verzoek.vdpkg")
    consultant_vault = Vault.open(setup.consultant_folder, schemas=SCHEMAS)
    consultant = consultant_vault.unlock("arts", PASSPHRASES["arts"])
    introduce(consultant, setup.requester_card)
    consults = ConsultService(consultant)
    consult = consults.import_request(tmp_path / "verzoek.vdpkg")
    consults.save_answer(consult.id, ConclusionScale.PROBABLE, "Patroon van een hand.", "Foto's")
    consults.seal_answer(consult.id, tmp_path / "antwoord.vdpkg")
    consultant_vault.lock()
    window = _open(make_shell, login, setup.folder, "vta")
    page = _workspace(qtbot, window)
    page.import_package(tmp_path / "antwoord.vdpkg")
    qtbot.waitUntil(lambda: "is ingelezen" in page.message.text(), timeout=20_000)
    qtbot.waitUntil(
        lambda: (
            page.requests.model.rowCount() == 1
            and bool(page.requests.model.rows[0].request.answers)
        ),
        timeout=10_000,
    )
    page.requests.table.selectRow(0)
    detail = page.requests.detail.toPlainText()
    assert "waarschijnlijk toegebracht letsel" in detail and "Patroon van een hand." in detail
    assert page.requests.model.data(page.requests.model.index(0, 3)) == "beantwoord"


def test_a_tampered_package_is_refused_with_its_reason(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    setup: Setup, tmp_path: Path,
) -> None:  # fmt: skip
    _sealed_request(setup, tmp_path / "verzoek.vdpkg")
    raw = bytearray((tmp_path / "verzoek.vdpkg").read_bytes())
    raw[len(raw) // 2] ^= 1  # inside a photo's encrypted chunks
    (tmp_path / "verzoek.vdpkg").write_bytes(bytes(raw))
    consultant_vault = Vault.open(setup.consultant_folder, schemas=SCHEMAS)
    introduce(consultant_vault.unlock("arts", PASSPHRASES["arts"]), setup.requester_card)
    consultant_vault.lock()
    window = _open(make_shell, login, setup.consultant_folder, "arts")
    page = _workspace(qtbot, window)
    page.import_package(tmp_path / "verzoek.vdpkg")

    def box() -> QMessageBox | None:
        found = [b for b in page.findChildren(QMessageBox) if b.objectName() == "errorBox"]
        return found[0] if found else None

    qtbot.waitUntil(lambda: box() is not None, timeout=20_000)
    message = box()
    assert message is not None and message.text() == PackageTampered.message_nl
    assert page.incoming.model.rowCount() == 0


def test_the_address_book_confirms_cards_and_groups_organisations(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    setup: Setup, tmp_path: Path,
) -> None:  # fmt: skip
    window = _open(make_shell, login, setup.folder, "vta")
    book = _workspace(qtbot, window).address_book
    assert book.own_fingerprint.text() == setup.requester_card.fingerprint
    export = book.export_card_to(tmp_path / "mijn-kaart.vdid")
    qtbot.waitUntil(lambda: export.finished, timeout=10_000)
    assert (
        IdentityCard.from_bytes((tmp_path / "mijn-kaart.vdid").read_bytes()) == setup.requester_card
    )
    assert "opgeslagen" in book.message.text()
    stranger = PrivateIdentity.generate().make_card("Dr. Nieuw", "LECK", "Forensisch arts", "2026")
    (tmp_path / "nieuw.vdid").write_bytes(stranger.to_bytes())
    book.import_card_file(tmp_path / "nieuw.vdid")
    qtbot.waitUntil(lambda: book.findChild(FingerprintDialog) is not None, timeout=10_000)
    dialog = book.findChild(FingerprintDialog)
    assert dialog is not None and not dialog.ok_button.isEnabled()
    dialog.matches.setChecked(True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: book.contacts.rowCount() == 2, timeout=10_000)
    names = sorted(c.card.name for c in book.contacts.rows)
    assert names == ["Arts", "Dr. Nieuw"]
    task = book.create_organisation("LECK teleconsult")
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    book.organisation_list.selectRow(0)
    members = book.choose_members()
    assert isinstance(members, MembersDialog)
    for row in range(members.model.rowCount()):
        members.model.item(row).setCheckState(Qt.CheckState.Checked)
    members.accept()
    qtbot.waitUntil(lambda: "Dr. Nieuw" in book.organisations.item(0, 1).text(), timeout=10_000)
    book.table.selectRow([c.card.name for c in book.contacts.rows].index("Dr. Nieuw"))
    box = book.confirm_remove()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: book.contacts.rowCount() == 1, timeout=10_000)


def test_a_file_that_is_no_card_is_refused_in_dutch(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    setup: Setup, tmp_path: Path,
) -> None:  # fmt: skip
    window = _open(make_shell, login, setup.folder, "vta")
    book = _workspace(qtbot, window).address_book
    (tmp_path / "kapot.vdid").write_bytes(b"{}")
    book.import_card_file(tmp_path / "kapot.vdid")
    qtbot.waitUntil(
        lambda: any(b.objectName() == "errorBox" for b in book.findChildren(QMessageBox)),
        timeout=10_000,
    )
    assert book.findChild(FingerprintDialog) is None


def test_a_cancelled_seal_leaves_no_file_and_the_request_a_concept(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    setup: Setup, tmp_path: Path,
) -> None:  # fmt: skip
    import threading

    from desktop.common.worker import Token

    window = _open(make_shell, login, setup.folder, "vta")
    wizard = _wizard(qtbot, window, setup)
    _to_preview(qtbot, wizard, setup, "Past dit letsel bij een val?")
    wizard.next()
    gate = threading.Event()

    def blocker(token: Token) -> None:
        gate.wait(10)

    window.context.workers.run("blocker", blocker)  # the vault pool runs one task: sealing waits
    task = wizard.seal_to(tmp_path / "verzoek.vdpkg")
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: task.finished, timeout=20_000)
    assert wizard.sealed is None and not wizard.seal_page.isComplete()
    assert wizard.seal_page.result.text() == "Afgebroken; er is niets half opgeslagen."
    assert wizard.seal_page.seal_button.isEnabled()
    assert list(tmp_path.glob("verzoek.vdpkg*")) == [] and list(tmp_path.glob(".vd-tmp-*")) == []
    requests = RequestService(window.context.session.session)
    assert [r.status for r in requests.of_examination(setup.doc.examination_id)] == [
        RequestStatus.CONCEPT
    ]
    wizard.close()


def test_the_consultant_sees_the_shared_radiographs_and_windows_them(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    setup: Setup, tmp_path: Path,
) -> None:  # fmt: skip
    _sealed_request(setup, tmp_path / "verzoek.vdpkg", imaging=True)
    consultant_vault = Vault.open(setup.consultant_folder, schemas=SCHEMAS)
    consultant = consultant_vault.unlock("arts", PASSPHRASES["arts"])
    introduce(consultant, setup.requester_card)
    consultant_vault.lock()
    window = _open(make_shell, login, setup.consultant_folder, "arts")
    page = _workspace(qtbot, window)
    page.import_package(tmp_path / "verzoek.vdpkg")
    qtbot.waitUntil(lambda: page.incoming.view.material is not None, timeout=20_000)
    view = page.incoming.view
    material = view.material
    assert material is not None
    dicom_rows = [r for r, i in enumerate(material.items) if i.media_type == "application/dicom"]
    assert len(dicom_rows) == 2 and len(material.pictures) == 2
    assert not view.files.item(dicom_rows[0]).icon().isNull()
    view.left.setCurrentIndex(1)
    view.file_list.setCurrentIndex(view.files.index(dicom_rows[0], 0))
    assert view.shown.currentWidget().isAncestorOf(view.dicom)
    before = view.dicom.rendered().toImage()
    assert view.dicom.voi is not None
    view.dicom.set_window(type(view.dicom.voi)(view.dicom.voi.centre + 400, view.dicom.voi.width))
    assert view.dicom.rendered().toImage() != before, "a new level changes what is shown"
    view.file_list.setCurrentIndex(view.files.index(0, 0))  # back to a body-map figure
    assert view.shown.currentWidget() is view.preview
