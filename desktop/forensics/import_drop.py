"""Files and folders for an import: dropped on a panel, or chosen in a file dialog.

A drop from a file manager carries ``file://`` URLs; anything else (text, a browser image, a
remote URL) is not evidence on this workstation and is not accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders in ``mime``, in the order they were dragged."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def accepts_drop(mime: QMimeData) -> bool:
    """Whether ``mime`` holds at least one local file or folder."""
    return bool(dropped_paths(mime))


class DropImport:
    """Mixin (before ``QWidget`` in the bases) for a panel that imports what is dropped on it.

    The panel accepts drops, keeps its ``import_button`` enabled exactly while it can take files,
    and starts the import in ``import_paths``; a drag is refused while the button is disabled
    (no examination, sealed, an import running), a drop when nothing was started.
    """

    if TYPE_CHECKING:
        import_button: QPushButton

        def import_paths(self, paths: Sequence[Path]) -> bool: ...

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._consider(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._consider(event)

    def _consider(self, event: QDragMoveEvent) -> None:
        if self.import_button.isEnabled() and accepts_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths and self.import_paths(paths):
            event.acceptProposedAction()
        else:
            event.ignore()


def choose_import(
    parent: QWidget,
    title: str,
    name: str,
    filters: Sequence[str],
    chosen: Callable[[list[Path]], object],
    *,
    folder: bool,
) -> None:
    """Ask for files (filtered by ``filters``) or one folder, without blocking the window.

    Args:
        parent: the panel the dialog belongs to.
        title: the dialog's (translated) title.
        name: its objectName.
        filters: name filters for files, translated; unused for a folder.
        chosen: called with the chosen paths once the user accepts.
        folder: ask for a folder (a camera card, a hospital cd) instead of files.
    """
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(name)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(list(filters))
    dialog.filesSelected.connect(lambda names: chosen([Path(n) for n in names]))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
