"""The shelter's whereabouts stay out of what leaves: a check over every text of a document.

The report content leaves the shelter location out unless the user chose to include it
(:mod:`opvang.report_content`). Free text is the other way out: a worker may have written the
street of the shelter in a fact, a finding or a hulpvraag. Before an opvang document is
rendered, every text in it is searched for the name, each address line, the street name and
the postcode of *every* shelter location of the organisation (all their whereabouts are secret,
not only the family's own). A hit refuses the document and says where, so the worker rewrites
that text: blacking it out silently would change the wording of a fact in a document someone
signs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from opvang.errors import OpvangError
from opvang.records import ShelterLocation
from secure_store.document import (
    Block,
    Document,
    Figure,
    FigureRow,
    KeyValues,
    Paragraph,
    Scale,
    Section,
    Table,
)

_POSTCODE = re.compile(r"(?<!\d)(\d{4})\s?([a-z]{2})(?![a-z])")
_HOUSE_NUMBER = re.compile(r"\s+\d+\s*[a-z]?(\s*-?\s*\w+)?$")
_MIN_TERM = 4  # shorter parts ("De", "12") would match everyday words


class ShelterInText(OpvangError):
    """A text of the document names a shelter location or its address."""

    message_nl = (
        "In de tekst van dit document staat de naam of het adres van een opvanglocatie; zo mag "
        "het de kluis niet verlaten."
    )
    message_en = (
        "A text of this document names a shelter location or its address; it may not leave the "
        "vault like this."
    )


@dataclass(frozen=True)
class _Terms:
    """What gives one location away, in normalised form."""

    words: tuple[str, ...]
    postcodes: frozenset[str]


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def _postcodes(text: str) -> set[str]:
    return {a + b for a, b in _POSTCODE.findall(_normal(text))}


def _terms(location: ShelterLocation) -> _Terms:
    address = location.address.reveal()
    words = {_normal(location.name)}
    for line in re.split(r"[\n,]", address):
        line = _normal(line)
        words.add(line)
        street = _HOUSE_NUMBER.sub("", line)
        if street != line:
            words.add(street)  # "Lindelaan" names the street even without the number
    return _Terms(
        tuple(sorted(w for w in words if len(w) >= _MIN_TERM)), frozenset(_postcodes(address))
    )


def document_texts(document: Document) -> Iterator[tuple[str, str]]:
    """Every text of ``document`` with where it stands (a section title or "voorblad")."""
    for text in (document.title, document.subtitle, document.statement, document.reference):
        yield "titel", text
    for block in document.front:
        yield from _block_texts("voorblad", block)
    for section in (*document.sections, *document.appendices):
        yield from _section_texts(section)


def _section_texts(section: Section) -> Iterator[tuple[str, str]]:
    yield section.title, section.title
    yield section.title, section.note
    for block in section.blocks:
        if isinstance(block, Section):
            yield from _section_texts(block)
        else:
            yield from _block_texts(section.title, block)


def _block_texts(where: str, block: Block) -> Iterator[tuple[str, str]]:
    match block:
        case Paragraph():
            yield where, block.text
            yield where, block.source
        case KeyValues():
            yield from ((where, text) for row in block.rows for text in row)
        case Table():
            yield from ((where, text) for text in (*block.header, block.caption))
            yield from ((where, text) for row in block.rows for text in row)
        case Figure():
            yield from ((where, text) for text in (block.label, block.caption))
            yield from ((where, text) for row in block.details for text in row)
        case FigureRow():
            for figure in block.figures:
                yield from _block_texts(where, figure)
        case Scale():
            yield from ((where, text) for text in block.options)
        case _:  # a page break says nothing
            return


def check_no_shelter(
    document: Document, locations: Iterable[ShelterLocation], *, allowed: str = ""
) -> None:
    """Refuse ``document`` if any of its texts names a shelter location or its address.

    Args:
        locations: Every shelter location of the organisation.
        allowed: The name of a location the user chose to include (its own address may then
            appear); every other location stays refused.

    Raises:
        ShelterInText: Naming the text found and the section it is in.
    """
    guarded = [_terms(loc) for loc in locations if loc.name != allowed]
    if not guarded:
        return
    for where, text in document_texts(document):
        found = _found(_normal(text), guarded)
        if found:
            raise ShelterInText(
                f"Gevonden: ‘{found}’ in ‘{where}’. Pas die tekst aan in het dossier, of kies "
                "bewust om het adres van de eigen opvanglocatie op te nemen."
            )


def _found(text: str, guarded: list[_Terms]) -> str:
    if not text:
        return ""
    postcodes = _postcodes(text)
    for terms in guarded:
        for word in terms.words:
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
                return word
        hit = postcodes & terms.postcodes
        if hit:
            return min(hit)
    return ""
