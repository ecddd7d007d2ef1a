"""User-facing errors of second opinions (each with a Dutch and an English message)."""

from __future__ import annotations

from secure_store.errors import VaultError
from secure_store.package_errors import PackageRefused


class RequestNotReady(VaultError):
    """Sealing is refused: the request is incomplete or identifying data would still leave.

    ``problems`` lists each finding in Dutch, as the preview shows them.
    """

    message_nl = (
        "Het verzoek kan nog niet worden verzegeld: er ontbreekt iets of er zouden nog "
        "identificerende gegevens meegaan (zie het overzicht)."
    )
    message_en = (
        "The request cannot be sealed yet: something is missing or identifying data would "
        "still leave (see the overview)."
    )

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


class RequestNotEditable(VaultError):
    message_nl = "Dit verzoek is al verzonden en kan niet meer worden gewijzigd."
    message_en = "This request has already been sent and can no longer be changed."


class ConsultAlreadyAnswered(VaultError):
    message_nl = "Dit consult is al beantwoord en verzegeld; het antwoord kan niet meer wijzigen."
    message_en = "This consult has been answered and sealed; the answer can no longer change."


class InvalidConsultDocument(PackageRefused):
    code = "document"
    message_nl = (
        "Het pakket is ondertekend, maar de inhoud is geen leesbaar verzoek of antwoord van "
        "Veilig Dossier. Vraag de afzender het opnieuw te sturen."
    )
    message_en = (
        "The package is signed, but its content is not a readable Veilig Dossier request or "
        "answer. Ask the sender to send it again."
    )


class AnswerWithoutRequest(PackageRefused):
    code = "unmatched"
    message_nl = (
        "Dit antwoord hoort niet bij een verzoek dat vanuit deze kluis is verzonden. Het is "
        "niet ingelezen."
    )
    message_en = (
        "This answer does not belong to a request sent from this vault. It was not imported."
    )


class AnswerFromOther(PackageRefused):
    code = "not_asked"
    message_nl = (
        "Dit antwoord komt van iemand aan wie het verzoek niet was gericht. Het is niet ingelezen."
    )
    message_en = "This answer comes from someone the request was not sent to. It was not imported."
