"""Files and folders dropped on a panel: which local paths they are.

A drop from a file manager carries ``file://`` URLs; anything else (text, a browser image, a
remote URL) is not evidence on this workstation and is not accepted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders in ``mime``, in the order they were dragged."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def accepts_drop(mime: QMimeData) -> bool:
    """Whether ``mime`` holds at least one local file or folder."""
    return bool(dropped_paths(mime))
