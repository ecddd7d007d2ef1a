"""Drawing photographic scales (rulers) with exact millimetre ticks, for synthetic media.

An L-shaped scale after the ABFO No. 2 (the forensic odontology scale used for injury photos):
two arms with millimetre ticks and centimetre numbers, a ring in the corner to reveal a camera
that was not perpendicular, and a black-and-white band for exposure. Ticks are placed at exact
multiples of ``px_per_mm``, so tests can calibrate on them and know the true answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from forensics.measure import Point

ARM_MM = 134.0
"""Length of each arm of the L-scale."""
ARM_WIDTH_MM = 24.0
"""Width of each arm."""
SCALE_MM = 100
"""Length of the tick scale on each arm."""
_START_MM = ARM_WIDTH_MM + 4.0  # 0 mm tick, counted from the outer corner
_PLASTIC = (246, 245, 238)
_INK = (20, 20, 24)


@dataclass(frozen=True)
class ScaleGeometry:
    """Where the drawn scale's reference marks are, in the image it was drawn on.

    Attributes:
        px_per_mm: The scale the ticks were drawn at.
        zero_mark: Centre of the 0 mm tick on the horizontal arm, at the arm's inner edge.
        end_mark: Centre of the 100 mm tick on the horizontal arm.
    """

    px_per_mm: float
    zero_mark: Point
    end_mark: Point


def label_font(size_px: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's bundled sans-serif at ``size_px`` pixels (no font files needed)."""
    return ImageFont.load_default(max(6.0, size_px))


def draw_l_scale(image: Image.Image, corner: Point, px_per_mm: float) -> ScaleGeometry:
    """Draw an L-shaped scale whose outer corner is at ``corner`` (bottom-left), in place.

    The horizontal arm runs right from the corner, the vertical arm up from it.
    """
    ox, oy = corner

    def at(x_mm: float, y_mm: float) -> Point:  # millimetres from the corner, y upwards
        return (ox + x_mm * px_per_mm, oy - y_mm * px_per_mm)

    outline = [
        at(0, 0), at(ARM_MM, 0), at(ARM_MM, ARM_WIDTH_MM), at(ARM_WIDTH_MM, ARM_WIDTH_MM),
        at(ARM_WIDTH_MM, ARM_MM), at(0, ARM_MM),
    ]  # fmt: skip
    _shadow(image, outline, px_per_mm)
    draw = ImageDraw.Draw(image)
    draw.polygon(outline, fill=_PLASTIC, outline=(150, 148, 140))
    font = label_font(3.4 * px_per_mm)
    _ticks(draw, at(_START_MM, ARM_WIDTH_MM), (1, 0), (0, 1), px_per_mm, font)
    _ticks(draw, at(ARM_WIDTH_MM, _START_MM), (0, -1), (-1, 0), px_per_mm, font)
    _band(draw, at(_START_MM, 3.5), (1, 0), px_per_mm)
    _band(draw, at(3.5, _START_MM), (0, -1), px_per_mm)
    _ring(draw, at(ARM_WIDTH_MM / 2, ARM_WIDTH_MM / 2), px_per_mm)
    small = label_font(2.6 * px_per_mm)
    draw.text(at(_START_MM + 62, 8.5), "SYNTHETISCH  mm", font=small, fill=_INK, anchor="ls")
    return ScaleGeometry(
        px_per_mm, at(_START_MM, ARM_WIDTH_MM), at(_START_MM + SCALE_MM, ARM_WIDTH_MM)
    )


def draw_ruler(image: Image.Image, top_left: Point, px_per_mm: float, length_mm: int) -> Point:
    """Draw a straight ruler with ticks along its top edge, in place.

    Returns:
        The centre of the 0 mm tick at the ruler's top edge; tick *n* lies ``n * px_per_mm``
        to its right.
    """
    left, top = top_left
    zero = (left + 5 * px_per_mm, top)
    body = (left, top, left + (length_mm + 10) * px_per_mm, top + 22 * px_per_mm)
    draw = ImageDraw.Draw(image)
    draw.rectangle(_box((body[0], body[1]), (body[2], body[3])), fill=_PLASTIC, outline=_INK)
    _ticks(draw, zero, (1, 0), (0, 1), px_per_mm, label_font(3.4 * px_per_mm), length_mm)
    return zero


def _ticks(
    draw: ImageDraw.ImageDraw,
    zero: Point,
    along: tuple[int, int],
    inward: tuple[int, int],
    px_per_mm: float,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    length_mm: int = SCALE_MM,
) -> None:
    """Millimetre ticks from ``zero`` along ``along``, reaching ``inward``; numbers per cm."""
    thickness = max(1.0, 0.2 * px_per_mm)
    for mm in range(length_mm + 1):
        reach = 6.5 if mm % 10 == 0 else 4.5 if mm % 5 == 0 else 3.0
        base = (zero[0] + along[0] * mm * px_per_mm, zero[1] + along[1] * mm * px_per_mm)
        tip = (base[0] + inward[0] * reach * px_per_mm, base[1] + inward[1] * reach * px_per_mm)
        half = (abs(along[0]) * thickness / 2, abs(along[1]) * thickness / 2)
        corner_a = (base[0] - half[0], base[1] - half[1])
        corner_b = (tip[0] + half[0], tip[1] + half[1])
        draw.rectangle(_box(corner_a, corner_b), fill=_INK)
        if mm % 10 == 0:
            depth = 9.0 * px_per_mm
            anchor = (base[0] + inward[0] * depth, base[1] + inward[1] * depth)
            draw.text(anchor, str(mm // 10), font=font, fill=_INK, anchor="mm")


def _band(
    draw: ImageDraw.ImageDraw, start: Point, along: tuple[int, int], px_per_mm: float
) -> None:
    """Alternating black and white centimetre blocks, 2.5 mm wide."""
    across = (abs(along[1]), abs(along[0]))
    for cm in range(SCALE_MM // 10):
        a = (start[0] + along[0] * cm * 10 * px_per_mm, start[1] + along[1] * cm * 10 * px_per_mm)
        b = (
            a[0] + (along[0] * 10 + across[0] * 2.5) * px_per_mm,
            a[1] + (along[1] * 10 - across[1] * 2.5) * px_per_mm,
        )
        draw.rectangle(_box(a, b), fill=_INK if cm % 2 == 0 else (255, 255, 255), outline=_INK)


def _ring(draw: ImageDraw.ImageDraw, centre: Point, px_per_mm: float) -> None:
    cx, cy = centre
    for radius, colour in ((8.0, _INK), (6.6, _PLASTIC), (1.2, _INK)):
        r = radius * px_per_mm
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)


def _shadow(image: Image.Image, outline: list[Point], px_per_mm: float) -> None:
    """A soft drop shadow under the scale, so it reads as an object lying on the skin."""
    offset, margin = 1.2 * px_per_mm, round(6 * px_per_mm)
    left = round(min(x for x, _ in outline)) - margin
    top = round(min(y for _, y in outline)) - margin
    size = (
        round(max(x for x, _ in outline)) - left + 2 * margin,
        round(max(y for _, y in outline)) - top + 2 * margin,
    )
    mask = Image.new("L", size, 0)  # only around the scale: blurring a whole photo is slow
    shifted = [(x + offset - left, y + offset - top) for x, y in outline]
    ImageDraw.Draw(mask).polygon(shifted, fill=90)
    mask = mask.filter(ImageFilter.GaussianBlur(1.5 * px_per_mm))
    image.paste(Image.new("RGB", size, (40, 30, 25)), (left, top), mask=mask)


def _box(a: Point, b: Point) -> tuple[int, int, int, int]:
    """Integer pixel box covering the continuous rectangle between two corners.

    Pillow boxes include both end pixels, so the last pixel is one before the far edge.
    """
    x0, x1 = sorted((a[0], b[0]))
    y0, y1 = sorted((a[1], b[1]))
    left, top = round(x0), round(y0)
    return (left, top, max(left, round(x1) - 1), max(top, round(y1) - 1))
