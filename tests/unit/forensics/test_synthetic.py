from __future__ import annotations

import io
import json
import math
import shutil
import subprocess
from pathlib import Path

import pydicom
import pytest
from PIL import Image, ImageOps

from forensics import orientation
from forensics.image_decode import inspect_image
from forensics.synthetic import (
    DEFAULT_TAKEN,
    FAKE_GPS,
    make_bomb_png,
    make_injury_photo,
    make_ruler_image,
    make_synthetic_radiograph,
    store_as_camera,
    truncated,
)
from forensics.synthetic_dicom import WINDOW_CENTRE, WINDOW_WIDTH, RadiographOptions


def _pixel(jpeg: bytes, point: tuple[float, float]) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(jpeg)) as image:
        value = image.convert("RGB").getpixel((int(point[0]), int(point[1])))
    assert isinstance(value, tuple)
    return (value[0], value[1], value[2])


def test_injury_photo_carries_camera_exif_with_capture_time_and_fake_gps() -> None:
    photo = make_injury_photo(800, 600, make="Nikon", model="Z 6")
    info = inspect_image(photo.jpeg)
    assert (info.format, info.width, info.height) == ("JPEG", 800, 600)
    assert (info.camera_make, info.camera_model) == ("Nikon", "Z 6")
    assert info.capture_time is not None
    assert info.capture_time.replace(tzinfo=None) == DEFAULT_TAKEN
    assert info.capture_time.utcoffset() is not None
    assert info.has_gps
    latitude = info.exif["GPSLatitude"]
    assert isinstance(latitude, list)
    degrees = sum(float(v) / 60**i for i, v in enumerate(latitude) if isinstance(v, float | int))
    assert degrees == pytest.approx(FAKE_GPS[0], abs=1e-4)


def test_injury_photo_without_gps_has_no_gps_block() -> None:
    assert not inspect_image(make_injury_photo(320, 240, gps=False).jpeg).has_gps


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_exiftool_reads_the_synthetic_exif(tmp_path: Path) -> None:
    path = tmp_path / "IMG_0001.JPG"
    path.write_bytes(make_injury_photo(320, 240, orientation_tag=6).jpeg)
    result = subprocess.run(
        ["exiftool", "-j", "-n", "-G", str(path)], capture_output=True, text=True, check=True
    )
    tags = json.loads(result.stdout)[0]
    assert tags["EXIF:Make"] == "Canon"
    assert tags["EXIF:Orientation"] == 6
    assert tags["EXIF:DateTimeOriginal"] == "2024:03:14 10:22:05"
    assert tags["Composite:GPSLatitude"] == pytest.approx(FAKE_GPS[0], abs=1e-4)


@pytest.mark.parametrize("turn", range(1, 9))
def test_stored_pixels_are_turned_and_the_scale_marks_are_given_in_stored_space(turn: int) -> None:
    photo = make_injury_photo(640, 480, orientation_tag=turn)
    expected = (480, 640) if turn >= 5 else (640, 480)
    assert photo.size == expected
    assert inspect_image(photo.jpeg).orientation == turn
    assert math.dist(photo.zero_mark, photo.end_mark) == pytest.approx(100 * photo.px_per_mm)
    # 1 mm inside the ruler from each mark there is black tick ink.
    for mark in (photo.zero_mark, photo.end_mark):
        x, y = orientation.point_to_upright(mark, photo.size, turn)
        probe = orientation.point_to_stored((x, y + photo.px_per_mm), photo.size, turn)
        assert sum(_pixel(photo.jpeg, probe)) < 200


def test_the_bruise_is_bluish_purple_against_skin() -> None:
    photo = make_injury_photo(800, 600, seed=3)
    r, g, b = _pixel(photo.jpeg, photo.bruise_centre)
    skin = _pixel(photo.jpeg, (760, 560))
    assert b > g and r < skin[0] - 40


def test_a_12_megapixel_photo_can_be_made_but_not_a_bigger_one() -> None:
    photo = make_injury_photo(4000, 3000)
    assert inspect_image(photo.jpeg).width == 4000
    with pytest.raises(ValueError, match="12 MP"):
        make_injury_photo(4001, 3000)


@pytest.mark.parametrize("turn", [1, 3, 6, 7])
def test_store_as_camera_round_trips_through_pillows_own_exif_transpose(turn: int) -> None:
    upright = Image.new("RGB", (60, 40), "white")
    upright.paste((255, 0, 0), (0, 0, 20, 10))
    stored = store_as_camera(upright, turn, image_format="PNG")
    with Image.open(io.BytesIO(stored)) as image:
        turned = ImageOps.exif_transpose(image).convert("RGB")
        assert turned.size == (60, 40)
        assert turned.getpixel((5, 5)) == (255, 0, 0)
        assert turned.getpixel((55, 35)) == (255, 255, 255)


def test_ruler_image_is_a_png_with_its_zero_tick_where_it_says() -> None:
    png, (x0, y0) = make_ruler_image(10.0, length_mm=50)
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG"
    assert sum(_pixel(png, (x0, y0 + 10))) < 200


def test_bomb_png_declares_dimensions_it_does_not_contain() -> None:
    bomb = make_bomb_png(30000, 30000)
    assert len(bomb) < 2000
    assert int.from_bytes(bomb[16:20], "big") == 30000


def test_truncated_keeps_the_requested_fraction() -> None:
    assert truncated(b"0123456789", 0.3) == b"012"
    assert truncated(b"01", 0.0) == b"0"


def test_synthetic_radiograph_is_16_bit_monochrome_with_a_window() -> None:
    ds = pydicom.dcmread(io.BytesIO(make_synthetic_radiograph(rows=64, columns=48)))
    assert ds.PhotometricInterpretation == "MONOCHROME2"
    assert (ds.BitsAllocated, ds.BitsStored, ds.SamplesPerPixel) == (16, 12, 1)
    assert (float(ds.WindowCenter), float(ds.WindowWidth)) == (WINDOW_CENTRE, WINDOW_WIDTH)
    assert ds.Modality == "CR"
    assert len(ds.PixelData) == 64 * 48 * 2
    assert max(ds.PixelData[1::2]) < 16  # 12 bits stored: the high nibble stays empty


def test_radiograph_without_extras_carries_only_what_an_image_needs() -> None:
    options = RadiographOptions(identifying_extras=False, body_part="LEG")
    ds = pydicom.dcmread(io.BytesIO(make_synthetic_radiograph(options=options)))
    assert ds.BodyPartExamined == "LEG"
    assert "PatientAddress" not in ds and "ReferencedImageSequence" not in ds
    assert not any(element.tag.is_private for element in ds)
