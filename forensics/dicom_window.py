"""A DICOM image made viewable: stored pixels, Modality LUT and the VOI window (centre/width).

A radiograph stores 12 to 16 bits of grey; a screen shows 8. The viewer maps a *window* of
modality values — centre C and width W, PS3.3 C.11.2.1.2 — linearly onto black..white, after the
Modality LUT (Rescale Slope and Intercept) has turned stored values into modality values.
MONOCHROME1 (high values dark) is inverted at the end.

pydicom decodes pixel data with numpy, which this program does not ship; Pillow does the work
here in C: raw pixel data becomes a 32-bit integer image, bits outside Bits Stored are masked
and signed values sign-extended (:mod:`PIL.ImageMath`), and the window is one linear
``point`` with clipping. Uncompressed greyscale and RGB, and JPEG Baseline (Pillow decodes the
frame itself) are shown; other compressed syntaxes get :class:`UnviewableDicom`, while the
object itself stays evidence, untouched.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from PIL import Image, ImageMath
from pydicom.dataset import Dataset
from pydicom.encaps import generate_frames
from pydicom.multival import MultiValue
from pydicom.uid import UID, JPEGBaseline8Bit, JPEGExtended12Bit

from secure_store.errors import VaultError

from .dicom import DicomSource, MalformedDicom, load_dataset

_JPEG_SYNTAXES = {JPEGBaseline8Bit, JPEGExtended12Bit}
_BIG_ENDIAN = UID("1.2.840.10008.1.2.2")
_GREYSCALE = {"MONOCHROME1", "MONOCHROME2"}


class UnviewableDicom(VaultError):
    """A valid DICOM object whose pixels this viewer cannot show (the object is kept as is)."""

    message_nl = (
        "Dit DICOM-object kan hier niet als beeld worden getoond (geen beeld, of een "
        "compressie of kleurcodering die deze viewer niet kent). Het origineel is ongewijzigd "
        "bewaard; open het zo nodig in het PACS of een DICOM-viewer van het ziekenhuis."
    )
    message_en = (
        "This DICOM object cannot be shown as an image here (no image, or a compression or "
        "colour encoding this viewer does not know). The original is kept unchanged; open it "
        "in the hospital's PACS or DICOM viewer if needed."
    )


@dataclass(frozen=True)
class Window:
    """A VOI window in modality units: the centre and the width (always >= 1)."""

    centre: float
    width: float

    def __post_init__(self) -> None:
        if not (math.isfinite(self.centre) and math.isfinite(self.width) and self.width >= 1):
            raise ValueError(f"invalid window {self.centre}/{self.width}")


@dataclass(frozen=True)
class DicomPicture:
    """The first frame of a DICOM image, ready to be windowed.

    Attributes:
        stored: Greyscale: mode ``"I"`` with the stored values (masked, sign-extended).
            Colour: mode ``"RGB"``.
        slope: Rescale Slope (1 when absent).
        intercept: Rescale Intercept (0 when absent).
        inverted: MONOCHROME1: high values show dark.
        default_window: The file's first Window Center/Width, or one spanning all values.
        value_range: Lowest and highest modality value in the frame (greyscale).
        frames: Number of frames in the object (only the first is shown).
    """

    stored: Image.Image
    slope: float
    intercept: float
    inverted: bool
    default_window: Window | None
    value_range: tuple[float, float]
    frames: int

    @property
    def greyscale(self) -> bool:
        """Whether window/level applies (colour images are shown as they are)."""
        return self.stored.mode == "I"

    @property
    def size(self) -> tuple[int, int]:
        """(columns, rows) of the frame."""
        return self.stored.size

    def modality_value(self, x: int, y: int) -> float:
        """The modality value (stored × slope + intercept) of one pixel, greyscale only."""
        value = self.stored.getpixel((x, y))
        assert isinstance(value, int)
        return value * self.slope + self.intercept

    def render(self, window: Window | None = None) -> Image.Image:
        """The frame as 8-bit pixels: ``"L"`` through ``window`` (default: the file's), or RGB.

        Implements the LINEAR function of PS3.3 C.11.2.1.2.1:
        ``y = ((x - (c - 0.5)) / (w - 1) + 0.5) * 255``, clipped to 0..255, where x is the
        modality value; MONOCHROME1 is inverted afterwards.
        """
        if not self.greyscale:
            return self.stored.copy()
        window = window or self.default_window
        assert window is not None  # greyscale pictures always have one
        c, w = window.centre, window.width
        if w <= 1:  # a threshold: PS3.3 gives w = 1 its own rule
            edge = c - 0.5
            scale, offset = self.slope * 1e6, (self.intercept - edge) * 1e6
        else:
            # y is linear in the stored value s: y = s * scale + offset (x = s*slope + intercept).
            scale = self.slope * 255.0 / (w - 1)
            offset = ((self.intercept - (c - 0.5)) / (w - 1) + 0.5) * 255.0
        if self.inverted:
            scale, offset = -scale, 255.0 - offset
        # +0.5 rounds: Pillow truncates; converting "I" to "L" clips to 0..255.
        return self.stored.point(lambda v: v * scale + offset + 0.5).convert("L")


def load_picture(source: DicomSource) -> DicomPicture:
    """Parse a DICOM file and make its first frame viewable.

    Raises:
        MalformedDicom: Not DICOM, or damaged (see :func:`forensics.dicom.load_dataset`), or
            pixel data shorter than the image.
        UnviewableDicom: No pixel data, or an encoding this viewer cannot show.
    """
    return picture_from_dataset(load_dataset(source))


def picture_from_dataset(ds: Dataset) -> DicomPicture:
    """As :func:`load_picture`, for a dataset already parsed."""
    try:
        rows, columns = int(ds.Rows), int(ds.Columns)
        samples = int(ds.get("SamplesPerPixel", 1) or 1)
        bits = int(ds.get("BitsAllocated", 8) or 8)
        photometric = str(ds.get("PhotometricInterpretation", "") or "").strip().upper()
        frames = int(ds.get("NumberOfFrames", 1) or 1)
        pixel_data = ds.PixelData
    except AttributeError as error:
        raise UnviewableDicom("geen beeldgegevens") from error
    except (ValueError, TypeError) as error:
        raise MalformedDicom(str(error)) from error
    meta = getattr(ds, "file_meta", None)
    syntax = UID(str(meta.get("TransferSyntaxUID", ""))) if meta else UID("")
    if syntax.is_compressed:
        image = _decode_jpeg(pixel_data, frames, syntax)
    else:
        image = _raw_frame(pixel_data, (columns, rows), samples, bits, photometric, syntax)
    if image.mode in ("RGB", "YCbCr") or samples == 3:
        return DicomPicture(image.convert("RGB"), 1.0, 0.0, False, None, (0.0, 255.0), frames)
    if photometric not in _GREYSCALE:
        raise UnviewableDicom(f"fotometrische interpretatie {photometric or '?'}")
    return _greyscale(ds, image, bits, frames)


def _greyscale(ds: Dataset, codes: Image.Image, bits: int, frames: int) -> DicomPicture:
    stored_bits = int(ds.get("BitsStored", bits) or bits)
    signed = int(ds.get("PixelRepresentation", 0) or 0) == 1
    values = _stored_values(codes.convert("I"), min(stored_bits, bits), signed)
    slope = _number(ds.get("RescaleSlope"), 1.0) or 1.0
    intercept = _number(ds.get("RescaleIntercept"), 0.0)
    low, high = values.getextrema()
    assert isinstance(low, int) and isinstance(high, int)
    ends = sorted((low * slope + intercept, high * slope + intercept))
    value_range = (ends[0], ends[1])
    inverted = str(ds.get("PhotometricInterpretation", "")).strip().upper() == "MONOCHROME1"
    window = _file_window(ds) or Window(
        (value_range[0] + value_range[1]) / 2, max(1.0, value_range[1] - value_range[0] + 1)
    )
    return DicomPicture(values, slope, intercept, inverted, window, value_range, frames)


def _raw_frame(
    data: bytes, size: tuple[int, int], samples: int, bits: int, photometric: str, syntax: UID
) -> Image.Image:
    """The first frame of uncompressed pixel data as a Pillow image (codes, not yet masked)."""
    columns, rows = size
    frame_bytes = columns * rows * samples * bits // 8
    if len(data) < frame_bytes:
        raise MalformedDicom(f"beeldgegevens afgebroken ({len(data)} van {frame_bytes})")
    frame = bytes(data[:frame_bytes])
    if samples == 3 and bits == 8 and photometric == "RGB":
        return Image.frombytes("RGB", size, frame)
    if samples == 1 and bits == 8:
        return Image.frombytes("L", size, frame)
    if samples == 1 and bits == 16:
        return Image.frombytes("I;16B" if syntax == _BIG_ENDIAN else "I;16", size, frame)
    raise UnviewableDicom(f"{samples} × {bits} bits ({photometric})")


def _decode_jpeg(data: bytes, frames: int, syntax: UID) -> Image.Image:
    if syntax not in _JPEG_SYNTAXES:
        raise UnviewableDicom(f"compressie {syntax.name}")
    try:
        first = next(generate_frames(data, number_of_frames=frames))
        image = Image.open(io.BytesIO(first), formats=["JPEG"])
        image.load()
    except (StopIteration, ValueError, OSError, SyntaxError) as error:
        raise MalformedDicom(f"JPEG-beeld onleesbaar: {error}") from error
    if image.mode not in ("L", "RGB", "YCbCr"):
        raise UnviewableDicom(f"JPEG-modus {image.mode}")
    return image


def _stored_values(codes: Image.Image, stored_bits: int, signed: bool) -> Image.Image:
    """Only the Bits Stored low bits count; signed values are two's complement in those bits."""
    mask, sign = (1 << stored_bits) - 1, 1 << (stored_bits - 1)
    if signed:
        result = ImageMath.lambda_eval(lambda a: ((a["x"] & mask) ^ sign) - sign, x=codes)
    else:
        result = ImageMath.lambda_eval(lambda a: a["x"] & mask, x=codes)
    assert isinstance(result, Image.Image)
    return result


def _file_window(ds: Dataset) -> Window | None:
    """The first Window Center / Window Width pair of the file, when valid."""
    centre, width = _first(ds.get("WindowCenter")), _first(ds.get("WindowWidth"))
    if centre is None or width is None or width < 1:
        return None
    return Window(centre, width)


def _first(value: object) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, MultiValue | list | tuple):
        value = value[0] if len(value) else None
    number = _number(value, math.nan)
    return number if math.isfinite(number) else None


def _number(value: object, default: float) -> float:
    try:
        return float(str(value)) if value not in (None, "") else default
    except (TypeError, ValueError):
        return default
