"""Images derived from an original photo: preview, thumbnail, and a metadata-free copy.

The original stays bit-exact in the vault; whatever is shown or exported is one of these. None of
them carries EXIF, XMP, IPTC, comments or GPS: a photo taken in a shelter records the shelter's
address, and that must never leave the vault.
"""

from __future__ import annotations

import io

from PIL import ExifTags, Image

from forensics import orientation
from forensics.exif import read_exif
from forensics.image_decode import (
    MAX_IMAGE_PIXELS,
    CorruptImage,
    ImageSource,
    UnsupportedImage,
    decode_upright,
)

PREVIEW_MAX_SIDE = 2048
"""Longest side of the preview: sharp on a 4K screen at half size, small enough to keep."""
THUMBNAIL_MAX_SIDE = 256
"""Longest side of a thumbnail in lists and the photo strip."""


def make_preview(
    original: ImageSource, *, max_side: int = PREVIEW_MAX_SIDE, max_pixels: int = MAX_IMAGE_PIXELS
) -> bytes:
    """An upright sRGB JPEG of the photo, at most ``max_side`` pixels on its longest side.

    Chroma is not subsampled: colour edges (a bruise against skin) stay as crisp as the original.

    Raises:
        UnsupportedImage, CorruptImage, ImageTooLarge: See :func:`~forensics.image_decode.inspect_image`.
    """
    upright = decode_upright(original, max_side, max_pixels=max_pixels)
    return encode_jpeg(upright.image, quality=90, subsampling="4:4:4")


def make_thumbnail(
    original: ImageSource,
    *,
    max_side: int = THUMBNAIL_MAX_SIDE,
    max_pixels: int = MAX_IMAGE_PIXELS,
) -> bytes:
    """An upright JPEG thumbnail, at most ``max_side`` pixels on its longest side.

    Raises:
        UnsupportedImage, CorruptImage, ImageTooLarge: See :func:`~forensics.image_decode.inspect_image`.
    """
    upright = decode_upright(original, max_side, max_pixels=max_pixels)
    return encode_jpeg(upright.image, quality=82, subsampling="4:2:0")


def encode_jpeg(image: Image.Image, *, quality: int = 90, subsampling: str = "4:4:4") -> bytes:
    """Encode pixels as a baseline JPEG with no metadata segments at all.

    The pixels are copied into a fresh image first: Pillow carries ``info`` (a JPEG comment, for
    one) from image to image and writes some of it back out when saving.
    """
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    clean = Image.frombytes("RGB", rgb.size, rgb.tobytes())
    sink = io.BytesIO()
    clean.save(sink, "JPEG", quality=quality, subsampling=subsampling, optimize=True)
    return sink.getvalue()


# Segments kept by strip_metadata: colour profile and Adobe colour transform are needed to show
# the pixels right; every other APPn (EXIF, XMP, IPTC, MPF, JFIF thumbnails, vendor blocks)
# and every comment is dropped.
_KEPT_APP_SEGMENTS = {0xE2: b"ICC_PROFILE\x00", 0xEE: b"Adobe"}
_SOS, _EOI, _COM = 0xDA, 0xD9, 0xFE


def strip_metadata(jpeg_bytes: bytes) -> bytes:
    """The same JPEG without metadata, losslessly: the compressed image data is copied as is.

    Removes APP0–APP15 segments except the ICC profile (APP2) and the Adobe colour transform
    (APP14), all comments, and anything after the end-of-image marker (MPO side images,
    phone vendor trailers). A photo stored sideways keeps one thing: a new EXIF block holding
    only the orientation tag, or it would be shown sideways; an upright photo gets no EXIF.

    Raises:
        UnsupportedImage: Not a JPEG.
        CorruptImage: The marker structure is broken or the file ends early.
    """
    data = bytes(jpeg_bytes)
    if not data.startswith(b"\xff\xd8"):
        raise UnsupportedImage("geen JPEG")
    out = bytearray(b"\xff\xd8") + _orientation_segment(data)
    pos = 2
    while True:
        marker, pos = _next_marker(data, pos)
        if marker == _EOI:
            out += b"\xff\xd9"
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length field
            out += bytes((0xFF, marker))
            continue
        if pos + 2 > len(data):
            raise CorruptImage("segment afgebroken")
        length = int.from_bytes(data[pos : pos + 2], "big")
        if length < 2 or pos + length > len(data):
            raise CorruptImage("segmentlengte klopt niet")
        if _keep_segment(marker, data[pos + 2 : pos + length]):
            out += data[pos - 2 : pos + length]
        pos += length
        if marker == _SOS:
            end = _end_of_scan(data, pos)
            out += data[pos:end]
            pos = end


def _orientation_segment(data: bytes) -> bytes:
    """An APP1 segment with only the EXIF orientation, or nothing when the photo is upright."""
    try:
        with Image.open(io.BytesIO(data), formats=["JPEG"]) as image:
            turn = read_exif(image).orientation
    except (OSError, SyntaxError, ValueError):
        return b""  # the marker walk below reports what is wrong with the file
    if turn == orientation.UPRIGHT:
        return b""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = turn
    payload = exif.tobytes()  # b"Exif\0\0" + a TIFF structure with one IFD0 entry
    return b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload


def _keep_segment(marker: int, payload: bytes) -> bool:
    if marker == _COM:
        return False
    if 0xE0 <= marker <= 0xEF:
        signature = _KEPT_APP_SEGMENTS.get(marker)
        return signature is not None and payload.startswith(signature)
    return True


def _next_marker(data: bytes, pos: int) -> tuple[int, int]:
    """The marker code at ``pos`` (after optional 0xFF fill bytes) and the position after it."""
    if pos >= len(data) or data[pos] != 0xFF:
        raise CorruptImage("JPEG-structuur onderbroken")
    while pos < len(data) and data[pos] == 0xFF:
        pos += 1
    if pos >= len(data):
        raise CorruptImage("bestand houdt op midden in een marker")
    return data[pos], pos + 1


def _end_of_scan(data: bytes, pos: int) -> int:
    """Where the entropy-coded data starting at ``pos`` ends (the next real marker)."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            raise CorruptImage("beeldgegevens afgebroken")
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:  # byte stuffing, restart marker
            pos += 2
        elif following == 0xFF:  # fill byte before a marker
            pos += 1
        else:
            return pos
