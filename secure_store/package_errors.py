"""Why a sealed package is refused: one exception per reason, each with a Dutch message.

Whatever the reason, a refused package leaves nothing behind in the vault (no rows, no blobs,
no temporary files); the refusal itself is recorded in the audit log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import VaultError

if TYPE_CHECKING:
    from .identity_card import IdentityCard


class PackageRefused(VaultError):
    """Base of every refusal of a ``.vdpkg`` file; ``code`` names the reason in the audit log."""

    code = "refused"
    package_id = ""  # filled in once the header could be read, for the audit entry
    message_nl = "Dit pakket is geweigerd; er is niets ingelezen."
    message_en = "This package was refused; nothing was imported."


class NotAPackage(PackageRefused):
    code = "foreign"
    message_nl = (
        "Dit bestand is geen verzegeld pakket van Veilig Dossier (.vdpkg). Kies het bestand dat "
        "u van de afzender kreeg."
    )
    message_en = (
        "This file is not a Veilig Dossier sealed package (.vdpkg). Choose the file you "
        "received from the sender."
    )


class UnknownPackageVersion(PackageRefused):
    code = "version"
    message_nl = (
        "Dit pakket is gemaakt met een andere versie van Veilig Dossier en kan hier niet worden "
        "geopend. Werk het programma bij of vraag de afzender om een pakket in de huidige versie."
    )
    message_en = (
        "This package was made by another version of Veilig Dossier and cannot be opened "
        "here. Update the program or ask the sender for a package in the current version."
    )


class PackageTruncated(PackageRefused):
    code = "truncated"
    message_nl = (
        "Dit pakket is onvolledig: het bestand houdt te vroeg op, bijvoorbeeld door een "
        "afgebroken download of een volle schijf. Vraag de afzender het opnieuw te sturen."
    )
    message_en = (
        "This package is incomplete: the file ends too early, for example after an "
        "interrupted download or a full disk. Ask the sender to send it again."
    )


class PackageTampered(PackageRefused):
    code = "tampered"
    message_nl = (
        "Dit pakket is na het verzegelen gewijzigd of beschadigd; de handtekening of de "
        "versleuteling klopt niet. Het wordt niet geopend. Vraag de afzender het opnieuw te sturen."
    )
    message_en = (
        "This package was changed or damaged after it was sealed; the signature or the "
        "encryption does not match. It is not opened. Ask the sender to send it again."
    )


class WrongRecipient(PackageRefused):
    code = "recipient"
    message_nl = (
        "Dit pakket is niet aan u gericht en kan alleen door de geadresseerden worden geopend."
    )
    message_en = "This package is not addressed to you; only its recipients can open it."


class UnknownSender(PackageRefused):
    """The signatures hold, but the sender's card is not in the address book.

    ``card`` is the sender's own card from the package, so the user can compare its
    fingerprint with the sender (by phone) and accept it into the address book.
    """

    code = "sender"
    message_nl = (
        "De afzender van dit pakket staat niet in uw adresboek. Controleer de vingerafdruk met "
        "de afzender (bijvoorbeeld telefonisch) voordat u het pakket accepteert."
    )
    message_en = (
        "The sender of this package is not in your address book. Check the fingerprint with "
        "the sender (for example by phone) before you accept the package."
    )

    def __init__(self, card: IdentityCard) -> None:
        self.card = card
        super().__init__(f"{card.label}, vingerafdruk {card.fingerprint}")


class AlreadyImported(PackageRefused):
    code = "replay"
    message_nl = "Dit pakket is al eerder ingelezen; het wordt geen tweede keer toegevoegd."
    message_en = "This package was imported before; it is not added a second time."


class WrongPackageKind(PackageRefused):
    code = "kind"
    message_nl = (
        "Dit pakket hoort hier niet: het is bijvoorbeeld een antwoord waar een verzoek werd "
        "verwacht. Lees het in via Second opinions → Pakket inlezen."
    )
    message_en = (
        "This package does not belong here: it is, for example, an answer where a request "
        "was expected. Import it through Second opinions → Import package."
    )
