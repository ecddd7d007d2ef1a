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
        <source>Dit is nog niet beschikbaar in deze versie. Het onderzoek blijft ongewijzigd in de kluis; er is niets verstuurd of opgeslagen buiten de kluis.</source>
        <translation>This is not available yet in this version. The examination stays unchanged in the vault; nothing was sent or saved outside the vault.</translation>
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
