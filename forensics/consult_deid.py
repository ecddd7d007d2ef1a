"""De-identification for second opinions: finding identifiers in text, cleaning shared images.

Choosing "pseudonym" or "age in months" is a promise that the name or the date of birth does
not leave. Free text (the question, the context, injury descriptions, captions, text drawn on
photos) is written by people, so before sealing it is searched for every part of the name, the
date of birth in the usual Dutch and ISO spellings, and the BSN. A hit blocks sealing.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from PIL import Image

from .derivatives import strip_metadata
from .image_decode import decode_upright
from .records import Subject

#: Name particles that are too common to search for on their own (tussenvoegsels).
_PARTICLES = frozenset(
    [
        "de",
        "den",
        "der",
        "van",
        "het",
        "ten",
        "ter",
        "te",
        "in",
        "op",
        "la",
        "le",
        "du",
        "da",
        "di",
        "del",
        "des",
        "von",
        "zu",
        "'t",
        "aan",
        "bij",
        "uit",
    ]
)
_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


@dataclass(frozen=True)
class Identifiers:
    """What identifies the subject in text: name parts, date-of-birth spellings, BSN."""

    name_parts: tuple[str, ...]
    birth_date_forms: tuple[str, ...]
    bsn: str = ""


def identifiers_of(subject: Subject) -> Identifiers:
    """The identifiers of ``subject`` to search for."""
    parts = [p for p in re.split(r"[\s\-]+", subject.name) if p]
    names = tuple(p for p in parts if len(p) >= 3 and p.lower() not in _PARTICLES)
    d = subject.date_of_birth
    forms = (
        d.isoformat(),
        d.strftime("%Y%m%d"),
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day} {_MONTHS[d.month - 1]} {d.year}",
    )
    return Identifiers(names, forms, subject.bsn)


def _found(needle: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text, re.IGNORECASE) is not None


def find_identifiers(
    texts: Iterable[tuple[str, str]], ids: Identifiers, *, name: bool, birth_date: bool
) -> list[str]:
    """Dutch findings for each ``(where, text)`` that holds a protected identifier.

    Args:
        texts: Pairs of a place ("de vraag", "bijschrift foto 3") and its text.
        ids: What to look for.
        name: Look for name parts (and the BSN) — the pseudonym was chosen.
        birth_date: Look for the date of birth — age in months was chosen.
    """
    problems = []
    for where, text in texts:
        if name:
            problems += [
                f"De naam ‘{p}’ staat in {where}." for p in ids.name_parts if _found(p, text)
            ]
            if ids.bsn and ids.bsn in re.sub(r"\D", "", text):
                problems.append(f"Het BSN staat in {where}.")
        if birth_date and any(_found(form, text) for form in ids.birth_date_forms):
            problems.append(f"De geboortedatum staat in {where}.")
    return problems


def clean_image(data: bytes, media_type: str) -> tuple[bytes, str]:
    """A shared image without any metadata: JPEG losslessly stripped, anything else as PNG.

    Returns:
        The bytes and their media type.

    Raises:
        UnsupportedImage, CorruptImage: the original cannot be read.
    """
    if media_type == "image/jpeg":
        return strip_metadata(data), "image/jpeg"
    upright = decode_upright(data)
    clean = Image.frombytes("RGB", upright.image.size, upright.image.tobytes())
    out = io.BytesIO()
    clean.save(out, "PNG")
    return out.getvalue(), "image/png"
