"""Render every body map to PNG, with its regions overlaid in colour, for a human to check.

Usage::

    QT_QPA_PLATFORM=offscreen python scripts/preview_bodymaps.py [OUT_DIR] [--scale 2]

Writes ``<figure>_<view>.png`` (drawing only), ``<figure>_<view>.regions.png`` (drawing with
each region filled in its own colour and outlined) and ``sheet.png`` (all overlays side by
side). A developer tool: the program itself never renders previews.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QPolygonF
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from forensics.bodymap import BodyFigure, RegionMap, View, load_region_map, svg_path


def render(figure: BodyFigure, view: View, scale: float, overlay: bool) -> QImage:
    """The drawing at ``scale``, optionally with the region map painted over it."""
    renderer = QSvgRenderer(str(svg_path(figure, view)))
    if not renderer.isValid():
        raise SystemExit(f"cannot render {svg_path(figure, view)}")
    box = renderer.viewBoxF()
    image = QImage(int(box.width() * scale), int(box.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("#eef0f2"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    if overlay:
        _paint_regions(painter, load_region_map(figure, view), image.width(), image.height())
    painter.end()
    return image


def _paint_regions(painter: QPainter, regions: RegionMap, width: int, height: int) -> None:
    for index, region in enumerate(regions.regions):
        # Golden-angle hues keep neighbours apart; left/right pairs get related colours.
        colour = QColor.fromHsv(int(index * 137.5) % 360, 170, 235, 110)
        polygon = QPolygonF([QPointF(x * width, y * height) for x, y in region.polygon])
        painter.setBrush(colour)
        painter.setPen(QPen(colour.darker(170), 0.8))
        painter.drawPolygon(polygon)
        px, py = region.interior_point()
        painter.setPen(QPen(QColor("#202020")))
        painter.drawEllipse(QPointF(px * width, py * height), 1.5, 1.5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render body maps with their regions to PNG.")
    parser.add_argument("out", nargs="?", default="bodymap-preview", type=Path)
    parser.add_argument("--scale", type=float, default=2.0)
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    overlays = []
    for figure in BodyFigure:
        for view in View:
            name = f"{figure.code}_{view.code}"
            render(figure, view, args.scale, overlay=False).save(str(args.out / f"{name}.png"))
            image = render(figure, view, args.scale, overlay=True)
            image.save(str(args.out / f"{name}.regions.png"))
            overlays.append(image)
    _sheet(overlays).save(str(args.out / "sheet.png"))
    print(f"wrote {len(overlays) * 2 + 1} images to {args.out}")
    del app
    return 0


def _sheet(images: list[QImage]) -> QImage:
    width = sum(i.width() for i in images)
    height = max(i.height() for i in images)
    sheet = QImage(width, height, QImage.Format.Format_ARGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    x = 0
    for image in images:
        painter.drawImage(x, 0, image)
        x += image.width()
    painter.end()
    return sheet


if __name__ == "__main__":
    sys.exit(main())
