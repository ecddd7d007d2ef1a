"""User-facing errors of the forensic domain (Dutch message, English beside it)."""

from __future__ import annotations

from secure_store.errors import VaultError


class InvalidBsn(VaultError):
    message_nl = "Dit BSN klopt niet (11-proef). Controleer de negen cijfers of laat het veld leeg."
    message_en = "This BSN is not valid (eleven test). Check the nine digits or leave it empty."


class ExaminationSealed(VaultError):
    message_nl = (
        "Dit onderzoek is afgesloten met een ondertekend rapport en kan niet meer worden gewijzigd. "
        "Voeg een addendum toe."
    )
    message_en = (
        "This examination was sealed by a signed report and can no longer be changed. "
        "Add an addendum instead."
    )


class NotSealed(VaultError):
    message_nl = "Een addendum hoort bij een afgesloten onderzoek; wijzig het onderzoek zelf."
    message_en = "An addendum belongs to a sealed examination; edit the examination itself."


class NotTheAuthor(VaultError):
    message_nl = "Alleen de onderzoeker die het onderzoek deed, kan een addendum toevoegen."
    message_en = "Only the examiner who did the examination can add an addendum."


class RecordNotFound(VaultError):
    message_nl = "Dit dossieronderdeel bestaat niet (meer)."
    message_en = "This part of the dossier does not exist (any more)."


class InvalidRecord(VaultError):
    message_nl = "Een of meer velden hebben een ongeldige waarde."
    message_en = "One or more fields have an invalid value."


class ExplainedError(VaultError):
    """An error whose Dutch message is written where it is raised, saying exactly what is wrong.

    For checks with many specific reasons (annotations, measurements), one class with the text
    at the raise site reads better than a class per reason.
    """

    message_nl = "Deze invoer kan niet worden gebruikt."
    message_en = "This input cannot be used."

    def __init__(self, message: str) -> None:
        self._text = message
        super().__init__()

    @property
    def message(self) -> str:
        """The Dutch message shown to the user."""
        return self._text
