"""Why a dossier transfer is refused (each with a Dutch and an English message)."""

from __future__ import annotations

from secure_store.package_errors import PackageRefused


class InvalidTransferDocument(PackageRefused):
    """Signed by a known sender, but not a dossier this program can take in as it stands."""

    code = "document"
    message_nl = (
        "Het pakket is ondertekend, maar de inhoud is geen leesbaar dossier van Veilig Dossier. "
        "Vraag de afzender het opnieuw te sturen."
    )
    message_en = (
        "The package is signed, but its content is not a readable Veilig Dossier dossier. "
        "Ask the sender to send it again."
    )


class TransferFromNewerVersion(PackageRefused):
    code = "newer"
    message_nl = (
        "Dit dossier komt uit een nieuwere versie van Veilig Dossier en bevat gegevens die deze "
        "versie niet kent. Werk het programma bij en lees het pakket opnieuw in."
    )
    message_en = (
        "This dossier comes from a newer version of Veilig Dossier and holds data this version "
        "does not know. Update the program and import the package again."
    )


class DossierAlreadyHere(PackageRefused):
    code = "duplicate"
    message_nl = (
        "Er is in deze kluis al een dossier met dit kenmerk. Het overgedragen dossier is niet "
        "ingelezen; zoek het bestaande dossier op het kenmerk."
    )
    message_en = (
        "This vault already holds a dossier with this reference. The transferred dossier was "
        "not imported; look up the existing dossier by its reference."
    )
