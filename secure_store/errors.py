"""Errors a user can act on, each with a Dutch message (and an English one for the UI).

Everything raised here means "the environment or the input is not right"; a plain Python
exception from this package means a bug. The UI shows ``message`` and never a traceback.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of every user-facing error of the vault."""

    message_nl = "Er ging iets mis met de kluis."
    message_en = "Something went wrong with the vault."

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(self.message if not detail else f"{self.message} ({detail})")

    @property
    def message(self) -> str:
        """The Dutch message shown to the user."""
        return self.message_nl


class WrongPassphrase(VaultError):
    message_nl = "Het wachtwoord klopt niet. Controleer hoofdletters en probeer het opnieuw."
    message_en = "The passphrase is not correct. Check capitals and try again."


class UnknownUser(VaultError):
    message_nl = "Deze gebruiker bestaat niet in deze kluis."
    message_en = "This user does not exist in this vault."


class NotAVault(VaultError):
    message_nl = "Deze map is geen Veilig Dossier-kluis. Kies de map met keyslots.json en vault.db."
    message_en = "This folder is not a Veilig Dossier vault. Choose the folder with keyslots.json and vault.db."


class VaultDamaged(VaultError):
    message_nl = (
        "De kluis is beschadigd en kan niet veilig worden geopend. "
        "Zet een reservekopie terug of neem contact op met de beheerder."
    )
    message_en = (
        "The vault is damaged and cannot be opened safely. "
        "Restore a backup or contact your administrator."
    )


class VaultTooNew(VaultError):
    message_nl = (
        "Deze kluis is gemaakt met een nieuwere versie van Veilig Dossier. Werk het programma bij."
    )
    message_en = (
        "This vault was made by a newer version of Veilig Dossier. Please update the program."
    )


class VaultExists(VaultError):
    message_nl = "In deze map staat al een kluis of andere bestanden. Kies een lege map."
    message_en = "This folder already holds a vault or other files. Choose an empty folder."


class VaultLocked(VaultError):
    message_nl = "De kluis is vergrendeld. Ontgrendel hem opnieuw met uw wachtwoord."
    message_en = "The vault is locked. Unlock it again with your passphrase."


class TamperedBlob(VaultError):
    message_nl = (
        "Een versleuteld bestand in de kluis is gewijzigd, ingekort of verwisseld. "
        "Het wordt niet getoond; zet een reservekopie terug."
    )
    message_en = (
        "An encrypted file in the vault was changed, truncated or swapped. "
        "It is not shown; restore a backup."
    )


class PermissionDenied(VaultError):
    message_nl = "U heeft met uw rol geen toegang tot dit onderdeel. De poging is vastgelegd."
    message_en = "Your role gives no access to this part. The attempt has been logged."


class WeakPassphrase(VaultError):
    message_nl = (
        "Kies een wachtwoord van minstens 12 tekens dat niet veel voorkomt, "
        "bijvoorbeeld een zin van vier losse woorden."
    )
    message_en = (
        "Choose a passphrase of at least 12 characters that is not common, "
        "for example a sentence of four unrelated words."
    )


class UserExists(VaultError):
    message_nl = "Er bestaat al een gebruiker met deze naam."
    message_en = "A user with this name already exists."


class LastAdministrator(VaultError):
    message_nl = "De laatste beheerder kan niet worden verwijderd of zijn beheerrol verliezen."
    message_en = "The last administrator cannot be removed or lose the administrator role."


class CaseErased(VaultError):
    message_nl = "Dit dossier is vernietigd; de gegevens zijn niet meer leesbaar."
    message_en = "This dossier has been erased; its data can no longer be read."


class BackupDamaged(VaultError):
    message_nl = (
        "De reservekopie is beschadigd, onvolledig of geen reservekopie van Veilig Dossier. "
        "Er is niets teruggezet."
    )
    message_en = (
        "The backup is damaged, incomplete or not a Veilig Dossier backup. Nothing was restored."
    )


class Cancelled(VaultError):
    message_nl = "Afgebroken; er is niets half opgeslagen."
    message_en = "Cancelled; nothing was left half-saved."


class VaultInUse(VaultError):
    message_nl = (
        "Deze kluis is al geopend in een ander venster of programma. "
        "Vergrendel hem daar eerst, of werk daar verder."
    )
    message_en = (
        "This vault is already open in another window or program. "
        "Lock it there first, or continue working there."
    )


class VaultWriteFailed(VaultError):
    message_nl = (
        "Opslaan in de kluis is mislukt, bijvoorbeeld door een volle schijf of een bestand dat "
        "niet meer te lezen was. Er is niets half opgeslagen."
    )
    message_en = (
        "Saving into the vault failed, for example because the disk is full or a file could no "
        "longer be read. Nothing was left half-saved."
    )
