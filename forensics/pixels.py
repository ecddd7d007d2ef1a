"""Turning decoded pixels of any supported mode into display-ready sRGB at a given size.

Bruise colour matters to the physician reading the photo, so a photo with an embedded colour
profile (Adobe RGB cameras, Display P3 phones, CMYK scans) is converted to sRGB rather than
shown with its numbers reinterpreted. 16-bit scans are scaled, not clipped; transparency is laid
on white.
"""

from __future__ import annotations

import io
from typing import cast

from PIL import Image, ImageCms

_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
_SIXTEEN_BIT = {"I;16", "I;16L", "I;16B", "I;16N"}
_WITH_ALPHA = {"RGBA", "RGBa", "LA", "La", "PA"}


def to_display_rgb(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """A new ``"RGB"`` image of ``size`` in sRGB, carrying no metadata at all.

    Args:
        image: A loaded image in any mode Pillow decodes JPEG, PNG, TIFF or HEIF into.
        size: Target (width, height); resampled with Lanczos when different.

    Returns:
        Always a new image object (the caller may close ``image`` afterwards), with an empty
        ``info``: no EXIF, XMP, comment or profile can ride along into a derivative.
    """
    # Only colour profiles are applied; a grey profile on expanded pixels has nothing to add.
    profile = image.info.get("icc_profile") if image.mode in ("RGB", "CMYK") else None
    pixels = _flatten(image)
    if pixels.size != size:
        pixels = pixels.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if isinstance(profile, bytes) and profile:
        pixels = _convert_profile(pixels, profile)
    if pixels.mode != "RGB":
        pixels = pixels.convert("RGB")
    if pixels is image:
        pixels = image.copy()
    pixels.info = {}
    return pixels


def _flatten(image: Image.Image) -> Image.Image:
    """RGB or CMYK pixels at 8 bits per channel, without alpha."""
    mode = image.mode
    if mode in ("RGB", "CMYK"):
        return image
    if mode in _SIXTEEN_BIT:
        return image.convert("I").point(lambda v: v / 256).convert("L").convert("RGB")
    if mode in ("I", "F"):
        low, high = cast(tuple[float, float], image.getextrema())  # one band: (min, max)
        span = float(high - low) or 1.0
        scaled = image.convert("F").point(lambda v: (v - low) * 255.0 / span)
        return scaled.convert("L").convert("RGB")
    if mode in _WITH_ALPHA or (mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image.convert("RGB")


def _convert_profile(image: Image.Image, profile: bytes) -> Image.Image:
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        converted = ImageCms.profileToProfile(
            image, source, _SRGB, renderingIntent=ImageCms.Intent.PERCEPTUAL, outputMode="RGB"
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # an unreadable profile: show the numbers as they are, as viewers do
    return converted if converted is not None else image
