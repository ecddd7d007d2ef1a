"""Safe decoding of photo files.

Only the formats a camera or phone produces are opened (JPEG, PNG, TIFF, and HEIC when
``pillow_heif`` is installed); the pixel count is limited before any pixel is decoded; and every
way a file can be broken becomes one of three errors with a Dutch message. Inspecting a photo
decodes all of its compressed data, so a truncated copy from a memory card is caught at import,
not months later when the report is written.
"""

from __future__ import annotations

import io
import os
import struct
import warnings
import zlib
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO, TypeAlias

from PIL import Image, ImageFile, UnidentifiedImageError

from forensics import orientation
from forensics.exif import ExifValue, read_exif
from forensics.pixels import to_display_rgb
from secure_store.errors import VaultError

MAX_IMAGE_PIXELS = 150_000_000
"""The largest photo we decode: 150 megapixels.

Forensic photos come from 12–50 MP cameras and phones (medium format tops out near 100 MP);
decoded as RGB, 150 MP already takes 450 MB of memory. A file declaring more is a mistake or a
decompression bomb (a small file that declares huge dimensions to exhaust memory).
"""

# Pillow's own guard, set deliberately to our limit (its default is ~89 MP, too low for some
# cameras). Pillow warns above the limit and raises above twice the limit; a warning would let a
# bomb through in production, so that one warning category is an error in this program, always.
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)

try:  # HEIC (iPhone) support is optional: pillow_heif is a large native dependency.
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIF_SUPPORTED = True
except ImportError:
    HEIF_SUPPORTED = False

SUPPORTED_FORMATS: tuple[str, ...] = ("JPEG", "PNG", "TIFF", *(("HEIF",) if HEIF_SUPPORTED else ()))
"""Pillow format names we open; everything else (GIF, BMP, PSD, EPS, ...) is refused."""

_JPEG_FORMATS = {"JPEG", "MPO"}  # MPO: a JPEG with extra frames (many cameras, 3D, depth)
# File signatures of the accepted formats: a file that starts like a photo but cannot be
# identified is a damaged photo, not a foreign file. HEIF files say "ftyp" and a brand at offset 4.
_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"II+\x00")
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}

ImageSource: TypeAlias = bytes | bytearray | memoryview | BinaryIO | str | os.PathLike[str]
"""The bytes of a file, a binary stream, or a path."""


class ImageError(VaultError):
    """Base of the errors a user can act on when opening a photo (``detail`` is technical)."""

    message_nl = "De foto kan niet worden geopend."
    message_en = "The photo cannot be opened."


class UnsupportedImage(ImageError):
    """The file is empty or not a photo format we accept (whatever its extension says)."""

    message_nl = (
        "Dit bestand is geen foto die Veilig Dossier kan lezen. "
        f"Gebruik {'JPEG, PNG, TIFF of HEIC' if HEIF_SUPPORTED else 'JPEG, PNG of TIFF'}."
    )
    message_en = (
        "This file is not a photo Veilig Dossier can read. "
        f"Use {'JPEG, PNG, TIFF or HEIC' if HEIF_SUPPORTED else 'JPEG, PNG or TIFF'}."
    )


class CorruptImage(ImageError):
    """The file is a photo format we accept, but damaged or incomplete."""

    message_nl = (
        "De foto is beschadigd of onvolledig, bijvoorbeeld door een afgebroken kopie. "
        "Kopieer het bestand opnieuw van de camera of geheugenkaart."
    )
    message_en = (
        "The photo is damaged or incomplete, for example by an interrupted copy. "
        "Copy the file again from the camera or memory card."
    )


class ImageTooLarge(ImageError):
    """The photo declares more pixels than we are willing to decode."""

    message_nl = (
        "De foto heeft te veel pixels om veilig te openen (meer dan 150 megapixel). "
        "Dit is geen gewone camerafoto; controleer de herkomst van het bestand."
    )
    message_en = (
        "The photo has too many pixels to open safely (more than 150 megapixels). "
        "This is not an ordinary camera photo; check where the file came from."
    )


@dataclass(frozen=True)
class ImageInfo:
    """What :func:`inspect_image` learned about a photo.

    Attributes:
        format: ``"JPEG"``, ``"PNG"``, ``"TIFF"`` or ``"HEIF"``.
        width: Stored width in pixels (before orientation is applied).
        height: Stored height in pixels.
        orientation: EXIF orientation 1–8.
        capture_time: EXIF DateTimeOriginal, or ``None``.
        camera_make: EXIF Make, or ``None``.
        camera_model: EXIF Model, or ``None``.
        has_gps: Whether the file carries GPS data.
        exif: Every readable EXIF tag as a safe value (see :mod:`forensics.exif`).
    """

    format: str
    width: int
    height: int
    orientation: int
    capture_time: datetime | None
    camera_make: str | None
    camera_model: str | None
    has_gps: bool
    exif: Mapping[str, ExifValue] = field(hash=False)

    @property
    def upright_size(self) -> tuple[int, int]:
        """(width, height) as the photo is viewed."""
        return orientation.upright_size((self.width, self.height), self.orientation)


@dataclass(frozen=True)
class UprightImage:
    """A decoded photo ready to show: RGB, upright, at most the requested size.

    Attributes:
        image: The pixels (mode ``"RGB"``), without any metadata.
        original_size: (width, height) of the stored original.
        orientation: The EXIF orientation that was applied.
    """

    image: Image.Image
    original_size: tuple[int, int]
    orientation: int


def inspect_image(source: ImageSource, *, max_pixels: int = MAX_IMAGE_PIXELS) -> ImageInfo:
    """Check that ``source`` is a complete, supported photo and read its metadata.

    All compressed data is decoded (JPEGs at reduced scale, which is fast but still reads every
    byte), so truncation and corruption are found here.

    Args:
        source: File bytes, a binary stream, or a path.
        max_pixels: Refuse photos with more pixels than this (never above
            :data:`MAX_IMAGE_PIXELS`, which Pillow enforces on its own too).

    Raises:
        UnsupportedImage: Empty file, or not JPEG/PNG/TIFF/HEIC.
        CorruptImage: Damaged or truncated.
        ImageTooLarge: More pixels than ``max_pixels``.
    """
    with _opened(source, max_pixels) as image, _translated_errors():
        fmt = "JPEG" if image.format in _JPEG_FORMATS else str(image.format)
        width, height = image.size
        if fmt == "JPEG":
            image.draft(None, (max(1, width // 8), max(1, height // 8)))
        image.load()
        summary = read_exif(image)
    return ImageInfo(
        format=fmt,
        width=width,
        height=height,
        orientation=summary.orientation,
        capture_time=summary.capture_time,
        camera_make=summary.camera_make,
        camera_model=summary.camera_model,
        has_gps=summary.has_gps,
        exif=summary.values,
    )


def decode_upright(
    source: ImageSource, max_side: int | None = None, *, max_pixels: int = MAX_IMAGE_PIXELS
) -> UprightImage:
    """Decode a photo as upright sRGB pixels, at most ``max_side`` on its longest side.

    Big JPEGs are decoded in draft mode (libjpeg scales by 1/2, 1/4 or 1/8 while decoding), so a
    thumbnail of a 12 MP photo costs a fraction of a full decode.

    Args:
        source: File bytes, a binary stream, or a path.
        max_side: Longest side of the result in pixels; ``None`` keeps the full size.
        max_pixels: As for :func:`inspect_image`.

    Raises:
        UnsupportedImage, CorruptImage, ImageTooLarge: As for :func:`inspect_image`.
    """
    with _opened(source, max_pixels) as image, _translated_errors():
        original_size = image.size
        target = _fit(original_size, max_side)
        if image.format in _JPEG_FORMATS and target != original_size:
            image.draft("RGB", target)
        image.load()
        # Read after loading: Pillow turns TIFFs upright itself while loading and then drops
        # their orientation tag, so reading it earlier would turn them twice.
        turn = read_exif(image).orientation
        pixels = to_display_rgb(image, target)
    return UprightImage(orientation.make_upright(pixels, turn), original_size, turn)


def inspect_and_decode(
    source: ImageSource, max_side: int, *, max_pixels: int = MAX_IMAGE_PIXELS
) -> tuple[ImageInfo, UprightImage]:
    """:func:`inspect_image` and :func:`decode_upright` in one decode, for the import pipeline.

    Decoding at a reduced JPEG scale still reads every byte of compressed data, so truncation
    and corruption are found exactly as :func:`inspect_image` finds them; the photo is decoded
    once instead of twice.

    Raises:
        UnsupportedImage, CorruptImage, ImageTooLarge: As for :func:`inspect_image`.
    """
    with _opened(source, max_pixels) as image, _translated_errors():
        fmt = "JPEG" if image.format in _JPEG_FORMATS else str(image.format)
        original_size = image.size
        target = _fit(original_size, max_side)
        if fmt == "JPEG" and target != original_size:
            image.draft("RGB", target)
        image.load()
        summary = read_exif(image)
        pixels = to_display_rgb(image, target)
    info = ImageInfo(
        format=fmt,
        width=original_size[0],
        height=original_size[1],
        orientation=summary.orientation,
        capture_time=summary.capture_time,
        camera_make=summary.camera_make,
        camera_model=summary.camera_model,
        has_gps=summary.has_gps,
        exif=summary.values,
    )
    turned = orientation.make_upright(pixels, summary.orientation)
    return info, UprightImage(turned, original_size, summary.orientation)


def _fit(size: tuple[int, int], max_side: int | None) -> tuple[int, int]:
    width, height = size
    longest = max(width, height)
    if max_side is None or longest <= max_side:
        return size
    scale = max_side / longest
    return (max(1, round(width * scale)), max(1, round(height * scale)))


@contextmanager
def _opened(source: ImageSource, max_pixels: int) -> Iterator[Image.Image]:
    if ImageFile.LOAD_TRUNCATED_IMAGES:
        raise RuntimeError("ImageFile.LOAD_TRUNCATED_IMAGES is on: truncated photos would pass")
    with ExitStack() as stack:
        stream = _stream(source, stack)
        start = stream.tell()
        head = stream.read(16)
        if not head:
            raise UnsupportedImage("leeg bestand")
        stream.seek(start)
        with _translated_errors(head):
            image = stack.enter_context(Image.open(stream, formats=SUPPORTED_FORMATS))
        width, height = image.size
        if width * height > max_pixels:
            raise ImageTooLarge(f"{width} × {height} pixels")
        yield image


def _stream(source: ImageSource, stack: ExitStack) -> BinaryIO:
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(source)
    if isinstance(source, str | os.PathLike):
        return stack.enter_context(open(source, "rb"))
    if not source.seekable():
        return io.BytesIO(source.read())  # Pillow needs to seek (vault streams may not)
    return source


@contextmanager
def _translated_errors(head: bytes = b"") -> Iterator[None]:
    """Turn Pillow's many exception types into our three; ``head`` tells a damaged photo
    (known signature, unreadable) from a file that is not a photo at all."""
    try:
        yield
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageTooLarge(str(error)) from error
    except UnidentifiedImageError as error:
        heif = HEIF_SUPPORTED and head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS
        if head.startswith(_SIGNATURES) or heif:
            raise CorruptImage(str(error)) from error
        raise UnsupportedImage(str(error)) from error
    except (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error) as error:
        raise CorruptImage(str(error)) from error
