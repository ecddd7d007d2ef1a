"""Finding the name, date of birth and BSN in free text; images cleaned of metadata."""

from __future__ import annotations

import io
from datetime import date

from PIL import ExifTags, Image

from forensics.consult_deid import clean_image, find_identifiers, identifiers_of
from forensics.records import Sex, Subject
from forensics.synthetic import make_injury_photo

SUBJECT = Subject(
    "s", "c", "Jan-Willem van der Berg", date(2019, 5, 7), Sex.MALE, "P-1", "111222333"
)


def _found(text: str, *, name: bool = True, birth_date: bool = True) -> list[str]:
    return find_identifiers(
        [("de tekst", text)], identifiers_of(SUBJECT), name=name, birth_date=birth_date
    )


def test_name_parts_are_searched_but_particles_are_not() -> None:
    assert identifiers_of(SUBJECT).name_parts == ("Jan", "Willem", "Berg")
    assert _found("Van de trap gevallen, volgens de moeder.") == []
    assert _found("jan viel") == ["De naam ‘Jan’ staat in de tekst."]
    assert _found("Gezien in Bergen op Zoom en Janssen") == []  # whole words only


def test_every_usual_spelling_of_the_birth_date_is_found() -> None:
    for text in (
        "2019-05-07",
        "07-05-2019",
        "7-5-2019",
        "07/05/2019",
        "07.05.2019",
        "7 mei 2019",
        "20190507",
    ):
        assert _found(f"geboren {text}.", name=False) == ["De geboortedatum staat in de tekst."], (
            text
        )
    assert _found("geboren 07-05-2019", birth_date=False) == []


def test_the_bsn_is_found_however_it_is_spaced() -> None:
    assert _found("BSN 111 222 333", birth_date=False) == ["Het BSN staat in de tekst."]
    assert _found("BSN 111 222 333", name=False, birth_date=False) == []


def test_a_shared_jpeg_keeps_its_pixels_but_loses_every_tag() -> None:
    photo = make_injury_photo(320, 240, seed=1)
    assert Image.open(io.BytesIO(photo.jpeg)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    data, media_type = clean_image(photo.jpeg, "image/jpeg")
    assert media_type == "image/jpeg"
    assert not Image.open(io.BytesIO(data)).getexif().get_ifd(ExifTags.IFD.GPSInfo)


def test_other_formats_leave_as_plain_png() -> None:
    source = io.BytesIO()
    image = Image.new("RGB", (40, 30), (200, 150, 120))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    image.save(source, "TIFF", exif=exif)
    data, media_type = clean_image(source.getvalue(), "image/tiff")
    assert media_type == "image/png"
    cleaned = Image.open(io.BytesIO(data))
    assert cleaned.size == (40, 30) and not cleaned.getexif()
