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
        <source>Hier komen verzoeken om een second opinion aan het LECK of een forensisch arts, als verzegeld en ontdaan van identificerende gegevens pakket, en de ondertekende antwoorden die terugkomen.</source>
        <translation>This is where second-opinion requests to the LECK or a forensic physician will appear, as sealed, de-identified packages, and the signed answers that come back.</translation>
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
