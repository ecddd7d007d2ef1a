"""The pictures of a forensic report: photo plates at print resolution and body-map figures.

A plate is the annotated derivative of an original (upright, with its annotations, scale bar
and number), rendered from the original bytes at about 300 dpi for its printed size; the
original itself never leaves. Photos render on all cores: decoding and encoding JPEG release
the GIL, and a report of 40 photos is otherwise dominated by exactly that.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from secure_store.document import Figure, FigureRow, format_moment
from secure_store.errors import Cancelled

from .annotation_render import render_annotated
from .bodymap import BodyFigure, View
from .bodymap_figure import Marker, load_drawing, render_png
from .derivatives import make_preview
from .photos import Photo, PhotoService
from .records import Injury

PRINT_SIDE_PX = 1800
"""Longest side of a plate: a photo printed 15 cm wide at 300 dpi."""
BODY_MAP_WIDTH_PX = 700
"""A body-map view printed about 5.5 cm wide at 300 dpi."""
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def print_rendition(original: bytes, photo: Photo, side: int = PRINT_SIDE_PX) -> bytes:
    """The photo as printed: annotated when it has annotations or a scale, else a plain copy."""
    if photo.annotations or photo.calibration is not None:
        return render_annotated(original, photo.annotations, photo.calibration, max_size=side)
    return make_preview(original, max_side=side)


def photo_plates(
    photos: PhotoService,
    items: Sequence[Photo],
    injury_numbers: dict[str, int],
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> list[Figure]:
    """One figure per photo, in report order, rendered in parallel.

    Raises:
        Cancelled: ``cancelled`` said so between photos (nothing is kept).
    """

    def render(photo: Photo) -> bytes:
        if cancelled is not None and cancelled():
            raise Cancelled()
        return print_rendition(photos.original_bytes(photo.id), photo)

    figures: list[Figure] = []
    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
        for done, (photo, image) in enumerate(
            zip(items, pool.map(render, items), strict=True), start=1
        ):
            figures.append(_plate(photo, image, injury_numbers))
            if progress is not None:
                progress(done, len(items))
    return figures


def _plate(photo: Photo, image: bytes, injury_numbers: dict[str, int]) -> Figure:
    shows = sorted(injury_numbers[i] for i in photo.injury_ids if i in injury_numbers)
    details = [("Bewijsstuk", f"F{photo.seq}")]
    if photo.category is not None:
        details.append(("Categorie", photo.category.label_nl))
    if shows:
        details.append(("Letsel", ", ".join(str(n) for n in shows)))
    details.append(("Opname", format_moment(photo.captured_at) or "onbekend"))
    if photo.calibration is not None:
        details.append(("Schaal", f"{photo.calibration.px_per_mm:.2f} px/mm"))
    # Two plates a page, the first page of the appendix with its heading included.
    return Figure(image, f"Foto {photo.seq}", photo.caption, tuple(details), max_height=0.39)


def body_map_row(figure: BodyFigure, injuries: Sequence[Injury]) -> FigureRow | None:
    """The views that carry injuries, side by side with their numbered markers (None: none)."""
    views = [v for v in View if any(i.point.view == v.code for i in injuries)]
    if not views:
        return None
    figures = []
    for view in views:
        markers = [
            Marker(i.number, i.point.x, i.point.y) for i in injuries if i.point.view == view.code
        ]
        numbers = ", ".join(str(m.number) for m in markers)
        drawing = load_drawing(figure, view)
        # A tall drawing prints narrow; larger markers keep their numbers legible on paper.
        scale = max(1.4, drawing.height / drawing.width)
        png = render_png(figure, view, markers, width_px=BODY_MAP_WIDTH_PX, marker_scale=scale)
        caption = f"letsel {numbers}"
        figures.append(
            Figure(
                png, f"{figure.label_nl.capitalize()}, {view.label_nl}", caption, max_height=0.38
            )
        )
    return FigureRow(tuple(figures))
