"""Second opinions in the demo vault: identities, an address book, requests on their way.

The vertrouwensarts and the forensic physician of the same vault know each other's cards; the
(invented) LECK teleconsult has two members outside this vault, so only their public cards exist
here. One request about the child with bruises went to the forensic physician, who
has imported it and drafted an answer; one about the adult went to the LECK and awaits an answer.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from secure_store.address_book import AddressBook
from secure_store.identities import Identities
from secure_store.identity_card import IdentityCard, PrivateIdentity
from secure_store.session import Session

from .consult_records import Deidentification, PhotoShare, Selection
from .consult_requests import RequestService
from .consults import ConsultService
from .dossiers import DossierService
from .imaging import ImagingService
from .injuries import InjuryService
from .photos import PhotoService
from .vocabulary import ConclusionScale

LECK_MEMBERS = ("Dr. Mila Kok", "Dr. Ruben Smit")
LECK = "LECK teleconsult (demo)"


def seed_second_opinions(
    as_user: Callable[[str], Session], requester: str, consultant: str
) -> None:
    """Fill the demo vault; ``as_user(name)`` gives a session as that demo user."""
    consultant_card = Identities(as_user(consultant)).own()
    session = as_user(requester)
    Identities(session).own()  # colleagues in one vault know each other's cards from here on
    book = AddressBook(session)
    members = [_outside_card(name, created=session.now_text()) for name in LECK_MEMBERS]
    for card in members:
        _confirm(book, card)
    leck = book.create_organisation(LECK)
    book.set_members(leck.id, [c.key_id for c in members])
    with tempfile.TemporaryDirectory(prefix="vd-demo-consult-") as scratch:
        to_consultant = Path(scratch) / "verzoek-collega.vdpkg"
        _request(session, "DEMO-KIND-A", consultant_card.key_id, to_consultant, child=True)
        _request(session, "DEMO-VOLW-B", leck.id, Path(scratch) / "verzoek-leck.vdpkg", child=False)
        session = as_user(consultant)
        consult = ConsultService(session).import_request(to_consultant)
    ConsultService(session).save_answer(
        consult.id,
        ConclusionScale.PROBABLE,
        "Hematomen op oorschelp, wang en borstkas bij een kind dat nog niet loopt; de locaties "
        "zijn beschermd en passen niet bij een val van de bank. Het patroon op de wang past bij "
        "een handafdruk.",
        "Beoordeeld op foto's en lichaamskaart; geen eigen lichamelijk onderzoek.",
    )


def _confirm(book: AddressBook, card: IdentityCard) -> None:
    # In real use the fingerprint is read out over the phone; the demo knows it is right.
    book.add(card, confirmed_fingerprint=card.fingerprint)


def _outside_card(name: str, created: str) -> IdentityCard:
    """The public card of someone outside this vault (their private keys are not kept)."""
    return PrivateIdentity.generate().make_card(name, "LECK (demo)", "Forensisch arts", created)


def _request(session: Session, pseudonym: str, recipient: str, dest: Path, *, child: bool) -> None:
    dossiers = DossierService(session)
    subject = next(s for s in dossiers.search(pseudonym))
    exam = dossiers.examinations_of(subject.id)[-1]
    injuries = [i.id for i in InjuryService(dossiers).of_examination(exam.id)]
    photos = PhotoService(dossiers).photos(exam.id)
    shared = tuple((p.id, PhotoShare.ANNOTATED) for p in photos if p.calibration is not None)
    studies = tuple(s.id for s in ImagingService(dossiers).studies(exam.id))
    requests = RequestService(session)
    if child:
        question = "Passen de hematomen bij een val van de bank, zoals de moeder vertelt?"
        context = (
            "Zuigeling, kruipt nog niet. Volgens moeder gisteren van de bank gevallen. Drie "
            "hematomen: oorschelp links, wang rechts (streepvormig), borstkas links."
        )
    else:
        question = "Past het grijpletsel aan beide bovenarmen bij vastpakken met kracht?"
        context = "Volwassen vrouw; verklaart bij de bovenarmen te zijn vastgepakt en geslagen."
    request = requests.create(exam.id, question, context)
    requests.update(
        request.id,
        selection=Selection(tuple(injuries), shared, studies),
        deidentification=Deidentification(),
        recipients=[recipient],
    )
    requests.seal(request.id, dest)
