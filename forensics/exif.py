"""Reading a photo's EXIF into plain values that can be stored, shown and searched.

EXIF is evidence (when, with what camera) and is kept in the vault; it never reaches a derived
image (see :mod:`forensics.derivatives`). Values are reduced to ``str``/``int``/``float`` and
lists of those, so a malformed or hostile tag cannot smuggle objects, control characters or
megabytes of binary into the database or the UI.
"""

from __future__ import annotations

import math
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TypeAlias

from PIL import ExifTags, Image, TiffImagePlugin

from forensics import orientation

ExifValue: TypeAlias = str | int | float | list["ExifValue"]
"""A safe EXIF value: text, a number, or a list of those."""

MAX_TEXT = 512
"""Longest text kept per tag; real EXIF text (make, model, software) is far shorter."""
MAX_ITEMS = 64
"""Longest list kept per tag (e.g. lens specification, GPS triplets)."""
MAX_INLINE_BYTES = 64
"""Binary values up to this size are kept as hex; longer ones (MakerNote) only as their size."""

_SKIPPED = {
    ExifTags.Base.ExifOffset,  # pointers to sub-IFDs, meaningless as values
    ExifTags.Base.GPSInfo,
    ExifTags.Base.ExifInteroperabilityOffset,
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class ExifSummary:
    """What the program uses from EXIF, plus everything else as safe values.

    Attributes:
        orientation: EXIF orientation 1–8 (1 when absent or invalid).
        capture_time: DateTimeOriginal; aware when the camera recorded OffsetTimeOriginal.
        camera_make: Make tag, or ``None``.
        camera_model: Model tag, or ``None``.
        has_gps: Whether the photo carries GPS data (never exported; a shelter address).
        values: All readable tags by name (``"Make"``, ``"GPSLatitude"``, …).
    """

    orientation: int = orientation.UPRIGHT
    capture_time: datetime | None = None
    camera_make: str | None = None
    camera_model: str | None = None
    has_gps: bool = False
    values: Mapping[str, ExifValue] = field(default_factory=dict, hash=False)


def read_exif(image: Image.Image) -> ExifSummary:
    """Summarise the EXIF of an opened image; damaged EXIF counts as none.

    A photo with an unreadable EXIF block is still a valid photo: its pixels are evidence.
    """
    try:
        exif = image.getexif()
        base = dict(exif.items())
        sub = dict(exif.get_ifd(ExifTags.IFD.Exif).items())
        gps = dict(exif.get_ifd(ExifTags.IFD.GPSInfo).items())
    except (SyntaxError, ValueError, TypeError, KeyError, OSError, struct.error, UserWarning):
        # Pillow raises a mix of these for malformed TIFF structures inside EXIF; and under
        # the test suite's warnings-as-errors its "Corrupt EXIF data" warning arrives here too.
        return ExifSummary()
    values = _named(base, ExifTags.TAGS, "IFD0") | _named(sub, ExifTags.TAGS, "Exif")
    values |= _named(gps, ExifTags.GPSTAGS, "GPS")
    return ExifSummary(
        orientation=orientation.normalise(base.get(ExifTags.Base.Orientation)),
        capture_time=_capture_time(sub),
        camera_make=_text(base.get(ExifTags.Base.Make)),
        camera_model=_text(base.get(ExifTags.Base.Model)),
        has_gps=bool(gps),
        values=values,
    )


def _named(tags: dict[int, object], names: dict[int, str], group: str) -> dict[str, ExifValue]:
    result: dict[str, ExifValue] = {}
    for tag, raw in tags.items():
        if tag in _SKIPPED:
            continue
        value = safe_value(raw)
        if value is not None:
            result[names.get(tag, f"{group}.0x{tag:04X}")] = value
    return result


def safe_value(raw: object, depth: int = 0) -> ExifValue | None:
    """Reduce one EXIF value to a safe primitive, or ``None`` when it has no usable form."""
    if isinstance(raw, bool):
        return int(raw)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, TiffImagePlugin.IFDRational | float):
        number = float(raw)
        return number if math.isfinite(number) else None
    if isinstance(raw, str):
        return _CONTROL.sub("", raw).strip()[:MAX_TEXT]
    if isinstance(raw, bytes):
        if len(raw) <= MAX_INLINE_BYTES:
            return raw.hex()
        return f"<{len(raw)} bytes>"
    if isinstance(raw, tuple | list) and depth < 2:
        items = (safe_value(item, depth + 1) for item in raw[:MAX_ITEMS])
        return [item for item in items if item is not None]
    return None


def _text(raw: object) -> str | None:
    if isinstance(raw, bytes):
        raw = raw.decode("latin-1")
    if not isinstance(raw, str):
        return None
    return _CONTROL.sub("", raw).strip()[:MAX_TEXT] or None


def _capture_time(sub: dict[int, object]) -> datetime | None:
    text = _text(sub.get(ExifTags.Base.DateTimeOriginal))
    if text is None:
        return None
    try:
        moment = datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None  # "0000:00:00 00:00:00" and friends: camera clock never set
    offset = _text(sub.get(ExifTags.Base.OffsetTimeOriginal))
    match = re.fullmatch(r"([+-])(\d\d):(\d\d)", offset or "")
    if match:
        sign = 1 if match[1] == "+" else -1
        delta = timedelta(hours=int(match[2]), minutes=int(match[3]))
        if delta < timedelta(hours=24):
            moment = moment.replace(tzinfo=timezone(sign * delta))
    return moment
