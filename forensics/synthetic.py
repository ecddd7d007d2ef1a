"""Synthetic test media: "injury" photos with a forensic scale, rulers, and broken files.

Used by the tests and to fill the demo vault. Everything here is drawn from geometry and noise;
no real person, no real injury. Photos are marked SYNTHETISCH on the scale itself.
:func:`make_synthetic_radiograph` is defined in :mod:`forensics.synthetic_dicom` and
re-exported here, so all generators are found in one place.
"""

from __future__ import annotations

import ctypes
import io
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from PIL import ExifTags, Image, ImageChops, ImageDraw, ImageFilter
from PIL.TiffImagePlugin import IFDRational

from forensics import orientation
from forensics.measure import Point
from forensics.scale_drawing import ARM_MM, ScaleGeometry, draw_l_scale, draw_ruler
from forensics.synthetic_dicom import make_synthetic_radiograph as make_synthetic_radiograph

MAX_SYNTHETIC_PIXELS = 12_000_000
"""Largest synthetic photo (12 MP, a typical camera)."""
DEFAULT_TAKEN = datetime(2024, 3, 14, 10, 22, 5)
"""A fixed capture time, so tests know what the EXIF says."""
FAKE_GPS = (52.090_736, 5.121_420)
"""A public landmark (Domtoren, Utrecht): clearly not a shelter, clearly present in EXIF."""

_SKIN = (222, 176, 146)
_BRUISE = (104, 70, 124)
_BRUISE_CORE = (68, 44, 92)
_HALO = (168, 150, 96)
# Bruise blobs: offset from the centre and radii in mm, and their strength.
_BLOBS = [(0, 0, 20, 12, 230), (-13, 5, 10, 8, 190), (11, -4, 11, 9, 255), (4, 8, 8, 6, 210)]


@dataclass(frozen=True)
class SyntheticPhoto:
    """A generated injury photo and what the generator knows about it.

    All points are in the stored (un-rotated) pixel space, like annotations and measurements.

    Attributes:
        jpeg: The JPEG file, with EXIF (camera, capture time, orientation, GPS unless disabled).
        px_per_mm: The true scale of the scale/ruler in the photo.
        orientation: The EXIF orientation written.
        size: Stored (width, height).
        zero_mark: The 0 mm tick of the horizontal scale arm.
        end_mark: The 100 mm tick of the same arm.
        bruise_centre: Centre of the drawn bruise.
    """

    jpeg: bytes
    px_per_mm: float
    orientation: int
    size: tuple[int, int]
    zero_mark: Point
    end_mark: Point
    bruise_centre: Point


def make_injury_photo(
    width: int = 1600,
    height: int = 1200,
    *,
    orientation_tag: int = 1,
    gps: bool = True,
    make: str = "Canon",
    model: str = "EOS R6",
    taken: datetime = DEFAULT_TAKEN,
    seed: int = 0,
    quality: int = 90,
) -> SyntheticPhoto:
    """Draw skin, a bruise and an L-shaped forensic scale, and save it as a camera would.

    Args:
        width: Upright width in pixels (the scene as the photographer framed it).
        height: Upright height in pixels; width × height at most 12 MP.
        orientation_tag: EXIF orientation 1–8; the pixels are stored turned accordingly.
        gps: Whether to write a (fake) GPS position.
        make: EXIF Make.
        model: EXIF Model.
        taken: EXIF DateTimeOriginal (local time; written with offset +01:00).
        seed: Varies the bruise shape and skin texture.
        quality: JPEG quality.

    Raises:
        ValueError: Size above 12 MP or not positive.
    """
    if width <= 0 or height <= 0 or width * height > MAX_SYNTHETIC_PIXELS:
        raise ValueError(f"synthetic photos are 1 to 12 MP, not {width}x{height}")
    px_per_mm = 0.5 * min(width, height * 1.25) / ARM_MM
    scene = _skin(width, height, seed)
    centre = (width * 0.6, height * 0.4)
    _bruise(scene, centre, px_per_mm, seed)
    geometry = draw_l_scale(scene, (width * 0.06, height * 0.93), px_per_mm)
    return _store(scene, geometry, centre, orientation_tag, _exif(make, model, taken, gps), quality)


def make_ruler_image(px_per_mm: float = 11.8, length_mm: int = 150) -> tuple[bytes, Point]:
    """A straight ruler with mm ticks and cm labels on a neutral background, as PNG.

    Returns:
        The PNG bytes and the position of the 0 mm tick (its centre on the ruler's edge);
        the tick for *n* mm lies at ``(x0 + n * px_per_mm, y0)``.
    """
    width = round((length_mm + 20) * px_per_mm)
    height = round(40 * px_per_mm)
    image = Image.new("RGB", (width, height), (205, 200, 190))
    zero = draw_ruler(image, (10 * px_per_mm, 10 * px_per_mm), px_per_mm, length_mm)
    sink = io.BytesIO()
    image.save(sink, "PNG")
    return sink.getvalue(), zero


def make_bomb_png(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares ``width`` × ``height`` pixels (a decompression bomb).

    Only a few rows of real data follow; a decoder that trusts the header allocates it all.
    """

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    rows = zlib.compress(b"\x00" * (1 + min(width, 4096)) * 4)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def truncated(data: bytes, keep: float = 0.5) -> bytes:
    """The first ``keep`` fraction of ``data``: an interrupted copy."""
    return data[: max(1, int(len(data) * keep))]


def _seed_noise(seed: int) -> None:
    """Seed the C library's ``rand()``, which ``Image.effect_noise`` draws from.

    Without this the texture depended on whatever else in the process had called ``rand()``
    before (PDFium does), so "the same seed" gave a different photo and tests on its exact bytes
    (a JPEG cut just before its end marker) passed or failed with the test order.
    """
    try:
        libc = ctypes.CDLL(None)
        libc.srand(ctypes.c_uint(seed))
    except (OSError, AttributeError):  # no C library symbols here: the texture just varies
        pass


def _skin(width: int, height: int, seed: int) -> Image.Image:
    """Skin-coloured background with soft lighting falloff and a fine mottled texture."""
    _seed_noise(seed)
    base = Image.new("RGB", (width, height), _SKIN)
    shade = Image.new("RGB", (width, height), tuple(int(c * 0.78) for c in _SKIN))
    light = Image.radial_gradient("L").resize((width, height), Image.Resampling.BILINEAR)
    scene = Image.composite(shade, base, light.point(lambda v: int(v * 0.8)))
    coarse = Image.effect_noise((max(1, width // 24), max(1, height // 24)), 30 + seed % 7)
    coarse = coarse.resize((width, height), Image.Resampling.BICUBIC)
    # Fine grain at half resolution, enlarged: random numbers for 12 MP cost seconds.
    fine = Image.effect_noise((max(1, width // 2), max(1, height // 2)), 22)
    fine = fine.resize((width, height), Image.Resampling.BILINEAR)
    texture = Image.blend(coarse, fine, 0.35)
    darker = Image.new("RGB", (width, height), tuple(int(c * 0.9) for c in _SKIN))
    return Image.composite(darker, scene, texture.point(lambda v: max(0, v - 96)))


def _bruise(scene: Image.Image, centre: Point, px_per_mm: float, seed: int) -> None:
    """Paint an irregular bluish-purple blotch with a faint yellow-brown rim, in place.

    Drawn in a square around the bruise only: blurring a 12 MP canvas would take seconds.
    """
    reach = round(60 * px_per_mm)
    size = (2 * reach, 2 * reach)
    left, top = round(centre[0]) - reach, round(centre[1]) - reach
    mask = Image.new("L", size, 0)
    for i, (dx, dy, rx, ry, level) in enumerate(_BLOBS):
        shift = ((seed * 7 + i * 3) % 5 - 2) * 1.5
        x, y = reach + (dx + shift) * px_per_mm, reach + (dy - shift / 2) * px_per_mm
        blob = Image.new("L", size, 0)
        ImageDraw.Draw(blob).ellipse(
            (x - rx * px_per_mm, y - ry * px_per_mm, x + rx * px_per_mm, y + ry * px_per_mm),
            fill=level,
        )
        mask = ImageChops.lighter(mask, blob)
    soft = mask.filter(ImageFilter.GaussianBlur(3.5 * px_per_mm))
    mottle = Image.effect_noise((max(1, size[0] // 40), max(1, size[1] // 40)), 60)
    mottle = mottle.resize(size, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(2))
    core = ImageChops.multiply(soft, mottle.point(lambda v: min(255, 196 + v // 4)))
    rim = mask.filter(ImageFilter.GaussianBlur(8 * px_per_mm)).point(lambda v: min(150, v * 3 // 4))
    for colour, layer in (
        (_HALO, rim),
        (_BRUISE, core.point(lambda v: v * 4 // 5)),
        (_BRUISE_CORE, core.point(lambda v: max(0, v - 150))),
    ):
        scene.paste(Image.new("RGB", size, colour), (left, top), mask=layer)


_CAMERA_OFFSET = timezone(timedelta(hours=1))


def _exif(make: str, model: str, taken: datetime, gps: bool) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = make
    exif[ExifTags.Base.Model] = model
    exif[ExifTags.Base.Software] = "Veilig Dossier synthetic"
    # A camera writes its own wall-clock time and (newer ones) the offset beside it; an aware
    # moment is written as that wall-clock time in the offset recorded below.
    if taken.tzinfo is not None:
        taken = taken.astimezone(_CAMERA_OFFSET)
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif[ExifTags.Base.DateTime] = stamp
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.DateTimeOriginal] = stamp
    sub[ExifTags.Base.OffsetTimeOriginal] = "+01:00"  # _CAMERA_OFFSET
    if gps:
        position = exif.get_ifd(ExifTags.IFD.GPSInfo)
        position[ExifTags.GPS.GPSVersionID] = b"\x02\x03\x00\x00"
        for (ref_tag, value_tag), value, refs in zip(
            (
                (ExifTags.GPS.GPSLatitudeRef, ExifTags.GPS.GPSLatitude),
                (ExifTags.GPS.GPSLongitudeRef, ExifTags.GPS.GPSLongitude),
            ),
            FAKE_GPS,
            ("NS", "EW"),
            strict=True,
        ):
            position[ref_tag] = refs[0] if value >= 0 else refs[1]
            position[value_tag] = _degrees(abs(value))
    return exif


def _degrees(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60 * 100)
    return IFDRational(degrees), IFDRational(minutes), IFDRational(seconds, 100)


def store_as_camera(
    upright: Image.Image,
    orientation_tag: int,
    *,
    exif: Image.Exif | None = None,
    image_format: str = "JPEG",
    quality: int = 92,
) -> bytes:
    """Save ``upright`` the way a camera held in ``orientation_tag`` would store it.

    The pixels are turned so that applying EXIF orientation ``orientation_tag`` makes them
    ``upright`` again, and the tag is written (JPEG APP1, PNG eXIf or TIFF tags).
    """
    turn = orientation.normalise(orientation_tag)
    inverse = {6: 8, 8: 6}.get(turn, turn)  # quarter turns invert each other; the rest self-invert
    stored = orientation.make_upright(upright, inverse)
    exif = exif if exif is not None else Image.Exif()
    exif[ExifTags.Base.Orientation] = turn
    sink = io.BytesIO()
    options = {"quality": quality} if image_format == "JPEG" else {}
    stored.save(sink, image_format, exif=exif, **options)
    return sink.getvalue()


def _store(
    scene: Image.Image,
    geometry: ScaleGeometry,
    centre: Point,
    turn: int,
    exif: Image.Exif,
    quality: int,
) -> SyntheticPhoto:
    turn = orientation.normalise(turn)
    stored_size = orientation.upright_size(scene.size, turn)  # turning back swaps the same way
    jpeg = store_as_camera(scene, turn, exif=exif, quality=quality)

    def back(point: Point) -> Point:
        return orientation.point_to_stored(point, stored_size, turn)

    return SyntheticPhoto(
        jpeg=jpeg,
        px_per_mm=geometry.px_per_mm,
        orientation=turn,
        size=stored_size,
        zero_mark=back(geometry.zero_mark),
        end_mark=back(geometry.end_mark),
        bruise_centre=back(centre),
    )
