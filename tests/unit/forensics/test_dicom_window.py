from __future__ import annotations

import io
from array import array
from datetime import UTC, date, datetime
from typing import Literal

import pydicom
import pytest
from PIL import Image
from pydicom.uid import ExplicitVRLittleEndian

from forensics.dicom import MalformedDicom
from forensics.dicom_export import PatientData, StudyData, dataset_to_bytes, photo_to_dicom
from forensics.dicom_window import (
    DicomPicture,
    UnviewableDicom,
    Window,
    load_picture,
    picture_from_dataset,
)
from forensics.synthetic import make_injury_photo, make_synthetic_radiograph, truncated
from forensics.synthetic_dicom import WINDOW_CENTRE, WINDOW_WIDTH
from secure_store.clock import ManualClock

PATIENT = PatientData("Proef", "Daan", "SYN-1", date(2024, 1, 1), "M")


def _dicom_linear(x: float, c: float, w: float) -> int:
    """PS3.3 C.11.2.1.2.1 written out, the reference the renderer must agree with."""
    if x <= c - 0.5 - (w - 1) / 2:
        return 0
    if x > c - 0.5 + (w - 1) / 2:
        return 255
    return round(((x - (c - 0.5)) / (w - 1) + 0.5) * 255)


def _tiny(values: list[int], **attributes: object) -> bytes:
    """A 4 × 2 MONOCHROME2 image with the given 16-bit codes, based on the synthetic CR."""
    ds = pydicom.dcmread(io.BytesIO(make_synthetic_radiograph(rows=32, columns=32)))
    ds.Rows, ds.Columns = 2, 4
    ds.PixelData = array("H", values).tobytes()
    for name, value in attributes.items():
        setattr(ds, name, value)
    return dataset_to_bytes(ds, ExplicitVRLittleEndian)


def test_the_synthetic_radiograph_renders_with_its_own_window() -> None:
    picture = load_picture(make_synthetic_radiograph())
    assert picture.greyscale and picture.size == (256, 320)
    assert picture.default_window == Window(WINDOW_CENTRE, WINDOW_WIDTH)
    low, high = picture.value_range
    assert 0 <= low < high <= 4095
    rendered = picture.render()
    assert rendered.mode == "L" and rendered.size == (256, 320)
    for x, y in ((10, 10), (100, 160), (128, 300)):
        value = picture.modality_value(x, y)
        assert rendered.getpixel((x, y)) == _dicom_linear(value, WINDOW_CENTRE, WINDOW_WIDTH)


def test_a_narrow_window_changes_the_pixels_and_follows_the_standard() -> None:
    picture = load_picture(make_synthetic_radiograph())
    wide, narrow = picture.render(), picture.render(Window(2000, 600))
    assert wide.tobytes() != narrow.tobytes()
    for x, y in ((10, 10), (80, 160), (100, 160), (160, 40)):
        value = picture.modality_value(x, y)
        assert narrow.getpixel((x, y)) == _dicom_linear(value, 2000, 600)


def test_rescale_slope_and_intercept_are_applied_before_the_window() -> None:
    data = _tiny([0, 100, 200, 300, 400, 500, 600, 700], RescaleSlope=2, RescaleIntercept=-1024)
    picture = load_picture(data)
    assert picture.modality_value(1, 0) == 100 * 2 - 1024
    assert picture.value_range == (-1024, 700 * 2 - 1024)
    image = picture.render(Window(-500, 1000))
    assert [image.getpixel((x, 0)) for x in range(4)] == [
        _dicom_linear(v * 2 - 1024, -500, 1000) for v in (0, 100, 200, 300)
    ]


def test_signed_pixels_with_twelve_bits_stored_are_sign_extended() -> None:
    codes = [0x0FFF, 0x0800, 0x07FF, 0x0001, 0xF000 | 0x0FFF, 0, 0, 0]  # -1, -2048, 2047, 1, -1
    data = _tiny(codes, PixelRepresentation=1, BitsStored=12, HighBit=11)
    picture = load_picture(data)
    assert [picture.modality_value(x, 0) for x in range(4)] == [-1, -2048, 2047, 1]
    assert picture.modality_value(0, 1) == -1  # garbage above the high bit is ignored


def test_monochrome1_shows_high_values_dark() -> None:
    data = _tiny([0, 4095, 0, 4095, 0, 0, 0, 0], PhotometricInterpretation="MONOCHROME1")
    image = load_picture(data).render(Window(2048, 4096))
    assert image.getpixel((0, 0)) == 255 and image.getpixel((1, 0)) == 0


def test_a_file_without_a_window_gets_one_spanning_its_values() -> None:
    ds = pydicom.dcmread(io.BytesIO(_tiny([100, 200, 300, 400, 500, 600, 700, 900])))
    del ds.WindowCenter
    del ds.WindowWidth
    picture = picture_from_dataset(ds)
    assert picture.default_window == Window(500, 801)
    image = picture.render()
    assert image.tobytes()[0] < 5 and image.tobytes()[-1] > 250


def test_a_width_of_one_is_a_threshold() -> None:
    image = load_picture(_tiny([99, 100, 101, 102, 0, 0, 0, 0])).render(Window(100.5, 1))
    assert [image.getpixel((x, 0)) for x in range(4)] == [0, 0, 255, 255]


def test_an_invalid_window_is_refused() -> None:
    with pytest.raises(ValueError):
        Window(0, 0.5)


@pytest.mark.parametrize("encoding", ["rgb", "jpeg"])
def test_a_vl_photographic_image_shows_in_colour(encoding: Literal["rgb", "jpeg"]) -> None:
    photo = make_injury_photo(320, 240).jpeg
    clock = ManualClock(datetime(2024, 3, 14, 12, tzinfo=UTC))
    data = photo_to_dicom(
        photo, PATIENT, StudyData(date(2024, 3, 14)), encoding=encoding, clock=clock
    )
    picture = load_picture(data)
    assert not picture.greyscale and picture.default_window is None
    rendered = picture.render(Window(10, 10))  # a window does nothing to colour
    original = Image.open(io.BytesIO(photo)).convert("RGB")
    assert rendered.mode == "RGB" and rendered.size == original.size
    r, g, b = rendered.getpixel((20, 20))  # type: ignore[misc]  # an RGB pixel is a triple
    r0, g0, b0 = original.getpixel((20, 20))  # type: ignore[misc]  # an RGB pixel is a triple
    assert abs(r - r0) + abs(g - g0) + abs(b - b0) < 30


def test_a_truncated_file_gives_the_domains_message() -> None:
    with pytest.raises(MalformedDicom) as caught:
        load_picture(truncated(make_synthetic_radiograph(), 0.7))
    assert "DICOM" in caught.value.message


def test_an_object_without_pixels_is_unviewable_not_broken() -> None:
    ds = pydicom.dcmread(io.BytesIO(make_synthetic_radiograph()))
    del ds.PixelData
    with pytest.raises(UnviewableDicom) as caught:
        picture_from_dataset(ds)
    assert "niet als beeld" in caught.value.message


def test_thirty_two_bit_pixels_are_unviewable() -> None:
    ds = pydicom.dcmread(io.BytesIO(make_synthetic_radiograph(rows=32, columns=32)))
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 32, 32, 31
    ds.PixelData = bytes(32 * 32 * 4)
    with pytest.raises(UnviewableDicom):
        picture_from_dataset(ds)


def test_picture_is_a_frozen_value() -> None:
    picture = load_picture(make_synthetic_radiograph(rows=32, columns=32))
    assert isinstance(picture, DicomPicture)
    with pytest.raises(AttributeError):
        picture.slope = 3  # type: ignore[misc]  # frozen on purpose
