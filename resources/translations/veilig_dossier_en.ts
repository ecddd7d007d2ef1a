<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Gebruiker toevoegen</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>kleine letters, bijv. jdevries</source>
        <translation>lower case, e.g. jdevries</translation>
    </message>
    <message>
        <source>Moet het wachtwoord wijzigen bij de eerste keer inloggen</source>
        <translation>Must change the passphrase at first log-in</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Volledige naam</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Kies minstens één rol.</source>
        <translation>Choose at least one role.</translation>
    </message>
</context>
<context>
    <name>AddressBookPage</name>
    <message>
        <source>Eigen kaart exporteren…</source>
        <translation>Export own card…</translation>
    </message>
    <message>
        <source>Kaart importeren…</source>
        <translation>Import card…</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Organisatie toevoegen…</source>
        <translation>Add organisation…</translation>
    </message>
    <message>
        <source>Leden kiezen…</source>
        <translation>Choose members…</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Uw identiteit</source>
        <translation>Your identity</translation>
    </message>
    <message>
        <source>Stuur uw kaart aan wie u een second opinion vraagt of geeft, en lees bij het eerste contact deze vingerafdruk voor.</source>
        <translation>Send your card to whoever you ask or give a second opinion, and read out this fingerprint at the first contact.</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>een verzoek aan een organisatie gaat naar elk lid</source>
        <translation>a request to an organisation goes to every member</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>nog geen leden</source>
        <translation>no members yet</translation>
    </message>
    <message>
        <source>Identiteitskaart kiezen</source>
        <translation>Choose identity card</translation>
    </message>
    <message>
        <source>Identiteitskaart (*.vdid)</source>
        <translation>Identity card (*.vdid)</translation>
    </message>
    <message>
        <source>Deze kaart wordt pas aan het adresboek toegevoegd als de vingerafdruk klopt.</source>
        <translation>This card is only added to the address book once the fingerprint matches.</translation>
    </message>
    <message>
        <source>{0} is toegevoegd aan het adresboek.</source>
        <translation>{0} has been added to the address book.</translation>
    </message>
    <message>
        <source>Eigen kaart opslaan als</source>
        <translation>Save own card as</translation>
    </message>
    <message>
        <source>Uw kaart is opgeslagen in {0}. Stuur dit bestand mee en lees de vingerafdruk voor bij het eerste contact.</source>
        <translation>Your card was saved in {0}. Send this file along and read out the fingerprint at the first contact.</translation>
    </message>
    <message>
        <source>Contactpersoon verwijderen</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>{0} uit het adresboek verwijderen? Pakketten van deze persoon worden daarna geweigerd tot u de kaart opnieuw bevestigt.</source>
        <translation>Remove {0} from the address book? Packages from this person are refused until you confirm the card again.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Organisatie toevoegen</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <source>Naam, bijvoorbeeld ‘LECK teleconsult’:</source>
        <translation>Name, for example ‘LECK teleconsult’:</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Werkplek</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditWorkspace</name>
    <message>
        <source>bijv. login</source>
        <translation>e.g. login</translation>
    </message>
    <message>
        <source>soort, bijv. user</source>
        <translation>type, e.g. user</translation>
    </message>
    <message>
        <source>kenmerk</source>
        <translation>identifier</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Keten controleren</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>{0} regels</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <source>Bezig met controleren…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>✔ De auditketen is in orde: alle {0} regels zijn ongewijzigd.</source>
        <translation>✔ The audit chain is intact: all {0} entries are unchanged.</translation>
    </message>
    <message>
        <source>✘ De auditketen is verbroken bij regel {0} ({1}). Regels vanaf daar zijn gewijzigd, verplaatst of verwijderd. Meld dit bij de privacy officer.</source>
        <translation>✘ The audit chain is broken at entry {0} ({1}). Entries from there on were changed, moved or removed. Report this to the privacy officer.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Reservekopie maken…</source>
        <translation>Make backup…</translation>
    </message>
    <message>
        <source>Bestand kiezen…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Reservekopie maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Eén versleuteld bestand met de hele kluis. Het is alleen te openen met het wachtwoord van een beheerder of de herstelsleutel. Bewaar het op een andere schijf dan deze computer.</source>
        <translation>One encrypted file with the whole vault. It opens only with an administrator&apos;s passphrase or the recovery key. Keep it on another disk than this computer.</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Zet een reservekopie terug in een nieuwe, lege map. Elk bestand wordt gecontroleerd; bij een fout blijft er niets achter. Gebruik de naam en het wachtwoord van een beheerder uit de reservekopie.</source>
        <translation>Restore a backup into a new, empty folder. Every file is checked; on an error nothing is left behind. Use the name and passphrase of an administrator in the backup.</translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Nieuwe map</source>
        <translation>New folder</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Reservekopie opslaan als</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <source>Reservekopie (*.vdbackup)</source>
        <translation>Backup (*.vdbackup)</translation>
    </message>
    <message>
        <source>Reservekopie kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Reservekopie wordt gemaakt…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: {0} ({1} MB). Controlegetal SHA-256: {2}</source>
        <translation>Backup made: {0} ({1} MB). SHA-256 checksum: {2}</translation>
    </message>
    <message>
        <source>Reservekopie wordt teruggezet en gecontroleerd…</source>
        <translation>Restoring and checking the backup…</translation>
    </message>
    <message>
        <source>Teruggezet in {0}; {1} bestanden gecontroleerd. Open die kluis via Vergrendelen → Andere kluis.</source>
        <translation>Restored into {0}; {1} files checked. Open that vault via Lock → Other vault.</translation>
    </message>
</context>
<context>
    <name>BeheerWorkspace</name>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>De beheerder heeft u een tijdelijk wachtwoord gegeven. Kies nu uw eigen wachtwoord; pas daarna kunt u verder.</source>
        <translation>Your administrator gave you a temporary passphrase. Choose your own passphrase now; then you can continue.</translation>
    </message>
    <message>
        <source>Kies een nieuw wachtwoord. Alleen u kent het.</source>
        <translation>Choose a new passphrase. Only you know it.</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Huidig wachtwoord</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Bezig met wijzigen…</source>
        <translation>Changing…</translation>
    </message>
</context>
<context>
    <name>ConsultView</name>
    <message>
        <source>— kies een conclusie —</source>
        <translation>— choose a conclusion —</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: alleen op foto&apos;s beoordeeld, geen eigen onderzoek.</source>
        <translation>For example: judged on photos only, no examination of my own.</translation>
    </message>
    <message>
        <source>Concept opslaan</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Ondertekenen en verzegelen…</source>
        <translation>Sign and seal…</translation>
    </message>
    <message>
        <source>Verzoek</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Beeldmateriaal</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Uw oordeel</source>
        <translation>Your opinion</translation>
    </message>
    <message>
        <source>Het antwoord wordt ondertekend met uw sleutels en versleuteld voor de aanvrager. Na het verzegelen kan het niet meer worden gewijzigd.</source>
        <translation>The answer is signed with your keys and encrypted for the requester. Once sealed it can no longer be changed.</translation>
    </message>
    <message>
        <source>Conclusie</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Onderbouwing</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Beperkingen</source>
        <translation>Limitations</translation>
    </message>
    <message>
        <source>Beantwoord en verzegeld op {0} (pakket {1}).</source>
        <translation>Answered and sealed on {0} (package {1}).</translation>
    </message>
    <message>
        <source>{0}
DICOM-beeld ({1} kB); bekijk het in een DICOM-viewer.</source>
        <translation>{0}
DICOM image ({1} kB); view it in a DICOM viewer.</translation>
    </message>
    <message>
        <source>Concept opgeslagen.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Verzegeld antwoord opslaan als</source>
        <translation>Save sealed answer as</translation>
    </message>
    <message>
        <source>Verzegeld pakket (*.vdpkg)</source>
        <translation>Sealed package (*.vdpkg)</translation>
    </message>
    <message>
        <source>✔ Antwoord ondertekend en opgeslagen: {0}
Controlegetal (SHA-256): {1}</source>
        <translation>✔ Answer signed and saved: {0}
Check value (SHA-256): {1}</translation>
    </message>
    <message>
        <source>Het antwoord wordt ondertekend en verzegeld…</source>
        <translation>The answer is being signed and sealed…</translation>
    </message>
    <message>
        <source>Lichaamskaart {0}</source>
        <translation>Body map {0}</translation>
    </message>
    <message>
        <source>bewerkt</source>
        <translation>annotated</translation>
    </message>
    <message>
        <source>origineel</source>
        <translation>original</translation>
    </message>
    <message>
        <source>Foto {0} ({1})</source>
        <translation>Photo {0} ({1})</translation>
    </message>
    <message>
        <source>Beeld {0} van studie {1} ({2} {3})</source>
        <translation>Image {0} of study {1} ({2} {3})</translation>
    </message>
    <message>
        <source>{0} maanden</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <source>geboren {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Maat</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Patroon</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>ontvangen {0}, vingerafdruk {1}</source>
        <translation>received {0}, fingerprint {1}</translation>
    </message>
    <message>
        <source>{0}, {1}, {2}; onderzocht op {3}</source>
        <translation>{0}, {1}, {2}; examined on {3}</translation>
    </message>
    <message>
        <source>Verzoek van {0}</source>
        <translation>Request from {0}</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Klinische context</source>
        <translation>Clinical context</translation>
    </message>
    <message>
        <source>Letsels</source>
        <translation>Injuries</translation>
    </message>
</context>
<context>
    <name>ConsultWorkspace</name>
    <message>
        <source>Pakket inlezen…</source>
        <translation>Import package…</translation>
    </message>
    <message>
        <source>of sleep een ontvangen pakket (.vdpkg) naar dit venster</source>
        <translation>or drag a received package (.vdpkg) onto this window</translation>
    </message>
    <message>
        <source>Verzoeken</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Binnengekomen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Adresboek</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>Verzegeld pakket kiezen</source>
        <translation>Choose sealed package</translation>
    </message>
    <message>
        <source>Verzegeld pakket (*.vdpkg)</source>
        <translation>Sealed package (*.vdpkg)</translation>
    </message>
    <message>
        <source>Het antwoord van {0} is ingelezen en bij het onderzoek gevoegd.</source>
        <translation>The answer from {0} was imported and added to the examination.</translation>
    </message>
    <message>
        <source>Het verzoek van {0} is ingelezen als nieuw consult.</source>
        <translation>The request from {0} was imported as a new consult.</translation>
    </message>
</context>
<context>
    <name>ConsultsModel</name>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Bevestigd</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>collega in deze kluis</source>
        <translation>colleague in this vault</translation>
    </message>
    <message>
        <source>{0} door {1}</source>
        <translation>{0} by {1}</translation>
    </message>
</context>
<context>
    <name>DeidentificationPage</name>
    <message>
        <source>Identificerende gegevens</source>
        <translation>Identifying data</translation>
    </message>
    <message>
        <source>Wat niet nodig is voor het oordeel, gaat niet mee.</source>
        <translation>What the opinion does not need stays behind.</translation>
    </message>
    <message>
        <source>Pseudoniem in plaats van de naam</source>
        <translation>Pseudonym instead of the name</translation>
    </message>
    <message>
        <source>Leeftijd in maanden in plaats van de geboortedatum</source>
        <translation>Age in months instead of the date of birth</translation>
    </message>
    <message>
        <source>EXIF en GPS verwijderen uit gedeelde beelden</source>
        <translation>Remove EXIF and GPS from shared images</translation>
    </message>
    <message>
        <source>DICOM anonimiseren (PS3.15, leeftijd en geslacht blijven)</source>
        <translation>De-identify DICOM (PS3.15, age and sex kept)</translation>
    </message>
    <message>
        <source>Zonder deze keuze gaan originele foto&apos;s bit-voor-bit mee, met camera en tijdstip. GPS-locaties verlaten de kluis nooit: een foto met GPS wordt dan geweigerd.</source>
        <translation>Without this choice original photos leave bit for bit, with camera and time. GPS locations never leave the vault: a photo with GPS is then refused.</translation>
    </message>
    <message>
        <source>Naam, geboortedatum, adressen, zorgverleners en instellingen worden uit de DICOM-bestanden verwijderd; UID&apos;s worden vervangen.</source>
        <translation>Name, date of birth, addresses, clinicians and institutions are removed from the DICOM files; UIDs are replaced.</translation>
    </message>
    <message>
        <source>Het verzoek noemt {0}; de naam wordt ook in alle teksten gezocht.</source>
        <translation>The request says {0}; the name is also searched for in every text.</translation>
    </message>
    <message>
        <source>Leeftijd op de onderzoeksdag: {0} maanden.</source>
        <translation>Age on the day of the examination: {0} months.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Het bestand of de map kon niet worden gelezen of geschreven: {0}</source>
        <translation>The file or folder could not be read or written: {0}</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis. Er is niets half opgeslagen. Probeer het opnieuw of neem contact op met de beheerder.</source>
        <translation>Something unexpected went wrong. Nothing was left half-saved. Try again or contact your administrator.</translation>
    </message>
    <message>
        <source>Veilig Dossier</source>
        <translation>Veilig Dossier</translation>
    </message>
</context>
<context>
    <name>ExaminationPicker</name>
    <message>
        <source>Onderzoek kiezen</source>
        <translation>Choose examination</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Vingerafdruk controleren</source>
        <translation>Check fingerprint</translation>
    </message>
    <message>
        <source>Bel de afzender op een telefoonnummer dat u zelf opzoekt (niet uit het bericht bij dit bestand) en laat de vingerafdruk voorlezen. Komt elk cijfer overeen, dan is dit echt de kaart van deze persoon.</source>
        <translation>Call the sender on a phone number you look up yourself (not one from the message with this file) and have the fingerprint read out. If every digit matches, this really is this person&apos;s card.</translation>
    </message>
    <message>
        <source>De voorgelezen vingerafdruk komt overeen</source>
        <translation>The fingerprint read out matches</translation>
    </message>
    <message>
        <source>Toevoegen aan adresboek</source>
        <translation>Add to address book</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Veilig Dossier – welkom</source>
        <translation>Veilig Dossier – welcome</translation>
    </message>
    <message>
        <source>Welkom bij Veilig Dossier</source>
        <translation>Welcome to Veilig Dossier</translation>
    </message>
    <message>
        <source>Veilig Dossier bewaart uw dossiers versleuteld op deze computer. Er is hier nog geen kluis. Wat wilt u doen?</source>
        <translation>Veilig Dossier keeps your dossiers encrypted on this computer. There is no vault here yet. What would you like to do?</translation>
    </message>
    <message>
        <source>Nieuwe kluis maken
voor uw organisatie, met uzelf als beheerder</source>
        <translation>Create a new vault
for your organisation, with yourself as administrator</translation>
    </message>
    <message>
        <source>Bestaande kluis openen
een map met een kluis op deze computer of een netwerkschijf</source>
        <translation>Open an existing vault
a folder with a vault on this computer or a network drive</translation>
    </message>
    <message>
        <source>Demokluis proberen
met fictieve gebruikers en gegevens, om het programma te leren kennen</source>
        <translation>Try the demo vault
with fictitious users and data, to get to know the program</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>bijv. GGD Regio Voorbeeld</source>
        <translation>e.g. GGD Example Region</translation>
    </message>
    <message>
        <source>kleine letters, bijv. jdevries</source>
        <translation>lower case, e.g. jdevries</translation>
    </message>
    <message>
        <source>Belangrijk: uw gegevens worden versleuteld met uw wachtwoord. Zonder een wachtwoord of de herstelsleutel zijn de gegevens weg — ook voor de beheerder en voor ons. Dat is zo bedoeld.</source>
        <translation>Important: your data is encrypted with your passphrase. Without a passphrase or the recovery key the data is gone — for the administrator and for us too. That is by design.</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Kluis maken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Gebruikersnaam beheerder</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <source>Volledige naam</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Nieuwe kluis maken</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>Map voor de nieuwe kluis</source>
        <translation>Folder for the new vault</translation>
    </message>
    <message>
        <source>Kies een map.</source>
        <translation>Choose a folder.</translation>
    </message>
    <message>
        <source>De kluis wordt gemaakt en het wachtwoord beveiligd…</source>
        <translation>Creating the vault and protecting the passphrase…</translation>
    </message>
    <message>
        <source>Uw herstelsleutel</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel opgeschreven en bewaar hem op een veilige plek.</source>
        <translation>I have written down the recovery key and keep it in a safe place.</translation>
    </message>
    <message>
        <source>Verder naar ontgrendelen</source>
        <translation>Continue to unlock</translation>
    </message>
    <message>
        <source>Schrijf deze sleutel op papier en bewaar hem veilig, gescheiden van de computer. Hij wordt maar één keer getoond. Met deze sleutel komt u in de kluis als alle wachtwoorden vergeten zijn; zonder wachtwoord én zonder deze sleutel zijn de gegevens voorgoed onleesbaar.</source>
        <translation>Write this key on paper and keep it safe, away from the computer. It is shown only once. With this key you can get into the vault when every passphrase is forgotten; without a passphrase and without this key the data can never be read again.</translation>
    </message>
    <message>
        <source>Demogebruikers (fictief; de wachtwoorden staan ook in de README):</source>
        <translation>Demo users (fictitious; the passphrases are in the README too):</translation>
    </message>
    <message>
        <source>Map met de kluis</source>
        <translation>Folder with the vault</translation>
    </message>
    <message>
        <source>De demokluis wordt gemaakt en gevuld met fictieve gegevens…</source>
        <translation>Creating the demo vault and filling it with fictitious data…</translation>
    </message>
</context>
<context>
    <name>IncomingPage</name>
    <message>
        <source>Nog geen binnengekomen verzoeken. Sleep een ontvangen pakket (.vdpkg) hierheen of kies ‘Pakket inlezen…’.</source>
        <translation>No requests received yet. Drag a received package (.vdpkg) here or choose ‘Import package…’.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Veilig Dossier</source>
        <translation>Veilig Dossier</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Gebruiker wisselen</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Ontgrendeld. Ctrl+L vergrendelt.</source>
        <translation>Unlocked. Ctrl+L locks.</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Vergrendelen (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Leden van {0}</source>
        <translation>Members of {0}</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Vul een wachtwoord in.</source>
        <translation>Enter a passphrase.</translation>
    </message>
    <message>
        <source>Te zwak: {0}.</source>
        <translation>Too weak: {0}.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Dit wachtwoord is goed.</source>
        <translation>This passphrase is fine.</translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message>
        <source>Het pakket wordt gecontroleerd en ingelezen…</source>
        <translation>The package is being checked and imported…</translation>
    </message>
    <message>
        <source>Dit pakket is ondertekend door iemand die nog niet in uw adresboek staat. Controleer de vingerafdruk voordat u het opent.</source>
        <translation>This package was signed by someone who is not in your address book yet. Check the fingerprint before you open it.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Minstens {0} tekens, geen veelgebruikt wachtwoord en niet uw gebruikersnaam. Een zin van vier losse woorden is sterk en goed te onthouden.</source>
        <translation>At least {0} characters, not a common password and not your user name. A sentence of four unrelated words is strong and easy to remember.</translation>
    </message>
    <message>
        <source>korter dan {0} tekens</source>
        <translation>shorter than {0} characters</translation>
    </message>
    <message>
        <source>dit wachtwoord komt te vaak voor</source>
        <translation>this passphrase is too common</translation>
    </message>
    <message>
        <source>het bevat de gebruikersnaam</source>
        <translation>it contains the user name</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Controle: dit verlaat de kluis</source>
        <translation>Check: this leaves the vault</translation>
    </message>
    <message>
        <source>Precies deze bestanden en gegevens gaan in het verzegelde pakket, en niets anders.</source>
        <translation>Exactly these files and data go into the sealed package, and nothing else.</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Het overzicht wordt samengesteld…</source>
        <translation>The overview is being put together…</translation>
    </message>
    <message>
        <source>✔ Klaar om te verzegelen: {0} bestanden voor {1} ontvanger(s).</source>
        <translation>✔ Ready to seal: {0} files for {1} recipient(s).</translation>
    </message>
    <message>
        <source>Nog niet verzegelen:
{0}</source>
        <translation>Do not seal yet:
{0}</translation>
    </message>
    <message>
        <source> (pseudoniem)</source>
        <translation> (pseudonym)</translation>
    </message>
    <message>
        <source>{0} maanden</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <source>geboren {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Onderzocht op</source>
        <translation>Examined on</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Klinische context</source>
        <translation>Clinical context</translation>
    </message>
    <message>
        <source>Letsels</source>
        <translation>Injuries</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig met afbreken…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Aan wie?</source>
        <translation>To whom?</translation>
    </message>
    <message>
        <source>Het pakket wordt verzegeld voor elke gekozen ontvanger; een organisatie betekent: elk lid.</source>
        <translation>The package is sealed for every chosen recipient; an organisation means: every member.</translation>
    </message>
    <message>
        <source>{0} (organisatie: {1})</source>
        <translation>{0} (organisation: {1})</translation>
    </message>
    <message>
        <source>geen leden</source>
        <translation>no members</translation>
    </message>
    <message>
        <source>{0} — vingerafdruk {1}</source>
        <translation>{0} — fingerprint {1}</translation>
    </message>
    <message>
        <source>Het adresboek is nog leeg. Importeer eerst de identiteitskaart van de consulent (Second opinions → Adresboek) en controleer de vingerafdruk.</source>
        <translation>The address book is still empty. First import the consultant&apos;s identity card (Second opinions → Address book) and check the fingerprint.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Herstelsleutel gebruiken</source>
        <translation>Use the recovery key</translation>
    </message>
    <message>
        <source>Typ de herstelsleutel die bij het maken van de kluis is getoond. U krijgt daarmee alleen Beheer: geef daar de gebruiker een tijdelijk wachtwoord.</source>
        <translation>Type the recovery key shown when the vault was created. It gives access to Administration only: give the user a temporary passphrase there.</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>RequestWizard</name>
    <message>
        <source>Second opinion aanvragen</source>
        <translation>Request a second opinion</translation>
    </message>
    <message>
        <source>Volgende &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Vorige</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Verzegeld pakket opslaan als</source>
        <translation>Save sealed package as</translation>
    </message>
    <message>
        <source>Verzegeld pakket (*.vdpkg)</source>
        <translation>Sealed package (*.vdpkg)</translation>
    </message>
    <message>
        <source>Het pakket wordt verzegeld…</source>
        <translation>The package is being sealed…</translation>
    </message>
    <message>
        <source>✔ Verzegeld en opgeslagen: {0}
{1} bestanden, {2} kB. Controlegetal (SHA-256): {3}
Het verzoek staat nu op ‘verzonden’.</source>
        <translation>✔ Sealed and saved: {0}
{1} files, {2} kB. Check value (SHA-256): {3}
The request is now ‘sent’.</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Betrokkene</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conclusie consulent</source>
        <translation>Consultant&apos;s conclusion</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Nieuw verzoek…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>Concept verder bewerken…</source>
        <translation>Continue draft…</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Verzonden op {0} aan {1}; antwoord verwacht uiterlijk {2}.</source>
        <translation>Sent on {0} to {1}; answer expected by {2}.</translation>
    </message>
    <message>
        <source>Het antwoord is te laat: neem contact op met de consulent.</source>
        <translation>The answer is overdue: contact the consultant.</translation>
    </message>
    <message>
        <source>Antwoord van {0}</source>
        <translation>Answer from {0}</translation>
    </message>
    <message>
        <source>ontvangen {0}, vingerafdruk {1}</source>
        <translation>received {0}, fingerprint {1}</translation>
    </message>
    <message>
        <source>Conclusie</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Onderbouwing</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Beperkingen</source>
        <translation>Limitations</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>Tijdelijk wachtwoord voor {0}</source>
        <translation>Temporary passphrase for {0}</translation>
    </message>
    <message>
        <source>Instellen</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Geef de gebruiker dit tijdelijke wachtwoord persoonlijk door. Bij de eerste keer inloggen moet de gebruiker een eigen wachtwoord kiezen.</source>
        <translation>Hand this temporary passphrase to the user in person. At the first log-in the user must choose their own passphrase.</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Rollen van {0}</source>
        <translation>Roles of {0}</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Kies minstens één rol.</source>
        <translation>Choose at least one role.</translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <source>Verzegelen en opslaan</source>
        <translation>Seal and save</translation>
    </message>
    <message>
        <source>Het pakket wordt ondertekend met uw sleutels en versleuteld voor de ontvangers.</source>
        <translation>The package is signed with your keys and encrypted for the recipients.</translation>
    </message>
    <message>
        <source>Sla het pakket op en stuur het bestand naar de ontvanger, bijvoorbeeld via beveiligde mail of een gedeelde map. Alleen de gekozen ontvangers kunnen het openen; wie het onderweg wijzigt, maakt het onbruikbaar.</source>
        <translation>Save the package and send the file to the recipient, for example by secure mail or a shared folder. Only the chosen recipients can open it; anyone who changes it on the way makes it unusable.</translation>
    </message>
    <message>
        <source>Verzegelen en opslaan als…</source>
        <translation>Seal and save as…</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <source>Wat wilt u voorleggen?</source>
        <translation>What do you want to ask about?</translation>
    </message>
    <message>
        <source>Alleen wat u hier aanvinkt gaat mee in het verzegelde pakket.</source>
        <translation>Only what you tick here goes into the sealed package.</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: past het letsel bij de gegeven verklaring?</source>
        <translation>For example: does the injury fit the account given?</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Bewerkt</source>
        <translation>Annotated</translation>
    </message>
    <message>
        <source>Origineel</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Het onderzoek wordt geladen…</source>
        <translation>The examination is loading…</translation>
    </message>
    <message>
        <source>Vraag aan de consulent</source>
        <translation>Question for the consultant</translation>
    </message>
    <message>
        <source>Klinische context</source>
        <translation>Clinical context</translation>
    </message>
    <message>
        <source>Ingevuld uit de anamnese en bevindingen; controleer op namen en adressen.</source>
        <translation>Filled in from the history and findings; check for names and addresses.</translation>
    </message>
    <message>
        <source>Letsels (met lichaamskaart)</source>
        <translation>Injuries (with body map)</translation>
    </message>
    <message>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Beeldvorming</source>
        <translation>Imaging</translation>
    </message>
    <message>
        <source>Foto {0}</source>
        <translation>Photo {0}</translation>
    </message>
    <message>
        <source>{0} — {1}, {2} beelden</source>
        <translation>{0} — {1}, {2} images</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen na</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <source>Naam organisatie</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Adres (briefhoofd)</source>
        <translation>Address (letterhead)</translation>
    </message>
    <message>
        <source>Taal van het programma</source>
        <translation>Program language</translation>
    </message>
    <message>
        <source>Voor alle gebruikers van deze kluis</source>
        <translation>For all users of this vault</translation>
    </message>
    <message>
        <source>Alleen op deze computer</source>
        <translation>On this computer only</translation>
    </message>
    <message>
        <source>Opgeslagen. De nieuwe vergrendeltijd geldt vanaf de volgende keer inloggen.</source>
        <translation>Saved. The new lock time applies from the next log-in.</translation>
    </message>
    <message>
        <source>De taal verandert bij de volgende start van het programma.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Vergrendeld.</source>
        <translation>Locked.</translation>
    </message>
    <message>
        <source>Uw wachtwoord is gewijzigd.</source>
        <translation>Your passphrase has been changed.</translation>
    </message>
    <message>
        <source>Automatisch vergrendeld na een periode zonder gebruik. Uw werk is bewaard.</source>
        <translation>Locked automatically after a period without use. Your work has been kept.</translation>
    </message>
    <message>
        <source>Vergrendeld. Uw werk is bewaard.</source>
        <translation>Locked. Your work has been kept.</translation>
    </message>
    <message>
        <source>Kies uw naam om in te loggen. Het werk van de vorige gebruiker is bewaard tot een ander inlogt.</source>
        <translation>Choose your name to log in. The previous user&apos;s work is kept until someone else logs in.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Veilig Dossier – ontgrendelen</source>
        <translation>Veilig Dossier – unlock</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Wachtwoord vergeten? Herstelsleutel gebruiken</source>
        <translation>Forgot the passphrase? Use the recovery key</translation>
    </message>
    <message>
        <source>Andere kluis…</source>
        <translation>Other vault…</translation>
    </message>
    <message>
        <source>Veilig Dossier</source>
        <translation>Veilig Dossier</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld. Kies uw naam en typ uw wachtwoord.</source>
        <translation>The vault is locked. Choose your name and type your passphrase.</translation>
    </message>
    <message>
        <source>Kluis: {0}</source>
        <translation>Vault: {0}</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Kies een gebruiker en typ het wachtwoord.</source>
        <translation>Choose a user and type the passphrase.</translation>
    </message>
    <message>
        <source> Na eerdere mislukte pogingen wacht het programma eerst {0} seconden.</source>
        <translation> After earlier failed attempts the program first waits {0} seconds.</translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>De volgende poging wacht {0} seconden.</source>
        <translation>The next attempt waits {0} seconds.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Moet wachtwoord wijzigen</source>
        <translation>Must change passphrase</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Gebruiker toevoegen…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Rollen…</source>
        <translation>Roles…</translation>
    </message>
    <message>
        <source>Tijdelijk wachtwoord…</source>
        <translation>Temporary passphrase…</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Kies eerst een gebruiker in de tabel.</source>
        <translation>First choose a user in the table.</translation>
    </message>
    <message>
        <source>Gebruiker {0} wordt toegevoegd…</source>
        <translation>Adding user {0}…</translation>
    </message>
    <message>
        <source>Rollen worden opgeslagen…</source>
        <translation>Saving roles…</translation>
    </message>
    <message>
        <source>Tijdelijk wachtwoord wordt ingesteld…</source>
        <translation>Setting the temporary passphrase…</translation>
    </message>
    <message>
        <source>Gebruiker verwijderen</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <source>{0} ({1}) verwijderen? Deze gebruiker kan de kluis daarna niet meer openen. Wat hij of zij vastlegde blijft bewaard.</source>
        <translation>Remove {0} ({1})? This user can no longer open the vault afterwards. What they recorded is kept.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gebruiker wordt verwijderd…</source>
        <translation>Removing user…</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Forensische dossiers</source>
        <translation>Forensic dossiers</translation>
    </message>
    <message>
        <source>Hier komen de dossiers van onderzochte personen: onderzoeken, letsels op de lichaamskaart, foto&apos;s met schaal en metingen, en het ondertekende forensisch rapport. Dit onderdeel wordt in een volgende versie toegevoegd.</source>
        <translation>This is where the dossiers of examined persons will appear: examinations, injuries on the body map, photos with scale and measurements, and the signed forensic report. This part is added in a later version.</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Intakes</translation>
    </message>
    <message>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Hier komen de intakes: per huishouden elke volwassene en elk kind als eigen cliënt, met een eigen hulpvraag.</source>
        <translation>This is where intakes will appear: for each household every adult and every child as a client in their own right, with their own request for help.</translation>
    </message>
    <message>
        <source>Hier komen de cliënten met hun traumascreenings, het signaal Handle with Care, de stappen van de meldcode en het veiligheidsplan.</source>
        <translation>This is where clients will appear with their trauma screenings, the Handle with Care signal, the reporting-code steps and the safety plan.</translation>
    </message>
    <message>
        <source>Hier komen de screenings, signalen en afspraken die gepland staan of te laat zijn.</source>
        <translation>This is where screenings, signals and appointments that are planned or overdue will appear.</translation>
    </message>
    <message>
        <source>Second opinions</source>
        <translation>Second opinions</translation>
    </message>
    <message>
        <source>Forensisch</source>
        <translation>Forensic</translation>
    </message>
    <message>
        <source>Opvang</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
