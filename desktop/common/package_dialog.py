"""The save dialog for a sealed package (.vdpkg), the same wherever one is sealed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from secure_store.package_format import SUFFIX


def save_package_dialog(
    parent: QWidget, title: str, object_name: str, stem: str, chosen: Callable[[Path], object]
) -> QFileDialog:
    """Open (window-modal, non-blocking) a save dialog suggesting ``stem``.vdpkg."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(object_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(
        QCoreApplication.translate("PackageDialog", "Verzegeld pakket (*.vdpkg)")
    )
    dialog.setDefaultSuffix(SUFFIX.lstrip("."))
    if stem:
        dialog.selectFile(f"{stem}{SUFFIX}")
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.open()
    return dialog
