"""Where vaults live and how the desktop opens one.

The domains register the schemas of their tables here (forensics, opvang), so every vault the
program opens — GUI, command line, demo — is migrated the same way.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

from forensics.consult_schema import CONSULT_SCHEMA
from forensics.report_record import FORENSIC_REPORTS_SCHEMA
from forensics.schema import FORENSICS_SCHEMA
from forensics.transfer import FORENSIC_TRANSFERS_SCHEMA
from opvang.schema import OPVANG_SCHEMA
from secure_store.clock import Clock
from secure_store.database import Schema
from secure_store.vault import Vault

APP_NAME = "veilig-dossier"

#: Schemas of the domain components, migrated at every unlock (opvang adds its own).
SCHEMAS: list[Schema] = [
    FORENSICS_SCHEMA, FORENSIC_REPORTS_SCHEMA, FORENSIC_TRANSFERS_SCHEMA, CONSULT_SCHEMA, OPVANG_SCHEMA,
]  # fmt: skip


def default_vault_folder() -> Path:
    """The vault folder used when no ``--vault`` is given: the platform's user data dir."""
    return Path(user_data_dir(APP_NAME)) / "kluis"


def default_demo_folder() -> Path:
    """Where the first-run dialog puts a demo vault."""
    return Path(user_data_dir(APP_NAME)) / "demo"


def looks_like_vault(folder: Path) -> bool:
    """True when ``folder`` holds a key slot file (it may still turn out damaged)."""
    return (Path(folder) / "keyslots.json").is_file()


def open_vault(folder: Path, clock: Clock | None = None) -> Vault:
    """Open ``folder`` with every registered schema.

    Raises:
        NotAVault, VaultDamaged.
    """
    return Vault.open(Path(folder), schemas=SCHEMAS, clock=clock)
