"""What the opvang documents share: dates as printed, the shelter lines, the guarded finish.

Every opvang document leaves the organisation's address out of the letterhead
(``show_organisation_address=False``): the address an organisation enters in its settings may
be the shelter itself (docs/decisions.md, 2026-12-01). The shelter address appears only where
the user chose it, in one section of its own that says it is secret.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from opvang.instruments import Respondent
from opvang.locations import LocationService
from opvang.report_content import ShelterDisclosure
from opvang.report_guard import check_no_shelter
from secure_store.document import (
    Document,
    KeyValues,
    Paragraph,
    Section,
    SectionKind,
    TextStyle,
    format_moment,
)
from secure_store.session import Session

NOT_RECORDED = "niet vastgelegd"
SECRET_ADDRESS_TITLE = "Geheim verblijfadres"
SECRET_ADDRESS_NOTE = (
    "Op uitdrukkelijke keuze van de opsteller opgenomen. Dit adres is geheim: deel het niet met "
    "betrokkenen of derden en neem het niet over in andere stukken."
)
ADDRESS_LEFT_OUT = (
    "niet vermeld: het adres van de opvanglocatie is geheim; bereikbaar via de contactpersoon"
)
NO_SHELTER = "ambulant traject: geen verblijf in de opvang"
ADDRESS_CHOSEN = "opgenomen op uitdrukkelijke keuze: zie ‘Geheim verblijfadres’"


def stay_line(shelter: ShelterDisclosure | None, has_shelter: bool) -> str:
    """What the documents say about where the household stays."""
    if shelter is not None:
        return ADDRESS_CHOSEN
    return ADDRESS_LEFT_OUT if has_shelter else NO_SHELTER


def day(value: date | None, empty: str = NOT_RECORDED) -> str:
    """``02-03-2026``, or ``empty``."""
    return format_moment(value.isoformat(), with_time=False) if value else empty


def moment(value: datetime | None, empty: str = NOT_RECORDED) -> str:
    """``02-03-2026 11:00`` in Dutch local time, or ``empty``."""
    return format_moment(value) if value else empty


def instrument_label(name: str, respondent: Respondent | None) -> str:
    """``name (zelfrapportage)``, unless the name already says who fills it in."""
    if respondent is None or respondent.label.casefold() in name.casefold():
        return name
    return f"{name} ({respondent.label})"


def text_or_empty(value: str, empty: str = "Niet ingevuld.") -> Paragraph:
    """A paragraph of ``value``, or a marked empty field."""
    return Paragraph(value) if value.strip() else Paragraph(empty, TextStyle.EMPTY)


def secret_address(shelter: ShelterDisclosure, *, with_name: bool) -> Section:
    """The one section where a chosen shelter address stands, marked as secret."""
    rows = [("Naam locatie", shelter.name)] if with_name else []
    rows.append(("Adres", shelter.address))
    return Section(
        SECRET_ADDRESS_TITLE, (KeyValues(tuple(rows)),), SectionKind.FACTS, note=SECRET_ADDRESS_NOTE
    )


def finish(
    session: Session,
    document: Document,
    shelter: ShelterDisclosure | None,
    *,
    with_name: bool = False,
) -> Document:
    """``document`` checked for shelter names and addresses, then the chosen address added.

    Args:
        shelter: The location the user chose to include, or None.
        with_name: Print the location's name beside its address.

    Raises:
        ShelterInText: A text of the document names a shelter location or its address (the
            chosen location's own address is allowed when it was chosen).
    """
    locations = LocationService(session).list()
    check_no_shelter(document, locations, allowed=shelter.name if shelter else "")
    if shelter is None:
        return document
    return dataclasses.replace(
        document, sections=(*document.sections, secret_address(shelter, with_name=with_name))
    )
