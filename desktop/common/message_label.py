"""A word-wrapped label that takes no room while it has nothing to say."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class MessageLabel(QLabel):
    """Hidden while empty, so an unused message line leaves no gap in a form."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:  # Qt's name, so every caller hides and shows it
        super().setText(text)
        self.setVisible(bool(text))
