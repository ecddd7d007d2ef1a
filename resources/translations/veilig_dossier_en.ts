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
    <name>AddendaModel</name>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
</context>
<context>
    <name>AddendaPanel</name>
    <message>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <source>Addendum toevoegen…</source>
        <translation>Add addendum…</translation>
    </message>
    <message>
        <source>Nog geen addenda.</source>
        <translation>No addenda yet.</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Addendum toevoegen</source>
        <translation>Add addendum</translation>
    </message>
    <message>
        <source>Het onderzoek is afgesloten. Een addendum komt naast het oorspronkelijke onderzoek te staan, met datum en uw naam; het oorspronkelijke blijft ongewijzigd.</source>
        <translation>The examination is sealed. An addendum is kept beside the original examination, with the date and your name; the original stays unchanged.</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
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
    <name>AdultsPage</name>
    <message>
        <source>De volwassenen</source>
        <translation>The adults</translation>
    </message>
    <message>
        <source>Voor elke volwassene: naam, geboortedatum, eigen hulpvraag en mentor.</source>
        <translation>For every adult: name, date of birth, own request for help and mentor.</translation>
    </message>
    <message>
        <source>Volwassene {0}</source>
        <translation>Adult {0}</translation>
    </message>
    <message>
        <source>Volwassene {0}: {1}</source>
        <translation>Adult {0}: {1}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>komende week</source>
        <translation>coming week</translation>
    </message>
    <message>
        <source>komende twee weken</source>
        <translation>coming two weeks</translation>
    </message>
    <message>
        <source>komende maand</source>
        <translation>coming month</translation>
    </message>
    <message>
        <source>komend kwartaal</source>
        <translation>coming quarter</translation>
    </message>
    <message>
        <source>Exporteren als agenda (.ics)…</source>
        <translation>Export as calendar (.ics)…</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Een geëxporteerde agenda noemt cliënten alleen bij hun kenmerk (bijv. OV-…-K1), zonder namen, school, instrument of locatie.</source>
        <translation>An exported calendar names clients only by their reference (e.g. OV-…-K1), without names, school, instrument or location.</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>{0} te laat · {1} nu te doen · {2} in totaal</source>
        <translation>{0} late · {1} to do now · {2} in total</translation>
    </message>
    <message>
        <source>Agenda exporteren</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Agenda opgeslagen in {0} (SHA-256 {1}…).</source>
        <translation>Calendar saved to {0} (SHA-256 {1}…).</translation>
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
    <name>BodyMapPanel</name>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Letsel verwijderen</source>
        <translation>Delete injury</translation>
    </message>
    <message>
        <source>Letsels</source>
        <translation>Injuries</translation>
    </message>
    <message>
        <source>Afgesloten onderzoek: de kaart is alleen te bekijken.</source>
        <translation>Sealed examination: the map can only be viewed.</translation>
    </message>
    <message>
        <source>Klik op de kaart om een letsel vast te leggen; sleep een nummer om het te verplaatsen.</source>
        <translation>Click on the map to record an injury; drag a number to move it.</translation>
    </message>
    <message>
        <source>1 letsel</source>
        <translation>1 injury</translation>
    </message>
    <message>
        <source>{0} letsels</source>
        <translation>{0} injuries</translation>
    </message>
    <message>
        <source>Bekijken…</source>
        <translation>View…</translation>
    </message>
</context>
<context>
    <name>CertificateManagerDialog</name>
    <message>
        <source>Certificaten</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>PKCS#12 importeren…</source>
        <translation>Import PKCS#12…</translation>
    </message>
    <message>
        <source>Zelf-ondertekend certificaat uitgeven</source>
        <translation>Issue a self-signed certificate</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Onderteken bij voorkeur met uw eigen certificaat, zoals een UZI-certificaat: importeer het PKCS#12-bestand (.p12 of .pfx) met het wachtwoord ervan. Een zelf-ondertekend certificaat werkt direct, maar elk rapport vermeldt dan dat het niet gekwalificeerd is.</source>
        <translation>Preferably sign with your own certificate, such as an UZI certificate: import its PKCS#12 file (.p12 or .pfx) with its password. A self-signed certificate works at once, but every report then states that it is not qualified.</translation>
    </message>
    <message>
        <source>Wachtwoord certificaatbestand</source>
        <translation>Certificate file password</translation>
    </message>
    <message>
        <source>U heeft nog geen certificaat.</source>
        <translation>You have no certificate yet.</translation>
    </message>
    <message>
        <source>{0}, uitgegeven door {1}
Geldig van {2} tot en met {3}
SHA-256: {4}</source>
        <translation>{0}, issued by {1}
Valid from {2} to {3}
SHA-256: {4}</translation>
    </message>
    <message>
        <source>Certificaatbestand kiezen</source>
        <translation>Choose a certificate file</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;Alle bestanden (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Geïmporteerd: {0} ({1}).</source>
        <translation>Imported: {0} ({1}).</translation>
    </message>
    <message>
        <source>Uitgegeven: {0}. Rapporten die u hiermee ondertekent, vermelden &apos;niet gekwalificeerd&apos;.</source>
        <translation>Issued: {0}. Reports you sign with it state &apos;not qualified&apos;.</translation>
    </message>
</context>
<context>
    <name>CertificateModel</name>
    <message>
        <source>Houder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Uitgever</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Geldig t/m</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Vingerafdruk (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>zelf uitgegeven — niet gekwalificeerd</source>
        <translation>self-issued — not qualified</translation>
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
    <name>ChildPage</name>
    <message>
        <source>Het kind</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>naam van de school</source>
        <translation>name of the school</translation>
    </message>
    <message>
        <source>bijv. mentor of intern begeleider</source>
        <translation>e.g. mentor or special needs coordinator</translation>
    </message>
    <message>
        <source>telefoon of e-mail</source>
        <translation>phone or e-mail</translation>
    </message>
    <message>
        <source>kinderopvang of peuterspeelzaal, als die er is</source>
        <translation>childcare or playgroup, if there is one</translation>
    </message>
    <message>
        <source>wie: bijv. moeder, of de voogdij-instelling</source>
        <translation>who: e.g. mother, or the guardianship organisation</translation>
    </message>
    <message>
        <source>Kan zelf een vragenlijst invullen (anders vult een ouder of verzorger in)</source>
        <translation>Can fill in a questionnaire (otherwise a parent or caregiver fills it in)</translation>
    </message>
    <message>
        <source>School en opvang</source>
        <translation>School and childcare</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Bereikbaar via</source>
        <translation>Reachable via</translation>
    </message>
    <message>
        <source>Kinderopvang</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <source>Gezag en toestemming</source>
        <translation>Parental authority and consent</translation>
    </message>
    <message>
        <source>Gezag</source>
        <translation>Parental authority</translation>
    </message>
    <message>
        <source>Gezag bij</source>
        <translation>Authority held by</translation>
    </message>
    <message>
        <source>Kind {0} van {1}</source>
        <translation>Child {0} of {1}</translation>
    </message>
    <message>
        <source>Een eigen cliënt: eigen hulpvraag, eigen mentor, eigen school en wie het gezag heeft.</source>
        <translation>A client in their own right: own request for help, own mentor, own school and who holds parental authority.</translation>
    </message>
    <message>
        <source>Schoolsignaal (Handle with Care): ja, binnen 24 uur na de intake.</source>
        <translation>School signal (Handle with Care): yes, within 24 hours of the intake.</translation>
    </message>
    <message>
        <source>Schoolsignaal: nee, het kind is jonger dan 4 en er is geen kinderopvang ingevuld.</source>
        <translation>School signal: no, the child is younger than 4 and no childcare is filled in.</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Dit kind is 18 jaar of ouder: voeg haar of hem toe als volwassene.</source>
        <translation>This child is 18 or older: add her or him as an adult.</translation>
    </message>
    <message>
        <source>Vul in bij wie het gezag ligt.</source>
        <translation>Fill in who holds parental authority.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hulpvraag en plan</source>
        <translation>Request and plan</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Screenings</translation>
    </message>
    <message>
        <source>Schoolsignaal</source>
        <translation>School signal</translation>
    </message>
    <message>
        <source>Gezag</source>
        <translation>Parental authority</translation>
    </message>
    <message>
        <source>Meldcode</source>
        <translation>Meldcode</translation>
    </message>
    <message>
        <source>Veiligheidsplan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <source>volwassene</source>
        <translation>adult</translation>
    </message>
    <message>
        <source>{0}, {1} jaar · {2} · {3} sinds {4}</source>
        <translation>{0}, {1} years · {2} · {3} since {4}</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Verblijf</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Aandacht</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <source>volwassene</source>
        <translation>adult</translation>
    </message>
    <message>
        <source>{0}, {1} jaar</source>
        <translation>{0}, {1} years</translation>
    </message>
    <message>
        <source>vertrokken op {0}</source>
        <translation>left on {0}</translation>
    </message>
    <message>
        <source>{0} sinds {1}</source>
        <translation>{0} since {1}</translation>
    </message>
    <message>
        <source>{0} te laat</source>
        <translation>{0} late</translation>
    </message>
    <message>
        <source>{0} te doen</source>
        <translation>{0} to do</translation>
    </message>
</context>
<context>
    <name>ConcernsModel</name>
    <message>
        <source>Zorg</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>stap {0} van 5</source>
        <translation>step {0} of 5</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>bij één ouder of een voogd: wie</source>
        <translation>for one parent or a guardian: who</translation>
    </message>
    <message>
        <source>Gezag opslaan</source>
        <translation>Save parental authority</translation>
    </message>
    <message>
        <source>Gezag</source>
        <translation>Parental authority</translation>
    </message>
    <message>
        <source>Wie heeft het gezag</source>
        <translation>Who holds parental authority</translation>
    </message>
    <message>
        <source>Gezag bij</source>
        <translation>Authority held by</translation>
    </message>
    <message>
        <source>Toestemming voor behandeling en screening (WGBO)</source>
        <translation>Consent for treatment and screening (WGBO)</translation>
    </message>
    <message>
        <source>Vul in bij wie het gezag ligt.</source>
        <translation>Fill in who holds parental authority.</translation>
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
        <source>Sleep met de muis om venster en niveau te wijzigen; scrol om te zoomen.</source>
        <translation>Drag with the mouse to change window and level; scroll to zoom.</translation>
    </message>
    <message>
        <source>{0} ({1} kB) kan hier niet worden getoond: {2}</source>
        <translation>{0} ({1} kB) cannot be shown here: {2}</translation>
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
    <message>
        <source>Het overgedragen dossier {0} ({1}) is ingelezen. U vindt het onder Forensisch; wat het bevat is afgesloten en blijft zoals het is ontvangen.</source>
        <translation>The transferred dossier {0} ({1}) has been imported. You will find it under Forensic; what it holds is closed and stays as it was received.</translation>
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
    <name>DashboardPage</name>
    <message>
        <source>screenings te laat</source>
        <translation>screenings late</translation>
    </message>
    <message>
        <source>schoolsignalen te laat</source>
        <translation>school signals late</translation>
    </message>
    <message>
        <source>meldcode-zorgen lopen</source>
        <translation>meldcode concerns open</translation>
    </message>
    <message>
        <source>veiligheidsplannen te evalueren</source>
        <translation>safety plans to review</translation>
    </message>
    <message>
        <source>huishoudens in zorg</source>
        <translation>households in care</translation>
    </message>
    <message>
        <source>dit kwartaal</source>
        <translation>this quarter</translation>
    </message>
    <message>
        <source>vorig kwartaal</source>
        <translation>last quarter</translation>
    </message>
    <message>
        <source>dit jaar</source>
        <translation>this year</translation>
    </message>
    <message>
        <source>kinderen</source>
        <translation>children</translation>
    </message>
    <message>
        <source>volwassenen</source>
        <translation>adults</translation>
    </message>
    <message>
        <source>In de export aantallen van 1 tot {0} verbergen (kleine aantallen kunnen naar een persoon wijzen)</source>
        <translation>In the export, hide counts from 1 to {0} (small counts can point to a person)</translation>
    </message>
    <message>
        <source>Cijfers exporteren (CSV)…</source>
        <translation>Export figures (CSV)…</translation>
    </message>
    <message>
        <source>In-, door- en uitstroom, screening en schoolsignalen</source>
        <translation>Intake, transfer and exit, screening and school signals</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>{0} t/m {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <source>Instroom (intakes)</source>
        <translation>Intake (new clients)</translation>
    </message>
    <message>
        <source>In zorg</source>
        <translation>In care</translation>
    </message>
    <message>
        <source>Uitstroom</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Screening gepland</source>
        <translation>Screening planned</translation>
    </message>
    <message>
        <source>Gescreend</source>
        <translation>Screened</translation>
    </message>
    <message>
        <source>Positief gescreend</source>
        <translation>Screened positive</translation>
    </message>
    <message>
        <source>Behandelaanbod gedaan</source>
        <translation>Treatment offered</translation>
    </message>
    <message>
        <source>Behandeling gestart</source>
        <translation>Treatment started</translation>
    </message>
    <message>
        <source>Schoolsignaal nodig</source>
        <translation>School signal needed</translation>
    </message>
    <message>
        <source>Schoolsignaal binnen 24 uur</source>
        <translation>School signal within 24 hours</translation>
    </message>
    <message>
        <source>Cijfers exporteren</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cijfers opgeslagen in {0} (alleen aantallen, geen persoonsgegevens).</source>
        <translation>Figures saved to {0} (counts only, no personal data).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>Sun</translation>
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
    <name>DetailsTab</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Intakeverslag (PDF)…</source>
        <translation>Intake summary (PDF)…</translation>
    </message>
    <message>
        <source>Een ondertekend intakeverslag van het hele huishouden</source>
        <translation>A signed intake summary of the whole household</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Mentor / begeleider</source>
        <translation>Mentor / support worker</translation>
    </message>
    <message>
        <source>School en opvang</source>
        <translation>School and childcare</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Bereikbaar via</source>
        <translation>Reachable via</translation>
    </message>
    <message>
        <source>Kinderopvang</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <source>Verblijf van het huishouden</source>
        <translation>The household&apos;s stay</translation>
    </message>
    <message>
        <source>{0}, intake op {1} door {2}.</source>
        <translation>{0}, intake on {1} by {2}.</translation>
    </message>
    <message>
        <source>Verwezen door: {0}{1}.</source>
        <translation>Referred by: {0}{1}.</translation>
    </message>
    <message>
        <source>Fase: {0}.</source>
        <translation>Phase: {0}.</translation>
    </message>
    <message>
        <source>Gepland einde: {0}.</source>
        <translation>Planned end: {0}.</translation>
    </message>
    <message>
        <source>Vertrokken op {0} naar: {1}.</source>
        <translation>Left on {0} for: {1}.</translation>
    </message>
    <message>
        <source>Huishouden {0}: {1}.</source>
        <translation>Household {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>DossierPanel</name>
    <message>
        <source>Zoek op naam, pseudoniem of datum</source>
        <translation>Search by name, pseudonym or date</translation>
    </message>
    <message>
        <source>Nieuw dossier…</source>
        <translation>New dossier…</translation>
    </message>
    <message>
        <source>Onderzoeken</source>
        <translation>Examinations</translation>
    </message>
    <message>
        <source>Nieuw onderzoek…</source>
        <translation>New examination…</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>{0} dossiers</source>
        <translation>{0} dossiers</translation>
    </message>
    <message>
        <source>Kies een dossier.</source>
        <translation>Choose a dossier.</translation>
    </message>
    <message>
        <source>van {0} ({1})</source>
        <translation>of {0} ({1})</translation>
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
    <name>ExaminationArea</name>
    <message>
        <source>Geen onderzoek geopend</source>
        <translation>No examination open</translation>
    </message>
    <message>
        <source>Kies links een dossier en daaronder een onderzoek, of maak een nieuw dossier. Wat u schrijft en op de lichaamskaart vastlegt, wordt vanzelf in de kluis opgeslagen.</source>
        <translation>Choose a dossier on the left and an examination below it, or create a new dossier. What you write and record on the body map is saved in the vault automatically.</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Uw rol geeft geen toegang tot dit soort stuk.</source>
        <translation>Your role does not give access to this kind of document.</translation>
    </message>
    <message>
        <source>{0} · geboren {1} · {2} bij het onderzoek · pseudoniem {3}</source>
        <translation>{0} · born {1} · {2} at the examination · pseudonym {3}</translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation>sealed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Onderzoek {0}{1} · {2} · {3}</source>
        <translation>Examination {0}{1} · {2} · {3}</translation>
    </message>
    <message>
        <source>⚑ 1 signalering</source>
        <translation>⚑ 1 flag</translation>
    </message>
    <message>
        <source>⚑ {0} signaleringen</source>
        <translation>⚑ {0} flags</translation>
    </message>
</context>
<context>
    <name>ExaminationEditor</name>
    <message>
        <source>Ontvangen bij de overdracht van {0} op {1}: het onderzoek van {2} blijft zoals het is ontvangen. Leg eigen bevindingen vast in een nieuw onderzoek.</source>
        <translation>Received with the transfer from {0} on {1}: the examination by {2} stays as it was received. Record your own findings in a new examination.</translation>
    </message>
    <message>
        <source>Afgesloten op {0} door {1}. Het onderzoek is alleen te lezen; een correctie of aanvulling wordt een addendum.</source>
        <translation>Sealed on {0} by {1}. The examination is read-only; a correction or addition becomes an addendum.</translation>
    </message>
    <message>
        <source>Wijzigingen worden vanzelf opgeslagen</source>
        <translation>Changes are saved automatically</translation>
    </message>
    <message>
        <source>Wijzigingen…</source>
        <translation>Changes…</translation>
    </message>
    <message>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>✔ Opgeslagen</source>
        <translation>✔ Saved</translation>
    </message>
    <message>
        <source>Kluis vergrendeld: wordt opgeslagen zodra u weer ontgrendelt</source>
        <translation>Vault locked: will be saved as soon as you unlock again</translation>
    </message>
    <message>
        <source>✘ Niet opgeslagen</source>
        <translation>✘ Not saved</translation>
    </message>
    <message>
        <source>✔ Opgeslagen om {0}</source>
        <translation>✔ Saved at {0}</translation>
    </message>
</context>
<context>
    <name>ExaminationForm</name>
    <message>
        <source>bijv. GGD, spreekkamer 2</source>
        <translation>e.g. GGD, consulting room 2</translation>
    </message>
    <message>
        <source>naam of eenheid</source>
        <translation>name or unit</translation>
    </message>
    <message>
        <source>De vraag zoals de aanvrager die stelde</source>
        <translation>The question as the requester put it</translation>
    </message>
    <message>
        <source>bijv. betrokkene zelf, moeder (met gezag)</source>
        <translation>e.g. the person themselves, mother (with parental authority)</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Toestemming om foto&apos;s te maken</source>
        <translation>Consent to take photographs</translation>
    </message>
    <message>
        <source>met wie de bevindingen gedeeld mogen worden</source>
        <translation>with whom the findings may be shared</translation>
    </message>
    <message>
        <source>Het verhaal zoals het verteld is</source>
        <translation>The account as it was told</translation>
    </message>
    <message>
        <source>wie vertelde het</source>
        <translation>who told it</translation>
    </message>
    <message>
        <source>Wat bij het onderzoek is gezien</source>
        <translation>What was seen at the examination</translation>
    </message>
    <message>
        <source>Mobiliteit</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>niet vastgelegd</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>loopt nog niet langs meubels</source>
        <translation>does not yet walk along furniture</translation>
    </message>
    <message>
        <source>loopt langs meubels (cruiset) of verder</source>
        <translation>walks along furniture (cruises) or further</translation>
    </message>
    <message>
        <source>Voor de regel over sentinel-letsel bij zuigelingen: letsel bij een zuigeling die zich nog niet zelf verplaatst, vraagt om nader onderzoek.</source>
        <translation>For the sentinel-injury rule in infants: an injury in an infant who does not yet move about independently calls for further examination.</translation>
    </message>
    <message>
        <source>nog niet vastgesteld</source>
        <translation>not yet decided</translation>
    </message>
    <message>
        <source>Onderbouwing van de duiding</source>
        <translation>Reasoning for the interpretation</translation>
    </message>
    <message>
        <source>Wat de duiding beperkt, bijv. licht, tijd sinds het letsel</source>
        <translation>What limits the interpretation, e.g. light, time since the injury</translation>
    </message>
    <message>
        <source>Onderzoek</source>
        <translation>Examination</translation>
    </message>
    <message>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Aanvraag</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Aanvrager</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Namens</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Vraagstelling</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Delen met</source>
        <translation>Share with</translation>
    </message>
    <message>
        <source>Anamnese</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Verhaal</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Verteld door</source>
        <translation>Told by</translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Conclusie</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Duiding</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Beperkingen</source>
        <translation>Limitations</translation>
    </message>
    <message>
        <source>Deze datum ligt voor de geboortedatum ({0}) en is niet opgeslagen.</source>
        <translation>This date is before the date of birth ({0}) and has not been saved.</translation>
    </message>
    <message>
        <source>Vul de datum in als dag-maand-jaar; de toestemming is nog niet opgeslagen.</source>
        <translation>Enter the date as day-month-year; the consent has not been saved yet.</translation>
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
    <name>ExaminationsModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Aanvrager</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Onderzoeker</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation>sealed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>ExportHooks</name>
    <message>
        <source>Forensisch rapport (PDF)…</source>
        <extracomment>``handler(context, examination_id, parent_widget)``: starts the export (dialogs, workers).</extracomment>
        <translation>Forensic report (PDF)…</translation>
    </message>
    <message>
        <source>Melding aan Veilig Thuis (PDF)…</source>
        <translation>Report to Veilig Thuis (PDF)…</translation>
    </message>
    <message>
        <source>Second opinion aanvragen…</source>
        <translation>Request a second opinion…</translation>
    </message>
    <message>
        <source>Dossier overdragen aan een andere kluis…</source>
        <translation>Transfer dossier to another vault…</translation>
    </message>
    <message>
        <source>Dit is nog niet beschikbaar in deze versie. Het onderzoek blijft ongewijzigd in de kluis; er is niets verstuurd of opgeslagen buiten de kluis.</source>
        <translation>This is not available yet in this version. The examination stays unchanged in the vault; nothing was sent or saved outside the vault.</translation>
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
    <name>FlagsBanner</name>
    <message>
        <source>De regel signaleert; de arts beoordeelt.</source>
        <translation>The rule flags; the physician decides.</translation>
    </message>
    <message>
        <source>⚑ Signalering</source>
        <translation>⚑ Flag</translation>
    </message>
    <message>
        <source>⚑ {0} signaleringen</source>
        <translation>⚑ {0} flags</translation>
    </message>
    <message>
        <source>letsel {0}</source>
        <translation>injury {0}</translation>
    </message>
    <message>
        <source>letsels {0}</source>
        <translation>injuries {0}</translation>
    </message>
    <message>
        <source>Toelichting verbergen</source>
        <translation>Hide explanation</translation>
    </message>
    <message>
        <source>Toelichting tonen</source>
        <translation>Show explanation</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Behandelaanbod</source>
        <translation>Treatment offer</translation>
    </message>
    <message>
        <source>aangeboden</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>geaccepteerd</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>behandeling gestart</source>
        <translation>treatment started</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Aanbod</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ForensicLabels</name>
    <message>
        <source>{0} mnd</source>
        <translation>{0} mo</translation>
    </message>
    <message>
        <source>{0} jaar</source>
        <translation>{0} yr</translation>
    </message>
</context>
<context>
    <name>ForensicWorkspace</name>
    <message>
        <source>Onderzoek</source>
        <extracomment>The tabs of an open examination, in order; later parts append theirs.</extracomment>
        <translation>Examination</translation>
    </message>
    <message>
        <source>Lichaamskaart</source>
        <translation>Body map</translation>
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
        <source>Pakket ingelezen</source>
        <translation>Package imported</translation>
    </message>
    <message>
        <source>Dit pakket hoort bij een second opinion; u vindt het onder Second opinions.</source>
        <translation>This package belongs to a second opinion; you will find it under Second opinions.</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
</context>
<context>
    <name>HeaderModel</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>VR</source>
        <translation>VR</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Het huishouden</source>
        <translation>The household</translation>
    </message>
    <message>
        <source>Iedere volwassene en ieder kind wordt een eigen cliënt, met een eigen dossier en een eigen hulpvraag.</source>
        <translation>Every adult and every child becomes a client in their own right, with an own record and an own request for help.</translation>
    </message>
    <message>
        <source>Volwassenen</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Tel alleen wie in deze opvang of dit traject meekomt. Kinderen die elders wonen komen in de kindcheck van de volwassene.</source>
        <translation>Count only those who come along into this shelter or trajectory. Children living elsewhere go into the adult&apos;s kindcheck.</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Zoek op naam of kenmerk</source>
        <translation>Search by name or reference</translation>
    </message>
    <message>
        <source>Nieuwe intake…</source>
        <translation>New intake…</translation>
    </message>
    <message>
        <source>Intakeverslag (PDF)…</source>
        <translation>Intake summary (PDF)…</translation>
    </message>
    <message>
        <source>Een ondertekend intakeverslag van het huishouden van de gekozen cliënt</source>
        <translation>A signed intake summary of the chosen client&apos;s household</translation>
    </message>
    <message>
        <source>← Alle cliënten</source>
        <translation>← All clients</translation>
    </message>
    <message>
        <source>Kies een cliënt om het dossier te openen. Kinderen staan ingesprongen onder hun huishouden.</source>
        <translation>Choose a client to open the record. Children are indented under their household.</translation>
    </message>
</context>
<context>
    <name>ImagingPanel</name>
    <message>
        <source>DICOM-objecten</source>
        <translation>DICOM objects</translation>
    </message>
    <message>
        <source>Beeldvorming (DICOM)</source>
        <translation>Imaging (DICOM)</translation>
    </message>
    <message>
        <source>DICOM importeren…</source>
        <translation>Import DICOM…</translation>
    </message>
    <message>
        <source>Bestanden kiezen…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>Een map of cd…</source>
        <translation>A folder or CD…</translation>
    </message>
    <message>
        <source>Standaardvenster</source>
        <translation>Default window</translation>
    </message>
    <message>
        <source>Passend</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Niveau (C)</source>
        <translation>Level (C)</translation>
    </message>
    <message>
        <source>Venster (W)</source>
        <translation>Window (W)</translation>
    </message>
    <message>
        <source>Beeld</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Metagegevens</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>1 onderzoek, {0} objecten</source>
        <translation>1 study, {0} objects</translation>
    </message>
    <message>
        <source>{1} onderzoeken, {0} objecten</source>
        <translation>{1} studies, {0} objects</translation>
    </message>
    <message>
        <source>Nog geen beeldvorming bij dit onderzoek.

Sleep DICOM-bestanden of de map van een cd van het ziekenhuis hierheen, of kies ‘DICOM importeren…’.</source>
        <translation>No imaging for this examination yet.

Drag DICOM files or the folder of a hospital CD here, or choose ‘Import DICOM…’.</translation>
    </message>
    <message>
        <source>Kies een onderzoek om de beeldvorming te zien.</source>
        <translation>Choose an examination to see its imaging.</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} pixels</translation>
    </message>
    <message>
        <source>waarden {0} tot {1}</source>
        <translation>values {0} to {1}</translation>
    </message>
    <message>
        <source>kleurenbeeld (venster niet van toepassing)</source>
        <translation>colour image (window does not apply)</translation>
    </message>
    <message>
        <source>beeld 1 van {0}</source>
        <translation>frame 1 of {0}</translation>
    </message>
    <message>
        <source>Dit object staat al in dit onderzoek.</source>
        <translation>This object is already in this examination.</translation>
    </message>
    <message>
        <source>DICOM importeren</source>
        <translation>Import DICOM</translation>
    </message>
    <message>
        <source>DICOM (*.dcm *.DCM *.dicom)</source>
        <translation>DICOM (*.dcm *.DCM *.dicom)</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>%v van %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>U kunt intussen gewoon verder werken.</source>
        <translation>You can carry on working meanwhile.</translation>
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
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{0} importeren</source>
        <translation>Importing {0}</translation>
    </message>
    <message>
        <source>Bezig met afbreken…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Wat al helemaal is ingelezen, blijft bewaard.</source>
        <translation>Whatever was read in completely is kept.</translation>
    </message>
    <message>
        <source>Import afgebroken: {0} {1} geïmporteerd, de rest is niet ingelezen.</source>
        <translation>Import stopped: {0} {1} imported, the rest was not read in.</translation>
    </message>
    <message>
        <source>{0} {1} geïmporteerd.</source>
        <translation>{0} {1} imported.</translation>
    </message>
    <message>
        <source>{0} bestand(en) niet geïmporteerd; de reden staat erbij.</source>
        <translation>{0} file(s) not imported; the reason is given beside each.</translation>
    </message>
    <message>
        <source>{0} bestand(en) waren al aanwezig en zijn overgeslagen.</source>
        <translation>{0} file(s) were already there and were skipped.</translation>
    </message>
    <message>
        <source>{0} indexbestand(en) (DICOMDIR) overgeslagen.</source>
        <translation>{0} index file(s) (DICOMDIR) skipped.</translation>
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
    <name>InjuryCommands</name>
    <message>
        <source>Letsel vastleggen</source>
        <translation>Record injury</translation>
    </message>
    <message>
        <source>Letsel {0} verplaatsen</source>
        <translation>Move injury {0}</translation>
    </message>
    <message>
        <source>Letsel {0} wijzigen</source>
        <translation>Change injury {0}</translation>
    </message>
    <message>
        <source>Letsel {0} verwijderen</source>
        <translation>Delete injury {0}</translation>
    </message>
</context>
<context>
    <name>InjuryDialog</name>
    <message>
        <source>Letsel {0}</source>
        <extracomment>The fields of an injury this form edits (point and region come from the map).</extracomment>
        <translation>Injury {0}</translation>
    </message>
    <message>
        <source>Nieuw letsel</source>
        <translation>New injury</translation>
    </message>
    <message>
        <source>bijv. rond, ovaal, lijnvormig</source>
        <translation>e.g. round, oval, linear</translation>
    </message>
    <message>
        <source>bijv. blauw-paars, geel-groen</source>
        <translation>e.g. blue-purple, yellow-green</translation>
    </message>
    <message>
        <source>Beschrijf alleen de kleur: uit de kleur is de leeftijd van letsel niet af te leiden.</source>
        <translation>Describe the colour only: the age of an injury cannot be told from its colour.</translation>
    </message>
    <message>
        <source>Wat verder opvalt</source>
        <translation>Anything else of note</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Letsel vastleggen</source>
        <translation>Record injury</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>lengte</source>
        <translation>length</translation>
    </message>
    <message>
        <source>breedte</source>
        <translation>width</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Afmeting</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Kleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Patroon</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>InjuryEditing</name>
    <message>
        <source>Dit onderzoek is afgesloten; er kan geen letsel bij.</source>
        <translation>This examination is sealed; no injury can be added.</translation>
    </message>
    <message>
        <source>Buiten het lichaam geklikt: er is geen letsel geplaatst.</source>
        <translation>Clicked outside the body: no injury was placed.</translation>
    </message>
    <message>
        <source>Buiten het lichaam: het letsel blijft op zijn plaats.</source>
        <translation>Outside the body: the injury stays where it was.</translation>
    </message>
    <message>
        <source>Letsel {0} verplaatst naar: {1}</source>
        <translation>Injury {0} moved to: {1}</translation>
    </message>
    <message>
        <source>Letsel {0} verwijderd. Ongedaan maken met Ctrl+Z.</source>
        <translation>Injury {0} deleted. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>InjuryMarker</name>
    <message>
        <source>Letsel {0}</source>
        <translation>Injury {0}</translation>
    </message>
</context>
<context>
    <name>InjuryModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Afmeting</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Patroon</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Letsel {0}: {1}, {2}</source>
        <translation>Injury {0}: {1}, {2}</translation>
    </message>
    <message>
        <source>Valt onder een signalering (zie de melding naast de kaart).</source>
        <translation>Falls under a flag (see the notice beside the map).</translation>
    </message>
</context>
<context>
    <name>InstrumentsModel</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Wie vult in</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>eigen definitie</source>
        <translation>own definition</translation>
    </message>
    <message>
        <source>meegeleverd</source>
        <translation>shipped</translation>
    </message>
    <message>
        <source>vrij te verspreiden</source>
        <translation>free to redistribute</translation>
    </message>
    <message>
        <source>licentie van de organisatie</source>
        <translation>organisation&apos;s licence</translation>
    </message>
</context>
<context>
    <name>InstrumentsPage</name>
    <message>
        <source>Eigen definitie toevoegen…</source>
        <translation>Add own definition…</translation>
    </message>
    <message>
        <source>Regel opslaan</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <source>Screeningsregel van de organisatie (geldt voor nieuwe intakes)</source>
        <translation>The organisation&apos;s screening rule (applies to new intakes)</translation>
    </message>
    <message>
        <source>Eerste screening binnen (dagen na intake)</source>
        <translation>First screening within (days after intake)</translation>
    </message>
    <message>
        <source>Herhalen elke (maanden)</source>
        <translation>Repeat every (months)</translation>
    </message>
    <message>
        <source>Laatste screening (dagen voor vertrek)</source>
        <translation>Last screening (days before exit)</translation>
    </message>
    <message>
        <source>Alleen instrumenten waarvan de licentie verspreiden toestaat worden meegeleverd. Een eigen definitie (JSON) wordt bij het toevoegen gecontroleerd; een fout wordt gemeld met de regel waar hij staat. Past geen instrument bij de leeftijd van een kind, dan plant het programma een observatie door een specialist.</source>
        <translation>Only instruments whose licence allows redistribution are shipped. An own definition (JSON) is checked when it is added; an error is reported with the line it is on. When no instrument fits a child&apos;s age, the program plans an observation by a specialist.</translation>
    </message>
    <message>
        <source>Definitie kiezen</source>
        <translation>Choose a definition</translation>
    </message>
    <message>
        <source>Definitie (*.json)</source>
        <translation>Definition (*.json)</translation>
    </message>
    <message>
        <source>{0} kan niet worden gelezen: {1}</source>
        <translation>{0} cannot be read: {1}</translation>
    </message>
    <message>
        <source>{0} is gecontroleerd en toegevoegd.</source>
        <translation>{0} has been checked and added.</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>Nieuwe intake</source>
        <translation>New intake</translation>
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
        <source>Aanmaken</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig met aanmaken…</source>
        <translation>Creating…</translation>
    </message>
</context>
<context>
    <name>KindcheckDialog</name>
    <message>
        <source>Kindcheck</source>
        <translation>Kindcheck</translation>
    </message>
    <message>
        <source>Kinderen in dit huishouden</source>
        <translation>Children in this household</translation>
    </message>
    <message>
        <source>veilig?</source>
        <translation>safe?</translation>
    </message>
    <message>
        <source>Geen kinderen in dit huishouden.</source>
        <translation>No children in this household.</translation>
    </message>
    <message>
        <source>Kinderen die elders wonen</source>
        <translation>Children living elsewhere</translation>
    </message>
    <message>
        <source>voornaam of initialen</source>
        <translation>first name or initials</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Heeft de cliënt kinderen (of de zorg voor kinderen)?</source>
        <translation>Does the client have children (or care for children)?</translation>
    </message>
    <message>
        <source>Reden tot zorg:</source>
        <translation>Reason for concern:</translation>
    </message>
    <message>
        <source>Geen reden tot zorg.</source>
        <translation>No reason for concern.</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Nieuwe opvanglocatie</source>
        <translation>New shelter location</translation>
    </message>
    <message>
        <source>Het adres is geheim: het staat alleen in de kluis en komt in geen enkel document of bestand terecht, tenzij u dat bij het maken ervan uitdrukkelijk kiest.</source>
        <translation>The address is confidential: it is kept in the vault only and goes into no document or file unless you explicitly choose so when making it.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Veilig Dossier</source>
        <extracomment>The first window&apos;s size where the screen has room: the body map, the injury list and the dossier list side by side without squeezing names.</extracomment>
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
    <name>MeldcodeStepper</name>
    <message>
        <source>De vijf stappen</source>
        <translation>The five steps</translation>
    </message>
    <message>
        <source>Wat is er gedaan, met wie besproken, wat is de uitkomst</source>
        <translation>What was done, discussed with whom, what is the outcome</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Acuut gevaar: nu melden bij Veilig Thuis</source>
        <translation>Acute danger: report to Veilig Thuis now</translation>
    </message>
    <message>
        <source>Stap vastleggen</source>
        <translation>Record step</translation>
    </message>
    <message>
        <source>Gesprek overslaan om deze reden</source>
        <translation>Skip the conversation for this reason</translation>
    </message>
    <message>
        <source>Afweging vastleggen</source>
        <translation>Record the weighing</translation>
    </message>
    <message>
        <source>Besluit vastleggen</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <source>overgeslagen: {0}</source>
        <translation>skipped: {0}</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Alle vijf stappen zijn vastgelegd.</source>
        <translation>All five steps have been recorded.</translation>
    </message>
    <message>
        <source>Uitkomst afwegingskader: {0}.</source>
        <translation>Outcome of the afwegingskader: {0}.</translation>
    </message>
    <message>
        <source>Gedaan: {0}.</source>
        <translation>Done: {0}.</translation>
    </message>
    <message>
        <source>geen actie</source>
        <translation>no action</translation>
    </message>
    <message>
        <source>Urgentie: {0}.</source>
        <translation>Urgency: {0}.</translation>
    </message>
    <message>
        <source>Kies of de onveiligheid acuut of structureel is.</source>
        <translation>Choose whether the unsafety is acute or structural.</translation>
    </message>
    <message>
        <source>Besluit: {0}</source>
        <translation>Decision: {0}</translation>
    </message>
    <message>
        <source>Het afwegingskader kwam uit op: {0}.</source>
        <translation>The afwegingskader came out at: {0}.</translation>
    </message>
</context>
<context>
    <name>MeldcodeTab</name>
    <message>
        <source>Nieuwe zorg…</source>
        <translation>New concern…</translation>
    </message>
    <message>
        <source>Feit of mening…</source>
        <translation>Fact or opinion…</translation>
    </message>
    <message>
        <source>Melding aan Veilig Thuis (PDF)…</source>
        <translation>Report to Veilig Thuis (PDF)…</translation>
    </message>
    <message>
        <source>Een ondertekende melding van de gekozen zorg; het geheime adres staat er niet in</source>
        <translation>A signed melding of the chosen concern; the secret address is not in it</translation>
    </message>
    <message>
        <source>Kindcheck</source>
        <translation>Kindcheck</translation>
    </message>
    <message>
        <source>Kindcheck doen…</source>
        <translation>Do the kindcheck…</translation>
    </message>
    <message>
        <source>Feiten en meningen</source>
        <translation>Facts and opinions</translation>
    </message>
    <message>
        <source>Nog geen zorg vastgelegd. Heeft u een vermoeden van huiselijk geweld of kindermishandeling? Kies Nieuwe zorg en doorloop de vijf stappen van de meldcode.</source>
        <translation>No concern recorded yet. Do you suspect domestic violence or child abuse? Choose New concern and walk through the five steps of the meldcode.</translation>
    </message>
    <message>
        <source>Geen reden tot zorg.</source>
        <translation>No reason for concern.</translation>
    </message>
    <message>
        <source>Laatste kindcheck {0} door {1}:
{2}</source>
        <translation>Last kindcheck {0} by {1}:
{2}</translation>
    </message>
    <message>
        <source>Nog geen kindcheck gedaan: zijn er kinderen, en zijn ze veilig?</source>
        <translation>No kindcheck done yet: are there children, and are they safe?</translation>
    </message>
    <message>
        <source>(nog niets vastgelegd)</source>
        <translation>(nothing recorded yet)</translation>
    </message>
    <message>
        <source>Feiten (gezien, gehoord):</source>
        <translation>Facts (seen, heard):</translation>
    </message>
    <message>
        <source>Meningen en inschattingen:</source>
        <translation>Opinions and assessments:</translation>
    </message>
    <message>
        <source>Melding aan Veilig Thuis ondertekend:</source>
        <translation>Melding to Veilig Thuis signed:</translation>
    </message>
    <message>
        <source>• {0} door {1} — {2}, SHA-256 {3}…</source>
        <translation>• {0} by {1} — {2}, SHA-256 {3}…</translation>
    </message>
    <message>
        <source>Besloten te melden; er is nog geen ondertekende melding gemaakt (Melding aan Veilig Thuis…).</source>
        <translation>Decided to report; no signed melding has been made yet (Melding aan Veilig Thuis…).</translation>
    </message>
</context>
<context>
    <name>MeldingForm</name>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Acute onveiligheid</source>
        <translation>Acute unsafety</translation>
    </message>
    <message>
        <source>Structurele onveiligheid</source>
        <translation>Structural unsafety</translation>
    </message>
    <message>
        <source>Eén kind per regel: naam; geboortedatum (JJJJ-MM-DD); relatie</source>
        <translation>One child per line: name; date of birth (YYYY-MM-DD); relation</translation>
    </message>
    <message>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Betrokken kinderen</source>
        <translation>Children involved</translation>
    </message>
    <message>
        <source>Al gedaan</source>
        <translation>Done so far</translation>
    </message>
    <message>
        <source>Oordeel en zorgen</source>
        <translation>Assessment and concerns</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Kies de ingeschatte urgentie.</source>
        <translation>Choose the estimated urgency.</translation>
    </message>
    <message>
        <source>Vul de contactpersoon in, met naam en telefoonnummer.</source>
        <translation>Fill in the contact person, with name and telephone number.</translation>
    </message>
    <message>
        <source>Beschrijf wat er al is gedaan (ook als dat nog niets is).</source>
        <translation>Describe what has been done so far (even if nothing yet).</translation>
    </message>
    <message>
        <source>Geboortedatum van {0} als JJJJ-MM-DD, of laat hem leeg.</source>
        <translation>Date of birth of {0} as YYYY-MM-DD, or leave it empty.</translation>
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
    <name>NewConcernDialog</name>
    <message>
        <source>Nieuwe zorg (meldcode)</source>
        <translation>New concern (meldcode)</translation>
    </message>
    <message>
        <source>In één zin: waar gaat de zorg over</source>
        <translation>In one sentence: what is the concern about</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Zorg over {0}</source>
        <translation>Concern about {0}</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>NewExaminationDialog</name>
    <message>
        <source>Nieuw onderzoek</source>
        <translation>New examination</translation>
    </message>
    <message>
        <source>Nieuw onderzoek van {0}.</source>
        <translation>New examination of {0}.</translation>
    </message>
    <message>
        <source>bijv. GGD, spreekkamer 2</source>
        <translation>e.g. GGD, consulting room 2</translation>
    </message>
    <message>
        <source>naam van de aanvrager of eenheid</source>
        <translation>name of the requester or unit</translation>
    </message>
    <message>
        <source>Onderzoek aanmaken</source>
        <translation>Create examination</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Aanvrager</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Namens</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Deze datum ligt voor de geboortedatum ({0}).</source>
        <translation>This date is before the date of birth ({0}).</translation>
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
    <name>NewSubjectDialog</name>
    <message>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>voornaam en achternaam</source>
        <translation>first and last name</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>optioneel, negen cijfers</source>
        <translation>optional, nine digits</translation>
    </message>
    <message>
        <source>Staat in plaats van de naam op alles wat de kluis verlaat.</source>
        <translation>Stands in for the name on everything that leaves the vault.</translation>
    </message>
    <message>
        <source>Dossier aanmaken</source>
        <translation>Create dossier</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geslacht</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>De geboortedatum ligt na vandaag.</source>
        <translation>The date of birth is after today.</translation>
    </message>
    <message>
        <source>Vul de datum in als dag-maand-jaar, bijv. 17-02-2019.</source>
        <translation>Enter the date as day-month-year, e.g. 17-02-2019.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Nieuwe notitie</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Feit of mening vastleggen</source>
        <translation>Record a fact or an opinion</translation>
    </message>
    <message>
        <source>wie zag of zei het</source>
        <translation>who saw or said it</translation>
    </message>
    <message>
        <source>Veilig Thuis houdt feiten en meningen apart. Schrijf een feit op zoals het gezien of gehoord is, met de bron.</source>
        <translation>Veilig Thuis keeps facts and opinions apart. Write a fact down as it was seen or heard, with its source.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Observatie vastleggen</source>
        <translation>Record observation</translation>
    </message>
    <message>
        <source>naam en functie, bijv. kinderpsycholoog</source>
        <translation>name and role, e.g. child psychologist</translation>
    </message>
    <message>
        <source>Behandeling of verdere hulp nodig</source>
        <translation>Treatment or further help needed</translation>
    </message>
    <message>
        <source>Geobserveerd op</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>OpvangMeldingForm</name>
    <message>
        <source>Feiten, meningen, betrokken kinderen, de afweging en de stappen komen uit de meldcode van deze zorg. Lege velden nemen over wat bij de zorg is vastgelegd.</source>
        <translation>Facts, opinions, the children involved, the weighing and the steps come from this concern&apos;s meldcode. Empty fields take what is recorded with the concern.</translation>
    </message>
    <message>
        <source>Zoals vastgelegd in de meldcode (stap 4)</source>
        <translation>As recorded in the meldcode (step 4)</translation>
    </message>
    <message>
        <source>Acute onveiligheid</source>
        <translation>Acute unsafety</translation>
    </message>
    <message>
        <source>Structurele onveiligheid</source>
        <translation>Structural unsafety</translation>
    </message>
    <message>
        <source>zoals vastgelegd bij de zorg</source>
        <translation>as recorded with the concern</translation>
    </message>
    <message>
        <source>naast de stappen van de meldcode, bijv. politie gebeld</source>
        <translation>besides the meldcode steps, e.g. called the police</translation>
    </message>
    <message>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Verder gedaan</source>
        <translation>Also done</translation>
    </message>
</context>
<context>
    <name>OpvangWorkspace</name>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
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
        <source>Instrumenten</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Nieuwe intake…</source>
        <translation>New intake…</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Verzegeld pakket (*.vdpkg)</source>
        <translation>Sealed package (*.vdpkg)</translation>
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
    <name>PersonFields</name>
    <message>
        <source>De eigen hulpvraag, zo veel mogelijk in eigen woorden</source>
        <translation>The client&apos;s own request for help, in their own words where possible</translation>
    </message>
    <message>
        <source>eigen mentor of begeleider</source>
        <translation>own mentor or support worker</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Hulpvraag</source>
        <translation>Request for help</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Vul de voornaam in.</source>
        <translation>Fill in the first name.</translation>
    </message>
    <message>
        <source>Vul de geboortedatum in als dd-mm-jjjj.</source>
        <translation>Fill in the date of birth as dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>De geboortedatum ligt na de intake.</source>
        <translation>The date of birth is after the intake.</translation>
    </message>
</context>
<context>
    <name>PhotoCommand</name>
    <message>
        <source>Annotatie toevoegen</source>
        <translation>Add annotation</translation>
    </message>
    <message>
        <source>Annotatie verwijderen</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <source>Annotatie verplaatsen</source>
        <translation>Move annotation</translation>
    </message>
    <message>
        <source>Annotatie wijzigen</source>
        <translation>Change annotation</translation>
    </message>
    <message>
        <source>Schaal ijken</source>
        <translation>Calibrate scale</translation>
    </message>
    <message>
        <source>Categorie wijzigen</source>
        <translation>Change category</translation>
    </message>
    <message>
        <source>Bijschrift wijzigen</source>
        <translation>Change caption</translation>
    </message>
    <message>
        <source>Letsels koppelen</source>
        <translation>Link injuries</translation>
    </message>
</context>
<context>
    <name>PhotoDetails</name>
    <message>
        <source>— kies een categorie —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <source>bijv. letsel 2, linker bovenarm, lateraal</source>
        <translation>e.g. injury 2, left upper arm, lateral</translation>
    </message>
    <message>
        <source>Nog geen letsels op de lichaamskaart. Plaats ze daar om foto&apos;s te koppelen.</source>
        <translation>No injuries on the body map yet. Place them there to link photos.</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Bijschrift</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Toont letsel</source>
        <translation>Shows injury</translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Origineel</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Geijkt: {0} pixels per mm.</source>
        <translation>Calibrated: {0} pixels per mm.</translation>
    </message>
    <message>
        <source>Nog niet geijkt. Kies ‘Schaal ijken’ en klik twee streepjes op de liniaal.</source>
        <translation>Not calibrated yet. Choose ‘Calibrate scale’ and click two marks on the ruler.</translation>
    </message>
    <message>
        <source>Opgenomen: {0}</source>
        <translation>Taken: {0}</translation>
    </message>
    <message>
        <source>Camera: {0}</source>
        <translation>Camera: {0}</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} pixels</translation>
    </message>
    <message>
        <source>SHA-256: {0}…</source>
        <translation>SHA-256: {0}…</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <source>Letsel {0}</source>
        <translation>Injury {0}</translation>
    </message>
    <message>
        <source>Foto {0}</source>
        <translation>Photo {0}</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Afstand: {0} px</source>
        <translation>Distance: {0} px</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>PhotoViewerPage</name>
    <message>
        <source>← Alle foto&apos;s</source>
        <translation>← All photos</translation>
    </message>
    <message>
        <source>Vorige foto</source>
        <translation>Previous photo</translation>
    </message>
    <message>
        <source>Volgende foto</source>
        <translation>Next photo</translation>
    </message>
    <message>
        <source>Passend</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Draaien ↻</source>
        <translation>Rotate ↻</translation>
    </message>
    <message>
        <source>Draai de weergave een kwartslag (de foto zelf blijft ongewijzigd)</source>
        <translation>Turn the view a quarter (the photo itself is not changed)</translation>
    </message>
    <message>
        <source>Origineel tonen</source>
        <translation>Show original</translation>
    </message>
    <message>
        <source>Toon de foto zonder annotaties en schaalbalk</source>
        <translation>Show the photo without annotations and scale bar</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Ongedaan maken: {0}</source>
        <translation>Undo: {0}</translation>
    </message>
    <message>
        <source>Opnieuw: {0}</source>
        <translation>Redo: {0}</translation>
    </message>
    <message>
        <source>Foto {0} van {1} · {2}</source>
        <translation>Photo {0} of {1} · {2}</translation>
    </message>
    <message>
        <source>Origineel laden voor details…</source>
        <translation>Loading the original for detail…</translation>
    </message>
    <message>
        <source>Ijk eerst de schaal.</source>
        <translation>Calibrate the scale first.</translation>
    </message>
    <message>
        <source>{0} px</source>
        <translation>{0} px</translation>
    </message>
    <message>
        <source>Afstand tussen de twee punten op de liniaal:</source>
        <translation>Distance between the two points on the ruler:</translation>
    </message>
    <message>
        <source>Schaal opslaan</source>
        <translation>Save scale</translation>
    </message>
    <message>
        <source>Tekst:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Plaatsen</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Nummer:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>foto&apos;s</source>
        <translation>photos</translation>
    </message>
    <message>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Foto&apos;s kiezen…</source>
        <translation>Choose photos…</translation>
    </message>
    <message>
        <source>Een map met foto&apos;s…</source>
        <translation>A folder of photos…</translation>
    </message>
    <message>
        <source>of sleep foto&apos;s of een map hierheen</source>
        <translation>or drag photos or a folder here</translation>
    </message>
    <message>
        <source>Fotoserie per letsel</source>
        <translation>Photo series per injury</translation>
    </message>
    <message>
        <source>{0} foto&apos;s</source>
        <translation>{0} photos</translation>
    </message>
    <message>
        <source>Kies een onderzoek om de foto&apos;s te zien.</source>
        <translation>Choose an examination to see its photos.</translation>
    </message>
    <message>
        <source>Dit onderzoek is afgesloten en heeft geen foto&apos;s.</source>
        <translation>This examination is sealed and has no photos.</translation>
    </message>
    <message>
        <source>Nog geen foto&apos;s bij dit onderzoek.

Sleep foto&apos;s of een hele map van de camera hierheen, of kies ‘Importeren…’. Het origineel wordt bit-voor-bit versleuteld bewaard; de locatiegegevens verlaten de kluis nooit.</source>
        <translation>No photos for this examination yet.

Drag photos or a whole folder from the camera here, or choose ‘Import…’. The original is kept bit for bit, encrypted; location data never leaves the vault.</translation>
    </message>
    <message>
        <source>compleet voor {0} van {1} letsels</source>
        <translation>complete for {0} of {1} injuries</translation>
    </message>
    <message>
        <source>Staat al in dit onderzoek (als {0}).</source>
        <translation>Already in this examination (as {0}).</translation>
    </message>
    <message>
        <source>Foto&apos;s importeren</source>
        <translation>Import photos</translation>
    </message>
    <message>
        <source>Foto&apos;s ({0})</source>
        <translation>Photos ({0})</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Hulpvraag opslaan</source>
        <translation>Save request for help</translation>
    </message>
    <message>
        <source>Nieuw doel, in de woorden van de cliënt</source>
        <translation>New goal, in the client&apos;s words</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Eigen hulpvraag</source>
        <translation>Own request for help</translation>
    </message>
    <message>
        <source>Eigen plan: doelen</source>
        <translation>Own plan: goals</translation>
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
    <name>PromptBar</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>Typ een afstand in mm, bijvoorbeeld 10 of 25,5.</source>
        <translation>Type a distance in mm, for example 10 or 25.5.</translation>
    </message>
    <message>
        <source>Typ een nummer van 1 tot 999.</source>
        <translation>Type a number from 1 to 999.</translation>
    </message>
    <message>
        <source>Typ een tekst.</source>
        <translation>Type a text.</translation>
    </message>
</context>
<context>
    <name>RecipientRows</name>
    <message>
        <source>geen leden</source>
        <translation>no members</translation>
    </message>
    <message>
        <source>{0} (organisatie: {1})</source>
        <translation>{0} (organisation: {1})</translation>
    </message>
    <message>
        <source>{0} — vingerafdruk {1}</source>
        <translation>{0} — fingerprint {1}</translation>
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
    <name>ReportExportDialog</name>
    <message>
        <source>Exporteren: {0}</source>
        <translation>Export: {0}</translation>
    </message>
    <message>
        <source>Zelf-ondertekend certificaat uitgeven</source>
        <translation>Issue a self-signed certificate</translation>
    </message>
    <message>
        <source>Certificaten beheren…</source>
        <translation>Manage certificates…</translation>
    </message>
    <message>
        <source>Pseudoniem in plaats van naam en geboortedatum</source>
        <translation>Pseudonym instead of name and date of birth</translation>
    </message>
    <message>
        <source>Voorbeeld vernieuwen</source>
        <translation>Refresh preview</translation>
    </message>
    <message>
        <source>Ondertekenen en opslaan…</source>
        <translation>Sign and save…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Controleer het rapport pagina voor pagina. Met ondertekenen zet u uw digitale handtekening (PAdES) met het gekozen certificaat; het bestand wordt daarna niet meer gewijzigd.</source>
        <translation>Check the report page by page. Signing applies your digital signature (PAdES) with the chosen certificate; the file is not changed after that.</translation>
    </message>
    <message>
        <source>Ondertekenen verzegelt het onderzoek; daarna kan alleen nog een addendum worden toegevoegd.</source>
        <translation>Signing seals the examination; after that only an addendum can be added.</translation>
    </message>
    <message>
        <source>Certificaat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>niet gekwalificeerd</source>
        <translation>not qualified</translation>
    </message>
    <message>
        <source>{0} — {1} — geldig t/m {2}</source>
        <translation>{0} — {1} — valid until {2}</translation>
    </message>
    <message>
        <source>Geen geldig certificaat: geef er een uit of importeer er een</source>
        <translation>No valid certificate: issue or import one</translation>
    </message>
    <message>
        <source>Zelf-ondertekend certificaat uitgegeven (niet gekwalificeerd).</source>
        <translation>Self-signed certificate issued (not qualified).</translation>
    </message>
    <message>
        <source>Het rapport wordt opgebouwd…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>{0} pagina&apos;s. Nog niet ondertekend.</source>
        <translation>{0} pages. Not signed yet.</translation>
    </message>
    <message>
        <source>De keuzes zijn gewijzigd: vernieuw het voorbeeld om het resultaat te zien.</source>
        <translation>The choices changed: refresh the preview to see the result.</translation>
    </message>
    <message>
        <source>Ondertekend rapport opslaan als</source>
        <translation>Save signed report as</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Kies eerst een certificaat.</source>
        <translation>Choose a certificate first.</translation>
    </message>
    <message>
        <source>Het rapport wordt ondertekend en opgeslagen…</source>
        <translation>Signing and saving the report…</translation>
    </message>
    <message>
        <source>Ondertekend en opgeslagen: {0}
SHA-256: {1}
Controleer met: veilig-dossier verify</source>
        <translation>Signed and saved: {0}
SHA-256: {1}
Check with: veilig-dossier verify</translation>
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
    <name>SafetyTab</name>
    <message>
        <source>Eén per regel:  risico ; wat het kleiner maakt</source>
        <translation>One per line:  risk ; what reduces it</translation>
    </message>
    <message>
        <source>Eén per regel:  afspraak ; wie</source>
        <translation>One per line:  agreement ; who</translation>
    </message>
    <message>
        <source>Eén per regel:  naam ; rol ; telefoonnummer</source>
        <translation>One per line:  name ; role ; phone number</translation>
    </message>
    <message>
        <source>Veiligheidsplan opslaan</source>
        <translation>Save safety plan</translation>
    </message>
    <message>
        <source>Gemaakt of bijgewerkt op</source>
        <translation>Made or updated on</translation>
    </message>
    <message>
        <source>Evalueren op</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Risico&apos;s</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Wie bellen</source>
        <translation>Who to call</translation>
    </message>
    <message>
        <source>Er is nog geen veiligheidsplan voor dit huishouden.</source>
        <translation>There is no safety plan for this household yet.</translation>
    </message>
    <message>
        <source>✘ De evaluatie is te laat: bespreek het plan opnieuw.</source>
        <translation>✘ The review is late: discuss the plan again.</translation>
    </message>
    <message>
        <source>Plan van het huishouden, bijgewerkt door {0}.</source>
        <translation>Plan of the household, updated by {0}.</translation>
    </message>
</context>
<context>
    <name>ScreeningFormDialog</name>
    <message>
        <source>Screening: {0}</source>
        <translation>Screening: {0}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Positieve screening: behandelaanbod</source>
        <translation>Positive screen: treatment offer</translation>
    </message>
    <message>
        <source>bijv. traumagerichte behandeling bij de GGZ</source>
        <translation>e.g. trauma-focused treatment at the mental health service</translation>
    </message>
    <message>
        <source>Doe een behandelaanbod en leg het vast. Kan ook later, op het tabblad Screenings.</source>
        <translation>Make a treatment offer and record it. This can also be done later, on the Screenings tab.</translation>
    </message>
    <message>
        <source>Aanbod</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Aangeboden op</source>
        <translation>Offered on</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Screening opslaan</source>
        <translation>Save screening</translation>
    </message>
    <message>
        <source>Ingevuld op</source>
        <translation>Filled in on</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nog niet compleet&lt;/b&gt; — {0} vragen open, totaal tot nu toe {1}.</source>
        <translation>&lt;b&gt;Not complete yet&lt;/b&gt; — {0} questions open, total so far {1}.</translation>
    </message>
    <message>
        <source>afkappunt {0} bereikt</source>
        <translation>cut-off {0} reached</translation>
    </message>
    <message>
        <source>onder het afkappunt</source>
        <translation>below the cut-off</translation>
    </message>
    <message>
        <source>positief</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>niet positief</source>
        <translation>not positive</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totaal {0}&lt;/b&gt; — {1}, {2}.&lt;br&gt;{3}</source>
        <translation>&lt;b&gt;Total {0}&lt;/b&gt; — {1}, {2}.&lt;br&gt;{3}</translation>
    </message>
</context>
<context>
    <name>ScreeningsTab</name>
    <message>
        <source>Screening invullen…</source>
        <translation>Fill in screening…</translation>
    </message>
    <message>
        <source>Observatie vastleggen…</source>
        <translation>Record observation…</translation>
    </message>
    <message>
        <source>Behandelaanbod…</source>
        <translation>Treatment offer…</translation>
    </message>
    <message>
        <source>Screeningsoverzicht (PDF)…</source>
        <translation>Screening overview (PDF)…</translation>
    </message>
    <message>
        <source>Een ondertekend overzicht van alle screenings, scores en het vervolg</source>
        <translation>A signed overview of every screening, the scores and the follow-up</translation>
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
    <name>SeriesChecklistModel</name>
    <message>
        <source>Letsel</source>
        <translation>Injury</translation>
    </message>
    <message>
        <source>overzicht</source>
        <translation>overview</translation>
    </message>
    <message>
        <source>oriëntatie</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>close-up met schaal</source>
        <translation>close-up with scale</translation>
    </message>
    <message>
        <source>close-up zonder</source>
        <translation>close-up without</translation>
    </message>
    <message>
        <source>✓ aanwezig</source>
        <translation>✓ present</translation>
    </message>
    <message>
        <source>ontbreekt</source>
        <translation>missing</translation>
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
    <name>ShelterAddressChoice</name>
    <message>
        <source>Adres van de opvanglocatie opnemen</source>
        <translation>Include the shelter location&apos;s address</translation>
    </message>
    <message>
        <source>Let op: het geheime adres komt in het document te staan. Veilig Thuis en andere ontvangers kunnen een document met betrokkenen bespreken; neem het adres alleen op als de ontvanger het echt nodig heeft.</source>
        <translation>Careful: the secret address will be in the document. Veilig Thuis and other recipients may discuss a document with the people involved; include the address only if the recipient really needs it.</translation>
    </message>
    <message>
        <source>Het adres van de opvanglocatie is geheim en staat niet in het document. De ontvanger bereikt de cliënt via de contactpersoon.</source>
        <translation>The shelter location&apos;s address is secret and is not in the document. The recipient reaches the client through the contact person.</translation>
    </message>
</context>
<context>
    <name>SignalTab</name>
    <message>
        <source>Tekst kopiëren</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Vastleggen: signaal is gegeven</source>
        <translation>Record: the signal has been given</translation>
    </message>
    <message>
        <source>Handle with Care: de school hoort binnen 24 uur dát het kind extra steun kan gebruiken, nooit wát er is gebeurd of waar het kind verblijft.</source>
        <translation>Handle with Care: within 24 hours the school hears THAT the child may need extra support, never WHAT happened or where the child is staying.</translation>
    </message>
    <message>
        <source>Wat de school hoort</source>
        <translation>What the school hears</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Geen schoolsignaal nodig: het kind is jonger dan 4 en er is geen kinderopvang vastgelegd. Vul op Gegevens een kinderopvang in als die er is.</source>
        <translation>No school signal needed: the child is younger than 4 and no childcare is recorded. Fill in the childcare on Details if there is one.</translation>
    </message>
    <message>
        <source>op tijd</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>na de 24 uur</source>
        <translation>after the 24 hours</translation>
    </message>
    <message>
        <source>✔ Gegeven op {0} door {1} ({2}), {3}.</source>
        <translation>✔ Given on {0} by {1} ({2}), {3}.</translation>
    </message>
    <message>
        <source>✘ Te laat: het signaal had vóór {0} gegeven moeten zijn. Geef het alsnog.</source>
        <translation>✘ Late: the signal should have been given before {0}. Give it now.</translation>
    </message>
    <message>
        <source>Nog geven, vóór {0}.</source>
        <translation>Still to give, before {0}.</translation>
    </message>
    <message>
        <source>Aan: {0}{1}</source>
        <translation>To: {0}{1}</translation>
    </message>
    <message>
        <source>(nog geen school ingevuld)</source>
        <translation>(no school filled in yet)</translation>
    </message>
</context>
<context>
    <name>StayPage</name>
    <message>
        <source>Het verblijf</source>
        <translation>The stay</translation>
    </message>
    <message>
        <source>Wat voor opvang, sinds wanneer en waar. Het adres van de locatie blijft in de kluis.</source>
        <translation>What kind of care, since when and where. The location&apos;s address stays in the vault.</translation>
    </message>
    <message>
        <source>Nieuwe locatie…</source>
        <translation>New location…</translation>
    </message>
    <message>
        <source>bijv. welk team of welke persoon</source>
        <translation>e.g. which team or which person</translation>
    </message>
    <message>
        <source>Soort opvang</source>
        <translation>Kind of care</translation>
    </message>
    <message>
        <source>Intake op</source>
        <translation>Intake on</translation>
    </message>
    <message>
        <source>Gepland einde</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>leeg laten als dat nog niet bekend is</source>
        <translation>leave empty while not known</translation>
    </message>
    <message>
        <source>Opvanglocatie</source>
        <translation>Shelter location</translation>
    </message>
    <message>
        <source>Verwezen door</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Toelichting verwijzer</source>
        <translation>Referrer details</translation>
    </message>
    <message>
        <source>Kies de opvanglocatie of voeg er een toe.</source>
        <translation>Choose the shelter location or add one.</translation>
    </message>
    <message>
        <source>Het geplande einde is geen datum (dd-mm-jjjj).</source>
        <translation>The planned end is not a date (dd-mm-yyyy).</translation>
    </message>
    <message>
        <source>Het geplande einde ligt vóór de intake.</source>
        <translation>The planned end is before the intake.</translation>
    </message>
</context>
<context>
    <name>StudyTreeModel</name>
    <message>
        <source>Onderzoek / object</source>
        <translation>Study / object</translation>
    </message>
    <message>
        <source>Modaliteit</source>
        <translation>Modality</translation>
    </message>
    <message>
        <source>Datum / beeld</source>
        <translation>Date / image</translation>
    </message>
    <message>
        <source>Onderzoek</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}
{1} objecten
Study Instance UID: {2}</source>
        <translation>{0}
{1} objects
Study Instance UID: {2}</translation>
    </message>
    <message>
        <source>{0}
SHA-256: {1}</source>
        <translation>{0}
SHA-256: {1}</translation>
    </message>
</context>
<context>
    <name>SubjectOverview</name>
    <message>
        <source>Nieuw onderzoek…</source>
        <translation>New examination…</translation>
    </message>
    <message>
        <source>Geboren {0} · nu {1} · pseudoniem {2}</source>
        <translation>Born {0} · now {1} · pseudonym {2}</translation>
    </message>
    <message>
        <source>Nog geen onderzoek vastgelegd. Begin met een nieuw onderzoek.</source>
        <translation>No examination recorded yet. Start with a new examination.</translation>
    </message>
    <message>
        <source>1 onderzoek.</source>
        <translation>1 examination.</translation>
    </message>
    <message>
        <source>{0} onderzoeken.</source>
        <translation>{0} examinations.</translation>
    </message>
    <message>
        <source>Laatste onderzoek: {0}.</source>
        <translation>Last examination: {0}.</translation>
    </message>
    <message>
        <source>Kies links een onderzoek om het te openen.</source>
        <translation>Choose an examination on the left to open it.</translation>
    </message>
    <message>
        <source>Ontvangen van {0} op {1}, als overdracht; wat toen binnenkwam is afgesloten.</source>
        <translation>Received from {0} on {1} as a transfer; what came in then is closed.</translation>
    </message>
    <message>
        <source>Overgedragen aan {0} op {1}.</source>
        <translation>Handed over to {0} on {1}.</translation>
    </message>
</context>
<context>
    <name>SubjectsModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geboren</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Onderzocht</source>
        <translation>Examined</translation>
    </message>
    <message>
        <source>{0} · geboren {1} · {2}</source>
        <translation>{0} · born {1} · {2}</translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Controleren en aanmaken</source>
        <translation>Check and create</translation>
    </message>
    <message>
        <source>Dit wordt aangemaakt: een dossier per cliënt, de eerste screeningen en de schoolsignalen. Klopt het? Kies dan Aanmaken.</source>
        <translation>This will be created: a record per client, the first screenings and the school signals. Is it right? Then choose Create.</translation>
    </message>
    <message>
        <source>De gegevens uit de kluis worden nog geladen…</source>
        <translation>The data from the vault is still loading…</translation>
    </message>
    <message>
        <source>Schoolsignaal</source>
        <translation>School signal</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>volwassene</source>
        <translation>adult</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <source>{0} jaar</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <source>observatie door een specialist</source>
        <translation>observation by a specialist</translation>
    </message>
    <message>
        <source>vóór {0}</source>
        <translation>before {0}</translation>
    </message>
    <message>
        <source>en daarna nog {0} keer</source>
        <translation>and {0} more times after that</translation>
    </message>
    <message>
        <source>geen (jonger dan 4 jaar en geen kinderopvang)</source>
        <translation>none (younger than 4 and no childcare)</translation>
    </message>
    <message>
        <source>(school nog invullen)</source>
        <translation>(school still to be filled in)</translation>
    </message>
    <message>
        <source>vóór {0} naar {1}</source>
        <translation>before {0} to {1}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Vervolg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>observatie door specialist</source>
        <translation>observation by specialist</translation>
    </message>
    <message>
        <source>behandeling nodig</source>
        <translation>treatment needed</translation>
    </message>
    <message>
        <source>geen behandeling nodig</source>
        <translation>no treatment needed</translation>
    </message>
    <message>
        <source>positief</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>niet positief</source>
        <translation>not positive</translation>
    </message>
    <message>
        <source>totaal {0}, {1}</source>
        <translation>total {0}, {1}</translation>
    </message>
    <message>
        <source>Doe een behandelaanbod en leg het vast.</source>
        <translation>Make a treatment offer and record it.</translation>
    </message>
    <message>
        <source>extra screening</source>
        <translation>extra screening</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>Tool</name>
    <message>
        <source>Selecteren</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Schaal ijken</source>
        <translation>Calibrate scale</translation>
    </message>
    <message>
        <source>Lengte</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Gebogen lengte</source>
        <translation>Curved length</translation>
    </message>
    <message>
        <source>Oppervlakte</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Pijl</source>
        <translation>Arrow</translation>
    </message>
    <message>
        <source>Ellips</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Lijn</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Klik op een annotatie om haar te kiezen; sleep om te verplaatsen, Delete verwijdert, dubbelklik wijzigt. Sleep de foto om te schuiven, scrol om te zoomen.</source>
        <translation>Click an annotation to select it; drag to move, Delete removes, double-click changes. Drag the photo to pan, scroll to zoom.</translation>
    </message>
    <message>
        <source>Klik op twee streepjes van de liniaal en typ daarna de afstand in mm.</source>
        <translation>Click two marks on the ruler, then type the distance in mm.</translation>
    </message>
    <message>
        <source>Klik op het begin- en eindpunt.</source>
        <translation>Click the start and end point.</translation>
    </message>
    <message>
        <source>Klik de punten langs de lijn; dubbelklik of Enter om te eindigen.</source>
        <translation>Click the points along the line; double-click or Enter to finish.</translation>
    </message>
    <message>
        <source>Klik rond het gebied; dubbelklik of Enter sluit de omtrek.</source>
        <translation>Click around the area; double-click or Enter closes the outline.</translation>
    </message>
    <message>
        <source>Klik waar de pijl begint en waar de punt moet komen.</source>
        <translation>Click where the arrow starts and where its head goes.</translation>
    </message>
    <message>
        <source>Klik twee tegenover elkaar liggende hoeken rond het letsel.</source>
        <translation>Click two opposite corners around the injury.</translation>
    </message>
    <message>
        <source>Klik de punten van de lijn; dubbelklik of Enter om te eindigen.</source>
        <translation>Click the points of the line; double-click or Enter to finish.</translation>
    </message>
    <message>
        <source>Klik waar de tekst moet komen.</source>
        <translation>Click where the text goes.</translation>
    </message>
    <message>
        <source>Klik waar het nummer moet komen.</source>
        <translation>Click where the number goes.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Dossier overdragen aan een andere kluis</source>
        <translation>Transfer dossier to another vault</translation>
    </message>
    <message>
        <source>Het hele dossier gaat mee zoals het is: naam, geboortedatum, alle onderzoeken, letsels, originele foto&apos;s en DICOM-beelden. Het wordt niet gepseudonimiseerd; alleen de gekozen ontvangers kunnen het openen. Uw eigen dossier blijft staan. Wat nog open is, komt bij de ontvanger afgesloten binnen.</source>
        <translation>The whole dossier goes as it is: name, date of birth, every examination, injury, original photo and DICOM image. It is not pseudonymised; only the chosen recipients can open it. Your own dossier stays. Whatever is still open arrives closed at the recipient&apos;s.</translation>
    </message>
    <message>
        <source>Aan wie?</source>
        <translation>To whom?</translation>
    </message>
    <message>
        <source>Wat de kluis verlaat</source>
        <translation>What leaves the vault</translation>
    </message>
    <message>
        <source>Het dossier wordt gelezen…</source>
        <translation>Reading the dossier…</translation>
    </message>
    <message>
        <source>Verzegelen en opslaan…</source>
        <translation>Seal and save…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Het adresboek is nog leeg. Importeer eerst de identiteitskaart van de ontvanger (Second opinions → Adresboek) en controleer de vingerafdruk.</source>
        <translation>The address book is still empty. First import the recipient&apos;s identity card (Second opinions → Address book) and check the fingerprint.</translation>
    </message>
    <message>
        <source>Wordt verzegeld voor: {0}</source>
        <translation>Will be sealed for: {0}</translation>
    </message>
    <message>
        <source>Kies ten minste één ontvanger.</source>
        <translation>Choose at least one recipient.</translation>
    </message>
    <message>
        <source>Betrokkene: {0}, geboren {1} (kenmerk {2}) — identificerend, niet gepseudonimiseerd</source>
        <translation>Person: {0}, born {1} (reference {2}) — identifying, not pseudonymised</translation>
    </message>
    <message>
        <source>Onderzoeken: {0} · letsels: {1} · addenda: {2} · registraties van verzonden rapporten: {3}</source>
        <translation>Examinations: {0} · injuries: {1} · addenda: {2} · records of sent reports: {3}</translation>
    </message>
    <message>
        <source>Foto&apos;s: {0}, elk als origineel met EXIF, voorvertoning en miniatuur</source>
        <translation>Photos: {0}, each as the original with EXIF, preview and thumbnail</translation>
    </message>
    <message>
        <source>DICOM-objecten: {0}, zoals ontvangen</source>
        <translation>DICOM objects: {0}, as received</translation>
    </message>
    <message>
        <source>Beantwoorde second opinions: {0}, met het ondertekende antwoord</source>
        <translation>Answered second opinions: {0}, with the signed answer</translation>
    </message>
    <message>
        <source>Bestanden: {0}, samen {1} MB</source>
        <translation>Files: {0}, {1} MB in all</translation>
    </message>
    <message>
        <source>Verzegeld dossier opslaan als</source>
        <translation>Save sealed dossier as</translation>
    </message>
    <message>
        <source>Het dossier wordt verzegeld…</source>
        <translation>Sealing the dossier…</translation>
    </message>
    <message>
        <source>✔ Verzegeld en opgeslagen: {0}
{1} bestanden, {2} kB. Controlegetal (SHA-256): {3}
Geef het bestand aan de ontvanger; de overdracht staat in het auditlog.</source>
        <translation>✔ Sealed and saved: {0}
{1} files, {2} kB. Check value (SHA-256): {3}
Give the file to the recipient; the transfer is in the audit log.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
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
    <name>WeighingForm</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nog niet te beoordelen</source>
        <translation>Cannot be judged yet</translation>
    </message>
    <message>
        <source>De onveiligheid is:</source>
        <translation>The unsafety is:</translation>
    </message>
    <message>
        <source>acuut</source>
        <translation>acute</translation>
    </message>
    <message>
        <source>structureel</source>
        <translation>structural</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
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
<context>
    <name>self.model</name>
    <message>
        <source>schaal</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>geen categorie</source>
        <translation>no category</translation>
    </message>
    <message>
        <source>geen bijschrift</source>
        <translation>no caption</translation>
    </message>
    <message>
        <source>niet gekoppeld aan letsel</source>
        <translation>not linked to an injury</translation>
    </message>
</context>
</TS>
