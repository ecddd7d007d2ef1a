"""EXIF orientation: turning stored pixels upright, and points along with them.

A camera stores pixels as the sensor read them and records in EXIF tag 0x0112 how to turn
them for viewing. The original is kept as stored (bit-exact evidence); everything shown is
turned upright, and annotation coordinates, which live in stored pixel space, are mapped with
the same transform so an arrow keeps pointing at the injury.
"""

from __future__ import annotations

from PIL import Image

from forensics.measure import Point

UPRIGHT = 1
"""EXIF orientation 1: the stored pixels are already upright."""

_TRANSPOSE: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def normalise(value: object) -> int:
    """The orientation as 1–8; anything else (missing, 0, garbage) counts as upright.

    Cameras and editors do write 0 or out-of-range values; viewers treat those as 1.
    """
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 8:
        return value
    return UPRIGHT


def swaps_axes(orientation: int) -> bool:
    """Whether turning upright exchanges width and height (orientations 5–8)."""
    return normalise(orientation) >= 5


def upright_size(size: tuple[int, int], orientation: int) -> tuple[int, int]:
    """The (width, height) after turning a stored image of ``size`` upright."""
    width, height = size
    return (height, width) if swaps_axes(orientation) else (width, height)


def make_upright(image: Image.Image, orientation: int) -> Image.Image:
    """``image`` turned upright; the same object when the orientation is already 1."""
    method = _TRANSPOSE.get(normalise(orientation))
    return image if method is None else image.transpose(method)


def point_to_upright(point: Point, size: tuple[int, int], orientation: int) -> Point:
    """Map a point from stored pixel space to upright pixel space.

    Args:
        point: Continuous coordinates in the stored image (pixel centre at i + 0.5).
        size: (width, height) of the stored image.
        orientation: EXIF orientation 1–8.

    Returns:
        The same physical spot in the upright image, also continuous.
    """
    x, y = point
    w, h = size
    match normalise(orientation):
        case 2:
            return (w - x, y)
        case 3:
            return (w - x, h - y)
        case 4:
            return (x, h - y)
        case 5:
            return (y, x)
        case 6:
            return (h - y, x)
        case 7:
            return (h - y, w - x)
        case 8:
            return (y, w - x)
        case _:
            return (x, y)


def point_to_stored(point: Point, size: tuple[int, int], orientation: int) -> Point:
    """Inverse of :func:`point_to_upright`: an upright click back to stored pixel space.

    Args:
        point: Continuous coordinates in the upright image.
        size: (width, height) of the *stored* image.
        orientation: EXIF orientation 1–8.
    """
    x, y = point
    w, h = size
    match normalise(orientation):
        case 6:
            return (y, h - x)
        case 7:
            return (w - y, h - x)
        case 8:
            return (w - y, x)
        case _:
            # The flips, the half turn and the transpose are their own inverse.
            return point_to_upright((x, y), size, orientation)
