"""The demo vault: one step from a fresh clone to a working program with synthetic data.

Every role has a demo user with a fixed passphrase (listed in ``docs/demo-users.md``). Each domain
adds its synthetic records by appending a seeder to :data:`SEEDERS`; a seeder receives a
:class:`DemoContext` and may unlock as any demo user. Names are invented; no real person appears.
Qt-free, so the command line can build a demo vault without a display.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from forensics.demo import seed_forensic_dossiers
from opvang.demo import seed_opvang_households
from secure_store.certificates import CertificateStore
from secure_store.clock import Clock, SystemClock
from secure_store.kdf import KdfParams
from secure_store.roles import Role
from secure_store.session import Session
from secure_store.settings import IDLE_LOCK_MINUTES, ORGANISATION_ADDRESS, ORGANISATION_NAME
from secure_store.vault import Vault

from .vaults import SCHEMAS

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoUser:
    """A synthetic user of the demo vault; the passphrase is public on purpose."""

    name: str
    display_name: str
    roles: frozenset[Role]
    passphrase: str


ADMIN = DemoUser("beheer", "Bram Beheer (demo)", frozenset({Role.ADMIN}), "zilveren maan boven zee")
DEMO_USERS: tuple[DemoUser, ...] = (
    ADMIN,
    DemoUser(
        "arts",
        "Dr. Fenna de Wit (demo)",
        frozenset({Role.FORENSISCH_ARTS}),
        "blauwe vogel op het dak",
    ),
    DemoUser(
        "vertrouwensarts",
        "Dr. Joris Veen (demo)",
        frozenset({Role.VERTROUWENSARTS}),
        "rode appel valt niet ver",
    ),
    DemoUser(
        "opvang",
        "Sanne Bakker (demo)",
        frozenset({Role.OPVANG_MEDEWERKER}),
        "gele zon in de tuin",
    ),
    DemoUser(
        "privacy",
        "Ilse Kramer (demo)",
        frozenset({Role.PRIVACY_OFFICER}),
        "stille rivier stroomt door",
    ),
)
ORGANISATION = "GGD Demo Regio"
ADDRESS = "Voorbeeldlaan 1\n1234 AB Demostad"


class DemoContext:
    """What a seeder gets: the vault, the clock, and a session as any demo user.

    Only one session is open at a time (the vault locks the previous one), so a seeder asks for
    the user it needs just before it writes.
    """

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self.vault = vault
        self.clock = clock
        self._current: Session | None = None

    def as_user(self, name: str) -> Session:
        """A session as the demo user ``name`` (reused while it is still the open one)."""
        current = self._current
        if current is not None and not current.is_locked and current.user == name:
            return current
        user = next(u for u in DEMO_USERS if u.name == name)
        self._current = self.vault.unlock(user.name, user.passphrase)
        return self._current

    def as_role(self, role: Role) -> Session:
        """A session as the first demo user holding ``role``."""
        return self.as_user(next(u.name for u in DEMO_USERS if role in u.roles))

    @property
    def admin(self) -> Session:
        return self.as_user(ADMIN.name)


Seeder = Callable[[DemoContext], None]


def seed_users(context: DemoContext) -> None:
    """Every demo user but the first administrator, who made the vault."""
    admin = context.admin
    for user in DEMO_USERS[1:]:
        admin.users.add(
            user.name, user.display_name, user.roles, user.passphrase, must_change=False
        )


def seed_settings(context: DemoContext) -> None:
    """A synthetic letterhead and the default idle lock."""
    settings = context.admin.settings
    settings.set(ORGANISATION_NAME, ORGANISATION)
    settings.set(ORGANISATION_ADDRESS, ADDRESS)
    settings.set(IDLE_LOCK_MINUTES, int(IDLE_LOCK_MINUTES.default))


def seed_audit_events(context: DemoContext) -> None:
    """A little history, so the audit view is not empty: log-ins of each role, a check."""
    for user in DEMO_USERS[1:]:
        context.as_user(user.name)
    context.as_role(Role.PRIVACY_OFFICER).verify_audit()


def seed_forensics(context: DemoContext) -> None:
    """Three forensic dossiers with generated photos, injuries, measurements and a DICOM survey."""
    seed_forensic_dossiers(context.as_role(Role.FORENSISCH_ARTS), context.clock)


def seed_opvang(context: DemoContext) -> None:
    """Four households with children of several ages, screenings, signals, meldcode concerns."""
    seed_opvang_households(context.as_role(Role.OPVANG_MEDEWERKER), context.clock)


def seed_consult(context: DemoContext) -> None:
    """Identities for arts and vertrouwensarts, an address book, requests sent and received."""
    from forensics.consult_demo import seed_second_opinions

    seed_second_opinions(context.as_user, requester="vertrouwensarts", consultant="arts")
def seed_certificates(context: DemoContext) -> None:
    """A self-issued signing certificate for each practitioner, so reports can be signed at once."""
    for role in (Role.FORENSISCH_ARTS, Role.VERTROUWENSARTS, Role.OPVANG_MEDEWERKER):
        CertificateStore(context.as_role(role)).issue_self_signed()


#: Run in order by :func:`create_demo_vault`; domains append their own seeders.
SEEDERS: list[Seeder] = [
    seed_users,
    seed_settings,
    seed_forensics,
    seed_certificates,
    seed_audit_events,
    seed_opvang,
    seed_consult,
]


@dataclass
class DemoResult:
    """The folder of the new demo vault, its recovery key and its users."""

    folder: Path
    recovery_key: str
    users: tuple[DemoUser, ...] = field(default=DEMO_USERS)


def create_demo_vault(
    folder: Path,
    *,
    kdf: KdfParams | None = None,
    clock: Clock | None = None,
    seeders: list[Seeder] | None = None,
    progress: ProgressCallback | None = None,
) -> DemoResult:
    """Create and fill a demo vault in ``folder`` (absent or empty).

    Args:
        kdf: the Argon2id cost; None calibrates like a real vault (tests pass a cheap one).
        clock: time for the records; the system clock by default.
        seeders: defaults to :data:`SEEDERS`.
        progress: called with (steps done, steps total).

    Raises:
        VaultExists and any VaultError a seeder raises.
    """
    clock = clock or SystemClock()
    steps = list(SEEDERS if seeders is None else seeders)
    total = len(steps) + 1
    vault, recovery = Vault.create(
        Path(folder),
        ADMIN.name,
        ADMIN.passphrase,
        organisation=ORGANISATION,
        display_name=ADMIN.display_name,
        kdf=kdf,
        schemas=SCHEMAS,
        clock=clock,
    )
    if progress is not None:
        progress(1, total)
    context = DemoContext(vault, clock)
    try:
        for done, seeder in enumerate(steps, start=2):
            seeder(context)
            if progress is not None:
                progress(done, total)
    finally:
        vault.lock()
    return DemoResult(Path(folder), recovery)
