<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>Accessibility</name>
    <message>
        <source>Tøm feltet</source>
        <translation>Clear the field</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>Kryss av etter hvert. Ingen felt må fylles ut, og datoen kan være dag, måned eller bare år.</source>
        <translation>Tick items off as you go. No field is required, and a date may be a day, a month or just a year.</translation>
    </message>
    <message>
        <source>Igangsette planprosess</source>
        <translation>Starting the planning process</translation>
    </message>
    <message>
        <source>Melding til kommunen …</source>
        <translation>Notice to the municipality …</translation>
    </message>
    <message>
        <source>Når pasienten allerede har en plan</source>
        <translation>When the patient already has a plan</translation>
    </message>
    <message>
        <source> (eksisterende plan)</source>
        <translation> (existing plan)</translation>
    </message>
    <message>
        <source>Sjekkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Pasienten har allerede en individuell plan</source>
        <translation>The patient already has an individual plan</translation>
    </message>
    <message>
        <source>Åpne samtykkeskjemaet</source>
        <translation>Open the consent form</translation>
    </message>
    <message>
        <source>Brukermedvirkning og pårørende</source>
        <translation>User involvement and next of kin</translation>
    </message>
    <message>
        <source>Hvordan har pasienten vært med i arbeidet? Hva er viktig for pasienten?</source>
        <translation>How has the patient taken part in the work? What matters to the patient?</translation>
    </message>
    <message>
        <source>Brukermedvirkning:</source>
        <translation>User involvement:</translation>
    </message>
    <message>
        <source>Pårørende er med i arbeidet (når pasienten ønsker det)</source>
        <translation>Next of kin take part in the work (when the patient wishes)</translation>
    </message>
    <message>
        <source>Navn og relasjon, f.eks. «Søster, Kari»</source>
        <translation>Name and relation, e.g. “Sister, Kari”</translation>
    </message>
    <message>
        <source>Pårørende:</source>
        <translation>Next of kin:</translation>
    </message>
    <message>
        <source>Pasienten ønsker ikke individuell plan</source>
        <translation>The patient does not want an individual plan</translation>
    </message>
    <message>
        <source>Pasienten kan be om en plan senere. Gi skriftlig informasjon og navn og telefonnummer til kommunens koordinerende enhet.</source>
        <translation>The patient can ask for a plan later. Give written information and the name and phone number of the municipality&apos;s coordinating unit.</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Skriftlig informasjon er gitt</source>
        <translation>Written information has been given</translation>
    </message>
    <message>
        <source>Koordinerende enhet i kommunen</source>
        <translation>Coordinating unit in the municipality</translation>
    </message>
    <message>
        <source>Koordinerende enhet:</source>
        <translation>Coordinating unit:</translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Merknad:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Skjul dem</source>
        <translation>Hide them</translation>
    </message>
    <message>
        <source>Vis dem likevel</source>
        <translation>Show them anyway</translation>
    </message>
    <message>
        <source>Pasienten har allerede en plan, så punkt 4–10 gjelder ikke. Bruk listen «Når pasienten allerede har en plan».</source>
        <translation>The patient already has a plan, so items 4–10 do not apply. Use the list “When the patient already has a plan”.</translation>
    </message>
</context>
<context>
    <name>ChecklistItemsBox</name>
    <message>
        <source>Ikke utført</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Ikke aktuelt</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <source>Samtykke trukket tilbake {date}</source>
        <translation>Consent withdrawn {date}</translation>
    </message>
    <message>
        <source>Samtykket er utløpt (gjaldt til {date})</source>
        <translation>Consent has expired (valid until {date})</translation>
    </message>
    <message>
        <source>Dokumentert i samtykkeskjemaet {date}</source>
        <translation>Documented in the consent form {date}</translation>
    </message>
    <message>
        <source>Dokumentert i samtykkeskjemaet</source>
        <translation>Documented in the consent form</translation>
    </message>
    <message>
        <source>Pasienten ønsker ikke individuell plan</source>
        <translation>The patient does not want an individual plan</translation>
    </message>
    <message>
        <source>Ikke innhentet ennå: fyll ut samtykkeskjemaet</source>
        <translation>Not obtained yet: fill in the consent form</translation>
    </message>
    <message>
        <source>Status for punkt {number}</source>
        <translation>Status of item {number}</translation>
    </message>
    <message>
        <source>Dato for punkt {number}</source>
        <translation>Date of item {number}</translation>
    </message>
    <message>
        <source>Utført av</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Utført av, punkt {number}</source>
        <translation>Done by, item {number}</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Merknad, punkt {number}</source>
        <translation>Note, item {number}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ConsentBanner</name>
    <message>
        <source>Samtykket ble trukket tilbake {date}. Planen skal ikke deles eller arbeides videre med før pasienten har gitt nytt samtykke.</source>
        <translation>Consent was withdrawn {date}. The plan must not be shared or worked on until the patient has given consent again.</translation>
    </message>
    <message>
        <source>Samtykket gjaldt til {date} og er utløpt. Innhent nytt samtykke før planen brukes eller deles.</source>
        <translation>Consent was valid until {date} and has expired. Obtain new consent before the plan is used or shared.</translation>
    </message>
    <message>
        <source>Pasienten sa nei til individuell plan {date}. Pasienten kan når som helst be om en plan senere.</source>
        <translation>The patient declined an individual plan {date}. The patient can ask for a plan at any time later.</translation>
    </message>
    <message>
        <source>Pasienten har sagt nei til individuell plan. Pasienten kan når som helst be om en plan senere.</source>
        <translation>The patient has declined an individual plan. The patient can ask for a plan at any time later.</translation>
    </message>
    <message>
        <source>Samtykke er ikke registrert ennå. Planen lages bare når pasienten har samtykket: fyll ut samtykkeskjemaet.</source>
        <translation>Consent is not recorded yet. A plan is only made once the patient has consented: fill in the consent form.</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Samtykkeerklæring</source>
        <translation>Declaration of consent</translation>
    </message>
    <message>
        <source>Samtykketeksten og spørsmålene om deling vises på bokmål, slik de står på skjemaet pasienten skriver under på.</source>
        <translation>The consent text and the questions on sharing are shown in Norwegian (Bokmål), as they stand on the form the patient signs.</translation>
    </message>
    <message>
        <source>Pasienten har sagt ja og skrevet under</source>
        <translation>The patient has said yes and signed</translation>
    </message>
    <message>
        <source>Gyldighet og underskrift</source>
        <translation>Validity and signature</translation>
    </message>
    <message>
        <source>Bruk planperioden</source>
        <translation>Use the plan period</translation>
    </message>
    <message>
        <source>f.o.m.</source>
        <translation>from</translation>
    </message>
    <message>
        <source>t.o.m.</source>
        <translation>to (incl.)</translation>
    </message>
    <message>
        <source>Samtykket gjelder:</source>
        <translation>The consent is valid:</translation>
    </message>
    <message>
        <source>Sted:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Navnet til den som skrev under</source>
        <translation>Name of the person who signed</translation>
    </message>
    <message>
        <source>Underskrift:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Når verge eller foresatte skriver under</source>
        <translation>When a guardian or parent signs</translation>
    </message>
    <message>
        <source>Evt. verges/foresattes underskrift:</source>
        <translation>Signature of guardian/parent, if any:</translation>
    </message>
    <message>
        <source>Hvem som er med, og hva som kan deles</source>
        <translation>Who takes part, and what may be shared</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Annen person pasienten ønsker med i arbeidet:</source>
        <translation>Another person the patient wants involved in the work:</translation>
    </message>
    <message>
        <source>Personer eller instanser pasienten ikke vil skal være med</source>
        <translation>Persons or services the patient does not want involved</translation>
    </message>
    <message>
        <source>Reservasjoner:</source>
        <translation>Reservations:</translation>
    </message>
    <message>
        <source>Informasjon om individuell plan er gitt</source>
        <translation>Information about the individual plan has been given</translation>
    </message>
    <message>
        <source>Navn på den som informerte</source>
        <translation>Name of the person who informed</translation>
    </message>
    <message>
        <source>Informasjon gitt av:</source>
        <translation>Information given by:</translation>
    </message>
    <message>
        <source>Tilbaketrekking av samtykket</source>
        <translation>Withdrawal of consent</translation>
    </message>
    <message>
        <source>Fyll ut når pasienten trekker samtykket tilbake. Da skal planen ikke deles eller arbeides videre med.</source>
        <translation>Fill in when the patient withdraws consent. The plan must then not be shared or worked on any further.</translation>
    </message>
    <message>
        <source>Trukket tilbake dato:</source>
        <translation>Date withdrawn:</translation>
    </message>
    <message>
        <source>Den som registrerte det</source>
        <translation>The person who recorded it</translation>
    </message>
    <message>
        <source>Registrert av:</source>
        <translation>Recorded by:</translation>
    </message>
    <message>
        <source>Velg deltaker</source>
        <translation>Choose participant</translation>
    </message>
    <message>
        <source>Velg blant deltakerne</source>
        <translation>Choose among the participants</translation>
    </message>
    <message>
        <source>Ingen deltakere er registrert</source>
        <translation>No participants are recorded</translation>
    </message>
    <message>
        <source>Samtykket trekkes tilbake</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Registrere at samtykket ble trukket tilbake {date}? Da skal planen ikke deles eller arbeides videre med.</source>
        <translation>Record that the consent was withdrawn on {date}? The plan must then not be shared or worked on further.</translation>
    </message>
    <message>
        <source>til etter evaluering</source>
        <translation>until after evaluation</translation>
    </message>
    <message>
        <source>Planperioden: {start} – {to}</source>
        <translation>Plan period: {start} – {to}</translation>
    </message>
    <message>
        <source>Planen har ingen periode ennå.</source>
        <translation>The plan has no period yet.</translation>
    </message>
    <message>
        <source>{state}, gjelder til {date}</source>
        <translation>{state}, valid until {date}</translation>
    </message>
    <message>
        <source>{state} {date}. Planen skal ikke deles eller arbeides videre med.</source>
        <translation>{state} {date}. The plan must not be shared or worked on any further.</translation>
    </message>
    <message>
        <source>{state}: samtykket er krysset av, men mangler dato.</source>
        <translation>{state}: the consent is ticked but has no date.</translation>
    </message>
    <message>
        <source>{state}: samtykket gjaldt til {date}. Innhent nytt samtykke.</source>
        <translation>{state}: consent was valid until {date}. Obtain new consent.</translation>
    </message>
</context>
<context>
    <name>ConsentTextPage</name>
    <message>
        <source>Samtykketekst</source>
        <translation>Consent text</translation>
    </message>
    <message>
        <source>Samtykkeerklæringen pasienten skriver under på. Teksten vises i skjemaet Samtykke og skrives ut på samtykkeskjemaet, for alle avdelinger. Lim inn sykehusets godkjente tekst, eller bruk programmets standardtekst.</source>
        <translation>The consent statement the patient signs. The text is shown in the Consent form and printed on the consent form, for all departments. Paste the hospital&apos;s approved text, or use the program&apos;s default text.</translation>
    </message>
    <message>
        <source>Bruk &amp;standardteksten</source>
        <translation>Use the &amp;default text</translation>
    </message>
    <message>
        <source>Forhåndsvisning av samtykketeksten</source>
        <translation>Preview of the consent text</translation>
    </message>
    <message>
        <source>Slik leser pasienten det</source>
        <translation>How the patient reads it</translation>
    </message>
    <message>
        <source>Sykehusets egen tekst ({n} tegn).</source>
        <translation>The hospital&apos;s own text ({n} characters).</translation>
    </message>
    <message>
        <source>Programmets standardtekst.</source>
        <translation>The program&apos;s default text.</translation>
    </message>
</context>
<context>
    <name>ConsentVersions</name>
    <message>
        <source>Samtykke {n} – {name}</source>
        <translation>Consent {n} – {name}</translation>
    </message>
</context>
<context>
    <name>ConsentVersionsBar</name>
    <message>
        <source>Samtykkeversjon</source>
        <translation>Consent version</translation>
    </message>
    <message>
        <source>Skriv ut samtykket…</source>
        <translation>Print the consent…</translation>
    </message>
    <message>
        <source>Ny samtykkeversjon</source>
        <translation>New consent version</translation>
    </message>
    <message>
        <source>Et nytt samtykke, for eksempel for en ny planperiode. Det gjeldende blir stående som en eldre versjon.</source>
        <translation>A new consent, for example for a new plan period. The current one stays as an older version.</translation>
    </message>
    <message>
        <source>Samtykke {n} av {total}</source>
        <translation>Consent {n} of {total}</translation>
    </message>
    <message>
        <source>Eldre versjon: kan leses og skrives ut, ikke endres.</source>
        <translation>Older version: can be read and printed, not changed.</translation>
    </message>
    <message>
        <source>Starte samtykke {n}? Samtykke {old} blir stående slik det er, og kan leses og skrives ut.</source>
        <translation>Start consent {n}? Consent {old} stays as it is and can be read and printed.</translation>
    </message>
</context>
<context>
    <name>CoordinatorsBox</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tlf/mobil</source>
        <translation>Phone/mobile</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Kommunens koordinator når utfylt, ellers spesialisthelsetjenestens</source>
        <translation>The municipality&apos;s coordinator when filled in, else the specialist health service&apos;s</translation>
    </message>
    <message>
        <source>Ansvarlig for samordning og fremdrift</source>
        <translation>Responsible for coordination and progress</translation>
    </message>
    <message>
        <source>Ansvarlig koordinator (signerer planen)</source>
        <translation>Responsible coordinator (signs the plan)</translation>
    </message>
    <message>
        <source>Ansvarlig koordinator:</source>
        <translation>Responsible coordinator:</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten</source>
        <translation>Coordinator in the specialist health service</translation>
    </message>
    <message>
        <source>Koordinator i kommunen</source>
        <translation>Coordinator in the municipality</translation>
    </message>
</context>
<context>
    <name>CopiesDialog</name>
    <message>
        <source>Kopiliste</source>
        <translation>Copy list</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mottaker</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hvordan</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Gitt av</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Ingen har fått kopi ennå. Utskrifter som deles ut, overføringer og brev føres her.</source>
        <translation>Nobody has received a copy yet. Printouts handed out, transfers and letters are recorded here.</translation>
    </message>
    <message>
        <source>Brev: {title}</source>
        <translation>Letter: {title}</translation>
    </message>
    <message>
        <source>Referat: {title}</source>
        <translation>Minutes: {title}</translation>
    </message>
    <message>
        <source>Planen, versjon {n}</source>
        <translation>The plan, version {n}</translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <source>Kriseplanen lages sammen med pasienten. Den står som egen rad i «Eksisterende vedtak, planer og avtaler», og skrives ut som eget skjema og som kort pasienten kan ha med seg (Skriv ut…).</source>
        <translation>The crisis plan is made together with the patient. It appears as its own row under “Existing decisions, plans and agreements”, and prints as a form of its own and as a card the patient can carry (Print…).</translation>
    </message>
    <message>
        <source>Varselsignaler – slik merker jeg og andre at det går dårlig</source>
        <translation>Warning signs – how I and others notice things are going badly</translation>
    </message>
    <message>
        <source>Dette gjør jeg selv</source>
        <translation>What I do myself</translation>
    </message>
    <message>
        <source>Avtaler om medisiner</source>
        <translation>Agreements on medication</translation>
    </message>
    <message>
        <source>Slik vil jeg bli møtt</source>
        <translation>How I want to be met</translation>
    </message>
    <message>
        <source>Hvis jeg må legges inn, ønsker jeg</source>
        <translation>If I must be admitted, I would like</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hva de gjør</source>
        <translation>What they do</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Når kan de nås</source>
        <translation>When reachable</translation>
    </message>
    <message>
        <source>Deltaker</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Legg til fra deltakerne</source>
        <translation>Add from the participants</translation>
    </message>
    <message>
        <source>Dette gjør andre</source>
        <translation>What others do</translation>
    </message>
    <message>
        <source>Hvem jeg kan ringe</source>
        <translation>Whom I can call</translation>
    </message>
    <message>
        <source>Laget</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>hvem kriseplanen er laget sammen med</source>
        <translation>who the crisis plan was made with</translation>
    </message>
    <message>
        <source>Kriseplanen skal gjennomgås igjen innen denne datoen (en frist).</source>
        <translation>The crisis plan is to be reviewed again by this date (a deadline).</translation>
    </message>
    <message>
        <source>Laget sammen &amp;med</source>
        <translation>Made &amp;with</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Revideres (dato)</source>
        <translation>&amp;Review (date)</translation>
    </message>
    <message>
        <source>Kriseplan</source>
        <translation>Crisis plan</translation>
    </message>
</context>
<context>
    <name>DeadlinesBar</name>
    <message>
        <source>Forfalt</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Bare pasienter med en frist som er gått ut</source>
        <translation>Only patients with a deadline that has passed</translation>
    </message>
    <message>
        <source>Innen 14 dager</source>
        <translation>Within 14 days</translation>
    </message>
    <message>
        <source>Bare pasienter med en frist innen 14 dager (forfalte tas med)</source>
        <translation>Only patients with a deadline within 14 days (overdue ones included)</translation>
    </message>
    <message>
        <source>Venter svar fra kommunen</source>
        <translation>Awaiting the municipality&apos;s reply</translation>
    </message>
    <message>
        <source>Bare pasienter der meldingen til kommunen er sendt og svaret ikke kommet</source>
        <translation>Only patients whose notice to the municipality was sent and not yet answered</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Bare pasienter der jeg er koordinator i spesialisthelsetjenesten eller deltaker (valgt blant brukerne, eller skrevet med navnet mitt)</source>
        <translation>Only patients where I am the specialist health service&apos;s coordinator or a participant (picked among the users, or typed with my name)</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Åpne fristoversikten (Ctrl+D)</source>
        <translation>Open the deadlines overview (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ingen frister de neste 14 dagene</source>
        <translation>No deadlines in the next 14 days</translation>
    </message>
    <message>
        <source>1 frist er forfalt</source>
        <translation>1 deadline is overdue</translation>
    </message>
    <message>
        <source>{n} frister er forfalt</source>
        <translation>{n} deadlines are overdue</translation>
    </message>
    <message>
        <source>1 forfaller innen 14 dager</source>
        <translation>1 falls due within 14 days</translation>
    </message>
    <message>
        <source>{n} forfaller innen 14 dager</source>
        <translation>{n} fall due within 14 days</translation>
    </message>
</context>
<context>
    <name>DeadlinesFeature</name>
    <message>
        <source>Frister …</source>
        <translation>Deadlines …</translation>
    </message>
    <message>
        <source>Alle åpne frister, gruppert etter uke (Ctrl+D)</source>
        <translation>All open deadlines, grouped by week (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Pasient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hva som skal gjøres</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>{group} ({n})</source>
        <translation>{group} ({n})</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Type frist</source>
        <translation>Kind of deadline</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Alle avdelinger</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Fristliste (PDF) …</source>
        <translation>Deadline list (PDF) …</translation>
    </message>
    <message>
        <source>Lagre listen slik den vises som PDF til avdelingsmøtet</source>
        <translation>Save the list as shown as a PDF for the ward meeting</translation>
    </message>
    <message>
        <source>Dobbeltklikk en frist for å åpne pasienten der fristen står.</source>
        <translation>Double-click a deadline to open the patient where the deadline is.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Avdeling:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Lagre fristliste</source>
        <translation>Save deadline list</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>DecisionRowsModel</name>
    <message>
        <source>Vedtak, planer og avtaler</source>
        <translation>Decisions, plans and agreements</translation>
    </message>
    <message>
        <source>Ansvarlig person og instans</source>
        <translation>Responsible person and service</translation>
    </message>
    <message>
        <source>Gjelder fra</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Gjelder til</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Dato for evaluering</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>DecisionsForm</name>
    <message>
        <source>Eksisterende vedtak, planer og avtaler med ansvarspersoner</source>
        <translation>Existing decisions, plans and agreements with responsible persons</translation>
    </message>
    <message>
        <source>Før opp vedtak, avtaler og delplaner som allerede finnes (for eksempel kriseplan, opplæringsplan eller vedtak om tjenester), med hvem som har ansvaret. Detaljene står i disse dokumentene, slik at selve planen kan holdes kort. Datoer kan være dag, måned eller år: 15.07.2012, 07.2012, 2012.</source>
        <translation>List decisions, agreements and sub-plans that already exist (for example a crisis plan, an education plan or a decision on services), with who is responsible. The details are in those documents, so the plan itself can be kept short. Dates may be a day, a month or a year: 15.07.2012, 07.2012, 2012.</translation>
    </message>
    <message>
        <source>Vedtak, planer og avtaler</source>
        <translation>Decisions, plans and agreements</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Avdelinger</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Avdelingene pasienter og brukere kan høre til. Hver avdeling telles i indikatorrapporten under sin rapportkategori. En avdeling som ikke brukes lenger, deaktiveres: pasientene blir der, men ingen nye kan legges dit.</source>
        <translation>The departments patients and users can belong to. Each department is counted in the indicator report under its report category. A department no longer in use is deactivated: its patients stay, but no new ones can be added to it.</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Rapportkategori</source>
        <translation>Report category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Legg til…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Gi nytt navn…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Deaktiver</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deaktivert</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Uten rapportkategori (telles under «Uten kategori» i indikatorrapporten): {names}</source>
        <translation>Without a report category (counted under “No category” in the indicator report): {names}</translation>
    </message>
    <message>
        <source>– ingen kategori –</source>
        <translation>– no category –</translation>
    </message>
    <message>
        <source>Rapportkategori for {name}</source>
        <translation>Report category of {name}</translation>
    </message>
    <message>
        <source>&amp;Aktiver</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Ny avdeling</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>Navnet på avdelingen:</source>
        <translation>Name of the department:</translation>
    </message>
    <message>
        <source>Gi avdelingen nytt navn</source>
        <translation>Rename the department</translation>
    </message>
    <message>
        <source>Nytt navn på {name} (pasientene og brukerne i avdelingen følger med):</source>
        <translation>New name of {name} (the department&apos;s patients and users move with it):</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Noe gikk galt, og feilen kunne ikke skrives i loggen.</source>
        <translation>Something went wrong, and the error could not be written to the log.</translation>
    </message>
    <message>
        <source>Noe gikk galt. Feilen er skrevet i loggen: {path}</source>
        <translation>Something went wrong. The error has been written to the log: {path}</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Nødtilgang</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>Pasienten hører ikke til dine avdelinger. Nødtilgang gis bare ved tjenstlig behov. Begrunnelsen og tilgangen logges, vises tydelig i tilgangsloggen og kontrolleres. Pasienten kan be om å få se hvem som har åpnet journalen.</source>
        <translation>The patient does not belong to your departments. Emergency access is given only when your work requires it. The reason and the access are logged, shown clearly in the access log and reviewed. The patient may ask to see who has opened the record.</translation>
    </message>
    <message>
        <source>11 siffer</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>For eksempel: Innlagt akutt i natt, vakthavende lege trenger planen.</source>
        <translation>For example: Admitted as an emergency tonight, the doctor on call needs the plan.</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>National identity number</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Åpne med nødtilgang</source>
        <translation>Open with emergency access</translation>
    </message>
    <message>
        <source>Skriv pasientens fødselsnummer eller D-nummer (11 siffer).</source>
        <translation>Enter the patient&apos;s national identity number or D number (11 digits).</translation>
    </message>
</context>
<context>
    <name>EmergencyPage</name>
    <message>
        <source>Nødtilgang</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>En pasient som er åpnet med nødtilgang, vises med begrunnelsen øverst i arbeidsflaten. Tilgangen slutter når vinduet låses, når brukeren logger ut, eller etter tiden du velger her. Hver nødtilgang står i tilgangsloggen og på pasientens innsynsutskrift.</source>
        <translation>A patient opened through emergency access is shown with the reason at the top of the workspace. The access ends when the window locks, when the user logs out, or after the time you choose here. Every emergency access is in the access log and on the patient&apos;s access report.</translation>
    </message>
    <message>
        <source> timer</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Nødtilgangen varer</source>
        <translation>Emergency access lasts</translation>
    </message>
    <message>
        <source>Nødtilgangen &amp;varer</source>
        <translation>Emergency access &amp;lasts</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluering av tiltak</source>
        <translation>Evaluation of a measure</translation>
    </message>
    <message>
        <source>Tidligere evalueringer</source>
        <translation>Earlier evaluations</translation>
    </message>
    <message>
        <source>Ingen tidligere evalueringer.</source>
        <translation>No earlier evaluations.</translation>
    </message>
    <message>
        <source>(ikke vurdert)</source>
        <translation>(not assessed)</translation>
    </message>
    <message>
        <source>Med pasientens egne ord …</source>
        <translation>In the patient&apos;s own words …</translation>
    </message>
    <message>
        <source>Fagpersonens vurdering …</source>
        <translation>The professional&apos;s view …</translation>
    </message>
    <message>
        <source>Ta med pårørendes vurdering</source>
        <translation>Include the next of kin&apos;s view</translation>
    </message>
    <message>
        <source>Pårørendes vurdering …</source>
        <translation>The next of kin&apos;s view …</translation>
    </message>
    <message>
        <source>Registreres av: {name}</source>
        <translation>Recorded by: {name}</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Måloppnåelse</source>
        <translation>Goal &amp;achievement</translation>
    </message>
    <message>
        <source>&amp;Neste evaluering</source>
        <translation>&amp;Next evaluation</translation>
    </message>
    <message>
        <source>&amp;Pasientens vurdering</source>
        <translation>The &amp;patient&apos;s view</translation>
    </message>
    <message>
        <source>&amp;Fagpersonens vurdering</source>
        <translation>The p&amp;rofessional&apos;s view</translation>
    </message>
    <message>
        <source>Konklusjon</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Lagre evaluering</source>
        <translation>Save evaluation</translation>
    </message>
    <message>
        <source>(uten delmål)</source>
        <translation>(no sub-goal)</translation>
    </message>
    <message>
        <source>Delmål: {goal}</source>
        <translation>Sub-goal: {goal}</translation>
    </message>
    <message>
        <source>Tiltak: {measure}</source>
        <translation>Measure: {measure}</translation>
    </message>
    <message>
        <source>Pasientens vurdering</source>
        <translation>The patient&apos;s view</translation>
    </message>
    <message>
        <source>Fagpersonens vurdering</source>
        <translation>The professional&apos;s view</translation>
    </message>
    <message>
        <source>Pårørendes vurdering</source>
        <translation>The next of kin&apos;s view</translation>
    </message>
    <message>
        <source>Avslutte tiltaket?</source>
        <translation>End the measure?</translation>
    </message>
    <message>
        <source>Konklusjonen er «avslutte». Skal tiltaket få avsluttet-dato {date}?</source>
        <translation>The conclusion is “end”. Should the measure get the ended date {date}?</translation>
    </message>
    <message>
        <source>Evalueringen er ikke lagret ({detail}). Det du har skrevet, står fortsatt her.</source>
        <translation>The evaluation is not saved ({detail}). What you wrote is still here.</translation>
    </message>
    <message>
        <source>Forkaste evalueringen?</source>
        <translation>Discard the evaluation?</translation>
    </message>
    <message>
        <source>Det du har skrevet i evalueringen, blir ikke lagret. Vil du lukke likevel?</source>
        <translation>What you wrote in the evaluation will not be saved. Close anyway?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Overfør planen – {name}</source>
        <translation>Transfer the plan – {name}</translation>
    </message>
    <message>
        <source>Planen lagres kryptert (AES-256), slik at den trygt kan gis til kommunen på minnepinne eller med sikker e-post. Uten passordet kan ingen åpne filen.</source>
        <translation>The plan is saved encrypted (AES-256), so it can safely be given to the municipality on a memory stick or by secure email. Without the passphrase nobody can open the file.</translation>
    </message>
    <message>
        <source>Hvem får planen (føres på kopilisten)</source>
        <translation>Who gets the plan (recorded on the copy list)</translation>
    </message>
    <message>
        <source>Hva skal lagres?</source>
        <translation>What should be saved?</translation>
    </message>
    <message>
        <source>Pakke (.zip) med utskriften og en FHIR-fil – åpnes med 7-Zip eller med dette programmet</source>
        <translation>Package (.zip) with the printout and a FHIR file – opens with 7-Zip or with this program</translation>
    </message>
    <message>
        <source>Bare utskriften som kryptert PDF – åpnes i alle PDF-lesere</source>
        <translation>Only the printout as an encrypted PDF – opens in any PDF reader</translation>
    </message>
    <message>
        <source>Legg ved møtereferatene ({n}) i pakken</source>
        <translation>Attach the meeting minutes ({n}) to the package</translation>
    </message>
    <message>
        <source>Ta med kartlegging (livsområdene) i FHIR-filen</source>
        <translation>Include the mapping (the life areas) in the FHIR file</translation>
    </message>
    <message>
        <source>Passord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Lag et passord av {n} ord som er lett å lese opp (ca. {bits} biter tilfeldighet)</source>
        <translation>Make a passphrase of {n} words that is easy to read aloud (about {bits} bits of randomness)</translation>
    </message>
    <message>
        <source>Bruk et passord vi har avtalt med mottakeren:</source>
        <translation>Use a passphrase agreed with the recipient:</translation>
    </message>
    <message>
        <source>minst {n} tegn</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>Lagre…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Hvorfor planen likevel skal overføres (logges)</source>
        <translation>Why the plan is handed over anyway (logged)</translation>
    </message>
    <message>
        <source>Grunn til å overføre uten samtykke</source>
        <translation>Reason to hand over without consent</translation>
    </message>
    <message>
        <source>Overfør likevel bare med en grunn:</source>
        <translation>Hand over anyway only with a reason:</translation>
    </message>
    <message>
        <source>Planversjon</source>
        <translation>Plan version</translation>
    </message>
    <message>
        <source>Planversjon som sendes</source>
        <translation>Plan version to send</translation>
    </message>
    <message>
        <source>Velg versjon …</source>
        <translation>Choose a version …</translation>
    </message>
    <message>
        <source>Versjon {n} – signert {date}</source>
        <translation>Version {n} – signed {date}</translation>
    </message>
    <message>
        <source>Versjon {n} – utkast (merkes «UTKAST – ikke signert»)</source>
        <translation>Version {n} – draft (marked «UTKAST – ikke signert»)</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Send:</translation>
    </message>
    <message>
        <source>Skriv hvorfor planen overføres uten samtykke til deling, eller avbryt.</source>
        <translation>Write why the plan is handed over without consent to share, or cancel.</translation>
    </message>
    <message>
        <source>Planen har ingen signert versjon: velg versjonen som skal sendes.</source>
        <translation>The plan has no signed version: choose the version to send.</translation>
    </message>
    <message>
        <source>Planen er ikke overført: en reservert mottaker trenger en begrunnelse.</source>
        <translation>The plan was not transferred: a reserved recipient needs a reason.</translation>
    </message>
    <message>
        <source>Lagre den krypterte filen</source>
        <translation>Save the encrypted file</translation>
    </message>
    <message>
        <source>Passordet:</source>
        <translation>The passphrase:</translation>
    </message>
    <message>
        <source>Kopier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lagret {file} i {folder}.</source>
        <translation>Saved {file} in {folder}.</translation>
    </message>
    <message>
        <source>Gi passordet til mottakeren på telefon eller på en annen kanal – aldri i samme e-post eller på samme minnepinne som filen. Programmet lagrer ikke passordet, og det vises bare nå.</source>
        <translation>Give the passphrase to the recipient by phone or through another channel – never in the same email or on the same memory stick as the file. The program does not store the passphrase, and it is shown only now.</translation>
    </message>
    <message>
        <source>Filen er kryptert med passordet dere har avtalt.</source>
        <translation>The file is encrypted with the passphrase you have agreed.</translation>
    </message>
    <message>
        <source>Kopiert</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Brukerveiledning – Individuell plan</source>
        <translation>User guide – Individuell plan</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Brukerveiledningen mangler i denne installasjonen. Kontakt IT.</source>
        <translation>The user guide is missing from this installation. Contact IT.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Planens historikk – {name}</source>
        <translation>History of the plan – {name}</translation>
    </message>
    <message>
        <source>Planversjoner</source>
        <translation>Plan versions</translation>
    </message>
    <message>
        <source>Planen har ingen versjoner ennå.</source>
        <translation>The plan has no versions yet.</translation>
    </message>
    <message>
        <source>En signert versjon er låst og skrives ut likt hver gang. Endringer etter signering lagres som en ny versjon.</source>
        <translation>A signed version is locked and prints the same every time. Changes after signing are saved as a new version.</translation>
    </message>
    <message>
        <source>Vis / skriv ut…</source>
        <translation>View / print…</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>I databasen</source>
        <translation>In the database</translation>
    </message>
    <message>
        <source>I filen</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Hent inn en plan</source>
        <translation>Obtain a plan</translation>
    </message>
    <message>
        <source>pakke (.zip) eller FHIR-fil (.json)</source>
        <translation>package (.zip) or FHIR file (.json)</translation>
    </message>
    <message>
        <source>Velg fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>passordet du fikk fra avsenderen</source>
        <translation>the passphrase you got from the sender</translation>
    </message>
    <message>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Les filen</source>
        <translation>Read the file</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Passord:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Dette kommer inn</source>
        <translation>This is coming in</translation>
    </message>
    <message>
        <source>Ny pasient i avdeling:</source>
        <translation>New patient in department:</translation>
    </message>
    <message>
        <source>Velg avdeling</source>
        <translation>Choose department</translation>
    </message>
    <message>
        <source>Avdeling for ny pasient</source>
        <translation>Department of the new patient</translation>
    </message>
    <message>
        <source>Jeg har kontrollert at dette er samme person</source>
        <translation>I have checked that this is the same person</translation>
    </message>
    <message>
        <source>Ingenting overskrives: planen legges til som en ny versjon, og de tidligere versjonene blir liggende i historikken. Pasientopplysninger, sjekkliste og samtykke som allerede er registrert her, beholdes.</source>
        <translation>Nothing is overwritten: the plan is added as a new version, and the earlier versions stay in the history. Patient details, checklist and consent already recorded here are kept.</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Leser filen</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>Leser filen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <source>Avbryt lesingen</source>
        <translation>Cancel reading</translation>
    </message>
    <message>
        <source>Velg planen som skal hentes inn</source>
        <translation>Choose the plan to obtain</translation>
    </message>
    <message>
        <source>Velg en fil først.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>{name}, født {born}{number}</source>
        <translation>{name}, born {born}{number}</translation>
    </message>
    <message>
        <source>, fødselsnummer {n}</source>
        <translation>, national identity number {n}</translation>
    </message>
    <message>
        <source>Plan: {n} versjon(er); den siste er {state}, med {rows} rader og {decisions} vedtak.</source>
        <translation>Plan: {n} version(s); the latest is {state}, with {rows} rows and {decisions} decisions.</translation>
    </message>
    <message>
        <source>signert</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>ikke signert</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>Samtykke: {state}.</source>
        <translation>Consent: {state}.</translation>
    </message>
    <message>
        <source>Deltakere: {p}; møter: {m}; kopiliste: {c}.</source>
        <translation>Participants: {p}; meetings: {m}; distribution list: {c}.</translation>
    </message>
    <message>
        <source>Eksportert av {who}, {when}.</source>
        <translation>Exported by {who}, {when}.</translation>
    </message>
    <message>
        <source>Ingen pasient her har samme fødselsnummer eller samme navn og fødselsdato.</source>
        <translation>No patient here has the same national identity number, or the same name and date of birth.</translation>
    </message>
    <message>
        <source>Samme fødselsnummer som {name} (id {id}). Forskjeller:</source>
        <translation>Same national identity number as {name} (id {id}). Differences:</translation>
    </message>
    <message>
        <source>Samme navn og fødselsdato som {name} (id {id}), men ikke samme fødselsnummer. Kontroller at det er samme person. Forskjeller:</source>
        <translation>Same name and date of birth as {name} (id {id}), but not the same national identity number. Check that it is the same person. Differences:</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Ingen forskjeller</source>
        <translation>No differences</translation>
    </message>
    <message>
        <source>Ny planversjon hos {name} (id {id})</source>
        <translation>New plan version for {name} (id {id})</translation>
    </message>
    <message>
        <source>Opprette {name} som ny pasient med planen fra filen?</source>
        <translation>Create {name} as a new patient with the plan from the file?</translation>
    </message>
    <message>
        <source>Legge planen fra filen til som en ny versjon hos {name}? Tidligere versjoner beholdes.</source>
        <translation>Add the plan from the file as a new version for {name}? Earlier versions are kept.</translation>
    </message>
    <message>
        <source>Hent inn planen</source>
        <translation>Obtain the plan</translation>
    </message>
    <message>
        <source>Pasienten er importert til avdeling {department}. Du har ikke tilgang til den avdelingen.</source>
        <translation>The patient has been imported into the department {department}. You do not have access to that department.</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Filen kan ikke leses.</source>
        <translation>The file cannot be read.</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Uten kategori: {department}</source>
        <translation>No category: {department}</translation>
    </message>
</context>
<context>
    <name>IndicatorTables</name>
    <message>
        <source>Avdelinger uten rapportkategori (telt for seg, ikke i Totalt): {names}. En administrator knytter dem til en kategori i Innstillinger.</source>
        <translation>Departments without a report category (counted on their own, not in Totalt): {names}. An administrator maps them to a category in Settings.</translation>
    </message>
    <message>
        <source>Av dem: {what}</source>
        <translation>Of these: {what}</translation>
    </message>
</context>
<context>
    <name>IndicatorsWindow</name>
    <message>
        <source>Indikatorer for individuell plan</source>
        <translation>Indicators for the individual plan</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tertial {n}</source>
        <translation>Four-month period {n}</translation>
    </message>
    <message>
        <source>Alle indikatorer</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Vis små tall</source>
        <translation>Show small numbers</translation>
    </message>
    <message>
        <source>Tall under {n} vises som «&lt;{n}» så ingen pasient kan kjennes igjen. Utskrift og CSV følger valget; FHIR-filen til regionen har alltid de nøyaktige tallene.</source>
        <translation>Numbers below {n} show as “&lt;{n}” so that no patient can be recognised. Printing and CSV follow this choice; the FHIR file for the region always holds the exact numbers.</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Indikator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>A&amp;vdeling:</source>
        <translation>De&amp;partment:</translation>
    </message>
    <message>
        <source>Tertial:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Tabeller</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Merknader til rapporten</source>
        <translation>Notes on the report</translation>
    </message>
    <message>
        <source>Merknader som skrives ut under tabellene, for eksempel om et tall er foreløpig.</source>
        <translation>Notes printed under the tables, for example that a figure is provisional.</translation>
    </message>
    <message>
        <source>&amp;Merknader:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Indikator i diagrammet</source>
        <translation>Indicator in the chart</translation>
    </message>
    <message>
        <source>Søylediagram</source>
        <translation>Bar chart</translation>
    </message>
    <message>
        <source>&amp;Diagram:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <source>&amp;Skriv ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Lagre som &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <source>Lagre for &amp;regionen (FHIR)…</source>
        <translation>Save for the &amp;region (FHIR)…</translation>
    </message>
    <message>
        <source>Slå sammen &amp;rapporter…</source>
        <translation>&amp;Merge reports…</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Alle avdelinger</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Mine avdelinger</source>
        <translation>My departments</translation>
    </message>
    <message>
        <source>Velg minst ett tertial.</source>
        <translation>Choose at least one period.</translation>
    </message>
    <message>
        <source>Teller …</source>
        <translation>Counting …</translation>
    </message>
    <message>
        <source>Summen av {n} filer: {names}</source>
        <translation>The sum of {n} files: {names}</translation>
    </message>
    <message>
        <source>alle avdelinger</source>
        <translation>all departments</translation>
    </message>
    <message>
        <source>{year}, {departments}. En pasient telles under avdelingen pasienten tilhørte da det skjedde.</source>
        <translation>{year}, {departments}. A patient is counted under the department they belonged to when it happened.</translation>
    </message>
    <message>
        <source>«uten tertial»: datoer med bare år.</source>
        <translation>“uten tertial”: dates with a year only.</translation>
    </message>
    <message>
        <source>Indikatoren er ikke valgt.</source>
        <translation>The indicator is not chosen.</translation>
    </message>
    <message>
        <source>Små tall (under {n}) er ikke tegnet.</source>
        <translation>Small numbers (below {n}) are not drawn.</translation>
    </message>
    <message>
        <source>indikatorer-{year}</source>
        <translation>indicators-{year}</translation>
    </message>
    <message>
        <source>Lagre rapporten som PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>Lagret i {path}.</source>
        <translation>Saved in {path}.</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Sendt til skriveren.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Lagre rapporten som CSV</source>
        <translation>Save the report as CSV</translation>
    </message>
    <message>
        <source>Lagre rapporten for regionen</source>
        <translation>Save the report for the region</translation>
    </message>
    <message>
        <source>Lagret i {path} (FHIR MeasureReport, nøyaktige tall uten personopplysninger).</source>
        <translation>Saved in {path} (FHIR MeasureReport, exact numbers without personal data).</translation>
    </message>
    <message>
        <source>Velg rapporter fra andre avdelinger</source>
        <translation>Choose reports from other departments</translation>
    </message>
    <message>
        <source>Velg et år eller en avdeling for å gå tilbake til egne tall.</source>
        <translation>Choose a year or a department to go back to your own figures.</translation>
    </message>
    <message>
        <source>Tallene kunne ikke telles.</source>
        <translation>The figures could not be counted.</translation>
    </message>
</context>
<context>
    <name>KEDirectoryPage</name>
    <message>
        <source>Koordinerende enheter</source>
        <translation>Coordinating units</translation>
    </message>
    <message>
        <source>Kommunenes koordinerende enheter, som meldinger om behov for individuell plan sendes til. Pasientens bostedskommune velger enheten; meldingen kan velge en annen.</source>
        <translation>The municipalities&apos; coordinating units, which notices of a need for an individual plan are sent to. The patient&apos;s home municipality picks the unit; the notice can pick another.</translation>
    </message>
    <message>
        <source>Kommunenummer:</source>
        <translation>Municipality number:</translation>
    </message>
    <message>
        <source>Kommune:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Enhet:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-post:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Postadresse:</source>
        <translation>Postal address:</translation>
    </message>
    <message>
        <source>HER-id (valgfritt):</source>
        <translation>HER id (optional):</translation>
    </message>
    <message>
        <source>fire siffer</source>
        <translation>four digits</translation>
    </message>
    <message>
        <source>Lagre enheten</source>
        <translation>Save the unit</translation>
    </message>
    <message>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Importer CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Eksporter CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>{name} er lagret.</source>
        <translation>{name} is saved.</translation>
    </message>
    <message>
        <source>{name} er fjernet. Sendte meldinger beholder mottakeren slik den var.</source>
        <translation>{name} is removed. Sent notices keep the recipient as it was.</translation>
    </message>
    <message>
        <source>Importer koordinerende enheter</source>
        <translation>Import coordinating units</translation>
    </message>
    <message>
        <source>Filen kan ikke leses: {error}</source>
        <translation>The file cannot be read: {error}</translation>
    </message>
    <message>
        <source>{n} enheter er importert.</source>
        <translation>{n} units imported.</translation>
    </message>
    <message>
        <source>koordinerende-enheter.csv</source>
        <translation>coordinating-units.csv</translation>
    </message>
    <message>
        <source>Eksporter koordinerende enheter</source>
        <translation>Export coordinating units</translation>
    </message>
    <message>
        <source>{n} enheter er lagret i {path}.</source>
        <translation>{n} units saved in {path}.</translation>
    </message>
</context>
<context>
    <name>KEUnitsModel</name>
    <message>
        <source>Kommunenr.</source>
        <translation>Munic. no.</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postadresse</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>HER-id</source>
        <translation>HER id</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Brev – {name}</source>
        <translation>Letter – {name}</translation>
    </message>
    <message>
        <source>Brevmal</source>
        <translation>Letter template</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>&amp;Møte:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Mottakere</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Hvordan brevet gis</source>
        <translation>How the letter is given</translation>
    </message>
    <message>
        <source>Ingen møter er registrert</source>
        <translation>No meetings are recorded</translation>
    </message>
    <message>
        <source>&amp;Brevmal:</source>
        <translation>Letter &amp;template:</translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lagre som kryptert PDF…</source>
        <translation>Save as encrypted PDF…</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Det finnes ingen brevmaler ennå: en administrator lager dem under Innstillinger.</source>
        <translation>There are no letter templates yet: an administrator makes them under Settings.</translation>
    </message>
    <message>
        <source>Velg minst én mottaker.</source>
        <translation>Choose at least one recipient.</translation>
    </message>
    <message>
        <source>Brevet er ikke gitt: en reservert mottaker trenger en begrunnelse.</source>
        <translation>The letter was not given: a reserved recipient needs a reason.</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Sendt til skriveren og ført på kopilisten.</source>
        <translation>Sent to the printer and recorded on the copy list.</translation>
    </message>
    <message>
        <source>Lagre brevet kryptert</source>
        <translation>Save the letter encrypted</translation>
    </message>
    <message>
        <source>Lagret kryptert i {path} og ført på kopilisten. Passordet (gi det på telefon eller en annen kanal, aldri sammen med filen; det vises bare nå):</source>
        <translation>Saved encrypted in {path} and recorded on the copy list. The passphrase (give it by phone or another channel, never with the file; it is shown only now):</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesPage</name>
    <message>
        <source>pasientens navn</source>
        <translation>the patient&apos;s name</translation>
    </message>
    <message>
        <source>pasientens fødselsdato</source>
        <translation>the patient&apos;s date of birth</translation>
    </message>
    <message>
        <source>pasientens adresse</source>
        <translation>the patient&apos;s address</translation>
    </message>
    <message>
        <source>kommunen</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <source>koordinatoren i spesialisthelsetjenesten</source>
        <translation>the coordinator in the specialist health service</translation>
    </message>
    <message>
        <source>koordinatorens telefon</source>
        <translation>the coordinator&apos;s phone</translation>
    </message>
    <message>
        <source>kommunens koordinerende enhet</source>
        <translation>the municipality&apos;s coordinating unit</translation>
    </message>
    <message>
        <source>den koordinerende enhetens telefon</source>
        <translation>the coordinating unit&apos;s phone</translation>
    </message>
    <message>
        <source>de inviterte (ellers ansvarsgruppen)</source>
        <translation>the invited (otherwise the responsibility group)</translation>
    </message>
    <message>
        <source>hva slags møte</source>
        <translation>what kind of meeting</translation>
    </message>
    <message>
        <source>ansvarsgruppemøte</source>
        <translation>responsibility group meeting</translation>
    </message>
    <message>
        <source>når møtet er</source>
        <translation>when the meeting is</translation>
    </message>
    <message>
        <source>hvor møtet er</source>
        <translation>where the meeting is</translation>
    </message>
    <message>
        <source>Møterom 2</source>
        <translation>Meeting room 2</translation>
    </message>
    <message>
        <source>sakslisten</source>
        <translation>the agenda</translation>
    </message>
    <message>
        <source>Gjennomgang av planen</source>
        <translation>Review of the plan</translation>
    </message>
    <message>
        <source>referatet</source>
        <translation>the minutes</translation>
    </message>
    <message>
        <source>Planen ble gjennomgått.</source>
        <translation>The plan was reviewed.</translation>
    </message>
    <message>
        <source>hvem som var til stede</source>
        <translation>who was present</translation>
    </message>
    <message>
        <source>det som ble avtalt</source>
        <translation>what was agreed</translation>
    </message>
    <message>
        <source>Søke om støttekontakt</source>
        <translation>Apply for a support contact</translation>
    </message>
    <message>
        <source>neste møte</source>
        <translation>the next meeting</translation>
    </message>
    <message>
        <source>dagens dato</source>
        <translation>today&apos;s date</translation>
    </message>
    <message>
        <source>avsenderen (avdelingen)</source>
        <translation>the sender (the department)</translation>
    </message>
    <message>
        <source>Voksenpsykiatrisk avdeling</source>
        <translation>Adult psychiatry department</translation>
    </message>
    <message>
        <source>Brevmaler</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <source>Ny mal</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Slett malen</source>
        <translation>Delete the template</translation>
    </message>
    <message>
        <source>Brevets tekst</source>
        <translation>The letter&apos;s text</translation>
    </message>
    <message>
        <source>Flettefelt</source>
        <translation>Merge fields</translation>
    </message>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Flettefelt (dobbeltklikk for å sette inn):</source>
        <translation>Merge fields (double-click to insert):</translation>
    </message>
    <message>
        <source>Slik blir brevet (for en oppdiktet pasient):</source>
        <translation>How the letter will look (for a made-up patient):</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>LocalListsPage</name>
    <message>
        <source>Lokale lister</source>
        <translation>Local lists</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Livsområder</source>
        <translation>Life areas</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Navn i listen</source>
        <translation>Names in the list</translation>
    </message>
    <message>
        <source>Legg til…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Gi nytt navn…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Hent fra CSV…</source>
        <translation>Import from CSV…</translation>
    </message>
    <message>
        <source>Lagre som CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Navnene foreslås mens man skriver i planen og kartleggingen; alt kan fortsatt skrives fritt. Å fjerne eller endre et navn her endrer ingen planer.</source>
        <translation>The names are suggested while typing in the plan and the mapping; anything can still be typed freely. Removing or changing a name here changes no plan.</translation>
    </message>
    <message>
        <source>&amp;Liste</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Gi nytt navn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Hent liste fra CSV</source>
        <translation>Import list from CSV</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv);;Alle filer (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Filen er ikke en tekstfil i UTF-8.</source>
        <translation>The file is not a UTF-8 text file.</translation>
    </message>
    <message>
        <source>Lagre listen som CSV</source>
        <translation>Save the list as CSV</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Filen kan ikke lagres ({detail}).</source>
        <translation>The file cannot be saved ({detail}).</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Programmet er låst. Logg inn igjen for å fortsette her; det du har skrevet, er tatt vare på.</source>
        <translation>The program is locked. Log in again to continue here; what you typed has been kept.</translation>
    </message>
    <message>
        <source>Individuell plan – låst</source>
        <translation>Individual plan – locked</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Tilgangslogg – Individuell plan</source>
        <translation>Access log – Individuell plan</translation>
    </message>
    <message>
        <source>Tilgangsloggen er endret eller har fått oppføringer slettet. Meld fra til personvernombudet.
</source>
        <translation>The access log has been altered or has had entries deleted. Report this to the data protection officer.
</translation>
    </message>
    <message>
        <source>id eller fødselsnummer</source>
        <translation>id or national identity number</translation>
    </message>
    <message>
        <source>Alle hendelser</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Innlogging og låsing</source>
        <translation>Log-ins and locking</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Innsyn for pasienten (PDF)…</source>
        <translation>Access report for the patient (PDF)…</translation>
    </message>
    <message>
        <source>Pasient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Hendelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Periode fra</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Periode til</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Logg</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Alle brukere</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Fant ingen pasient med den id-en eller det fødselsnummeret.</source>
        <translation>No patient found with that id or national identity number.</translation>
    </message>
    <message>
        <source>Viser de {shown} nyeste av {total} oppføringer.</source>
        <translation>Showing the {shown} newest of {total} entries.</translation>
    </message>
    <message>
        <source>{total} oppføringer.</source>
        <translation>{total} entries.</translation>
    </message>
    <message>
        <source>Lagre innsyn</source>
        <translation>Save access report</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Logg inn – Individuell plan</source>
        <translation>Log in – Individuell plan</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Passord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Gjenta passordet</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Nytt passord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Første oppstart</source>
        <translation>First start</translation>
    </message>
    <message>
        <source>Opprett den første administratoren. Administratoren legger inn de ansatte og gir dem tilgang til sine avdelinger, men får selv ikke tilgang til pasienter av rollen alene.</source>
        <translation>Create the first administrator. The administrator adds the staff and gives them access to their departments, but the role alone gives no access to patients.</translation>
    </message>
    <message>
        <source>Opprett administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Vinduet ble låst fordi det ikke var i bruk ({name} var logget inn). Det som var skrevet, er tatt vare på. Logg inn for å fortsette.</source>
        <translation>The window was locked because it was not in use ({name} was logged in). What had been typed is kept. Log in to continue.</translation>
    </message>
    <message>
        <source>Logg inn med ditt personlige brukernavn og passord.</source>
        <translation>Log in with your personal user name and password.</translation>
    </message>
    <message>
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <source>Logg inn</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demodatabase&lt;/b&gt; (syntetiske pasienter, ikke kryptert). Demokontoer:</source>
        <translation>&lt;b&gt;Demo database&lt;/b&gt; (synthetic patients, not encrypted). Demo accounts:</translation>
    </message>
    <message>
        <source>Passordene er ikke like.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Velg et nytt passord</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>En administrator har gitt deg et midlertidig passord. Velg ditt eget (minst {n} tegn).</source>
        <translation>An administrator has given you a temporary password. Choose your own (at least {n} characters).</translation>
    </message>
    <message>
        <source>Lagre og fortsett</source>
        <translation>Save and continue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <source>Søk på navn, fødselsdato eller fødselsnummer</source>
        <translation>Search by name, date of birth or national identity number</translation>
    </message>
    <message>
        <source>Søk etter pasient</source>
        <translation>Search for a patient</translation>
    </message>
    <message>
        <source>Pasientliste</source>
        <translation>Patient list</translation>
    </message>
    <message>
        <source>Ny pasient…</source>
        <translation>New patient…</translation>
    </message>
    <message>
        <source>Rediger pasient…</source>
        <translation>Edit patient…</translation>
    </message>
    <message>
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Om Individuell plan</source>
        <translation>About Individuell plan</translation>
    </message>
    <message>
        <source>Innstillinger…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gjør om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Pasient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>R&amp;apporter</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Indikatorer…</source>
        <translation>&amp;Indicators…</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Verktøylinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Søker …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <source>Mer enn {n} treff</source>
        <translation>More than {n} matches</translation>
    </message>
    <message>
        <source>{n}+ treff</source>
        <translation>{n}+ matches</translation>
    </message>
    <message>
        <source>Ingen treff</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>1 treff</source>
        <translation>1 match</translation>
    </message>
    <message>
        <source>{n} treff</source>
        <translation>{n} matches</translation>
    </message>
    <message>
        <source>1 pasient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <source>{n} pasienter</source>
        <translation>{n} patients</translation>
    </message>
    <message>
        <source>{name} – Individuell plan</source>
        <translation>{name} – Individuell plan</translation>
    </message>
    <message>
        <source>Individuell plan, versjon {version}

For sykehusavdelinger som arbeider med individuell plan: sjekkliste, samtykke, plan og eksisterende vedtak. Programmet virker uten nettverk, og alt lagres på denne maskinen.</source>
        <translation>Individuell plan, version {version}

For hospital departments working with individual plans: checklist, consent, plan and existing decisions. The program works without a network, and everything is stored on this computer.</translation>
    </message>
    <message>
        <source>Endringene er ikke lagret</source>
        <translation>The changes are not saved</translation>
    </message>
    <message>
        <source>{message}

Vil du avslutte likevel? Det som ikke er lagret, går tapt.</source>
        <translation>{message}

Quit anyway? What has not been saved will be lost.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Kartlegging</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Ny kartlegging</source>
        <translation>New mapping</translation>
    </message>
    <message>
        <source>Ny kartlegging fra denne</source>
        <translation>New mapping from this one</translation>
    </message>
    <message>
        <source>Kopierer svarene til en ny kartlegging; denne blir stående som den er.</source>
        <translation>Copies the answers into a new mapping; this one stays as it is.</translation>
    </message>
    <message>
        <source>hvem som kartla sammen med pasienten</source>
        <translation>who did the mapping with the patient</translation>
    </message>
    <message>
        <source>Livsområder</source>
        <translation>Life areas</translation>
    </message>
    <message>
        <source>ikke kartlagt</source>
        <translation>not mapped</translation>
    </message>
    <message>
        <source>ikke avklart</source>
        <translation>not settled</translation>
    </message>
    <message>
        <source>Med pasientens egne ord …</source>
        <translation>In the patient&apos;s own words …</translation>
    </message>
    <message>
        <source>Pasient og fagperson ser behovet ulikt: skriv hvorfor i kommentaren.</source>
        <translation>The patient and the professional see the need differently: write why in the comment.</translation>
    </message>
    <message>
        <source>Lag tiltak</source>
        <translation>Make a measure</translation>
    </message>
    <message>
        <source>Behovet blir en ny rad i planen med trinn «ønsket».</source>
        <translation>The need becomes a new row in the plan at the stage “wished”.</translation>
    </message>
    <message>
        <source>Ingen kartlegging ennå. «Ny kartlegging» begynner en med sykehusets livsområder.</source>
        <translation>No mapping yet. “New mapping” starts one with the hospital&apos;s life areas.</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kartlagt av</source>
        <translation>Mapped &amp;by</translation>
    </message>
    <message>
        <source>&amp;Mål – med pasientens egne ord</source>
        <translation>&amp;Goal – in the patient&apos;s own words</translation>
    </message>
    <message>
        <source>&amp;Egne ressurser</source>
        <translation>&amp;Own resources</translation>
    </message>
    <message>
        <source>&amp;Hva andre kan gjøre</source>
        <translation>What &amp;others can do</translation>
    </message>
    <message>
        <source>Behov slik &amp;pasienten ser det</source>
        <translation>Need as the &amp;patient sees it</translation>
    </message>
    <message>
        <source>Behov slik &amp;fagpersonen ser det</source>
        <translation>Need as the pro&amp;fessional sees it</translation>
    </message>
    <message>
        <source>K&amp;ommentar</source>
        <translation>Co&amp;mment</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>E&amp;nighet</source>
        <translation>Ag&amp;reement</translation>
    </message>
    <message>
        <source>uten dato</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Tiltaket står nå som ny rad i planen, med trinn «ønsket».</source>
        <translation>The measure is now a new row in the plan, at the stage “wished”.</translation>
    </message>
</context>
<context>
    <name>MeasureDetail</name>
    <message>
        <source>Tiltaket i valgt rad</source>
        <translation>The measure in the chosen row</translation>
    </message>
    <message>
        <source>for eksempel Bolig og dagligliv</source>
        <translation>for example Housing and daily life</translation>
    </message>
    <message>
        <source>for eksempel 2 timer per uke</source>
        <translation>for example 2 hours a week</translation>
    </message>
    <message>
        <source>instansen det er søkt hos</source>
        <translation>the body applied to</translation>
    </message>
    <message>
        <source>navn og rolle</source>
        <translation>name and role</translation>
    </message>
    <message>
        <source>(ikke satt)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Et tiltak kan gå fra hvilket som helst trinn til et annet.</source>
        <translation>A measure may go from any stage to any other.</translation>
    </message>
    <message>
        <source>Dato for trinnet</source>
        <translation>Date of the stage</translation>
    </message>
    <message>
        <source>Evaluer tiltaket…</source>
        <translation>Evaluate the measure…</translation>
    </message>
    <message>
        <source>Pasientens og fagpersonens vurdering side om side, med konklusjon</source>
        <translation>The patient&apos;s and the professional&apos;s views side by side, with a conclusion</translation>
    </message>
    <message>
        <source>Velg en rad i tabellen for å se tiltakets trinn, omfang og oppfølging.</source>
        <translation>Choose a row in the table to see the measure&apos;s stage, scope and follow-up.</translation>
    </message>
    <message>
        <source>&amp;Livsområde</source>
        <translation>&amp;Life area</translation>
    </message>
    <message>
        <source>&amp;Omfang</source>
        <translation>S&amp;cope</translation>
    </message>
    <message>
        <source>&amp;Trinn</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <source>Søkt &amp;hos</source>
        <translation>&amp;Applied to</translation>
    </message>
    <message>
        <source>&amp;Følges opp av</source>
        <translation>&amp;Followed up by</translation>
    </message>
    <message>
        <source>D&amp;ato for trinnet</source>
        <translation>&amp;Date of the stage</translation>
    </message>
    <message>
        <source>Ikke evaluert ennå.</source>
        <translation>Not evaluated yet.</translation>
    </message>
    <message>
        <source>Siste evaluering: {brief} ({count} i alt)</source>
        <translation>Latest evaluation: {brief} ({count} in all)</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Møter</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>dd.mm.åååå tt:mm</source>
        <translation>dd.mm.yyyy hh:mm</translation>
    </message>
    <message>
        <source>Videomøte</source>
        <translation>Video meeting</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Hva er avtalt</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Innen (dato)</source>
        <translation>By (date)</translation>
    </message>
    <message>
        <source>&amp;Møte</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Tid</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>&amp;Sted</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Innkalling &amp;sendt</source>
        <translation>Invitation &amp;sent</translation>
    </message>
    <message>
        <source>&amp;Neste møte</source>
        <translation>&amp;Next meeting</translation>
    </message>
    <message>
        <source>Invitert</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Saksliste</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Avtalte tiltak</source>
        <translation>Agreed actions</translation>
    </message>
    <message>
        <source>Nytt møte</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>{names} er ikke invitert: pasienten har reservert seg, og ingen begrunnelse ble skrevet.</source>
        <translation>{names} not invited: the patient has a reservation, and no reason was given.</translation>
    </message>
    <message>
        <source>Slett møtet</source>
        <translation>Delete the meeting</translation>
    </message>
    <message>
        <source>(innkalling sendt mindre enn 7 dager før)</source>
        <translation>(invitation sent less than 7 days before)</translation>
    </message>
    <message>
        <source>Innkallingen ble sendt mindre enn 7 dager før møtet.</source>
        <translation>The invitation was sent less than 7 days before the meeting.</translation>
    </message>
    <message>
        <source>Pasienten har reservert seg mot at {name} blir invitert. Skriv en begrunnelse for å invitere likevel.</source>
        <translation>The patient has reserved against {name} being invited. Type a reason to invite anyway.</translation>
    </message>
    <message>
        <source>Møtet er slettet.</source>
        <translation>The meeting is deleted.</translation>
    </message>
    <message>
        <source>{date} kl. {time}</source>
        <translation>{date} at {time}</translation>
    </message>
</context>
<context>
    <name>MultiLineDelegate</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Enter gir ny linje. Ctrl+Enter eller Tab lagrer cellen.</source>
        <translation>Enter starts a new line. Ctrl+Enter or Tab saves the cell.</translation>
    </message>
</context>
<context>
    <name>NoticeLetterDialog</name>
    <message>
        <source>Melding til kommunen – {name}</source>
        <translation>Notice to the municipality – {name}</translation>
    </message>
    <message>
        <source>Brevet til koordinerende enhet, med svarslipp. Lagres det for sending, blir filen kryptert (AES-256) med et passord du gir mottakeren på et annet vis.</source>
        <translation>The letter to the coordinating unit, with a reply slip. Saved for sending, the file is encrypted (AES-256) with a passphrase you give the recipient another way.</translation>
    </message>
    <message>
        <source>Lagre som kryptert pakke…</source>
        <translation>Save as encrypted package…</translation>
    </message>
    <message>
        <source>Lagre som kryptert PDF…</source>
        <translation>Save as encrypted PDF…</translation>
    </message>
    <message>
        <source>Kopier passordet</source>
        <translation>Copy the passphrase</translation>
    </message>
    <message>
        <source>melding-til-kommunen</source>
        <translation>notice-to-municipality</translation>
    </message>
    <message>
        <source>Lagre den krypterte filen</source>
        <translation>Save the encrypted file</translation>
    </message>
    <message>
        <source>Lagret i {path}. Gi mottakeren passordet på et annet vis (for eksempel på telefon); det vises bare nå:</source>
        <translation>Saved in {path}. Give the recipient the passphrase another way (for example by phone); it is shown only now:</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>Melding om behov for individuell plan / koordinator</source>
        <translation>Notice of need for an individual plan / coordinator</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Mottaker (koordinerende enhet)</source>
        <translation>Recipient (coordinating unit)</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Aktuelle tjenester og varighet</source>
        <translation>Relevant services and duration</translation>
    </message>
    <message>
        <source>Pasientens aktivitet i dag</source>
        <translation>The patient&apos;s activity today</translation>
    </message>
    <message>
        <source>Formålet med individuell plan</source>
        <translation>Purpose of the individual plan</translation>
    </message>
    <message>
        <source>Forslag til koordinator</source>
        <translation>Suggested coordinator</translation>
    </message>
    <message>
        <source>Ny melding</source>
        <translation>New notice</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Hvordan (for eksempel telefon)</source>
        <translation>How (for example by phone)</translation>
    </message>
    <message>
        <source>Registrer purring</source>
        <translation>Record reminder</translation>
    </message>
    <message>
        <source>Kommunens svar</source>
        <translation>The municipality’s reply</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Registrer svar</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <source>Lukk meldingen</source>
        <translation>Close the notice</translation>
    </message>
    <message>
        <source>Kopier journalnotat</source>
        <translation>Copy journal note</translation>
    </message>
    <message>
        <source>Brevet: vis, skriv ut, lagre…</source>
        <translation>The letter: show, print, save…</translation>
    </message>
    <message>
        <source>Meldingen som brev på én side, med svarslipp: skriv den ut eller lagre den kryptert.</source>
        <translation>The notice as a one-page letter with a reply slip: print it or save it encrypted.</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Purring</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Koordinator i kommunen</source>
        <translation>Coordinator in the municipality</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Melding til kommunen</source>
        <translation>Notice to the municipality</translation>
    </message>
    <message>
        <source>Ingen valgt</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <source>Ingen melding</source>
        <translation>No notice</translation>
    </message>
    <message>
        <source>Svarfrist {date}</source>
        <translation>Reply due {date}</translation>
    </message>
    <message>
        <source>{due} – fristen er passert</source>
        <translation>{due} – the deadline has passed</translation>
    </message>
    <message>
        <source>Skriv meldingen før du sender den.</source>
        <translation>Write the notice before you send it.</translation>
    </message>
    <message>
        <source>Kommunen har oppnevnt {name} som koordinator. Vil du føre navnet inn som «Koordinator i kommunen» i planen og krysse av punkt 7 i sjekklisten?</source>
        <translation>The municipality has appointed {name} as coordinator. Do you want to enter the name as &quot;Coordinator in the municipality&quot; in the plan and tick item 7 of the checklist?</translation>
    </message>
    <message>
        <source>Koordinator oppnevnt</source>
        <translation>Coordinator appointed</translation>
    </message>
    <message>
        <source>dd.mm.åååå (i dag)</source>
        <translation>dd.mm.yyyy (today)</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå.</source>
        <translation>Write the date as dd.mm.yyyy.</translation>
    </message>
</context>
<context>
    <name>PartialDateField</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Dag, måned eller bare år: 15.07.2012, 07.2012 eller 2012</source>
        <translation>A day, a month or just a year: 15.07.2012, 07.2012 or 2012</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle eller relasjon</source>
        <translation>Role or relationship</translation>
    </message>
    <message>
        <source>Virksomhet</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Ansvarsgruppe</source>
        <translation>Responsibility group</translation>
    </message>
    <message>
        <source>Får kopi</source>
        <translation>Gets a copy</translation>
    </message>
    <message>
        <source>Bidrar med</source>
        <translation>Contributes</translation>
    </message>
    <message>
        <source>{name} (reservert)</source>
        <translation>{name} (reserved)</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Medlem av ansvarsgruppen</source>
        <translation>Member of the responsibility group</translation>
    </message>
    <message>
        <source>Får kopi av planen</source>
        <translation>Gets a copy of the plan</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Rolle eller relasjon</source>
        <translation>&amp;Role or relationship</translation>
    </message>
    <message>
        <source>&amp;Virksomhet</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-post</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Bidrar med</source>
        <translation>&amp;Contributes</translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Hvem</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <source>Ny deltaker</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Kopiliste…</source>
        <translation>Copy list…</translation>
    </message>
    <message>
        <source>{name} får ikke kopi: pasienten har reservert seg, og ingen begrunnelse ble skrevet.</source>
        <translation>{name} gets no copy: the patient has a reservation, and no reason was given.</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Deltakeren er fjernet.</source>
        <translation>The participant is removed.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Passord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Bytt ditt eget passord. Det må ha minst {n} tegn, ikke inneholde brukernavnet og ikke være et av de mest brukte passordene. Flere vanlige ord etter hverandre er lette å huske og vanskelige å gjette.</source>
        <translation>Change your own password. It must have at least {n} characters, must not contain the user name and must not be one of the most used passwords. Several ordinary words in a row are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Nåværende passord</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Nytt passord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Gjenta det nye passordet</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>&amp;Nåværende passord</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>N&amp;ytt passord</source>
        <translation>N&amp;ew password</translation>
    </message>
    <message>
        <source>&amp;Gjenta det nye passordet</source>
        <translation>&amp;Repeat the new password</translation>
    </message>
    <message>
        <source>&amp;Bytt passord</source>
        <translation>C&amp;hange password</translation>
    </message>
    <message>
        <source>Passordene er ikke like.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Passordet er byttet.</source>
        <translation>The password has been changed.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Rediger pasient</source>
        <translation>Edit patient</translation>
    </message>
    <message>
        <source>Ny pasient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>11 siffer</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>dd.mm.åååå, mm.åååå eller åååå</source>
        <translation>dd.mm.yyyy, mm.yyyy or yyyy</translation>
    </message>
    <message>
        <source>Velg avdeling</source>
        <translation>Choose department</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Du er ikke knyttet til noen aktiv avdeling. Be en administrator om å legge deg til i en avdeling.</source>
        <translation>You do not belong to any active department. Ask an administrator to add you to a department.</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Fødselsnummer/D-nummer:</source>
        <translation>National identity number/D number:</translation>
    </message>
    <message>
        <source>Født:</source>
        <translation>Born:</translation>
    </message>
    <message>
        <source>Adresse:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Avdeling:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Bostedskommune:</source>
        <translation>Municipality of residence:</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Kan stå tomt hvis nummeret ikke er kjent.</source>
        <translation>May be left empty if the number is not known.</translation>
    </message>
    <message>
        <source>{count} av 11 siffer</source>
        <translation>{count} of 11 digits</translation>
    </message>
    <message>
        <source>Gyldig D-nummer</source>
        <translation>Valid D number</translation>
    </message>
    <message>
        <source>Gyldig fødselsnummer</source>
        <translation>Valid national identity number</translation>
    </message>
    <message>
        <source>Velg avdelingen pasienten hører til.</source>
        <translation>Choose the department the patient belongs to.</translation>
    </message>
    <message>
        <source>Avdeling {department} er ikke en av dine avdelinger. Pasienten forsvinner fra listen din, og du kan ikke åpne pasienten igjen uten nødtilgang. Flytte pasienten dit?</source>
        <translation>The department {department} is not one of yours. The patient will leave your list, and you cannot open the patient again without emergency access. Move the patient there?</translation>
    </message>
    <message>
        <source>Avdeling {department} er ikke en av dine avdelinger. Pasienten vil ikke vises i listen din. Opprette pasienten der?</source>
        <translation>The department {department} is not one of yours. The patient will not show in your list. Create the patient there?</translation>
    </message>
    <message>
        <source>Pasienten er ikke lagret. Velg en annen avdeling.</source>
        <translation>The patient has not been saved. Choose another department.</translation>
    </message>
    <message>
        <source>Pasienten ble ikke lagret: {detail}</source>
        <translation>The patient was not saved: {detail}</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>National identity number</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Planperiode</source>
        <translation>Plan period</translation>
    </message>
    <message>
        <source>Neste evaluering</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Tilstand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Neste frist</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>(forfalt)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <source>Samtykket er trukket tilbake. Planen kan ikke brukes videre uten nytt samtykke.</source>
        <translation>Consent has been withdrawn. The plan cannot be used further without new consent.</translation>
    </message>
    <message>
        <source>Samtykket gjaldt til {date}. Innhent nytt samtykke.</source>
        <translation>Consent was valid until {date}. Obtain new consent.</translation>
    </message>
    <message>
        <source>Pasienten ønsker ikke individuell plan nå, men kan be om det senere.</source>
        <translation>The patient does not want an individual plan now, but can ask for one later.</translation>
    </message>
    <message>
        <source>Fristen gikk ut {date}: {what}.</source>
        <translation>The deadline passed on {date}: {what}.</translation>
    </message>
    <message>
        <source>Evalueringen skulle vært gjort innen {date}.</source>
        <translation>The evaluation should have been done by {date}.</translation>
    </message>
    <message>
        <source>til etter evaluering</source>
        <translation>until after evaluation</translation>
    </message>
    <message>
        <source>Signert v{number}</source>
        <translation>Signed v{number}</translation>
    </message>
    <message>
        <source>Utkast v{number}</source>
        <translation>Draft v{number}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Sendt til skriveren.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Registrer underskrifter…</source>
        <translation>Record signatures…</translation>
    </message>
    <message>
        <source>Historikk…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Overfør til kommunen…</source>
        <translation>Transfer to the municipality…</translation>
    </message>
    <message>
        <source>Brev…</source>
        <translation>Letter…</translation>
    </message>
    <message>
        <source>Revider plan…</source>
        <translation>Revise plan…</translation>
    </message>
    <message>
        <source>Hent inn plan…</source>
        <translation>Obtain plan…</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Individuell plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <source>navn og arbeidssted</source>
        <translation>name and workplace</translation>
    </message>
    <message>
        <source>kommunens navn</source>
        <translation>name of the municipality</translation>
    </message>
    <message>
        <source>i samarbeid med … kommune</source>
        <translation>in cooperation with … municipality</translation>
    </message>
    <message>
        <source>Utarbeidet av</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>i samarbeid med</source>
        <translation>in cooperation with</translation>
    </message>
    <message>
        <source>kommune</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>Planen tilhører</source>
        <translation>The plan belongs to</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fra pasientopplysningene; endres der.</source>
        <translation>From the patient details; changed there.</translation>
    </message>
    <message>
        <source>til etter evaluering</source>
        <translation>until after evaluation</translation>
    </message>
    <message>
        <source>Planen gjelder til den er evaluert; ingen sluttdato.</source>
        <translation>The plan is valid until it has been evaluated; no end date.</translation>
    </message>
    <message>
        <source>Planen gjelder fra (dato)</source>
        <translation>The plan is valid from (date)</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Evalueres (dato)</source>
        <translation>Evaluated (date)</translation>
    </message>
    <message>
        <source>Situasjonsbeskrivelse og informasjon om planens oppfølging</source>
        <translation>Description of the situation and information on follow-up of the plan</translation>
    </message>
    <message>
        <source>Kort om mål, ressurser og tjenestebehov. Begynn med det som fungerer og det pasienten selv får til, så det pasienten trenger hjelp til.</source>
        <translation>Briefly about goals, resources and service needs. Start with what works and what the patient manages alone, then what the patient needs help with.</translation>
    </message>
    <message>
        <source>Ressurser, mål og tjenestebehov …</source>
        <translation>Resources, goals and service needs …</translation>
    </message>
    <message>
        <source>Mål og tiltak</source>
        <translation>Goals and measures</translation>
    </message>
    <message>
        <source>Overordnet målsetting</source>
        <translation>Overall goal</translation>
    </message>
    <message>
        <source>Gjerne med pasientens egne ord, for eksempel et sitat.</source>
        <translation>Preferably in the patient&apos;s own words, for example a quotation.</translation>
    </message>
    <message>
        <source>Én rad per delmål. Dobbeltklikk eller begynn å skrive i en celle; Enter gir ny linje, Ctrl+Enter lagrer cellen. Datoer kan være dag, måned eller år: 15.07.2012, 07.2012, 2012.</source>
        <translation>One row per sub-goal. Double-click or start typing in a cell; Enter starts a new line, Ctrl+Enter saves the cell. Dates may be a day, a month or a year: 15.07.2012, 07.2012, 2012.</translation>
    </message>
    <message>
        <source>etter evaluering</source>
        <translation>after evaluation</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Dato for oppstart</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Ansvarlig person og instans</source>
        <translation>Responsible person and service</translation>
    </message>
    <message>
        <source>Dato for evaluering</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <source>Kommentar/evaluering</source>
        <translation>Comment/evaluation</translation>
    </message>
    <message>
        <source>Avsluttet (dato)</source>
        <translation>Ended (date)</translation>
    </message>
</context>
<context>
    <name>PlanVersionsModel</name>
    <message>
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Planperiode</source>
        <translation>Plan period</translation>
    </message>
    <message>
        <source>Evalueres</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Underskrifter</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Sist endret</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>{start} – etter evaluering</source>
        <translation>{start} – after evaluation</translation>
    </message>
    <message>
        <source>Utkast, ikke signert</source>
        <translation>Draft, not signed</translation>
    </message>
    <message>
        <source>Signert {date}</source>
        <translation>Signed {date}</translation>
    </message>
    <message>
        <source>verge/foresatte {name}</source>
        <translation>guardian/parent {name}</translation>
    </message>
    <message>
        <source>koordinator {name}</source>
        <translation>coordinator {name}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Skriv ut – {name}</source>
        <translation>Print – {name}</translation>
    </message>
    <message>
        <source>Skjemaer</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Individuell plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <source>Eksisterende vedtak, planer og avtaler</source>
        <translation>Existing decisions, plans and agreements</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Sjekkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Deltakere i planarbeidet</source>
        <translation>Participants in the plan work</translation>
    </message>
    <message>
        <source>Kontaktliste for pasienten</source>
        <translation>Contact list for the patient</translation>
    </message>
    <message>
        <source>Evaluering av tiltak</source>
        <translation>Evaluation of measures</translation>
    </message>
    <message>
        <source>Kartlegging av livsområder</source>
        <translation>Mapping of life areas</translation>
    </message>
    <message>
        <source>Kriseplan</source>
        <translation>Crisis plan</translation>
    </message>
    <message>
        <source>Kriseplan som kort</source>
        <translation>Crisis plan as a card</translation>
    </message>
    <message>
        <source>Papir</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Utlevert til</source>
        <translation>Handed out to</translation>
    </message>
    <message>
        <source>Planversjon {n}, signert {date}. En ny utskrift blir lik den første.</source>
        <translation>Plan version {n}, signed {date}. A new printout is identical to the first.</translation>
    </message>
    <message>
        <source>Planen er tom: skjemaet skrives ut med linjer å skrive på.</source>
        <translation>The plan is empty: the form is printed with lines to write on.</translation>
    </message>
    <message>
        <source>Planversjon {n}, ikke signert.</source>
        <translation>Plan version {n}, not signed.</translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lagre som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>En PDF lagret her er ukryptert og bare for utskrift, ikke for å gi planen videre: bruk «Overfør til kommunen» (kryptert) til det.</source>
        <translation>A PDF saved here is unencrypted and for printing only, not for handing the plan over: use “Overfør til kommunen” (encrypted) for that.</translation>
    </message>
    <message>
        <source>Velg minst ett skjema.</source>
        <translation>Choose at least one form.</translation>
    </message>
    <message>
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{n} sider</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>individuell-plan-versjon-{n}.pdf</source>
        <translation>individual-plan-version-{n}.pdf</translation>
    </message>
    <message>
        <source>Lagre som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Lagret i {path}.</source>
        <translation>Saved in {path}.</translation>
    </message>
    <message>
        <source>Ikke skrevet ut: en reservert mottaker trenger en begrunnelse.</source>
        <translation>Not printed: a reserved recipient needs a reason.</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Sendt til skriveren og ført på kopilisten.</source>
        <translation>Sent to the printer and recorded on the copy list.</translation>
    </message>
    <message>
        <source>Sendt til skriveren.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ProcessBox</name>
    <message>
        <source>Vurdering av behov (sjekkliste punkt 1)</source>
        <translation>Assessment of need (checklist item 1)</translation>
    </message>
    <message>
        <source>Ikke vurdert</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Hvorfor avventer dere? (eller en merknad)</source>
        <translation>Why are you waiting? (or a remark)</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vurdert av</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>Samtykke til å kontakte kommunen</source>
        <translation>Consent to contact the municipality</translation>
    </message>
    <message>
        <source>Gitt av</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>På vegne av pasienten</source>
        <translation>On behalf of the patient</translation>
    </message>
    <message>
        <source>Grunnlag</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <source>{name} (pasienten)</source>
        <translation>{name} (the patient)</translation>
    </message>
    <message>
        <source>(reservert)</source>
        <translation>(reserved)</translation>
    </message>
    <message>
        <source>Pasienten har ikke samtykket til at planen deles med ansvarsgruppen, så bare pasienten kan få kopi.</source>
        <translation>The patient has not consented to the plan being shared with the responsibility group, so only the patient can get a copy.</translation>
    </message>
    <message>
        <source>Pasienten har reservert seg mot at {name} får kopi. Skriv en begrunnelse for å gi kopi likevel.</source>
        <translation>The patient does not want {name} to get a copy. Enter a reason to give a copy anyway.</translation>
    </message>
    <message>
        <source>Reservasjon</source>
        <translation>Reservation</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Lagringsstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Ikke lagret ennå…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <source>Lagret {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>Reservasjon</source>
        <translation>Reservation</translation>
    </message>
</context>
<context>
    <name>RecordRowsModel</name>
    <message>
        <source>Rad {row}, «{column}»: {message}</source>
        <translation>Row {row}, “{column}”: {message}</translation>
    </message>
</context>
<context>
    <name>ReviseDialog</name>
    <message>
        <source>Revider plan</source>
        <translation>Revise plan</translation>
    </message>
    <message>
        <source>signert</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>En ny planperiode begynner som et nytt utkast med radene du krysser av for. Versjon {number} ({state}) blir stående som den er.</source>
        <translation>A new plan period starts as a new draft with the rows you tick. Version {number} ({state}) stays as it is.</translation>
    </message>
    <message>
        <source>Rader som tas med</source>
        <translation>Rows carried over</translation>
    </message>
    <message>
        <source>Planen har ingen rader.</source>
        <translation>The plan has no rows.</translation>
    </message>
    <message>
        <source>Krysset av fra start: rader med konklusjonen «overføre til revidert plan» og rader som ikke er avsluttet.</source>
        <translation>Ticked from the start: rows concluded “carry over to the revised plan” and rows not ended.</translation>
    </message>
    <message>
        <source>kort om hvorfor planen revideres</source>
        <translation>briefly why the plan is revised</translation>
    </message>
    <message>
        <source>Lag ny planperiode</source>
        <translation>Make a new plan period</translation>
    </message>
    <message>
        <source>Ny periode &amp;fra</source>
        <translation>New period &amp;from</translation>
    </message>
    <message>
        <source>&amp;til (tom: etter evaluering)</source>
        <translation>&amp;to (empty: after evaluation)</translation>
    </message>
    <message>
        <source>&amp;Evalueres (dato)</source>
        <translation>&amp;Evaluated (date)</translation>
    </message>
    <message>
        <source>&amp;Merknad om revisjonen</source>
        <translation>&amp;Note on the revision</translation>
    </message>
    <message>
        <source>Rader som tas med i den nye planen</source>
        <translation>Rows carried over into the new plan</translation>
    </message>
    <message>
        <source>(uten delmål)</source>
        <translation>(no sub-goal)</translation>
    </message>
    <message>
        <source>avsluttet {date}</source>
        <translation>ended {date}</translation>
    </message>
    <message>
        <source>Den nye planperioden er ikke lagret ({detail}).</source>
        <translation>The new plan period is not saved ({detail}).</translation>
    </message>
    <message>
        <source>Nytt samtykke</source>
        <translation>New consent</translation>
    </message>
    <message>
        <source>Den nye planperioden trenger et nytt samtykke. Vil du begynne en ny samtykkeversjon nå? Den forrige blir stående i historikken.</source>
        <translation>The new plan period needs a new consent. Start a new consent version now? The previous one stays in the history.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Legg til rad</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Ny rad under den valgte (Insert)</source>
        <translation>New row below the selected one (Insert)</translation>
    </message>
    <message>
        <source>Fjern rad</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Fjern den valgte raden (Ctrl+Delete)</source>
        <translation>Remove the selected row (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Flytt opp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Flytt den valgte raden opp (Alt+Pil opp)</source>
        <translation>Move the selected row up (Alt+Up)</translation>
    </message>
    <message>
        <source>Flytt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Flytt den valgte raden ned (Alt+Pil ned)</source>
        <translation>Move the selected row down (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Ikke lagret</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Endringene til {name} kan ikke lagres ennå ({error}). Bare {name} kan låse opp nå, så ingenting går tapt.</source>
        <translation>The changes by {name} cannot be saved yet ({error}). Only {name} can unlock now, so nothing is lost.</translation>
    </message>
    <message>
        <source>Tilgangsloggen er endret</source>
        <translation>The access log has been altered</translation>
    </message>
    <message>
        <source>Noen har endret databasen eller tilgangsloggen utenom programmet. Kjør «individuell-plan check» for hele kontrollen, og meld fra til personvernombudet.

</source>
        <translation>Someone has changed the database or the access log outside the program. Run &quot;individuell-plan check&quot; for the full check, and tell the data protection officer.

</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>ingen avdeling</source>
        <translation>no department</translation>
    </message>
    <message>
        <source>Innlogget: {name} ({role})</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
    <message>
        <source>Lås nå</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Nødtilgang til annen pasient…</source>
        <translation>Emergency access to another patient…</translation>
    </message>
    <message>
        <source>&amp;Administrasjon</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>Brukere…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <source>Tilgangslogg…</source>
        <translation>Access log…</translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi nå</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Gjenopprett sikkerhetskopi…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Lagret {name}.</source>
        <translation>Saved {name}.</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopier ennå.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>Velg sikkerhetskopien. Dagens tilstand lagres først som egen kopi.</source>
        <translation>Choose the backup. The current state is saved first as a copy of its own.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ikke gjenopprettet</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>Gjenopprettet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Gjenopprettet fra {source}. Tilstanden før er lagret i {safety}. Logg inn igjen.</source>
        <translation>Restored from {source}. The state before is saved in {safety}. Log in again.</translation>
    </message>
    <message>
        <source>Programmet kan ikke lagre i datamappen {folder} ({error}). Mappen er kanskje skrivebeskyttet, eller disken er full. Kontakt IT; ingenting er endret.</source>
        <translation>The program cannot save in the data folder {folder} ({error}). The folder may be read-only, or the disk may be full. Contact IT; nothing has been changed.</translation>
    </message>
    <message>
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Som systemet ({name})</source>
        <translation>As the system ({name})</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Det nye språket brukes neste gang programmet starter.</source>
        <translation>The new language is used the next time the program starts.</translation>
    </message>
    <message>
        <source>Språk for deg</source>
        <translation>Your language</translation>
    </message>
    <message>
        <source>Logoen som skrives ut</source>
        <translation>The logo that is printed</translation>
    </message>
    <message>
        <source>&amp;Velg logo…</source>
        <translation>&amp;Choose logo…</translation>
    </message>
    <message>
        <source>Bruk &amp;standardlogoen</source>
        <translation>Use the &amp;default logo</translation>
    </message>
    <message>
        <source>Sykehusets logo på utskriftene (for alle brukere)</source>
        <translation>The hospital&apos;s logo on printouts (for all users)</translation>
    </message>
    <message>
        <source>Generelt</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Bare en administrator kan bytte logoen.</source>
        <translation>Only an administrator can change the logo.</translation>
    </message>
    <message>
        <source>Sykehusets egen logo.</source>
        <translation>The hospital&apos;s own logo.</translation>
    </message>
    <message>
        <source>Programmets nøytrale standardlogo. Velg sykehusets logo (PNG eller JPEG, høyst 2 MB).</source>
        <translation>The program&apos;s neutral default logo. Choose the hospital&apos;s logo (PNG or JPEG, at most 2 MB).</translation>
    </message>
    <message>
        <source>Velg sykehusets logo</source>
        <translation>Choose the hospital&apos;s logo</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logoen kan ikke brukes</source>
        <translation>The logo cannot be used</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Registrer underskrifter</source>
        <translation>Record signatures</translation>
    </message>
    <message>
        <source>Bare når verge eller foresatte signerte</source>
        <translation>Only when a guardian or parent signed</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Pasient (bruker):</source>
        <translation>Patient (user):</translation>
    </message>
    <message>
        <source>Verge/foresatte:</source>
        <translation>Guardian/parent:</translation>
    </message>
    <message>
        <source>Ansvarlig koordinator:</source>
        <translation>Responsible coordinator:</translation>
    </message>
    <message>
        <source>Dato signert:</source>
        <translation>Date signed:</translation>
    </message>
    <message>
        <source>Registrer og lås versjonen</source>
        <translation>Record and lock the version</translation>
    </message>
    <message>
        <source>Det finnes ingen plan å signere ennå. Skriv planen først, og skriv den ut til underskrift.</source>
        <translation>There is no plan to sign yet. Write the plan first, and print it for signing.</translation>
    </message>
    <message>
        <source>Versjon {n} er allerede signert {date}. Når planen endres, lagres endringene som en ny versjon, som kan skrives ut og signeres.</source>
        <translation>Version {n} was already signed {date}. When the plan is changed, the changes are saved as a new version, which can be printed and signed.</translation>
    </message>
    <message>
        <source>Fyll inn hvem som signerte den utskrevne planen (versjon {n}) og når. Når underskriftene er registrert, låses versjon {n}: den kan alltid vises og skrives ut likt, men ikke endres. Senere endringer blir versjon {next}.</source>
        <translation>Fill in who signed the printed plan (version {n}) and when. Once the signatures are recorded, version {n} is locked: it can always be viewed and printed the same way, but not changed. Later changes become version {next}.</translation>
    </message>
    <message>
        <source>Skriv navnet til pasienten eller vergen som signerte.</source>
        <translation>Enter the name of the patient or guardian who signed.</translation>
    </message>
    <message>
        <source>Skriv navnet til koordinatoren som signerte.</source>
        <translation>Enter the name of the coordinator who signed.</translation>
    </message>
    <message>
        <source>Skriv datoen planen ble signert.</source>
        <translation>Enter the date the plan was signed.</translation>
    </message>
    <message>
        <source>Skriv hele datoen planen ble signert, for eksempel 15.03.2026.</source>
        <translation>Enter the full date the plan was signed, for example 15.03.2026.</translation>
    </message>
    <message>
        <source>Signeringsdatoen kan ikke være etter i dag.</source>
        <translation>The signing date cannot be later than today.</translation>
    </message>
</context>
<context>
    <name>StateBox</name>
    <message>
        <source>Koordinator i spesialisthelsetjenesten</source>
        <translation>Coordinator in the specialist health service</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Oppnevnt (dato)</source>
        <translation>Appointed (date)</translation>
    </message>
    <message>
        <source>Oppnevnt av</source>
        <translation>Appointed by</translation>
    </message>
    <message>
        <source>Tilstand for IP-arbeidet</source>
        <translation>State of the IP work</translation>
    </message>
    <message>
        <source>Begrunnelse (for avventer og avsluttet)</source>
        <translation>Reason (for waiting and ended)</translation>
    </message>
    <message>
        <source>Bekreft tilstand</source>
        <translation>Confirm state</translation>
    </message>
    <message>
        <source>Nå</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Ny tilstand</source>
        <translation>New state</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>fra {date}, {by}</source>
        <translation>from {date}, {by}</translation>
    </message>
    <message>
        <source>Skriv hvorfor arbeidet avventer eller er avsluttet.</source>
        <translation>Write why the work is waiting or has ended.</translation>
    </message>
</context>
<context>
    <name>TextTable</name>
    <message>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>Ny bruker</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Endre bruker</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>Ansatt</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Avdelinger (gir tilgang til avdelingens pasienter)</source>
        <translation>Departments (give access to the department&apos;s patients)</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Første passord</source>
        <translation>First password</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Brukere – Individuell plan</source>
        <translation>Users – Individuell plan</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Avdelinger</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ny bruker…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Endre…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Nytt passord…</source>
        <translation>New password…</translation>
    </message>
    <message>
        <source>Deaktiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lagre innstillingene</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <source>Lås vinduet etter</source>
        <translation>Lock the window after</translation>
    </message>
    <message>
        <source>Antall sikkerhetskopier (dager)</source>
        <translation>Number of backups (days)</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Brukere slettes aldri, fordi tilgangsloggen viser til dem: deaktiver dem i stedet.</source>
        <translation>Users are never deleted, because the access log refers to them: deactivate them instead.</translation>
    </message>
    <message>
        <source>Deaktivert</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Låst til {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Ansatt</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Aktiver</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Ikke endret</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>Nytt passord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Midlertidig passord for {name} (brukeren velger et nytt ved neste innlogging):</source>
        <translation>Temporary password for {name} (the user chooses a new one at the next log-in):</translation>
    </message>
    <message>
        <source>Sett passord</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>databasen kan ikke skrives til (skrivebeskyttet)</source>
        <translation>the database cannot be written to (read-only)</translation>
    </message>
    <message>
        <source>disken er full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>databasen er i bruk av et annet program</source>
        <translation>the database is in use by another program</translation>
    </message>
    <message>
        <source>disken eller nettverksstasjonen svarte ikke som den skulle</source>
        <translation>the disk or network drive did not respond as it should</translation>
    </message>
    <message>
        <source>feil ved skriving ({detail})</source>
        <translation>error while writing ({detail})</translation>
    </message>
    <message>
        <source>Endringene er ikke lagret: {reason}. Det du har skrevet, står fortsatt i skjemaet, og programmet prøver igjen ved neste endring.</source>
        <translation>The changes are not saved: {reason}. What you typed is still in the form, and the program tries again at the next change.</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Velg en pasient i listen, eller lag en ny med «Ny pasient» (Ctrl+N).</source>
        <translation>Choose a patient in the list, or make a new one with “New patient” (Ctrl+N).</translation>
    </message>
    <message>
        <source>Åpner pasienten …</source>
        <translation>Opening the patient …</translation>
    </message>
    <message>
        <source>Ingen tilgang</source>
        <translation>No access</translation>
    </message>
    <message>
        <source>Kan ikke åpne pasienten</source>
        <translation>Cannot open the patient</translation>
    </message>
    <message>
        <source>Pasienten kan ikke åpnes fordi tilgangen ikke kan skrives i tilgangsloggen ({detail}).</source>
        <translation>The patient cannot be opened because the access cannot be written to the access log ({detail}).</translation>
    </message>
    <message>
        <source>Endringene er ikke lagret</source>
        <translation>The changes are not saved</translation>
    </message>
    <message>
        <source>{message}

Vil du bytte pasient likevel? Det som ikke er lagret, går tapt.</source>
        <translation>{message}

Switch patient anyway? What has not been saved will be lost.</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>endring i {page}</source>
        <translation>change in {page}</translation>
    </message>
    <message>
        <source>Kartleggingen er ikke lagret: {reason}</source>
        <translation>The mapping is not saved: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkspaceHeader</name>
    <message>
        <source>nei</source>
        <translation>no</translation>
    </message>
    <message>
        <source>påbegynt</source>
        <translation>started</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nødtilgang</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>Pasient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Født {date}</source>
        <translation>Born {date}</translation>
    </message>
    <message>
        <source>Fødselsnummer {number}</source>
        <translation>National identity number {number}</translation>
    </message>
    <message>
        <source>Bostedskommune {name}</source>
        <translation>Municipality of residence {name}</translation>
    </message>
    <message>
        <source>{state} (til {date})</source>
        <translation>{state} (until {date})</translation>
    </message>
    <message>
        <source>Samtykke: {state}</source>
        <translation>Consent: {state}</translation>
    </message>
    <message>
        <source>Individuell plan foreligger: {value}</source>
        <translation>Individual plan exists: {value}</translation>
    </message>
    <message>
        <source>Koordinator oppnevnt: {value}</source>
        <translation>Coordinator appointed: {value}</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten: {name}</source>
        <translation>Coordinator in the specialist health service: {name}</translation>
    </message>
    <message>
        <source>Tilstand: {state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <source>Ikke lagret ennå…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <source>Lagret {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>Åpnet med nødtilgang kl. {start}: {reason}. Tilgangen er logget og varer til kl. {end}, eller til vinduet låses eller du logger ut.</source>
        <translation>Opened through emergency access at {start}: {reason}. The access is logged and lasts until {end}, or until the window locks or you log out.</translation>
    </message>
    <message>
        <source>Ingen plan ennå</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <source>Versjon {number} – signert {date}. Endringer lagres som ny versjon.</source>
        <translation>Version {number} – signed {date}. Changes are saved as a new version.</translation>
    </message>
    <message>
        <source>Versjon {number} – utkast</source>
        <translation>Version {number} – draft</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <source>Fant ingen pasient du har tilgang til med dette nummeret. Trenger du en pasient i en annen avdeling, bruk nødtilgang i vinduet med en begrunnelse.</source>
        <translation>No patient you have access to has this number. If you need a patient in another department, use emergency access in the window with a reason.</translation>
    </message>
    <message>
        <source>Fant ingen pasient med id {id}.</source>
        <translation>No patient found with id {id}.</translation>
    </message>
    <message>
        <source>Fant ingen pasient med dette fødselsnummeret.</source>
        <translation>No patient has this national identity number.</translation>
    </message>
    <message>
        <source>Skriv en begrunnelse for nødtilgangen (minst {n} tegn).</source>
        <translation>Write a reason for the emergency access (at least {n} characters).</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Passordet må ha minst {n} tegn.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>Passordet har for få ulike tegn; bland bokstaver, sifre eller flere ord.</source>
        <translation>The password has too few different characters; mix letters, digits or several words.</translation>
    </message>
    <message>
        <source>Passordet kan ikke inneholde brukernavnet.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <source>Passordet er blant de mest brukte passordene; velg et annet.</source>
        <translation>The password is one of the most used passwords; choose another.</translation>
    </message>
    <message>
        <source>Brukernavnet må ha 2–40 tegn: små bokstaver a–z, sifre, punktum, bindestrek eller understrek.</source>
        <translation>The user name must have 2–40 characters: lower-case letters a–z, digits, full stop, hyphen or underscore.</translation>
    </message>
    <message>
        <source>Skriv inn navnet til brukeren.</source>
        <translation>Enter the user&apos;s name.</translation>
    </message>
    <message>
        <source>Ukjent rolle.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>Brukernavnet «{name}» er i bruk.</source>
        <translation>The user name “{name}” is in use.</translation>
    </message>
    <message>
        <source>Opprett først en egen administratorkonto; demokontoene slås da av.</source>
        <translation>First create an administrator account of your own; the demo accounts are then switched off.</translation>
    </message>
    <message>
        <source>Det finnes allerede brukerkontoer.</source>
        <translation>User accounts already exist.</translation>
    </message>
    <message>
        <source>Bare administratorer kan endre brukere.</source>
        <translation>Only administrators can change users.</translation>
    </message>
    <message>
        <source>Fant ingen bruker «{name}».</source>
        <translation>No user “{name}” found.</translation>
    </message>
    <message>
        <source>Den siste administratoren må beholde rollen.</source>
        <translation>The last administrator must keep the role.</translation>
    </message>
    <message>
        <source>Demokontoene kan ikke brukes i en database med ekte brukere.</source>
        <translation>The demo accounts cannot be used in a database with real users.</translation>
    </message>
    <message>
        <source>Du kan ikke deaktivere deg selv.</source>
        <translation>You cannot deactivate yourself.</translation>
    </message>
    <message>
        <source>Den siste administratoren kan ikke deaktiveres.</source>
        <translation>The last administrator cannot be deactivated.</translation>
    </message>
    <message>
        <source>Det nåværende passordet er feil.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Velg et annet passord enn det gamle.</source>
        <translation>Choose a password different from the old one.</translation>
    </message>
    <message>
        <source>Feil brukernavn eller passord.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Kontoen er låst etter for mange feil forsøk. Prøv igjen om {minutes} min, eller be en administrator om nytt passord.</source>
        <translation>The account is locked after too many failed attempts. Try again in {minutes} min, or ask an administrator for a new password.</translation>
    </message>
    <message>
        <source>Feil passord for tredje gang: kontoen er låst i {minutes} min.</source>
        <translation>Wrong password for the third time: the account is locked for {minutes} min.</translation>
    </message>
    <message>
        <source>Kontoen er deaktivert. Kontakt en administrator.</source>
        <translation>The account is deactivated. Contact an administrator.</translation>
    </message>
    <message>
        <source>Bare administratorer kan endre innstillinger.</source>
        <translation>Only administrators can change settings.</translation>
    </message>
    <message>
        <source>Låsetiden må være mellom 1 og 240 minutter.</source>
        <translation>The lock time must be between 1 and 240 minutes.</translation>
    </message>
    <message>
        <source>Antall sikkerhetskopier må være mellom 1 og 365.</source>
        <translation>The number of backups must be between 1 and 365.</translation>
    </message>
    <message>
        <source>Nødtilgangen må vare mellom 1 og 24 timer.</source>
        <translation>Emergency access must last between 1 and 24 hours.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Åpnet pasient</source>
        <translation>Opened patient</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Utskrift</source>
        <translation>Printout</translation>
    </message>
    <message>
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Signatur registrert</source>
        <translation>Signature recorded</translation>
    </message>
    <message>
        <source>Innlogging</source>
        <translation>Log-in</translation>
    </message>
    <message>
        <source>Mislykket innlogging</source>
        <translation>Failed log-in</translation>
    </message>
    <message>
        <source>Utlogging</source>
        <translation>Log-out</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Nødtilgang</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>Brukeradministrasjon</source>
        <translation>User administration</translation>
    </message>
    <message>
        <source>Gjenoppretting</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Utskriftsgrunnlag låst</source>
        <translation>Print snapshot fixed</translation>
    </message>
    <message>
        <source>Avvist tilgang</source>
        <translation>Access refused</translation>
    </message>
    <message>
        <source>Ga seg selv avdelinger</source>
        <translation>Gave themselves departments</translation>
    </message>
    <message>
        <source>Kopi gitt</source>
        <translation>Copy given</translation>
    </message>
    <message>
        <source>Kopi eller innkalling tross reservasjon</source>
        <translation>Copy or invitation despite a reservation</translation>
    </message>
    <message>
        <source>via</source>
        <translation>via</translation>
    </message>
    <message>
        <source>avdeling</source>
        <translation>department</translation>
    </message>
    <message>
        <source>avdelinger</source>
        <translation>departments</translation>
    </message>
    <message>
        <source>rolle</source>
        <translation>role</translation>
    </message>
    <message>
        <source>bruker</source>
        <translation>user</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>nye avdelinger</source>
        <translation>new departments</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>låsetid (min)</source>
        <translation>lock time (min)</translation>
    </message>
    <message>
        <source>sikkerhetskopier</source>
        <translation>backups</translation>
    </message>
    <message>
        <source>nødtilgang (timer)</source>
        <translation>emergency access (hours)</translation>
    </message>
    <message>
        <source>fra</source>
        <translation>from</translation>
    </message>
    <message>
        <source>kopi før</source>
        <translation>copy before</translation>
    </message>
    <message>
        <source>skjema</source>
        <translation>form</translation>
    </message>
    <message>
        <source>skjemaer</source>
        <translation>forms</translation>
    </message>
    <message>
        <source>papir</source>
        <translation>paper</translation>
    </message>
    <message>
        <source>versjon</source>
        <translation>version</translation>
    </message>
    <message>
        <source>planversjon</source>
        <translation>plan version</translation>
    </message>
    <message>
        <source>planversjoner</source>
        <translation>plan versions</translation>
    </message>
    <message>
        <source>fil</source>
        <translation>file</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>av</source>
        <translation>by</translation>
    </message>
    <message>
        <source>byte</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>som</source>
        <translation>as</translation>
    </message>
    <message>
        <source>funnet på</source>
        <translation>found by</translation>
    </message>
    <message>
        <source>signert</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>pasient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>kommando</source>
        <translation>command</translation>
    </message>
    <message>
        <source>uten samtykke til deling, grunn</source>
        <translation>without consent to share, reason</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>vinduet</source>
        <translation>the window</translation>
    </message>
    <message>
        <source>kommandolinjen</source>
        <translation>the command line</translation>
    </message>
    <message>
        <source>ansatt</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Ny bruker</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Bruker endret</source>
        <translation>User changed</translation>
    </message>
    <message>
        <source>Nytt passord satt</source>
        <translation>New password set</translation>
    </message>
    <message>
        <source>Deaktivert</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Aktivert</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Byttet eget passord</source>
        <translation>Changed own password</translation>
    </message>
    <message>
        <source>Innstillinger endret</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>feil passord</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>ukjent brukernavn</source>
        <translation>unknown user name</translation>
    </message>
    <message>
        <source>kontoen var låst</source>
        <translation>the account was locked</translation>
    </message>
    <message>
        <source>deaktivert konto</source>
        <translation>deactivated account</translation>
    </message>
    <message>
        <source>tre feil passord</source>
        <translation>three wrong passwords</translation>
    </message>
    <message>
        <source>ikke i bruk</source>
        <translation>not in use</translation>
    </message>
    <message>
        <source>låst av brukeren</source>
        <translation>locked by the user</translation>
    </message>
    <message>
        <source>sjekkliste</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>samtykke</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>individuell plan</source>
        <translation>individual plan</translation>
    </message>
    <message>
        <source>eksisterende vedtak</source>
        <translation>existing decisions</translation>
    </message>
    <message>
        <source>kryptert pakke</source>
        <translation>encrypted package</translation>
    </message>
    <message>
        <source>kryptert PDF</source>
        <translation>encrypted PDF</translation>
    </message>
    <message>
        <source>pakke</source>
        <translation>package</translation>
    </message>
    <message>
        <source>FHIR-fil</source>
        <translation>FHIR file</translation>
    </message>
    <message>
        <source>fødselsnummer</source>
        <translation>national identity number</translation>
    </message>
    <message>
        <source>navn og fødselsdato</source>
        <translation>name and date of birth</translation>
    </message>
    <message>
        <source>ny pasient</source>
        <translation>new patient</translation>
    </message>
    <message>
        <source>ny planversjon</source>
        <translation>new plan version</translation>
    </message>
    <message>
        <source>skriver</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>sykehusets egen</source>
        <translation>the hospital&apos;s own</translation>
    </message>
    <message>
        <source>standardlogoen</source>
        <translation>the default logo</translation>
    </message>
    <message>
        <source>åpne pasient</source>
        <translation>open patient</translation>
    </message>
    <message>
        <source>nødtilgang</source>
        <translation>emergency access</translation>
    </message>
    <message>
        <source>nødtilgang uten begrunnelse</source>
        <translation>emergency access without a reason</translation>
    </message>
    <message>
        <source>endre fødselsnummer</source>
        <translation>change national identity number</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>oppgradering</source>
        <translation>upgrade</translation>
    </message>
    <message>
        <source>PDF-fil</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation>Cause</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Fant ikke filen {name}.</source>
        <translation>File {name} not found.</translation>
    </message>
    <message>
        <source>Filen er ikke en sikkerhetskopi fra Individuell plan.</source>
        <translation>The file is not a backup from Individuell plan.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er skadet.</source>
        <translation>The backup is damaged.</translation>
    </message>
    <message>
        <source>Tilgangsloggen i sikkerhetskopien er endret; den gjenopprettes ikke.</source>
        <translation>The access log in the backup has been altered; it is not restored.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er bygd annerledes enn programmet bygger databasen ({fault}); den gjenopprettes ikke.</source>
        <translation>The backup is built differently from how the program builds the database ({fault}); it is not restored.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien har ingen aktiv administrator; den gjenopprettes ikke.</source>
        <translation>The backup has no active administrator; it is not restored.</translation>
    </message>
    <message>
        <source>En signert planversjon eller et utskriftsgrunnlag i sikkerhetskopien er endret; den gjenopprettes ikke.</source>
        <translation>A signed plan version or a print snapshot in the backup has been altered; it is not restored.</translation>
    </message>
    <message>
        <source>Lagrede data i sikkerhetskopien kan ikke leses; den gjenopprettes ikke.</source>
        <translation>Stored data in the backup cannot be read; it is not restored.</translation>
    </message>
    <message>
        <source>Filen er ikke en SQLite-database.</source>
        <translation>The file is not an SQLite database.</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Kan ikke lese/skrive databasen i {folder}: mappen er skrivebeskyttet eller du mangler tilgang. Databasen er ikke nødvendigvis skadet.</source>
        <translation>Cannot read/write the database in {folder}: the folder is read-only or you lack access. The database is not necessarily damaged.</translation>
    </message>
    <message>
        <source>Databasen kan ikke åpnes: {error}</source>
        <translation>The database cannot be opened: {error}</translation>
    </message>
    <message>
        <source>Databasen er skadet: {error}</source>
        <translation>The database is damaged: {error}</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Vurdere behov for langvarige og koordinerte tjenester</source>
        <translation>Assess the need for long-term and coordinated services</translation>
    </message>
    <message>
        <source>Utpeke en koordinator i spesialisthelsetjenesten</source>
        <translation>Appoint a coordinator in the specialist health service</translation>
    </message>
    <message>
        <source>Sjekke om vedkommende allerede har en plan</source>
        <translation>Check whether the person already has a plan</translation>
    </message>
    <message>
        <source>Informere om retten til og hensikten med IP</source>
        <translation>Inform about the right to and the purpose of an IP</translation>
    </message>
    <message>
        <source>Innhente informert samtykke (dokumenteres på samtykkeskjemaet)</source>
        <translation>Obtain informed consent (documented on the consent form)</translation>
    </message>
    <message>
        <source>Etablere kontakt med kommune / samarbeidspartnere (melde til koordinerende enhet)</source>
        <translation>Establish contact with the municipality / partners (notify the coordinating unit)</translation>
    </message>
    <message>
        <source>Bidra til at det oppnevnes en koordinator i kommunen</source>
        <translation>Help to have a coordinator appointed in the municipality</translation>
    </message>
    <message>
        <source>Samarbeidsmøte / nettverksmøte</source>
        <translation>Cooperation meeting / network meeting</translation>
    </message>
    <message>
        <source>Bidra med dokumentasjon av helsetilstand og funksjonsnivå</source>
        <translation>Contribute documentation of health and level of functioning</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten bidrar til utforming av planen sammen med pasient og koordinator i kommunen</source>
        <translation>The coordinator in the specialist health service helps shape the plan with the patient and the municipal coordinator</translation>
    </message>
    <message>
        <source>Innhente planen</source>
        <translation>Obtain the plan</translation>
    </message>
    <message>
        <source>Kontinuerlig dialog med koordinator i kommunen</source>
        <translation>Ongoing dialogue with the coordinator in the municipality</translation>
    </message>
    <message>
        <source>Bidra med dokumentasjon av helsetilstand og funksjonsnivå – særlig ved endringer</source>
        <translation>Contribute documentation of health and level of functioning – especially when things change</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Passord for {user}: </source>
        <translation>Password for {user}: </translation>
    </message>
    <message>
        <source>Oppgi passordet i miljøvariabelen {env}.</source>
        <translation>Give the password in the environment variable {env}.</translation>
    </message>
    <message>
        <source>Databasen har ekte brukerkontoer, så demo kan ikke legge inn syntetiske pasienter her; bruk en egen datamappe (--data-dir).</source>
        <translation>The database has real user accounts, so demo cannot add synthetic patients here; use a separate data folder (--data-dir).</translation>
    </message>
    <message>
        <source>Databasen har ingen brukerkontoer ennå; opprett den første administratoren i vinduet eller med «individuell-plan user add BRUKERNAVN --admin».</source>
        <translation>The database has no user accounts yet; create the first administrator in the window or with &quot;individuell-plan user add USERNAME --admin&quot;.</translation>
    </message>
    <message>
        <source>Databasen har brukerkontoer: oppgi --user BRUKERNAVN og passordet i {env}.</source>
        <translation>The database has user accounts: give --user USERNAME and the password in {env}.</translation>
    </message>
    <message>
        <source>En administrator har satt et midlertidig passord for {user}: velg ditt eget med «individuell-plan --user {user} user passwd {user}» eller ved å logge inn i vinduet.</source>
        <translation>An administrator has set a temporary password for {user}: choose your own with &quot;individuell-plan --user {user} user passwd {user}&quot; or by logging in in the window.</translation>
    </message>
    <message>
        <source>Bare administratorer kan gjenopprette en sikkerhetskopi.</source>
        <translation>Only administrators can restore a backup.</translation>
    </message>
    <message>
        <source>Fant ingen database i {folder}.</source>
        <translation>No database found in {folder}.</translation>
    </message>
    <message>
        <source>Gjenopprettet fra {source}. Tilstanden før er lagret i {safety}.</source>
        <translation>Restored from {source}. The state before is saved in {safety}.</translation>
    </message>
    <message>
        <source>Vinduet trenger et skrivebord (ingen skjerm funnet); bruk kommandolinjen, for eksempel «individuell-plan --help».</source>
        <translation>The window needs a desktop (no display found); use the command line, for example «individuell-plan --help».</translation>
    </message>
    <message>
        <source>Kan ikke skrive i datamappen (skrivebeskyttet eller mangler tilgang); ingenting er endret.</source>
        <translation>Cannot write to the data folder (read-only or no access); nothing was changed.</translation>
    </message>
    <message>
        <source>Disken er full; ingenting er endret. Frigjør plass og prøv igjen.</source>
        <translation>The disk is full; nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <source>Databasen brukes av et annet program; prøv igjen om litt.</source>
        <translation>Another program is using the database; try again shortly.</translation>
    </message>
    <message>
        <source>Disken kunne ikke lese eller skrive; ingenting er endret.</source>
        <translation>The disk could not read or write; nothing was changed.</translation>
    </message>
    <message>
        <source>bruk: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>%(prog)s: feil: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>valg</source>
        <translation>options</translation>
    </message>
    <message>
        <source>argumenter</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>vis denne hjelpen og avslutt</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>vis programmets versjon og avslutt</source>
        <translation>show the program&apos;s version and exit</translation>
    </message>
    <message>
        <source>disse argumentene mangler: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>ukjente argumenter: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>ugyldig valg: %(value)r (velg blant %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>ugyldig verdi: %(value)r</source>
        <translation>invalid value: %(value)r</translation>
    </message>
    <message>
        <source>argumentet %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>venter én verdi</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>venter høyst én verdi</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>venter minst én verdi</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>kan ikke brukes sammen med %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ett av argumentene %s må være med</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>tvetydig valg: %(option)s kan bety %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>overflødig verdi %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>venter %s verdi</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>venter %s verdier</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>Fant ingen pasient med id eller fødselsnummer {key}.</source>
        <translation>No patient with id or national identity number {key}.</translation>
    </message>
    <message>
        <source>Filen {path} finnes allerede; velg et annet navn.</source>
        <translation>The file {path} already exists; choose another name.</translation>
    </message>
    <message>
        <source>kryptert PDF</source>
        <translation>encrypted PDF</translation>
    </message>
    <message>
        <source>kryptert pakke</source>
        <translation>encrypted package</translation>
    </message>
    <message>
        <source>Lagret {path} ({kind}, planversjon {version}).</source>
        <translation>Saved {path} ({kind}, plan version {version}).</translation>
    </message>
    <message>
        <source>Planversjon {version} er et utkast; PDF-en er merket «UTKAST – ikke signert» på hver side.</source>
        <translation>Plan version {version} is a draft; the PDF is marked «UTKAST – ikke signert» on every page.</translation>
    </message>
    <message>
        <source>Passordet (gi det på telefon eller en annen kanal, aldri sammen med filen):</source>
        <translation>The passphrase (give it by phone or another channel, never together with the file):</translation>
    </message>
    <message>
        <source>Fødselsnummeret i filen er et annet enn pasientens.</source>
        <translation>The national identity number in the file differs from the patient&apos;s.</translation>
    </message>
    <message>
        <source>Filen ligner pasient {id} ({name}) på navn og fødselsdato, men har ikke samme fødselsnummer; velg --patient {id} eller --new-patient.</source>
        <translation>The file resembles patient {id} ({name}) by name and birth date but has another national identity number; choose --patient {id} or --new-patient.</translation>
    </message>
    <message>
        <source>Importerte {name} som ny pasient {id} med {n} planversjon(er).</source>
        <translation>Imported {name} as new patient {id} with {n} plan version(s).</translation>
    </message>
    <message>
        <source>Importerte planen som versjon {version} hos pasient {id}.</source>
        <translation>Imported the plan as version {version} of patient {id}.</translation>
    </message>
    <message>
        <source>La til {p} deltaker(e), {m} møte(r) og {c} kopi(er) på kopilisten.</source>
        <translation>Added {p} participant(s), {m} meeting(s) and {c} copy(ies) on the distribution list.</translation>
    </message>
    <message>
        <source>Pasienten er importert til avdeling {department}. Du har ikke tilgang til den avdelingen.</source>
        <translation>The patient has been imported into the department {department}. You do not have access to that department.</translation>
    </message>
    <message>
        <source>Mottakerne skrives som deltakernes id, skilt med komma.</source>
        <translation>Write the recipients as the participants&apos; ids, separated by commas.</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Papirstørrelsen må være A4 eller A5.</source>
        <translation>The paper size must be A4 or A5.</translation>
    </message>
    <message>
        <source>{path} er en mappe; oppgi et filnavn.</source>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <source>Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-03-10.</source>
        <translation>Write the date as YYYY-MM-DD, for example 2026-03-10.</translation>
    </message>
    <message>
        <source>Antall dager kan ikke være negativt.</source>
        <translation>The number of days cannot be negative.</translation>
    </message>
    <message>
        <source>Oppgi det nye passordet i miljøvariabelen {env}.</source>
        <translation>Give the new password in the environment variable {env}.</translation>
    </message>
    <message>
        <source>Nytt passord for {user}: </source>
        <translation>New password for {user}: </translation>
    </message>
    <message>
        <source>Gjenta det nye passordet: </source>
        <translation>Repeat the new password: </translation>
    </message>
    <message>
        <source>Passordene er ikke like.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Oppgi --user med en administrator og passordet i {env}.</source>
        <translation>Give --user with an administrator and the password in {env}.</translation>
    </message>
    <message>
        <source>Den første brukeren må være administrator: legg til --admin.</source>
        <translation>The first user must be an administrator: add --admin.</translation>
    </message>
    <message>
        <source>Den første administratoren får ingen avdelinger; en annen administrator gir dem senere.</source>
        <translation>The first administrator gets no departments; another administrator gives them later.</translation>
    </message>
    <message>
        <source>La til brukeren {name}.</source>
        <translation>Added the user {name}.</translation>
    </message>
    <message>
        <source>Nåværende passord for {user}: </source>
        <translation>Current password for {user}: </translation>
    </message>
    <message>
        <source>Passordet er endret.</source>
        <translation>The password has been changed.</translation>
    </message>
    <message>
        <source>Nytt passord satt for {name}; brukeren må velge sitt eget ved neste innlogging.</source>
        <translation>New password set for {name}; the user must choose their own at the next log-in.</translation>
    </message>
    <message>
        <source>Deaktiverte brukeren {name}.</source>
        <translation>Deactivated the user {name}.</translation>
    </message>
    <message>
        <source>deaktivert</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>må velge nytt passord</source>
        <translation>must choose a new password</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Bare administratorer kan se brukerne.</source>
        <translation>Only administrators can see the users.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>ansatt</source>
        <translation>staff</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>Bare en administrator kan endre samtykketeksten.</source>
        <translation>Only an administrator can change the consent text.</translation>
    </message>
    <message>
        <source>Samtykketeksten er for lang (høyst {n} tegn).</source>
        <translation>The consent text is too long (at most {n} characters).</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <source>Evaluering av planen</source>
        <translation>Plan evaluation</translation>
    </message>
    <message>
        <source>Evaluering av delmål</source>
        <translation>Goal evaluation</translation>
    </message>
    <message>
        <source>Evaluering av vedtak</source>
        <translation>Decision evaluation</translation>
    </message>
    <message>
        <source>Vedtaksperiode slutter</source>
        <translation>Decision period ends</translation>
    </message>
    <message>
        <source>Samtykket går ut</source>
        <translation>Consent expires</translation>
    </message>
    <message>
        <source>Svar fra kommunen</source>
        <translation>Reply from the municipality</translation>
    </message>
    <message>
        <source>Sjekkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Melding til kommunen</source>
        <translation>Notice to the municipality</translation>
    </message>
    <message>
        <source>Oppgave fra møte</source>
        <translation>Task from a meeting</translation>
    </message>
    <message>
        <source>Neste møte</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Gjennomgang av kriseplanen</source>
        <translation>Crisis plan review</translation>
    </message>
    <message>
        <source>Planen skal evalueres</source>
        <translation>The plan is due for evaluation</translation>
    </message>
    <message>
        <source>rad {n}</source>
        <translation>row {n}</translation>
    </message>
    <message>
        <source>Evaluer delmål: {what}</source>
        <translation>Evaluate goal: {what}</translation>
    </message>
    <message>
        <source>Evaluer vedtak: {what}</source>
        <translation>Evaluate decision: {what}</translation>
    </message>
    <message>
        <source>Vedtaket gjelder til {date}: {what}</source>
        <translation>The decision is valid until {date}: {what}</translation>
    </message>
    <message>
        <source>Samtykket gjelder til {date}</source>
        <translation>The consent is valid until {date}</translation>
    </message>
    <message>
        <source>Svar fra {unit} på meldingen</source>
        <translation>Reply from {unit} to the notice</translation>
    </message>
    <message>
        <source>Svar fra kommunen på meldingen</source>
        <translation>Reply from the municipality to the notice</translation>
    </message>
    <message>
        <source>Send melding om behov til kommunen</source>
        <translation>Send the notice of need to the municipality</translation>
    </message>
    <message>
        <source>Neste møte er ikke satt opp</source>
        <translation>The next meeting has not been scheduled</translation>
    </message>
    <message>
        <source>Kriseplanen skal gjennomgås</source>
        <translation>The crisis plan is to be reviewed</translation>
    </message>
    <message>
        <source>Fristen for meldingen må være mellom 1 og 365 dager.</source>
        <translation>The deadline for the notice must be between 1 and 365 days.</translation>
    </message>
    <message>
        <source>Forfalt</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Denne uka</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Neste uke</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>departments</name>
    <message>
        <source>Avdelingen «{name}» finnes ikke i avdelingslisten. Velg en av: {names}.</source>
        <translation>The department “{name}” is not on the department list. Choose one of: {names}.</translation>
    </message>
    <message>
        <source>Bare en administrator kan endre avdelingslisten.</source>
        <translation>Only an administrator can change the department list.</translation>
    </message>
    <message>
        <source>Skriv inn navnet på avdelingen.</source>
        <translation>Enter the name of the department.</translation>
    </message>
    <message>
        <source>Navnet er for langt (høyst {n} tegn).</source>
        <translation>The name is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Avdelingen «{name}» finnes allerede.</source>
        <translation>The department “{name}” already exists.</translation>
    </message>
    <message>
        <source>Velg en av rapportkategoriene.</source>
        <translation>Choose one of the report categories.</translation>
    </message>
    <message>
        <source>Fant ingen avdeling «{name}».</source>
        <translation>No department “{name}” was found.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Fant ikke pasienten.</source>
        <translation>Patient not found.</translation>
    </message>
    <message>
        <source>Pasienten har ingen plan ennå, så det er ingenting å overføre.</source>
        <translation>The patient has no plan yet, so there is nothing to transfer.</translation>
    </message>
    <message>
        <source>Planen har ingen signert versjon. Velg versjonen som skal sendes; et utkast merkes «UTKAST – ikke signert».</source>
        <translation>The plan has no signed version. Choose the version to send; a draft is marked “UTKAST – ikke signert” (draft – not signed).</translation>
    </message>
    <message>
        <source>Planen har ingen versjon {n}.</source>
        <translation>The plan has no version {n}.</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Filen er ikke en gyldig FHIR R4-plan og kan ikke importeres.</source>
        <translation>The file is not a valid FHIR R4 plan and cannot be imported.</translation>
    </message>
    <message>
        <source>Filen inneholder ugyldige tegn (et halvt tegn uten sin andre halvdel) og kan ikke importeres.</source>
        <translation>The file contains invalid characters (half a character without its other half) and cannot be imported.</translation>
    </message>
    <message>
        <source>Datoen «{text}» i filen kan ikke leses.</source>
        <translation>The date “{text}” in the file cannot be read.</translation>
    </message>
    <message>
        <source>Filen har henvisninger som peker til noe som ikke finnes i filen, og kan ikke importeres.</source>
        <translation>The file has references to things that are not in the file, and cannot be imported.</translation>
    </message>
    <message>
        <source>Filen har en tekst på mer enn {limit} tegn og kan ikke importeres; så lange felt har ingen ekte plan.</source>
        <translation>The file has a text of more than {limit} characters and cannot be imported; no real plan has fields that long.</translation>
    </message>
    <message>
        <source>Pasientopplysningene i filen er ugyldige: {error}</source>
        <translation>The patient details in the file are invalid: {error}</translation>
    </message>
    <message>
        <source>Filen har mer enn {limit} {what} og kan ikke importeres; så mye har ingen ekte plan.</source>
        <translation>The file has more than {limit} {what} and cannot be imported; no real plan holds that much.</translation>
    </message>
    <message>
        <source>planversjoner</source>
        <translation>plan versions</translation>
    </message>
    <message>
        <source>rader i én plan</source>
        <translation>rows in one plan</translation>
    </message>
    <message>
        <source>Filen mangler selve planen (CarePlan) og kan ikke importeres.</source>
        <translation>The file lacks the plan itself (CarePlan) and cannot be imported.</translation>
    </message>
    <message>
        <source>Bare FHIR-bundler av typen «document» eller «collection» kan importeres.</source>
        <translation>Only FHIR bundles of type “document” or “collection” can be imported.</translation>
    </message>
    <message>
        <source>Filen mangler pasienten (Patient) og kan ikke importeres.</source>
        <translation>The file lacks the patient (Patient) and cannot be imported.</translation>
    </message>
    <message>
        <source>Filen {name} kan ikke leses.</source>
        <translation>The file {name} cannot be read.</translation>
    </message>
    <message>
        <source>Skriv passordet for pakken.</source>
        <translation>Enter the passphrase for the package.</translation>
    </message>
    <message>
        <source>En PDF kan ikke importeres. Bruk pakken (.zip) eller en FHIR-fil (.json).</source>
        <translation>A PDF cannot be imported. Use the package (.zip) or a FHIR file (.json).</translation>
    </message>
    <message>
        <source>Ingen endringer: planen i filen er den samme som versjon {n} hos pasienten. Ingenting er lagret.</source>
        <translation>No changes: the plan in the file is the same as the patient&apos;s version {n}. Nothing was saved.</translation>
    </message>
    <message>
        <source>Velg pasienten planen skal legges til hos.</source>
        <translation>Choose the patient the plan is to be added to.</translation>
    </message>
    <message>
        <source>Pakken er endret eller skadet etter at den ble laget, og kan ikke importeres.</source>
        <translation>The package has been altered or damaged since it was made, and cannot be imported.</translation>
    </message>
    <message>
        <source>Pakken inneholder andre filer enn en plan (for eksempel stier utenfor mappen eller arkiver i arkivet) og kan ikke importeres.</source>
        <translation>The package contains files other than a plan (for example paths outside the folder or archives inside the archive) and cannot be imported.</translation>
    </message>
    <message>
        <source>Pakken er for stor eller pakker ut til urimelig mye data, og kan ikke importeres.</source>
        <translation>The package is too large or unpacks to an unreasonable amount of data, and cannot be imported.</translation>
    </message>
    <message>
        <source>Feil passord. Sjekk passordet med avsenderen og prøv igjen.</source>
        <translation>Wrong passphrase. Check the passphrase with the sender and try again.</translation>
    </message>
    <message>
        <source>Filen er ikke en pakke fra Individuell plan og kan ikke importeres.</source>
        <translation>The file is not a package from Individuell plan and cannot be imported.</translation>
    </message>
    <message>
        <source>Pakken har en formatversjon ({version}) som dette programmet ikke kjenner. Oppdater programmet og prøv igjen.</source>
        <translation>The package has a format version ({version}) this program does not know. Update the program and try again.</translation>
    </message>
    <message>
        <source>Passordet må ha minst {count} tegn.</source>
        <translation>The passphrase must have at least {count} characters.</translation>
    </message>
    <message>
        <source>Passordfilen {path} kan ikke leses.</source>
        <translation>The passphrase file {path} cannot be read.</translation>
    </message>
    <message>
        <source>Filen er ikke UTF-8-kodet. Lagre den som CSV (UTF-8) og prøv igjen.</source>
        <translation>The file is not UTF-8 encoded. Save it as CSV (UTF-8) and try again.</translation>
    </message>
    <message>
        <source>Filen er tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Første linje mangler kolonnen {name}.</source>
        <translation>The first line lacks the column {name}.</translation>
    </message>
    <message>
        <source>Linje {line}: {count} felt, men overskriften har {header}. Ingenting er importert.</source>
        <translation>Line {line}: {count} fields, but the header has {header}. Nothing was imported.</translation>
    </message>
    <message>
        <source>Linje {line}: {message} Ingenting er importert.</source>
        <translation>Line {line}: {message} Nothing was imported.</translation>
    </message>
    <message>
        <source>Linje {line}: kommunenummer {number} står også på linje {first}. Ingenting er importert.</source>
        <translation>Line {line}: municipality number {number} is also on line {first}. Nothing was imported.</translation>
    </message>
    <message>
        <source>Pasienten har ingen melding til kommunen.</source>
        <translation>The patient has no notice to the municipality.</translation>
    </message>
    <message>
        <source>Pasienten har ikke samtykket til at kommunen kontaktes, så meldingen kan ikke lagres for sending.</source>
        <translation>The patient has not consented to the municipality being contacted, so the notice cannot be saved for sending.</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>National identity number</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Utarbeidet av</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>I samarbeid med kommune</source>
        <translation>In cooperation with municipality</translation>
    </message>
    <message>
        <source>Planen gjelder fra</source>
        <translation>The plan applies from</translation>
    </message>
    <message>
        <source>Planen gjelder til</source>
        <translation>The plan applies until</translation>
    </message>
    <message>
        <source>Evalueres</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Situasjonsbeskrivelse</source>
        <translation>Description of the situation</translation>
    </message>
    <message>
        <source>Overordnet målsetting</source>
        <translation>Overall goal</translation>
    </message>
    <message>
        <source>navn</source>
        <translation>name</translation>
    </message>
    <message>
        <source>arbeidssted</source>
        <translation>workplace</translation>
    </message>
    <message>
        <source>adresse</source>
        <translation>address</translation>
    </message>
    <message>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-post</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Dato for oppstart</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Dato for evaluering</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Vedtak, planer og avtaler</source>
        <translation>Decisions, plans and agreements</translation>
    </message>
    <message>
        <source>Gjelder fra</source>
        <translation>Applies from</translation>
    </message>
    <message>
        <source>Gjelder til</source>
        <translation>Applies until</translation>
    </message>
    <message>
        <source>Gjelder f.o.m.</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Gjelder t.o.m.</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Underskrift</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Verge/foresatte</source>
        <translation>Guardian/parents</translation>
    </message>
    <message>
        <source>Kan gis til ansvarsgruppen</source>
        <translation>May be given to the responsibility group</translation>
    </message>
    <message>
        <source>Taushetsbelagte opplysninger</source>
        <translation>Confidential information</translation>
    </message>
    <message>
        <source>Skal ikke involveres</source>
        <translation>Not to be involved</translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Antall {what}</source>
        <translation>Number of {what}</translation>
    </message>
    <message>
        <source>Rad {n}: </source>
        <translation>Row {n}: </translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten</source>
        <translation>Coordinator in the specialist health service</translation>
    </message>
    <message>
        <source>Koordinator i kommunen</source>
        <translation>Municipal coordinator</translation>
    </message>
    <message>
        <source>rader</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>vedtak</source>
        <translation>decisions</translation>
    </message>
    <message>
        <source>Pasient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sjekkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Punkter avklart (av {n})</source>
        <translation>Items settled (of {n})</translation>
    </message>
    <message>
        <source>Deltakerne eller møtene i filen er ugyldige: {error}</source>
        <translation>The participants or meetings in the file are not valid: {error}</translation>
    </message>
    <message>
        <source>deltakere</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>møter</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>kopier på kopilisten</source>
        <translation>copies on the distribution list</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <source>koordinator på sykehuset</source>
        <translation>coordinator at the hospital</translation>
    </message>
    <message>
        <source>koordinator i kommunen</source>
        <translation>coordinator in the municipality</translation>
    </message>
    <message>
        <source>Informert om retten til IP</source>
        <translation>Informed of the right to an IP</translation>
    </message>
    <message>
        <source>Påbegynt IP</source>
        <translation>IP started</translation>
    </message>
    <message>
        <source>Pasienter med IP</source>
        <translation>Patients with an IP</translation>
    </message>
    <message>
        <source>Innhentet eksisterende plan</source>
        <translation>Existing plan obtained</translation>
    </message>
    <message>
        <source>Plan utformet med pasient og koordinator</source>
        <translation>Plan drawn up with patient and coordinator</translation>
    </message>
    <message>
        <source>Reviderte IP</source>
        <translation>Revised IPs</translation>
    </message>
    <message>
        <source>Melding til kommunen sendt</source>
        <translation>Notice to the municipality sent</translation>
    </message>
    <message>
        <source>Koordinator oppnevnt</source>
        <translation>Coordinator appointed</translation>
    </message>
    <message>
        <source>Samarbeids- og ansvarsgruppemøter</source>
        <translation>Cooperation and responsibility group meetings</translation>
    </message>
    <message>
        <source>Ønsker ikke IP</source>
        <translation>Does not want an IP</translation>
    </message>
    <message>
        <source>Pasienter informert om retten til IP i tertialet (sjekkpunkt 4, samtykkets informasjonsdato eller skriftlig informasjon ved nei).</source>
        <translation>Patients informed of the right to an IP in the tertial (checklist item 4, the consent&apos;s information date, or written information on declining).</translation>
    </message>
    <message>
        <source>Første tertial der pasienten er informert, har samtykket og har et bindende samarbeid med kommunen (melding sendt, samarbeidsmøte holdt eller koordinator i kommunen oppnevnt).</source>
        <translation>The first tertial in which the patient is informed, has consented and has a binding cooperation with the municipality (notice sent, cooperation meeting held, or municipal coordinator appointed).</translation>
    </message>
    <message>
        <source>Pasienter med påbegynt IP i eller før tertialet, der arbeidet ikke er avsluttet før tertialet og noe skjedde i tertialet (en hendelse, eller en signert plan som gjaldt i tertialet).</source>
        <translation>Patients whose IP started in or before the tertial, whose IP work had not ended before it, and with something happening in it (an event, or a signed plan valid in the tertial).</translation>
    </message>
    <message>
        <source>Pasienter der en eksisterende plan ble innhentet.</source>
        <translation>Patients for whom an existing plan was obtained.</translation>
    </message>
    <message>
        <source>Sjekkpunkt 10 utført, eller en versjon signert av pasienten og en koordinator.</source>
        <translation>Checklist item 10 done, or a version signed by the patient and a coordinator.</translation>
    </message>
    <message>
        <source>Pasienter med en signert planversjon nummer 2 eller høyere.</source>
        <translation>Patients with a signed plan version numbered 2 or higher.</translation>
    </message>
    <message>
        <source>Pasienter med en melding til kommunen sendt.</source>
        <translation>Patients with a notice to the municipality sent.</translation>
    </message>
    <message>
        <source>Pasienter som fikk koordinator på sykehuset eller i kommunen oppnevnt.</source>
        <translation>Patients who had a hospital or municipal coordinator appointed.</translation>
    </message>
    <message>
        <source>Antall samarbeids- og ansvarsgruppemøter holdt (møter, ikke pasienter).</source>
        <translation>Number of cooperation and responsibility group meetings held (meetings, not patients).</translation>
    </message>
    <message>
        <source>Pasienter som sa nei til IP.</source>
        <translation>Patients who declined an IP.</translation>
    </message>
    <message>
        <source>Velg en avdeling og en av kategoriene.</source>
        <translation>Choose a department and one of the categories.</translation>
    </message>
    <message>
        <source>uten tertial</source>
        <translation>no tertial</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>Individuell plan er allerede åpent med den samme datamappen (prosess {pid} på {host}, fra {since}). Bruk det vinduet, eller lukk det først: to kopier skal aldri skrive samtidig.</source>
        <translation>Individuell plan is already open with the same data folder (process {pid} on {host}, since {since}). Use that window, or close it first: two copies must never write at the same time.</translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <source>ønsket</source>
        <translation>wished for</translation>
    </message>
    <message>
        <source>søkt</source>
        <translation>applied for</translation>
    </message>
    <message>
        <source>innvilget</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>avslått</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>igangsatt</source>
        <translation>started</translation>
    </message>
    <message>
        <source>på vent</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>avsluttet</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>fortsette</source>
        <translation>continue</translation>
    </message>
    <message>
        <source>endre</source>
        <translation>change</translation>
    </message>
    <message>
        <source>avslutte</source>
        <translation>end</translation>
    </message>
    <message>
        <source>overføre til revidert plan</source>
        <translation>carry over to the revised plan</translation>
    </message>
    <message>
        <source>nådd</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>delvis nådd</source>
        <translation>partly achieved</translation>
    </message>
    <message>
        <source>ikke nådd</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <source>Bolig og dagligliv</source>
        <translation>Housing and daily living</translation>
    </message>
    <message>
        <source>Helse</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Arbeid/skole/aktivitet</source>
        <translation>Work/school/activity</translation>
    </message>
    <message>
        <source>Økonomi</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Familie og nettverk</source>
        <translation>Family and network</translation>
    </message>
    <message>
        <source>Fritid</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <source>Mobilitet</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>kartlagt</source>
        <translation>mapped</translation>
    </message>
    <message>
        <source>ikke aktuelt</source>
        <translation>not relevant</translation>
    </message>
    <message>
        <source>enige</source>
        <translation>agree</translation>
    </message>
    <message>
        <source>uenige</source>
        <translation>disagree</translation>
    </message>
    <message>
        <source>{done} av {total} livsområder kartlagt</source>
        <translation>{done} of {total} life areas mapped</translation>
    </message>
    <message>
        <source>Kriseplan</source>
        <translation>Crisis plan</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>Filen kunne ikke lagres: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Loggføringen kunne ikke lagres ({reason}), så filen er ikke laget.</source>
        <translation>The log entry could not be saved ({reason}), so the file was not made.</translation>
    </message>
    <message>
        <source>Filen kunne ikke få navnet sitt: {reason}</source>
        <translation>The file could not be given its name: {reason}</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>Pasienten har trukket samtykket tilbake, så planen kan ikke overføres.</source>
        <translation>The patient has withdrawn consent, so the plan cannot be handed over.</translation>
    </message>
    <message>
        <source>Pasienten ønsker ikke individuell plan, så planen kan ikke overføres.</source>
        <translation>The patient does not want an individual plan, so the plan cannot be handed over.</translation>
    </message>
    <message>
        <source>Samtykket er utløpt, så planen kan ikke overføres før et nytt samtykke er registrert.</source>
        <translation>The consent has expired, so the plan cannot be handed over until a new consent is recorded.</translation>
    </message>
    <message>
        <source>Samtykke er ikke registrert, så planen kan ikke overføres.</source>
        <translation>No consent is recorded, so the plan cannot be handed over.</translation>
    </message>
    <message>
        <source>Samtykket tillater ikke at planen deles med ansvarsgruppen, så den kan ikke overføres.</source>
        <translation>The consent does not allow sharing the plan with the responsibility group, so it cannot be handed over.</translation>
    </message>
</context>
<context>
    <name>process</name>
    <message>
        <source>Ikke vurdert</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Rett til IP og koordinator</source>
        <translation>Right to an IP and a coordinator</translation>
    </message>
    <message>
        <source>Koordinator uten IP</source>
        <translation>Coordinator without an IP</translation>
    </message>
    <message>
        <source>Behov for barnekoordinator</source>
        <translation>Needs a child coordinator</translation>
    </message>
    <message>
        <source>Ikke behov</source>
        <translation>No need</translation>
    </message>
    <message>
        <source>Avventer</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Velg et av utfallene for vurderingen.</source>
        <translation>Choose one of the outcomes of the assessment.</translation>
    </message>
    <message>
        <source>Pasienten selv</source>
        <translation>The patient</translation>
    </message>
    <message>
        <source>Verge</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Foreldre / foresatte</source>
        <translation>Parents / carers</translation>
    </message>
    <message>
        <source>Nærmeste pårørende</source>
        <translation>Next of kin</translation>
    </message>
    <message>
        <source>Velg hvem som samtykket på vegne av pasienten.</source>
        <translation>Choose who consented on the patient&apos;s behalf.</translation>
    </message>
    <message>
        <source>Kommunenummeret må ha fire siffer.</source>
        <translation>The municipality number must have four digits.</translation>
    </message>
    <message>
        <source>Skriv kommunens navn.</source>
        <translation>Enter the municipality&apos;s name.</translation>
    </message>
    <message>
        <source>«{text}» er ikke en e-postadresse.</source>
        <translation>“{text}” is not an e-mail address.</translation>
    </message>
    <message>
        <source>HER-id består bare av siffer.</source>
        <translation>A HER id consists of digits only.</translation>
    </message>
    <message>
        <source>Koordinerende enhet</source>
        <translation>Coordinating unit</translation>
    </message>
    <message>
        <source>Behov for individuell plan og koordinator</source>
        <translation>Needs an individual plan and a coordinator</translation>
    </message>
    <message>
        <source>Behov for koordinator uten individuell plan</source>
        <translation>Needs a coordinator without an individual plan</translation>
    </message>
    <message>
        <source>Pasienten har individuell plan: samarbeid</source>
        <translation>The patient has an individual plan: cooperation</translation>
    </message>
    <message>
        <source>PLO-melding</source>
        <translation>PLO message</translation>
    </message>
    <message>
        <source>Dialogmelding</source>
        <translation>Dialogue message</translation>
    </message>
    <message>
        <source>Tverrfaglig rapport</source>
        <translation>Interdisciplinary report</translation>
    </message>
    <message>
        <source>Kommunens skjema</source>
        <translation>The municipality&apos;s form</translation>
    </message>
    <message>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Koordinator oppnevnt</source>
        <translation>Coordinator appointed</translation>
    </message>
    <message>
        <source>Avslått</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Ber om å avvente</source>
        <translation>Asks to wait</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Purret</source>
        <translation>Reminded</translation>
    </message>
    <message>
        <source>Besvart</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Lukket</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Velg hva meldingen gjelder.</source>
        <translation>Choose what the notice is about.</translation>
    </message>
    <message>
        <source>Velg hvordan meldingen sendes.</source>
        <translation>Choose how the notice is sent.</translation>
    </message>
    <message>
        <source>Velg hva kommunen svarte.</source>
        <translation>Choose what the municipality answered.</translation>
    </message>
    <message>
        <source>Skriv en hel dato med dag, måned og år.</source>
        <translation>Enter a whole date with day, month and year.</translation>
    </message>
    <message>
        <source>Vurderes</source>
        <translation>Being assessed</translation>
    </message>
    <message>
        <source>Meldt kommunen</source>
        <translation>Municipality notified</translation>
    </message>
    <message>
        <source>Påbegynt</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Overført til kommunen</source>
        <translation>Transferred to the municipality</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Ønsker ikke IP</source>
        <translation>Does not want an IP</translation>
    </message>
    <message>
        <source>Ukjent tilstand for arbeidet med planen.</source>
        <translation>Unknown state of the work on the plan.</translation>
    </message>
    <message>
        <source>Svarfristen må være mellom 1 og 365 dager.</source>
        <translation>The reply deadline must be between 1 and 365 days.</translation>
    </message>
    <message>
        <source>Det finnes allerede en enhet for kommunenummer {number}.</source>
        <translation>There is already a unit for municipality number {number}.</translation>
    </message>
    <message>
        <source>Fant ikke meldingen.</source>
        <translation>The notice was not found.</translation>
    </message>
    <message>
        <source>Meldingen er allerede sendt.</source>
        <translation>The notice has already been sent.</translation>
    </message>
    <message>
        <source>Meldingen kan ikke sendes før pasienten har samtykket til at kommunen kontaktes.</source>
        <translation>The notice cannot be sent until the patient has consented to the municipality being contacted.</translation>
    </message>
    <message>
        <source>Velg hvilken koordinerende enhet meldingen skal til.</source>
        <translation>Choose which coordinating unit the notice goes to.</translation>
    </message>
    <message>
        <source>Bare en sendt melding uten svar kan purres.</source>
        <translation>Only a sent notice without a reply can be followed up.</translation>
    </message>
    <message>
        <source>Svaret kan bare registreres på en sendt melding.</source>
        <translation>A reply can only be recorded on a sent notice.</translation>
    </message>
    <message>
        <source>Svaret fra kommunen navngir ingen koordinator.</source>
        <translation>The municipality&apos;s reply names no coordinator.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>«{text}»: skriv året med fire sifre, for eksempel 15.07.1951.</source>
        <translation>«{text}»: write the year with four digits, for example 15.07.1951.</translation>
    </message>
    <message>
        <source>«{text}» er ikke en dato. Skriv for eksempel 15.07.2012, 07.2012 eller 2012.</source>
        <translation>“{text}” is not a date. Write for example 15.07.2012, 07.2012 or 2012.</translation>
    </message>
    <message>
        <source>Året {year} er ikke mulig.</source>
        <translation>The year {year} is not possible.</translation>
    </message>
    <message>
        <source>Måned {month} finnes ikke.</source>
        <translation>Month {month} does not exist.</translation>
    </message>
    <message>
        <source>Datoen {text} finnes ikke.</source>
        <translation>The date {text} does not exist.</translation>
    </message>
    <message>
        <source>Perioden slutter ({end}) før den begynner ({start}).</source>
        <translation>The period ends ({end}) before it begins ({start}).</translation>
    </message>
    <message>
        <source>Fødselsnummeret må ha 11 siffer.</source>
        <translation>The national identity number must have 11 digits.</translation>
    </message>
    <message>
        <source>Kontrollsifrene stemmer ikke. Sjekk fødselsnummeret en gang til.</source>
        <translation>The check digits do not match. Check the national identity number once more.</translation>
    </message>
    <message>
        <source>Fødselsnummeret gir ikke et gyldig fødselsår.</source>
        <translation>The national identity number does not give a valid year of birth.</translation>
    </message>
    <message>
        <source>Fødselsnummeret inneholder ikke en gyldig dato.</source>
        <translation>The national identity number does not contain a valid date.</translation>
    </message>
    <message>
        <source>Skriv pasientens navn.</source>
        <translation>Enter the patient&apos;s name.</translation>
    </message>
    <message>
        <source>Fødselsdatoen stemmer ikke med fødselsnummeret.</source>
        <translation>The date of birth does not match the national identity number.</translation>
    </message>
    <message>
        <source>Ikke innhentet</source>
        <translation>Not obtained</translation>
    </message>
    <message>
        <source>Samtykke gitt</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Utløpt</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Ønsker ikke IP</source>
        <translation>Does not want an IP</translation>
    </message>
    <message>
        <source>Ufullstendig</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Denne versjonen er allerede signert.</source>
        <translation>This version is already signed.</translation>
    </message>
    <message>
        <source>Skriv datoen planen ble signert.</source>
        <translation>Enter the date the plan was signed.</translation>
    </message>
    <message>
        <source>Det finnes allerede en pasient med dette fødselsnummeret.</source>
        <translation>A patient with this national identity number already exists.</translation>
    </message>
    <message>
        <source>Pasient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Pårørende</source>
        <translation>Next of kin</translation>
    </message>
    <message>
        <source>Annen person pasienten ønsker med</source>
        <translation>Another person the patient wants along</translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation>GP (fastlege)</translation>
    </message>
    <message>
        <source>Tjenesteyter</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten</source>
        <translation>Coordinator in the specialist health service</translation>
    </message>
    <message>
        <source>Koordinator i kommunen</source>
        <translation>Coordinator in the municipality</translation>
    </message>
    <message>
        <source>Barnekoordinator</source>
        <translation>Child coordinator</translation>
    </message>
    <message>
        <source>Velg hva slags deltaker dette er.</source>
        <translation>Choose what kind of participant this is.</translation>
    </message>
    <message>
        <source>Skriv deltakerens navn.</source>
        <translation>Enter the participant&apos;s name.</translation>
    </message>
    <message>
        <source>Til-datoen kan ikke være før fra-datoen.</source>
        <translation>The to date cannot be before the from date.</translation>
    </message>
    <message>
        <source>Fra sjekklisten: {line}</source>
        <translation>From the checklist: {line}</translation>
    </message>
    <message>
        <source>utlevert på papir</source>
        <translation>handed out on paper</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>kryptert fil</source>
        <translation>encrypted file</translation>
    </message>
    <message>
        <source>sikker e-post</source>
        <translation>secure e-mail</translation>
    </message>
    <message>
        <source>Samarbeidsmøte</source>
        <translation>Cooperation meeting</translation>
    </message>
    <message>
        <source>Ansvarsgruppemøte</source>
        <translation>Responsibility group meeting</translation>
    </message>
    <message>
        <source>Nettverksmøte</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <source>Planmøte</source>
        <translation>Planning meeting</translation>
    </message>
    <message>
        <source>Utskrivningsmøte</source>
        <translation>Discharge meeting</translation>
    </message>
    <message>
        <source>Velg hva slags møte dette er.</source>
        <translation>Choose what kind of meeting this is.</translation>
    </message>
    <message>
        <source>Skriv når møtet er.</source>
        <translation>Enter when the meeting is.</translation>
    </message>
    <message>
        <source>Skriv hva som er avtalt.</source>
        <translation>Enter what was agreed.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et tidspunkt. Skriv for eksempel 14.03.2026 13:00.</source>
        <translation>&quot;{text}&quot; is not a date and time. Enter for example 14.03.2026 13:00.</translation>
    </message>
    <message>
        <source>Skriv en hel dato, for eksempel 14.03.2026.</source>
        <translation>Enter a full date, for example 14.03.2026.</translation>
    </message>
    <message>
        <source>Gi malen et navn.</source>
        <translation>Give the template a name.</translation>
    </message>
    <message>
        <source>Malen har ingen tekst.</source>
        <translation>The template has no text.</translation>
    </message>
    <message>
        <source>Velg hvordan kopien ble gitt.</source>
        <translation>Choose how the copy was given.</translation>
    </message>
    <message>
        <source>Fant ikke pasienten.</source>
        <translation>The patient was not found.</translation>
    </message>
    <message>
        <source>Fant ikke deltakeren.</source>
        <translation>The participant was not found.</translation>
    </message>
    <message>
        <source>Pasienten har ikke samtykket til at planen deles med ansvarsgruppen, så ingen andre kan få kopi.</source>
        <translation>The patient has not consented to the plan being shared with the responsibility group, so no one else may get a copy.</translation>
    </message>
    <message>
        <source>Bare en administrator kan endre brevmaler.</source>
        <translation>Only an administrator can change letter templates.</translation>
    </message>
    <message>
        <source>Det finnes allerede en mal med det navnet.</source>
        <translation>A template with that name already exists.</translation>
    </message>
    <message>
        <source>Fant ikke møtet.</source>
        <translation>The meeting was not found.</translation>
    </message>
    <message>
        <source>(video)</source>
        <translation>(video)</translation>
    </message>
    <message>
        <source>{what} ({who}), avtalt på {meeting}</source>
        <translation>{what} ({who}), agreed at {meeting}</translation>
    </message>
    <message>
        <source>{what}, avtalt på {meeting}</source>
        <translation>{what}, agreed at {meeting}</translation>
    </message>
    <message>
        <source>Neste møte {date} (avtalt på {meeting}) er ikke satt opp</source>
        <translation>Next meeting {date} (agreed at {meeting}) is not scheduled</translation>
    </message>
    <message>
        <source>koordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>Pasienten har reservert seg mot at {name} får kopi. Skriv en begrunnelse for å gi kopi likevel.</source>
        <translation>The patient does not want {name} to get a copy. Enter a reason to give a copy anyway.</translation>
    </message>
    <message>
        <source>Pasienten har reservert seg mot at {name} blir invitert. Skriv en begrunnelse for å invitere likevel.</source>
        <translation>The patient does not want {name} to be invited. Enter a reason to invite anyway.</translation>
    </message>
    <message>
        <source>Dag, måned eller bare år: 15.07.2012, 07.2012 eller 2012.</source>
        <translation>Day, month or just the year: 15.07.2012, 07.2012 or 2012.</translation>
    </message>
    <message>
        <source>Leses som {date}; teksten beholdes slik den ble skrevet.</source>
        <translation>Read as {date}; the text is kept as it was written.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Side {page} av {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>[… Teksten er forkortet i utskriften: {n} tegn til står i programmet.]</source>
        <translation>[… The text is shortened in the printout: {n} more characters are in the program.]</translation>
    </message>
    <message>
        <source>Signert {date}</source>
        <translation>Signed {date}</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>mangler</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Fant ingen brevmal som heter «{name}». Malene er: {names}.</source>
        <translation>No letter template is called &quot;{name}&quot;. The templates are: {names}.</translation>
    </message>
    <message>
        <source>Samtykket har ingen versjon {n}.</source>
        <translation>The consent has no version {n}.</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Saker</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Avtalt (hva, hvem, innen)</source>
        <translation>Agreed (what, who, by when)</translation>
    </message>
    <message>
        <source>Neste møte</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Møtereferater for {name}</source>
        <translation>Meeting minutes for {name}</translation>
    </message>
</context>
<context>
    <name>resources</name>
    <message>
        <source>Finner ikke filen {name}. Installasjonen er ufullstendig.</source>
        <translation>File {name} not found. The installation is incomplete.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Logoen må være en PNG- eller JPEG-fil.</source>
        <translation>The logo must be a PNG or JPEG file.</translation>
    </message>
    <message>
        <source>Logofilen er for stor (høyst 2 MB).</source>
        <translation>The logo file is too large (at most 2 MB).</translation>
    </message>
</context>
</TS>
