"""Turning stored photo bytes into QImages, for use inside background operations.

QImage (unlike QPixmap) may be made on any thread, so decoding happens entirely off the UI
thread and the UI only wraps the result in a pixmap.
"""

from __future__ import annotations

from PIL import Image
from PySide6.QtGui import QImage

from forensics.image_decode import decode_upright


def image_from_jpeg(data: bytes) -> QImage:
    """A preview or thumbnail (already upright, without metadata) as a QImage."""
    image = QImage()
    image.loadFromData(data, "JPEG")
    return image


def image_from_pil(picture: Image.Image) -> QImage:
    """An ``"RGB"`` or ``"L"`` Pillow image as a QImage that owns its pixels."""
    if picture.mode == "L":
        data = picture.tobytes()
        image = QImage(
            data, picture.width, picture.height, picture.width, QImage.Format.Format_Grayscale8
        )
    else:
        rgb = picture if picture.mode == "RGB" else picture.convert("RGB")
        data = rgb.tobytes()
        image = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return image.copy()  # detach from ``data``, which Python frees


def upright_original(data: bytes) -> QImage:
    """The original photo decoded upright at full resolution (for close zoom).

    Raises:
        UnsupportedImage, CorruptImage, ImageTooLarge: The original cannot be decoded.
    """
    return image_from_pil(decode_upright(data, None).image)
