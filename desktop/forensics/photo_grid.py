"""The photos of an examination as cards: thumbnail, number, category, caption, injuries.

A list model with a painting delegate, shown by a QListView in icon mode; the thumbnails come
decoded from the loader (made off the UI thread), so painting never decodes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from forensics.photos import Photo

from ..common import style
from ..common.row_models import Index, RowsListModel
from .photo_details import category_label

PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1
CARD = QSize(200, 232)
THUMB_HEIGHT = 134


class PhotoGridModel(RowsListModel[Photo]):
    """One row per photo in import order; :data:`PHOTO_ROLE` gives the :class:`Photo`."""

    def __init__(self) -> None:
        super().__init__()
        self._thumbnails: dict[str, QPixmap] = {}
        self._injury_numbers: dict[str, int] = {}

    def set_photos(
        self, photos: list[Photo], thumbnails: dict[str, QImage], injury_numbers: dict[str, int]
    ) -> None:
        self._thumbnails = {k: QPixmap.fromImage(v) for k, v in thumbnails.items()}
        self._injury_numbers = dict(injury_numbers)
        self.set_rows(photos)

    def update_photo(self, photo: Photo) -> None:
        """Show a changed photo (category, caption, links) in its card."""
        row = self.row_of(photo.id)
        if row >= 0:
            self.replace_row(row, photo)

    def row_of(self, photo_id: str) -> int:
        return self.row_where(lambda p: p.id == photo_id)

    def thumbnail(self, photo_id: str) -> QPixmap | None:
        return self._thumbnails.get(photo_id)

    def injuries_text(self, photo: Photo) -> str:
        numbers = sorted(
            self._injury_numbers[i] for i in photo.injury_ids if i in self._injury_numbers
        )
        if not numbers:
            return ""
        return self.tr("Letsel {0}").format(", ".join(str(n) for n in numbers))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        photo = self.row_at(index.row())
        if role == PHOTO_ROLE:
            return photo
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Foto {0}").format(photo.seq)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                filter(None, [photo.source_name, photo.caption, self.injuries_text(photo)])
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnails.get(photo.id)
        return None


class PhotoCardDelegate(QStyledItemDelegate):
    """Paints a photo as a card: the thumbnail on dark, a number badge, three lines below."""

    def __init__(self, model: PhotoGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        del option, index
        return CARD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        photo = index.data(PHOTO_ROLE)
        if not isinstance(photo, Photo):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(5, 5, -5, -5)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor(style.ACCENT if selected else style.LINE), 2 if selected else 1))
        painter.setBrush(QColor("#e6f0f5" if selected else "white"))
        painter.drawRoundedRect(rect, 6, 6)
        thumb = QRectF(rect.left() + 6, rect.top() + 6, rect.width() - 12, THUMB_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1d232a"))
        painter.drawRoundedRect(thumb, 4, 4)
        pixmap = self.model.thumbnail(photo.id)
        if pixmap is not None and not pixmap.isNull():
            scaled = pixmap.size().scaled(thumb.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(thumb.center().toPoint())
            painter.drawPixmap(target, pixmap)
        self._badge(painter, thumb, str(photo.seq))
        if photo.calibration is not None:
            self._tag(painter, thumb, self.model.tr("schaal"))
        self._lines(painter, option, rect, thumb, photo)
        painter.restore()

    def _badge(self, painter: QPainter, thumb: QRectF, text: str) -> None:
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        width = max(24, QFontMetrics(font).horizontalAdvance(text) + 12)
        badge = QRectF(thumb.left() + 6, thumb.top() + 6, width, 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(badge, 11, 11)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _tag(self, painter: QPainter, thumb: QRectF, text: str) -> None:
        font = QFont(painter.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        width = QFontMetrics(font).horizontalAdvance(text) + 14
        tag = QRectF(thumb.right() - width - 6, thumb.top() + 6, width, 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.OK))
        painter.drawRoundedRect(tag, 10, 10)
        painter.setPen(QColor("white"))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)

    def _lines(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRectF,
        thumb: QRectF,
        photo: Photo,
    ) -> None:
        base = QFont(option.font)
        left, width = rect.left() + 10, rect.width() - 20
        top = thumb.bottom() + 6
        lines = [
            (category_label(photo.category, self.model.tr("geen categorie")).replace(" (middenafstand)", ""), True,
             style.INK if photo.category else style.MUTED),
            (photo.caption or self.model.tr("geen bijschrift"), False,
             style.INK if photo.caption else style.MUTED),
            (self.model.injuries_text(photo) or self.model.tr("niet gekoppeld aan letsel"), False,
             style.ACCENT if photo.injury_ids else style.MUTED),
        ]  # fmt: skip
        for text, bold, colour in lines:
            font = QFont(base)
            font.setBold(bold)
            painter.setFont(font)
            metrics = QFontMetrics(font)
            painter.setPen(QColor(colour))
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
            painter.drawText(QRectF(left, top, width, metrics.height()), elided)
            top += metrics.height() + 3
