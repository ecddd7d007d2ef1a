from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageCms, ImageDraw, JpegImagePlugin

from forensics.derivatives import make_preview, make_thumbnail, strip_metadata
from forensics.image_decode import CorruptImage, UnsupportedImage
from forensics.synthetic import make_injury_photo, store_as_camera

_QUADRANTS = {
    (0, 0): (220, 30, 30),
    (1, 0): (30, 200, 40),
    (0, 1): (30, 60, 220),
    (1, 1): (240, 220, 30),
}


def _pattern(width: int = 120, height: int = 80) -> Image.Image:
    """Four coloured quadrants: every one of the eight orientations looks different."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for (qx, qy), colour in _QUADRANTS.items():
        box = (
            qx * width // 2,
            qy * height // 2,
            (qx + 1) * width // 2 - 1,
            (qy + 1) * height // 2 - 1,
        )
        draw.rectangle(box, fill=colour)
    return image


def _assert_upright(data: bytes, size: tuple[int, int]) -> None:
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        assert image.size == size
        rgb = image.convert("RGB")
        for (qx, qy), colour in _QUADRANTS.items():
            pixel = rgb.getpixel((int((qx + 0.5) * size[0] / 2), int((qy + 0.5) * size[1] / 2)))
            assert isinstance(pixel, tuple)
            assert all(abs(a - b) <= 30 for a, b in zip(pixel, colour, strict=True)), (qx, qy)


def _segments(jpeg: bytes) -> list[tuple[int, bytes]]:
    """(marker, first payload bytes) of every segment before the image data."""
    found, pos = [], 2
    while jpeg[pos + 1] != 0xDA:
        marker, length = jpeg[pos + 1], int.from_bytes(jpeg[pos + 2 : pos + 4], "big")
        found.append((marker, jpeg[pos + 4 : pos + 18]))
        pos += 2 + length
    return found


def _exiftool(data: bytes, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "derived.jpg"
    path.write_bytes(data)
    out = subprocess.run(["exiftool", "-j", "-a", "-G", str(path)], capture_output=True, check=True)
    tags: dict[str, object] = json.loads(out.stdout)[0]
    return tags


@pytest.fixture(scope="module")
def camera_jpeg() -> bytes:
    """A camera photo with everything a derivative must not carry: EXIF, GPS, XMP, a comment."""
    photo = make_injury_photo(900, 600, orientation_tag=6)
    with Image.open(io.BytesIO(photo.jpeg)) as image:
        exif = image.getexif()
        for ifd in (ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo):
            exif.get_ifd(ifd)  # read the sub-IFDs, or Pillow writes only their pointers
        sink = io.BytesIO()
        image.save(
            sink,
            "JPEG",
            exif=exif,
            comment=b"Opvanglocatie Zonnebloem",
            xmp=b"<x:xmpmeta><rdf:Description exif:GPSLatitude='52,5.4N'/></x:xmpmeta>",
            icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
        )
    return sink.getvalue() + b"TRAILER 52.0907N 5.1214E"


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "TIFF"])
@pytest.mark.parametrize("turn", range(1, 9))
def test_every_exif_orientation_comes_out_upright(turn: int, fmt: str) -> None:
    stored = store_as_camera(_pattern(), turn, image_format=fmt, quality=95)
    _assert_upright(make_preview(stored), (120, 80))
    _assert_upright(make_thumbnail(stored, max_side=60), (60, 40))


def test_sizes_follow_the_longest_side_and_small_photos_are_not_enlarged() -> None:
    big = make_injury_photo(3000, 2000).jpeg
    with Image.open(io.BytesIO(make_preview(big))) as preview:
        assert preview.size == (2048, 1365)
    with Image.open(io.BytesIO(make_thumbnail(big))) as thumbnail:
        assert thumbnail.size == (256, 171)
    with Image.open(io.BytesIO(make_preview(_encoded_png()))) as small:
        assert small.size == (120, 80)


def _encoded_png() -> bytes:
    sink = io.BytesIO()
    _pattern().save(sink, "PNG")
    return sink.getvalue()


def test_big_jpegs_are_decoded_in_draft_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    requests: list[tuple[str | None, tuple[int, int] | None]] = []
    original = JpegImagePlugin.JpegImageFile.draft

    def spy(
        self: JpegImagePlugin.JpegImageFile, mode: str | None, size: tuple[int, int] | None
    ) -> object:
        requests.append((mode, size))
        return original(self, mode, size)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    make_thumbnail(make_injury_photo(2400, 1600).jpeg)
    assert requests == [("RGB", (256, 171))]


def test_derivatives_carry_no_metadata_at_all(camera_jpeg: bytes) -> None:
    for derived in (make_preview(camera_jpeg), make_thumbnail(camera_jpeg)):
        assert b"Exif" not in derived and b"GPS" not in derived and b"Zonnebloem" not in derived
        assert b"TRAILER" not in derived
        assert [marker for marker, _ in _segments(derived) if marker >= 0xE1] == []
        with Image.open(io.BytesIO(derived)) as image:
            assert len(image.getexif()) == 0
            assert not {"exif", "xmp", "comment", "icc_profile"} & set(image.info)


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_exiftool_finds_no_exif_gps_or_xmp_in_derivatives(
    camera_jpeg: bytes, tmp_path: Path
) -> None:
    original = _exiftool(camera_jpeg, tmp_path)
    assert any("GPSLatitude" in key for key in original)  # the test photo really has them
    for derived in (make_preview(camera_jpeg), make_thumbnail(camera_jpeg)):
        tags = _exiftool(derived, tmp_path)
        groups = {key.split(":")[0] for key in tags if ":" in key}
        assert groups <= {"ExifTool", "File", "JFIF", "Composite"}, groups
        assert not any("GPS" in key or "Comment" in key for key in tags)


def test_strip_metadata_keeps_the_image_data_bit_for_bit(camera_jpeg: bytes) -> None:
    stripped = strip_metadata(camera_jpeg)
    with Image.open(io.BytesIO(camera_jpeg)) as a, Image.open(io.BytesIO(stripped)) as b:
        assert a.tobytes() == b.tobytes()
    assert stripped.endswith(b"\xff\xd9")  # the trailer after the end marker is gone
    for forbidden in (b"GPS", b"Zonnebloem", b"xmpmeta", b"Canon", b"TRAILER"):
        assert forbidden not in stripped


def test_strip_metadata_leaves_only_the_orientation_of_a_sideways_photo(camera_jpeg: bytes) -> None:
    stripped = strip_metadata(camera_jpeg)
    app1 = [payload for marker, payload in _segments(stripped) if marker == 0xE1]
    assert len(app1) == 1 and app1[0].startswith(b"Exif\x00\x00")
    with Image.open(io.BytesIO(stripped)) as image:
        assert dict(image.getexif()) == {0x0112: 6}
    kept = {marker for marker, _ in _segments(stripped)}
    assert 0xE2 in kept  # the colour profile stays: colour is evidence
    assert 0xFE not in kept and 0xE0 not in kept


def test_strip_metadata_of_an_upright_photo_leaves_no_exif_at_all() -> None:
    stripped = strip_metadata(make_injury_photo(320, 240, orientation_tag=1).jpeg)
    assert [marker for marker, _ in _segments(stripped) if 0xE0 <= marker <= 0xEF] == []


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_exiftool_agrees_that_stripped_photos_hold_no_gps(
    camera_jpeg: bytes, tmp_path: Path
) -> None:
    tags = _exiftool(strip_metadata(camera_jpeg), tmp_path)
    exif = {key for key in tags if key.startswith(("EXIF:", "XMP", "IPTC", "Photoshop"))}
    assert exif == {"EXIF:Orientation"}
    assert not any("GPS" in key or "Comment" in key for key in tags)


def test_strip_metadata_handles_progressive_jpegs_with_restart_markers() -> None:
    sink = io.BytesIO()
    Image.effect_noise((200, 150), 60).convert("RGB").save(
        sink, "JPEG", progressive=True, comment=b"weg", restart_marker_blocks=1
    )
    stripped = strip_metadata(sink.getvalue())
    with Image.open(io.BytesIO(stripped)) as a, Image.open(sink) as b:
        assert a.tobytes() == b.tobytes()
    assert b"weg" not in stripped


def test_strip_metadata_refuses_what_is_not_a_whole_jpeg(camera_jpeg: bytes) -> None:
    with pytest.raises(UnsupportedImage):
        strip_metadata(b"\x89PNG\r\n\x1a\n")
    for cut in (3, 40, len(camera_jpeg) // 2):
        with pytest.raises(CorruptImage):
            strip_metadata(camera_jpeg[:cut])


def test_strip_metadata_keeps_the_adobe_segment_a_cmyk_jpeg_needs_to_decode() -> None:
    sink = io.BytesIO()
    Image.new("CMYK", (32, 32), (0, 200, 50, 10)).save(sink, "JPEG", comment=b"weg")
    stripped = strip_metadata(sink.getvalue())
    assert 0xEE in {marker for marker, _ in _segments(stripped)}
    with Image.open(io.BytesIO(stripped)) as a, Image.open(sink) as b:
        assert a.mode == "CMYK" and a.tobytes() == b.tobytes()
    with Image.open(io.BytesIO(make_preview(stripped))) as preview:
        assert preview.mode == "RGB"
