"""Rendering a photo with its annotations, measurement labels and a scale bar, as JPEG.

The annotations are drawn on a transparent layer at twice the output size and scaled down, which
gives smooth, anti-aliased lines (Pillow's drawing is not anti-aliased by itself). Every stroke
has a dark halo so it stays visible on pale skin, dark skin and bruises alike.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence

from PIL import Image, ImageDraw, ImageFont

from forensics import orientation
from forensics.annotations import (
    Annotation,
    Arrow,
    Ellipse,
    Measurement,
    MeasurementKind,
    NumberedMarker,
    Polyline,
    Text,
)
from forensics.derivatives import PREVIEW_MAX_SIDE, encode_jpeg
from forensics.image_decode import MAX_IMAGE_PIXELS, ImageSource, decode_upright
from forensics.measure import Calibration, Point

SUPERSAMPLE = 2
"""Drawing scale before downsampling; 2 is visibly smooth, more costs memory for nothing."""
SCALE_BAR_CHOICES_MM = (1, 2, 5, 10, 20, 50, 100, 200)
"""Scale bar lengths to choose from; 10 mm when it fits."""
_HALO = (0, 0, 0, 150)
_PLATE = (0, 0, 0, 165)
_Mapper = Callable[[Point], Point]


def render_annotated(
    original: ImageSource,
    annotations: Sequence[Annotation],
    calibration: Calibration | None,
    max_size: int = PREVIEW_MAX_SIDE,
    *,
    max_pixels: int = MAX_IMAGE_PIXELS,
) -> bytes:
    """The photo upright, with annotations drawn and a scale bar when calibrated, as JPEG.

    Args:
        original: The original photo (bytes, stream or path).
        annotations: Vector annotations in stored pixel coordinates.
        calibration: The photo's scale, or ``None`` (then no scale bar is drawn).
        max_size: Longest side of the result in pixels.
        max_pixels: As for :func:`forensics.image_decode.inspect_image`.

    Raises:
        UnsupportedImage, CorruptImage, ImageTooLarge: The original cannot be decoded.
    """
    upright = decode_upright(original, max_size, max_pixels=max_pixels)
    base = upright.image
    full_w, full_h = orientation.upright_size(upright.original_size, upright.orientation)
    scale_x, scale_y = base.width / full_w, base.height / full_h
    factor = SUPERSAMPLE

    def to_layer(point: Point) -> Point:
        x, y = orientation.point_to_upright(point, upright.original_size, upright.orientation)
        return (x * scale_x * factor, y * scale_y * factor)

    size = (base.width * factor, base.height * factor)
    unit = max(base.size) / 1000 * factor
    # The annotations and the scale bar on layers of their own: each is composited only where
    # something was drawn, which is a small part of the photo (a whole-photo layer at twice
    # the size cost more than decoding the photo).
    if annotations:
        marks = Image.new("RGBA", size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(marks, "RGBA")
        for annotation in annotations:
            _draw(draw, annotation, to_layer, unit)
        _overlay(base, marks, factor)
    if calibration is not None:
        bar = Image.new("RGBA", size, (0, 0, 0, 0))
        px_per_mm = calibration.px_per_mm * (scale_x + scale_y) / 2 * factor
        _scale_bar(ImageDraw.Draw(bar, "RGBA"), size, px_per_mm, unit)
        _overlay(base, bar, factor)
    return encode_jpeg(base, quality=92)


def _overlay(base: Image.Image, layer: Image.Image, factor: int) -> None:
    """Composite what was drawn on ``layer`` (``factor`` times ``base``'s size) onto ``base``.

    An integer supersample: a box reduction of the premultiplied layer is exact anti-aliasing
    and four times faster than Lanczos. The drawn box is widened to whole output pixels, so
    each output pixel is reduced from the same block as a reduction of the whole layer would.
    """
    drawn = layer.getbbox()
    if drawn is None:
        return
    left, top = drawn[0] // factor, drawn[1] // factor
    right, bottom = -(-drawn[2] // factor), -(-drawn[3] // factor)
    part = layer.crop((left * factor, top * factor, right * factor, bottom * factor))
    overlay = part.convert("RGBa").reduce(factor).convert("RGBA")
    region = base.crop((left, top, right, bottom)).convert("RGBA")
    base.paste(Image.alpha_composite(region, overlay).convert(base.mode), (left, top))


def _draw(draw: ImageDraw.ImageDraw, item: Annotation, to: _Mapper, unit: float) -> None:
    match item:
        case Arrow():
            _draw_arrow(draw, item, to, unit)
        case Ellipse():
            _draw_ellipse(draw, item, to, unit)
        case Polyline():
            _draw_polyline(draw, item, to, unit)
        case Text():
            _draw_text(draw, item, to, unit)
        case NumberedMarker():
            _draw_marker(draw, item, to, unit)
        case Measurement():
            _draw_measurement(draw, item, to, unit)


def _draw_arrow(draw: ImageDraw.ImageDraw, item: Arrow, to: _Mapper, unit: float) -> None:
    (x0, y0), (x1, y1) = to(item.start), to(item.end)
    width = item.width * unit
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    head_len, head_half = min(5.0 * width, 0.6 * length), 2.4 * width
    bx, by = x1 - ux * head_len, y1 - uy * head_len
    head = [
        (x1, y1),
        (bx - uy * head_half, by + ux * head_half),
        (bx + uy * head_half, by - ux * head_half),
    ]
    shaft_end = (bx + ux * width * 0.5, by + uy * width * 0.5)
    halo = 1.2 * unit
    _stroke(draw, [(x0, y0), shaft_end], item.colour, width, halo)
    draw.polygon(head, fill=_HALO, outline=_HALO, width=round(2 * halo))
    draw.polygon(head, fill=item.colour)


def _draw_ellipse(draw: ImageDraw.ImageDraw, item: Ellipse, to: _Mapper, unit: float) -> None:
    cx, cy = item.center
    corners = [to((cx - item.rx, cy - item.ry)), to((cx + item.rx, cy + item.ry))]
    box = _bounds(corners)
    width, halo = item.width * unit, 1.2 * unit
    grown = (box[0] - halo, box[1] - halo, box[2] + halo, box[3] + halo)
    draw.ellipse(grown, outline=_HALO, width=round(width + 2 * halo))
    draw.ellipse(box, outline=item.colour, width=max(1, round(width)))


def _draw_polyline(draw: ImageDraw.ImageDraw, item: Polyline, to: _Mapper, unit: float) -> None:
    points = [to(p) for p in item.points]
    if item.closed:
        points.append(points[0])
    _stroke(draw, points, item.colour, item.width * unit, 1.2 * unit)


def _draw_text(draw: ImageDraw.ImageDraw, item: Text, to: _Mapper, unit: float) -> None:
    size = 6.0 * item.width * unit
    x, y = to(item.pos)
    _label(draw, (x, y + size * 0.8), item.text, item.colour, size, centre=False)


def _draw_marker(draw: ImageDraw.ImageDraw, item: NumberedMarker, to: _Mapper, unit: float) -> None:
    x, y = to(item.pos)
    radius = 4.5 * item.width * unit
    halo = 1.5 * unit
    draw.ellipse(
        (x - radius - halo, y - radius - halo, x + radius + halo, y + radius + halo), fill=_HALO
    )
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=item.colour)
    ink = "#000000" if _luminance(item.colour) > 0.5 else "#FFFFFF"
    font = _font(radius * (1.25 if item.number < 10 else 1.0 if item.number < 100 else 0.8))
    draw.text((x, y), str(item.number), font=font, fill=ink, anchor="mm")


def _draw_measurement(
    draw: ImageDraw.ImageDraw, item: Measurement, to: _Mapper, unit: float
) -> None:
    points = [to(p) for p in item.points]
    width = item.width * unit
    closed = item.kind is MeasurementKind.AREA
    _stroke(draw, [*points, points[0]] if closed else points, item.colour, width, 1.2 * unit)
    if not closed:
        for end, neighbour in ((points[0], points[1]), (points[-1], points[-2])):
            _end_tick(draw, end, neighbour, item.colour, width, 1.2 * unit)
    if closed:  # above the outline, so the label hides nothing inside the measured area
        anchor = (_centroid(points)[0], min(p[1] for p in points) - 4 * width)
    else:
        middle = _midpoint_of_longest(points)
        anchor = (middle[0], middle[1] - 4 * width)
    _label(draw, anchor, item.label, item.colour, 16 * unit, centre=True)


def _stroke(
    draw: ImageDraw.ImageDraw, points: list[Point], colour: str, width: float, halo: float
) -> None:
    """A line with round joints and caps over a slightly wider dark halo."""
    for fill, w in ((_HALO, width + 2 * halo), (colour, width)):
        draw.line(points, fill=fill, width=max(1, round(w)), joint="curve")
        for x, y in (points[0], points[-1]):
            r = w / 2
            draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def _end_tick(
    draw: ImageDraw.ImageDraw, end: Point, neighbour: Point, colour: str, width: float, halo: float
) -> None:
    """A short bar across the end of a length measurement, like a calliper jaw."""
    dx, dy = end[0] - neighbour[0], end[1] - neighbour[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length * 3 * width, dx / length * 3 * width
    _stroke(draw, [(end[0] - nx, end[1] - ny), (end[0] + nx, end[1] + ny)], colour, width, halo)


def _label(
    draw: ImageDraw.ImageDraw, at: Point, text: str, colour: str, size: float, *, centre: bool
) -> None:
    """Text on a rounded dark plate, so it reads on any background.

    ``at`` is the left (or, with ``centre``, the middle) of the baseline. A trailing "²" is
    set as a raised small 2: the bundled font has no superscript glyphs.
    """
    main, sup = (text[:-1], "2") if text.endswith("²") else (text, "")
    font, small = _font(size), _font(size * 0.6)
    total = draw.textlength(main, font=font) + (draw.textlength(sup, font=small) if sup else 0)
    x, y = (at[0] - total / 2 if centre else at[0]), at[1]
    left, top, right, bottom = draw.textbbox((x, y), main or " ", font=font, anchor="ls")
    pad = size * 0.3
    plate = (left - pad, top - pad, max(right, x + total) + pad, bottom + pad)
    draw.rounded_rectangle(plate, radius=pad, fill=_PLATE)
    draw.text((x, y), main, font=font, fill=colour, anchor="ls")
    if sup:
        raised = (x + draw.textlength(main, font=font), y - size * 0.38)
        draw.text(raised, sup, font=small, fill=colour, anchor="ls")


def _scale_bar(
    draw: ImageDraw.ImageDraw, size: tuple[int, int], px_per_mm: float, unit: float
) -> None:
    """A black-and-white bar of a round length in mm in the bottom-right corner."""
    width, height = size
    fitting = [mm for mm in SCALE_BAR_CHOICES_MM if 0.06 * width <= mm * px_per_mm <= 0.25 * width]
    if not fitting:
        return  # the photo is too small or too zoomed for a readable bar
    mm = 10 if 10 in fitting else fitting[0]
    bar_len, bar_h = mm * px_per_mm, 7 * unit
    margin, pad = 24 * unit, 10 * unit
    font = _font(16 * unit)
    caption = f"{mm} mm"
    text_w = draw.textlength(caption, font=font)
    right, bottom = width - margin, height - margin
    left = right - max(bar_len, text_w) - 2 * pad
    draw.rounded_rectangle(
        (left, bottom - 2 * pad - bar_h - 22 * unit, right, bottom), radius=pad / 2, fill=_PLATE
    )
    x0, y1 = right - pad - bar_len, bottom - pad
    segments = 5 if mm in (5, 10, 50, 100) else 4 if mm in (2, 20, 200) else 2
    step = bar_len / segments
    for i in range(segments):
        colour = "#FFFFFF" if i % 2 == 0 else "#000000"
        draw.rectangle((x0 + i * step, y1 - bar_h, x0 + (i + 1) * step, y1), fill=colour)
    draw.rectangle((x0, y1 - bar_h, x0 + bar_len, y1), outline="#FFFFFF", width=max(1, round(unit)))
    draw.text(
        (x0 + bar_len / 2, y1 - bar_h - 5 * unit), caption, font=font, fill="#FFFFFF", anchor="ms"
    )


def _font(size: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(max(6.0, size))


def _luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _bounds(points: Sequence[Point]) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def _centroid(points: Sequence[Point]) -> Point:
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _midpoint_of_longest(points: Sequence[Point]) -> Point:
    a, b = max(itertools.pairwise(points), key=lambda ab: math.dist(*ab))
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
