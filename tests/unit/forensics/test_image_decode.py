from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import ExifTags, Image, ImageFile

from forensics.exif import safe_value
from forensics.image_decode import (
    HEIF_SUPPORTED,
    MAX_IMAGE_PIXELS,
    SUPPORTED_FORMATS,
    CorruptImage,
    ImageError,
    ImageTooLarge,
    UnsupportedImage,
    decode_upright,
    inspect_image,
)
from forensics.synthetic import make_bomb_png, make_injury_photo, store_as_camera, truncated
from secure_store.errors import VaultError


@pytest.fixture(scope="module")
def jpeg() -> bytes:
    return make_injury_photo(640, 480, orientation_tag=6).jpeg


def _encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    sink = io.BytesIO()
    image.save(sink, fmt, **options)
    return sink.getvalue()


def _png_with_broken_idat() -> bytes:
    """A PNG whose compressed pixel stream is damaged but whose chunk CRCs are right."""
    png = _encoded(Image.effect_noise((64, 64), 50), "PNG")
    start = png.index(b"IDAT") + 4
    length = struct.unpack(">I", png[start - 8 : start - 4])[0]
    body = bytearray(png[start : start + length])
    body[10:40] = b"\xff" * 30
    crc = struct.pack(">I", zlib.crc32(b"IDAT" + bytes(body)))
    return png[:start] + bytes(body) + crc + png[start + length + 4 :]


def test_a_camera_jpeg_is_inspected_with_size_orientation_and_exif(jpeg: bytes) -> None:
    info = inspect_image(jpeg)
    assert (info.format, info.width, info.height, info.orientation) == ("JPEG", 480, 640, 6)
    assert info.upright_size == (640, 480)
    assert (info.camera_make, info.camera_model, info.has_gps) == ("Canon", "EOS R6", True)
    assert info.exif["Make"] == "Canon"
    json.dumps(dict(info.exif))  # storable as it is


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("PNG", (30, 40, 8)),
        # Pillow turns a TIFF upright while opening it and drops the tag: its "stored" space,
        # which annotations use, is then the upright one, consistently everywhere.
        ("TIFF", (40, 30, 1)),
    ],
)
def test_png_and_tiff_photos_are_accepted(fmt: str, expected: tuple[int, int, int]) -> None:
    image = Image.new("RGB", (40, 30), (200, 120, 90))
    info = inspect_image(store_as_camera(image, 8, image_format=fmt))
    assert (info.format, info.width, info.height, info.orientation) == (fmt, *expected)
    assert info.upright_size == (40, 30)
    assert not info.has_gps


def test_bytes_paths_and_streams_give_the_same_answer(jpeg: bytes, tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(jpeg)

    class OneWayStream(io.RawIOBase):  # like a decrypting vault stream: no seeking
        def __init__(self, data: bytes) -> None:
            self._inner = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]  # memoryview is fine
            chunk = self._inner.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    answers = {
        inspect_image(jpeg),
        inspect_image(path),
        inspect_image(str(path)),
        inspect_image(io.BytesIO(jpeg)),
        inspect_image(io.BufferedReader(OneWayStream(jpeg))),  # type: ignore[type-var]  # a RawIOBase
    }
    assert len(answers) == 1


@pytest.mark.parametrize("keep", [0.999, 0.9, 0.5, 0.05])
def test_a_truncated_jpeg_is_corrupt_even_when_only_the_end_marker_is_missing(
    jpeg: bytes, keep: float
) -> None:
    data = jpeg[:-2] if keep == 0.999 else truncated(jpeg, keep)
    with pytest.raises(CorruptImage):
        inspect_image(data)


def test_a_truncated_progressive_jpeg_is_corrupt() -> None:
    data = _encoded(Image.effect_noise((300, 200), 40).convert("RGB"), "JPEG", progressive=True)
    with pytest.raises(CorruptImage):
        inspect_image(data[: len(data) * 3 // 4])


def test_a_png_with_damaged_pixel_data_is_corrupt() -> None:
    with pytest.raises(CorruptImage):
        inspect_image(_png_with_broken_idat())


def test_a_png_with_a_damaged_header_is_corrupt_not_foreign() -> None:
    png = bytearray(_encoded(Image.new("RGB", (8, 8)), "PNG"))
    png[20] ^= 0xFF  # inside IHDR: its CRC no longer matches
    with pytest.raises(CorruptImage):
        inspect_image(bytes(png))


def test_a_truncated_png_is_corrupt() -> None:
    with pytest.raises(CorruptImage):
        inspect_image(truncated(_encoded(Image.effect_noise((64, 64), 50), "PNG"), 0.6))


def test_a_text_file_named_jpg_is_not_a_photo(tmp_path: Path) -> None:
    path = tmp_path / "letsel.jpg"
    path.write_text("Dit is geen foto maar een notitie.\n")
    with pytest.raises(UnsupportedImage) as caught:
        inspect_image(path)
    assert "Gebruik JPEG, PNG" in caught.value.message


def test_an_empty_file_is_not_a_photo(tmp_path: Path) -> None:
    path = tmp_path / "leeg.jpg"
    path.touch()
    with pytest.raises(UnsupportedImage):
        inspect_image(path)


@pytest.mark.parametrize("fmt", ["GIF", "BMP"])
def test_other_image_formats_are_refused(fmt: str) -> None:
    with pytest.raises(UnsupportedImage):
        inspect_image(_encoded(Image.new("RGB", (8, 8)), fmt))


def test_a_missing_file_is_an_environment_error_not_a_photo_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        inspect_image(tmp_path / "weg.jpg")


@pytest.mark.parametrize("size", [(20_000, 20_000), (13_000, 12_000)])
def test_a_decompression_bomb_is_refused_before_decoding(size: tuple[int, int]) -> None:
    # 400 MP trips Pillow's hard error; 156 MP only its warning, which we make an error too.
    with pytest.raises(ImageTooLarge) as caught:
        inspect_image(make_bomb_png(*size))
    assert "megapixel" in caught.value.message


def test_the_pixel_limit_is_a_parameter(jpeg: bytes) -> None:
    with pytest.raises(ImageTooLarge):
        inspect_image(jpeg, max_pixels=480 * 640 - 1)
    with pytest.raises(ImageTooLarge):
        decode_upright(jpeg, 100, max_pixels=1000)
    assert inspect_image(jpeg, max_pixels=480 * 640).width == 480


def test_the_limits_are_deliberate() -> None:
    assert MAX_IMAGE_PIXELS == 150_000_000
    assert Image.MAX_IMAGE_PIXELS == MAX_IMAGE_PIXELS
    assert ("HEIF" in SUPPORTED_FORMATS) == HEIF_SUPPORTED


def test_loading_truncated_images_switched_on_elsewhere_is_caught_as_a_bug(
    jpeg: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    with pytest.raises(RuntimeError, match="LOAD_TRUNCATED_IMAGES"):
        inspect_image(jpeg)


@pytest.mark.parametrize("error", [UnsupportedImage, CorruptImage, ImageTooLarge])
def test_every_image_error_has_a_dutch_message_and_is_a_user_error(error: type[ImageError]) -> None:
    instance = error("technisch detail")
    assert isinstance(instance, VaultError)
    assert instance.message == error.message_nl and instance.detail == "technisch detail"
    assert instance.message_en != instance.message_nl


def test_unset_camera_clock_and_bad_orientation_are_treated_as_absent() -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 9
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = "0000:00:00 00:00:00"
    info = inspect_image(_encoded(Image.new("RGB", (8, 8)), "JPEG", exif=exif))
    assert (info.orientation, info.capture_time) == (1, None)


def test_sixteen_bit_greyscale_is_scaled_not_clipped() -> None:
    image = Image.new("I;16", (4, 4), 0x8000)
    upright = decode_upright(_encoded(image, "PNG"))
    assert upright.image.mode == "RGB"
    assert upright.image.getpixel((0, 0)) == (128, 128, 128)


def test_transparency_is_laid_on_white() -> None:
    image = Image.new("RGBA", (4, 4), (255, 0, 0, 0))
    assert decode_upright(_encoded(image, "PNG")).image.getpixel((1, 1)) == (255, 255, 255)


@pytest.mark.skipif(HEIF_SUPPORTED, reason="pillow_heif is installed")
def test_heic_without_pillow_heif_is_unsupported_not_corrupt() -> None:
    heic_start = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)
    with pytest.raises(UnsupportedImage) as caught:
        inspect_image(heic_start)
    assert "HEIC" not in caught.value.message


def test_heic_is_read_when_pillow_heif_is_installed() -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    sink = io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", (32, 24), (10, 200, 30))).save(sink, quality=90)
    assert inspect_image(sink.getvalue()).format == "HEIF"


exif_values = st.recursive(
    st.one_of(
        st.integers(), st.floats(), st.text(max_size=2000), st.binary(max_size=200), st.none()
    ),
    lambda inner: st.lists(inner, max_size=80).map(tuple),
    max_leaves=40,
)


@settings(max_examples=200, deadline=None)
@given(exif_values)
def test_any_exif_value_becomes_something_json_can_store(value: object) -> None:
    safe = safe_value(value)
    text = json.dumps(safe, allow_nan=False)
    assert "\x00" not in text and len(text) < 200_000


@pytest.mark.parametrize("turn", range(1, 9))
def test_one_decode_for_import_agrees_with_inspect_and_decode_upright(turn: int) -> None:
    from forensics.image_decode import inspect_and_decode
    from forensics.synthetic import make_injury_photo

    data = make_injury_photo(800, 600, orientation_tag=turn).jpeg
    info, upright = inspect_and_decode(data, 200)
    assert info == inspect_image(data)
    expected = decode_upright(data, 200)
    assert (upright.image.size, upright.orientation, upright.original_size) == (
        expected.image.size, expected.orientation, expected.original_size,
    )  # fmt: skip
    assert upright.image.tobytes() == expected.image.tobytes()


def test_one_decode_for_import_still_catches_truncation() -> None:
    from forensics.image_decode import inspect_and_decode
    from forensics.synthetic import make_injury_photo, truncated

    with pytest.raises(CorruptImage):
        inspect_and_decode(truncated(make_injury_photo(800, 600).jpeg, 0.7), 100)
