"""Keeping a dialog tall enough for the problem lines that appear and go while typing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def fit_height(dialog: QDialog) -> None:
    """Resize ``dialog`` to the height its contents need at its current width.

    A top-level window does not follow the height-for-width of a wrapped label by itself: a
    two-line message would be squeezed over the next row.
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    height = max(needed, layout.totalMinimumSize().height())
    dialog.setMinimumHeight(height)
    dialog.resize(width, height)
