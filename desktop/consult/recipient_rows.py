"""The address book as check-box rows: organisations (with their members), then contacts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem

from secure_store.address_book import Contact, Organisation

from ..common.checkable_items import checkable


def recipient_rows(
    contacts: Sequence[Contact], organisations: Sequence[Organisation], *, colleagues: bool = True
) -> list[QStandardItem]:
    """One row per organisation and per contact, each keyed by what the package is sealed to.

    Args:
        colleagues: offer practitioners of this same vault too (a transfer leaves them out:
            they see the dossier already).
    """
    names = {c.key_id: c.card.name for c in contacts}
    rows = []
    for organisation in organisations:
        members = ", ".join(names[k] for k in organisation.member_ids)
        none = QCoreApplication.translate("RecipientRows", "geen leden")
        text = QCoreApplication.translate("RecipientRows", "{0} (organisatie: {1})").format(
            organisation.name, members or none
        )
        rows.append(checkable(text, organisation.id))
    for contact in contacts:
        if contact.colleague and not colleagues:
            continue
        text = QCoreApplication.translate("RecipientRows", "{0} — vingerafdruk {1}").format(
            contact.card.label, contact.card.fingerprint
        )
        rows.append(checkable(text, contact.key_id))
    return rows
