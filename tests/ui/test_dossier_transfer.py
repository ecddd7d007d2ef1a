"""Handing a dossier to another vault in the desktop: the dialog, then the import over there."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.consult.workspace import ConsultWorkspace
from desktop.forensics.export_hooks import DOSSIER_TRANSFER
from desktop.forensics.transfer_dialog import TransferDialog, open_transfer_dialog
from desktop.forensics.workspace import ForensicWorkspace
from desktop.shell.controller import Shell
from desktop.shell.main_window import MainWindow
from desktop.vaults import SCHEMAS
from forensics.dossiers import DossierService
from forensics.transfer import TransferService
from secure_store.package_reader import inspect_package
from secure_store.vault import Vault
from tests.consult_world import NAME, document_examination, introduce, own_card
from tests.ui.conftest import PASSPHRASES


def _vaults(template: Path, folder: Path, tmp_path: Path) -> tuple[Path, str, str]:
    """``folder``: vta's dossier; a second vault beside it whose ``arts`` knows vta's card."""
    other = tmp_path / "other"
    shutil.copytree(template, other)
    receiving = Vault.open(other, schemas=SCHEMAS)
    arts = receiving.unlock("arts", PASSPHRASES["arts"])
    vault = Vault.open(folder, schemas=SCHEMAS)
    vta = vault.unlock("vta", PASSPHRASES["vta"])
    doc = document_examination(vta, tmp_path / "camera")
    introduce(vta, own_card(arts))
    introduce(arts, own_card(vta))
    arts_key = own_card(arts).key_id
    vault.lock()
    receiving.lock()
    return other, doc.examination_id, arts_key


def test_a_dossier_is_sealed_in_the_dialog_and_taken_in_by_the_other_vault(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    template_vault: Path, vault_dir: Path, tmp_path: Path,
) -> None:  # fmt: skip
    other, examination_id, arts_key = _vaults(template_vault, vault_dir, tmp_path)
    shell = make_shell()
    shell.start(vault_dir)
    window = login(shell, "vta")
    open_transfer_dialog(window.context, examination_id, window)
    dialog = window.findChild(TransferDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert NAME in dialog.preview.text() and "identificerend" in dialog.preview.text()
    assert "• Foto's: 2, elk als origineel met EXIF" in dialog.preview.text()
    assert "• DICOM-objecten: 2, zoals ontvangen" in dialog.preview.text()
    assert "Kies ten minste één ontvanger." in dialog.preview.text()
    assert not dialog.seal_button.isEnabled()
    assert dialog.recipients.rowCount() == 1, "colleagues of this vault are not offered"
    dialog.choose([arts_key])
    qtbot.waitUntil(lambda: dialog.seal_button.isEnabled(), timeout=10_000)
    assert "Wordt verzegeld voor: Arts, GGD Testregio" in dialog.preview.text()
    package = tmp_path / "overdracht.vdpkg"
    chooser = dialog.choose_destination()
    assert chooser.defaultSuffix() == "vdpkg"
    assert Path(chooser.selectedFiles()[0]).name == "overdracht-VT-2026-0042.vdpkg"
    chooser.fileSelected.emit(str(package))  # as if the user pressed Save there
    chooser.close()
    qtbot.waitUntil(lambda: dialog.sealed is not None, timeout=20_000)
    assert dialog.sealed is not None and "✔ Verzegeld" in dialog.outcome.text()
    assert not dialog.seal_button.isEnabled() and dialog.close_button.text() == "Sluiten"
    assert inspect_package(package).kind == "forensic-dossier"
    dialog.reject()
    shell.lock()

    receiving = make_shell()
    receiving.start(other)
    arts = login(receiving, "arts")
    forensic = arts.show_workspace("forensic")
    assert isinstance(forensic, ForensicWorkspace)
    qtbot.waitUntil(lambda: forensic.dossiers.count_label.text() == "0 dossiers", timeout=10_000)
    consult = arts.show_workspace("consult")
    assert isinstance(consult, ConsultWorkspace)
    task = consult.import_package(package)
    qtbot.waitUntil(lambda: task.finished, timeout=20_000)
    assert "Het overgedragen dossier" in consult.message.text() and NAME in consult.message.text()
    arts.show_workspace("forensic")
    qtbot.waitUntil(lambda: forensic.dossiers.count_label.text() == "1 dossiers", timeout=10_000)
    [subject] = DossierService(arts.context.session.session).search()
    assert subject.name == NAME
    forensic.dossiers.select_subject(subject.id)
    overview = forensic.area.overview
    qtbot.waitUntil(lambda: overview.transfers_label.isVisibleTo(overview), timeout=10_000)
    assert overview.transfers_label.text().startswith("Ontvangen van Vta, GGD Testregio op ")
    [exam] = DossierService(arts.context.session.session).examinations_of(subject.id)
    forensic.area.set_examination(exam.id)
    editor = forensic.editor
    qtbot.waitUntil(
        lambda: "Ontvangen bij de overdracht" in editor.sealed_label.text(), timeout=10_000
    )
    assert "van Vta, GGD Testregio op " in editor.sealed_label.text()
    assert "het onderzoek van Vta (GGD Testregio) blijft" in editor.sealed_label.text()
    assert not editor.addenda.add_button.isVisibleTo(editor)


def test_the_export_menu_opens_the_transfer_dialog(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    template_vault: Path, vault_dir: Path, tmp_path: Path,
) -> None:  # fmt: skip
    _, examination_id, _ = _vaults(template_vault, vault_dir, tmp_path)
    shell = make_shell()
    shell.start(vault_dir)
    window = login(shell, "vta")
    forensic = window.show_workspace("forensic")
    assert isinstance(forensic, ForensicWorkspace)
    qtbot.waitUntil(lambda: forensic.dossiers.subjects.rowCount() == 1, timeout=10_000)
    forensic.area.set_examination(examination_id)
    menu = forensic.area.export_button.menu()
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.objectName() == f"export_{DOSSIER_TRANSFER}")
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(TransferDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    dialog.reject()


def test_the_transfer_dialog_in_english(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    template_vault: Path, vault_dir: Path, tmp_path: Path, qapp: QApplication,
) -> None:  # fmt: skip
    _, examination_id, _ = _vaults(template_vault, vault_dir, tmp_path)
    installed = i18n.install(qapp, "en")
    try:
        shell = make_shell()
        shell.start(vault_dir)
        window = login(shell, "vta")
        dialog = open_transfer_dialog(window.context, examination_id, window)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
        assert dialog.windowTitle() == "Transfer dossier to another vault"
        assert "• Photos: 2, each as the original with EXIF" in dialog.preview.text()
        assert "identifying, not pseudonymised" in dialog.preview.text()
        assert dialog.seal_button.text() == "Seal and save…"
        dialog.reject()
    finally:
        i18n.uninstall(qapp, installed)


def test_a_dossier_file_dropped_on_forensisch_is_taken_in_and_selected(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    template_vault: Path, vault_dir: Path, tmp_path: Path,
) -> None:  # fmt: skip
    other, examination_id, arts_key = _vaults(template_vault, vault_dir, tmp_path)
    sending = Vault.open(vault_dir, schemas=SCHEMAS)
    vta = sending.unlock("vta", PASSPHRASES["vta"])
    subject_id, _ = DossierService(vta).case_of_examination(examination_id)
    TransferService(vta).seal(subject_id, [arts_key], tmp_path / "dossier.vdpkg")
    sending.lock()
    shell = make_shell()
    shell.start(other)
    window = login(shell, "arts")
    forensic = window.show_workspace("forensic")
    assert isinstance(forensic, ForensicWorkspace)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "dossier.vdpkg"))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPointF(5, 5), *args)
    forensic.dragEnterEvent(enter)
    assert enter.isAccepted(), "a package is welcome even with no examination open"
    forensic.dropEvent(QDropEvent(QPointF(5, 5), *args))
    panel = forensic.dossiers
    qtbot.waitUntil(
        lambda: bool(panel.subjects_table.selectionModel().selectedRows()), timeout=20_000
    )
    [row] = panel.subjects_table.selectionModel().selectedRows()
    assert panel.subjects.row_at(panel.proxy.mapToSource(row).row()).name == NAME


def test_a_second_opinion_file_dropped_on_forensisch_says_where_it_went(
    qtbot: QtBot, make_shell: Callable[..., Shell], login: Callable[..., MainWindow],
    template_vault: Path, vault_dir: Path, tmp_path: Path,
) -> None:  # fmt: skip
    from forensics.consult_records import Selection
    from forensics.consult_requests import RequestService
    from forensics.injuries import InjuryService

    other, examination_id, arts_key = _vaults(template_vault, vault_dir, tmp_path)
    sending = Vault.open(vault_dir, schemas=SCHEMAS)
    vta = sending.unlock("vta", PASSPHRASES["vta"])
    injuries = InjuryService(DossierService(vta)).of_examination(examination_id)
    requests = RequestService(vta)
    request = requests.create(examination_id, "Past dit bij een val?")
    requests.update(request.id, selection=Selection((injuries[0].id,)), recipients=[arts_key])
    requests.seal(request.id, tmp_path / "verzoek.vdpkg")
    sending.lock()
    shell = make_shell()
    shell.start(other)
    window = login(shell, "arts")
    forensic = window.show_workspace("forensic")
    assert isinstance(forensic, ForensicWorkspace)
    task = forensic.import_package(tmp_path / "verzoek.vdpkg")
    qtbot.waitUntil(lambda: task.finished, timeout=20_000)
    qtbot.waitUntil(lambda: forensic.findChild(QMessageBox, "packageElsewhere") is not None)
    box = forensic.findChild(QMessageBox, "packageElsewhere")
    assert "Second opinions" in box.text()
    box.close()
