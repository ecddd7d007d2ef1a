"""A calm placeholder for a workspace that a later part of the program fills."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A title and a short explanation of what will appear here; no buttons that do nothing."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(600)
        heading = QLabel(title)
        heading.setObjectName("subtitle")
        heading.setWordWrap(True)
        body = QLabel(explanation)
        body.setObjectName("hint")
        body.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(heading)
        inner.addWidget(body)
        # A stretch-centred row (not an alignment flag) keeps height-for-width, so the
        # wrapped explanation gets all its lines.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addSpacing(40)
        outer.addLayout(row)
        outer.addStretch(1)
