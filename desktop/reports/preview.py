"""Pages of a rendered PDF as images, and a scrolling pane that shows them.

PySide6-Essentials has no QtPdf, so pages are rasterised with PDFium (``pypdfium2``, from PyPI)
off the UI thread; the pane only shows finished images.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

PREVIEW_DPI = (
    75  # an A4 page 620 px wide: readable, and it fits the pane without scrolling sideways
)


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page of ``pdf`` as an RGB image at ``dpi`` (safe on a worker thread)."""
    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes()
            image = QImage(data, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: ``data`` goes out of scope
            page.close()
    finally:
        document.close()
    return images


class PreviewPane(QScrollArea):
    """The pages one below the other, with a thin shadow line, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPages")
        self.setWidgetResizable(True)
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.setWidget(self._inner)
        self.pages: list[QLabel] = []
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self._layout.addWidget(self.message)

    def show_message(self, text: str) -> None:
        """Replace the pages by a line of text (while rendering, or after an error)."""
        self._clear()
        self.message.setText(text)
        self.message.show()

    def show_pages(self, images: list[QImage]) -> None:
        self._clear()
        self.message.hide()
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setObjectName(f"previewPage{number}")
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #9fb3c8; background: white;")
            self._layout.addWidget(label)
            self.pages.append(label)

    def _clear(self) -> None:
        for label in self.pages:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.pages = []
