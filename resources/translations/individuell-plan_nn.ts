<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>Accessibility</name>
    <message>
        <source>Tøm feltet</source>
        <translation>Tøm feltet</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>Kryss av etter hvert. Ingen felt må fylles ut, og datoen kan være dag, måned eller bare år.</source>
        <translation>Kryss av etter kvart. Ingen felt må fyllast ut, og datoen kan vere dag, månad eller berre år.</translation>
    </message>
    <message>
        <source>Igangsette planprosess</source>
        <translation>Setje i gang planprosess</translation>
    </message>
    <message>
        <source>Melding til kommunen …</source>
        <translation>Melding til kommunen …</translation>
    </message>
    <message>
        <source>Når pasienten allerede har en plan</source>
        <translation>Når pasienten alt har ein plan</translation>
    </message>
    <message>
        <source> (eksisterende plan)</source>
        <translation> (eksisterande plan)</translation>
    </message>
    <message>
        <source>Sjekkliste</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>Pasienten har allerede en individuell plan</source>
        <translation>Pasienten har alt ein individuell plan</translation>
    </message>
    <message>
        <source>Åpne samtykkeskjemaet</source>
        <translation>Opne samtykkeskjemaet</translation>
    </message>
    <message>
        <source>Brukermedvirkning og pårørende</source>
        <translation>Brukarmedverknad og pårørande</translation>
    </message>
    <message>
        <source>Hvordan har pasienten vært med i arbeidet? Hva er viktig for pasienten?</source>
        <translation>Korleis har pasienten vore med i arbeidet? Kva er viktig for pasienten?</translation>
    </message>
    <message>
        <source>Brukermedvirkning:</source>
        <translation>Brukarmedverknad:</translation>
    </message>
    <message>
        <source>Pårørende er med i arbeidet (når pasienten ønsker det)</source>
        <translation>Pårørande er med i arbeidet (når pasienten ønskjer det)</translation>
    </message>
    <message>
        <source>Navn og relasjon, f.eks. «Søster, Kari»</source>
        <translation>Namn og relasjon, t.d. «Syster, Kari»</translation>
    </message>
    <message>
        <source>Pårørende:</source>
        <translation>Pårørande:</translation>
    </message>
    <message>
        <source>Pasienten ønsker ikke individuell plan</source>
        <translation>Pasienten ønskjer ikkje individuell plan</translation>
    </message>
    <message>
        <source>Pasienten kan be om en plan senere. Gi skriftlig informasjon og navn og telefonnummer til kommunens koordinerende enhet.</source>
        <translation>Pasienten kan be om ein plan seinare. Gi skriftleg informasjon og namn og telefonnummer til den koordinerande eininga i kommunen.</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Skriftlig informasjon er gitt</source>
        <translation>Skriftleg informasjon er gitt</translation>
    </message>
    <message>
        <source>Koordinerende enhet i kommunen</source>
        <translation>Koordinerande eining i kommunen</translation>
    </message>
    <message>
        <source>Koordinerende enhet:</source>
        <translation>Koordinerande eining:</translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Merknad:</source>
        <translation>Merknad:</translation>
    </message>
    <message>
        <source>Skjul dem</source>
        <translation>Skjul dei</translation>
    </message>
    <message>
        <source>Vis dem likevel</source>
        <translation>Vis dei likevel</translation>
    </message>
    <message>
        <source>Pasienten har allerede en plan, så punkt 4–10 gjelder ikke. Bruk listen «Når pasienten allerede har en plan».</source>
        <translation>Pasienten har alt ein plan, så punkt 4–10 gjeld ikkje. Bruk lista «Når pasienten alt har ein plan».</translation>
    </message>
</context>
<context>
    <name>ChecklistItemsBox</name>
    <message>
        <source>Ikke utført</source>
        <translation>Ikkje utført</translation>
    </message>
    <message>
        <source>Utført</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Ikke aktuelt</source>
        <translation>Ikkje aktuelt</translation>
    </message>
    <message>
        <source>Samtykke trukket tilbake {date}</source>
        <translation>Samtykke trekt tilbake {date}</translation>
    </message>
    <message>
        <source>Samtykket er utløpt (gjaldt til {date})</source>
        <translation>Samtykket har gått ut (galdt til {date})</translation>
    </message>
    <message>
        <source>Dokumentert i samtykkeskjemaet {date}</source>
        <translation>Dokumentert i samtykkeskjemaet {date}</translation>
    </message>
    <message>
        <source>Dokumentert i samtykkeskjemaet</source>
        <translation>Dokumentert i samtykkeskjemaet</translation>
    </message>
    <message>
        <source>Pasienten ønsker ikke individuell plan</source>
        <translation>Pasienten ønskjer ikkje individuell plan</translation>
    </message>
    <message>
        <source>Ikke innhentet ennå: fyll ut samtykkeskjemaet</source>
        <translation>Ikkje henta inn enno: fyll ut samtykkeskjemaet</translation>
    </message>
    <message>
        <source>Status for punkt {number}</source>
        <translation>Status for punkt {number}</translation>
    </message>
    <message>
        <source>Dato for punkt {number}</source>
        <translation>Dato for punkt {number}</translation>
    </message>
    <message>
        <source>Utført av</source>
        <translation>Utført av</translation>
    </message>
    <message>
        <source>Utført av, punkt {number}</source>
        <translation>Utført av, punkt {number}</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Merknad, punkt {number}</source>
        <translation>Merknad, punkt {number}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
</context>
<context>
    <name>ConsentBanner</name>
    <message>
        <source>Samtykket ble trukket tilbake {date}. Planen skal ikke deles eller arbeides videre med før pasienten har gitt nytt samtykke.</source>
        <translation>Samtykket vart trekt tilbake {date}. Planen skal ikkje delast eller arbeidast vidare med før pasienten har gitt nytt samtykke.</translation>
    </message>
    <message>
        <source>Samtykket gjaldt til {date} og er utløpt. Innhent nytt samtykke før planen brukes eller deles.</source>
        <translation>Samtykket galdt til {date} og har gått ut. Hent inn nytt samtykke før planen vert brukt eller delt.</translation>
    </message>
    <message>
        <source>Pasienten sa nei til individuell plan {date}. Pasienten kan når som helst be om en plan senere.</source>
        <translation>Pasienten sa nei til individuell plan {date}. Pasienten kan når som helst be om ein plan seinare.</translation>
    </message>
    <message>
        <source>Pasienten har sagt nei til individuell plan. Pasienten kan når som helst be om en plan senere.</source>
        <translation>Pasienten har sagt nei til individuell plan. Pasienten kan når som helst be om ein plan seinare.</translation>
    </message>
    <message>
        <source>Samtykke er ikke registrert ennå. Planen lages bare når pasienten har samtykket: fyll ut samtykkeskjemaet.</source>
        <translation>Samtykke er ikkje registrert enno. Planen vert berre laga når pasienten har samtykt: fyll ut samtykkeskjemaet.</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Samtykkeerklæring</source>
        <translation>Samtykkeerklæring</translation>
    </message>
    <message>
        <source>Samtykketeksten og spørsmålene om deling vises på bokmål, slik de står på skjemaet pasienten skriver under på.</source>
        <translation>Samtykketeksten og spørsmåla om deling blir viste på bokmål, slik dei står på skjemaet pasienten skriv under på.</translation>
    </message>
    <message>
        <source>Pasienten har sagt ja og skrevet under</source>
        <translation>Pasienten har sagt ja og skrive under</translation>
    </message>
    <message>
        <source>Gyldighet og underskrift</source>
        <translation>Gyldigheit og underskrift</translation>
    </message>
    <message>
        <source>Bruk planperioden</source>
        <translation>Bruk planperioden</translation>
    </message>
    <message>
        <source>f.o.m.</source>
        <translation>f.o.m.</translation>
    </message>
    <message>
        <source>t.o.m.</source>
        <translation>t.o.m.</translation>
    </message>
    <message>
        <source>Samtykket gjelder:</source>
        <translation>Samtykket gjeld:</translation>
    </message>
    <message>
        <source>Sted:</source>
        <translation>Stad:</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Navnet til den som skrev under</source>
        <translation>Namnet til den som skreiv under</translation>
    </message>
    <message>
        <source>Underskrift:</source>
        <translation>Underskrift:</translation>
    </message>
    <message>
        <source>Når verge eller foresatte skriver under</source>
        <translation>Når verje eller føresette skriv under</translation>
    </message>
    <message>
        <source>Evt. verges/foresattes underskrift:</source>
        <translation>Ev. underskrift frå verje/føresette:</translation>
    </message>
    <message>
        <source>Hvem som er med, og hva som kan deles</source>
        <translation>Kven som er med, og kva som kan delast</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Annen person pasienten ønsker med i arbeidet:</source>
        <translation>Annan person pasienten ønskjer med i arbeidet:</translation>
    </message>
    <message>
        <source>Personer eller instanser pasienten ikke vil skal være med</source>
        <translation>Personar eller instansar pasienten ikkje vil skal vere med</translation>
    </message>
    <message>
        <source>Reservasjoner:</source>
        <translation>Reservasjonar:</translation>
    </message>
    <message>
        <source>Informasjon om individuell plan er gitt</source>
        <translation>Informasjon om individuell plan er gitt</translation>
    </message>
    <message>
        <source>Navn på den som informerte</source>
        <translation>Namnet på den som informerte</translation>
    </message>
    <message>
        <source>Informasjon gitt av:</source>
        <translation>Informasjon gitt av:</translation>
    </message>
    <message>
        <source>Tilbaketrekking av samtykket</source>
        <translation>Tilbaketrekking av samtykket</translation>
    </message>
    <message>
        <source>Fyll ut når pasienten trekker samtykket tilbake. Da skal planen ikke deles eller arbeides videre med.</source>
        <translation>Fyll ut når pasienten trekkjer samtykket tilbake. Då skal planen ikkje delast eller arbeidast vidare med.</translation>
    </message>
    <message>
        <source>Trukket tilbake dato:</source>
        <translation>Trekt tilbake dato:</translation>
    </message>
    <message>
        <source>Den som registrerte det</source>
        <translation>Den som registrerte det</translation>
    </message>
    <message>
        <source>Registrert av:</source>
        <translation>Registrert av:</translation>
    </message>
    <message>
        <source>Velg deltaker</source>
        <translation>Vel deltakar</translation>
    </message>
    <message>
        <source>Velg blant deltakerne</source>
        <translation>Vel mellom deltakarane</translation>
    </message>
    <message>
        <source>Ingen deltakere er registrert</source>
        <translation>Ingen deltakarar er registrerte</translation>
    </message>
    <message>
        <source>Samtykket trekkes tilbake</source>
        <translation>Samtykket vert trekt tilbake</translation>
    </message>
    <message>
        <source>Registrere at samtykket ble trukket tilbake {date}? Da skal planen ikke deles eller arbeides videre med.</source>
        <translation>Registrere at samtykket vart trekt tilbake {date}? Då skal planen ikkje delast eller arbeidast vidare med.</translation>
    </message>
    <message>
        <source>til etter evaluering</source>
        <translation>til etter evaluering</translation>
    </message>
    <message>
        <source>Planperioden: {start} – {to}</source>
        <translation>Planperioden: {start} – {to}</translation>
    </message>
    <message>
        <source>Planen har ingen periode ennå.</source>
        <translation>Planen har ingen periode enno.</translation>
    </message>
    <message>
        <source>{state}, gjelder til {date}</source>
        <translation>{state}, gjeld til {date}</translation>
    </message>
    <message>
        <source>{state} {date}. Planen skal ikke deles eller arbeides videre med.</source>
        <translation>{state} {date}. Planen skal ikkje delast eller arbeidast vidare med.</translation>
    </message>
    <message>
        <source>{state}: samtykket er krysset av, men mangler dato.</source>
        <translation>{state}: samtykket er kryssa av, men manglar dato.</translation>
    </message>
    <message>
        <source>{state}: samtykket gjaldt til {date}. Innhent nytt samtykke.</source>
        <translation>{state}: samtykket galdt til {date}. Hent inn nytt samtykke.</translation>
    </message>
</context>
<context>
    <name>ConsentTextPage</name>
    <message>
        <source>Samtykketekst</source>
        <translation>Samtykketekst</translation>
    </message>
    <message>
        <source>Samtykkeerklæringen pasienten skriver under på. Teksten vises i skjemaet Samtykke og skrives ut på samtykkeskjemaet, for alle avdelinger. Lim inn sykehusets godkjente tekst, eller bruk programmets standardtekst.</source>
        <translation>Samtykkeerklæringa pasienten skriv under på. Teksten blir vist i skjemaet Samtykke og skriven ut på samtykkeskjemaet, for alle avdelingar. Lim inn den godkjende teksten til sjukehuset, eller bruk standardteksten til programmet.</translation>
    </message>
    <message>
        <source>Bruk &amp;standardteksten</source>
        <translation>Bruk &amp;standardteksten</translation>
    </message>
    <message>
        <source>Forhåndsvisning av samtykketeksten</source>
        <translation>Førehandsvising av samtykketeksten</translation>
    </message>
    <message>
        <source>Slik leser pasienten det</source>
        <translation>Slik les pasienten det</translation>
    </message>
    <message>
        <source>Sykehusets egen tekst ({n} tegn).</source>
        <translation>Sjukehuset sin eigen tekst ({n} teikn).</translation>
    </message>
    <message>
        <source>Programmets standardtekst.</source>
        <translation>Standardteksten til programmet.</translation>
    </message>
</context>
<context>
    <name>ConsentVersions</name>
    <message>
        <source>Samtykke {n} – {name}</source>
        <translation>Samtykke {n} – {name}</translation>
    </message>
</context>
<context>
    <name>ConsentVersionsBar</name>
    <message>
        <source>Samtykkeversjon</source>
        <translation>Samtykkeversjon</translation>
    </message>
    <message>
        <source>Skriv ut samtykket…</source>
        <translation>Skriv ut samtykket…</translation>
    </message>
    <message>
        <source>Ny samtykkeversjon</source>
        <translation>Ny samtykkeversjon</translation>
    </message>
    <message>
        <source>Et nytt samtykke, for eksempel for en ny planperiode. Det gjeldende blir stående som en eldre versjon.</source>
        <translation>Eit nytt samtykke, til dømes for ein ny planperiode. Det gjeldande blir ståande som ein eldre versjon.</translation>
    </message>
    <message>
        <source>Samtykke {n} av {total}</source>
        <translation>Samtykke {n} av {total}</translation>
    </message>
    <message>
        <source>Eldre versjon: kan leses og skrives ut, ikke endres.</source>
        <translation>Eldre versjon: kan lesast og skrivast ut, ikkje endrast.</translation>
    </message>
    <message>
        <source>Starte samtykke {n}? Samtykke {old} blir stående slik det er, og kan leses og skrives ut.</source>
        <translation>Starte samtykke {n}? Samtykke {old} blir ståande slik det er, og kan lesast og skrivast ut.</translation>
    </message>
</context>
<context>
    <name>CoordinatorsBox</name>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Arbeidsstad</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tlf/mobil</source>
        <translation>Tlf./mobil</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Kommunens koordinator når utfylt, ellers spesialisthelsetjenestens</source>
        <translation>Koordinatoren i kommunen når han er fylt ut, elles spesialisthelsetenesta sin</translation>
    </message>
    <message>
        <source>Ansvarlig for samordning og fremdrift</source>
        <translation>Ansvarleg for samordning og framdrift</translation>
    </message>
    <message>
        <source>Ansvarlig koordinator (signerer planen)</source>
        <translation>Ansvarleg koordinator (signerer planen)</translation>
    </message>
    <message>
        <source>Ansvarlig koordinator:</source>
        <translation>Ansvarleg koordinator:</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten</source>
        <translation>Koordinator i spesialisthelsetenesta</translation>
    </message>
    <message>
        <source>Koordinator i kommunen</source>
        <translation>Koordinator i kommunen</translation>
    </message>
</context>
<context>
    <name>CopiesDialog</name>
    <message>
        <source>Kopiliste</source>
        <translation>Kopiliste</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Mottaker</source>
        <translation>Mottakar</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Hvordan</source>
        <translation>Korleis</translation>
    </message>
    <message>
        <source>Gitt av</source>
        <translation>Gitt av</translation>
    </message>
    <message>
        <source>Ingen har fått kopi ennå. Utskrifter som deles ut, overføringer og brev føres her.</source>
        <translation>Ingen har fått kopi enno. Utskrifter som vert delte ut, overføringar og brev vert førte her.</translation>
    </message>
    <message>
        <source>Brev: {title}</source>
        <translation>Brev: {title}</translation>
    </message>
    <message>
        <source>Referat: {title}</source>
        <translation>Referat: {title}</translation>
    </message>
    <message>
        <source>Planen, versjon {n}</source>
        <translation>Planen, versjon {n}</translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <source>Kriseplanen lages sammen med pasienten. Den står som egen rad i «Eksisterende vedtak, planer og avtaler», og skrives ut som eget skjema og som kort pasienten kan ha med seg (Skriv ut…).</source>
        <translation>Kriseplanen blir laga saman med pasienten. Han står som eiga rad i «Eksisterande vedtak, planar og avtalar», og blir skriven ut som eige skjema og som kort pasienten kan ha med seg (Skriv ut…).</translation>
    </message>
    <message>
        <source>Varselsignaler – slik merker jeg og andre at det går dårlig</source>
        <translation>Varselsignal – slik merkar eg og andre at det går dårleg</translation>
    </message>
    <message>
        <source>Dette gjør jeg selv</source>
        <translation>Dette gjer eg sjølv</translation>
    </message>
    <message>
        <source>Avtaler om medisiner</source>
        <translation>Avtalar om medisinar</translation>
    </message>
    <message>
        <source>Slik vil jeg bli møtt</source>
        <translation>Slik vil eg bli møtt</translation>
    </message>
    <message>
        <source>Hvis jeg må legges inn, ønsker jeg</source>
        <translation>Om eg må leggjast inn, ønskjer eg</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Hva de gjør</source>
        <translation>Kva dei gjer</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Når kan de nås</source>
        <translation>Når dei kan nåast</translation>
    </message>
    <message>
        <source>Deltaker</source>
        <translation>Deltakar</translation>
    </message>
    <message>
        <source>Legg til fra deltakerne</source>
        <translation>Legg til frå deltakarane</translation>
    </message>
    <message>
        <source>Dette gjør andre</source>
        <translation>Dette gjer andre</translation>
    </message>
    <message>
        <source>Hvem jeg kan ringe</source>
        <translation>Kven eg kan ringje</translation>
    </message>
    <message>
        <source>Laget</source>
        <translation>Laga</translation>
    </message>
    <message>
        <source>hvem kriseplanen er laget sammen med</source>
        <translation>kven kriseplanen er laga saman med</translation>
    </message>
    <message>
        <source>Kriseplanen skal gjennomgås igjen innen denne datoen (en frist).</source>
        <translation>Kriseplanen skal gåast gjennom att innan denne datoen (ein frist).</translation>
    </message>
    <message>
        <source>Laget sammen &amp;med</source>
        <translation>Laga saman &amp;med</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Revideres (dato)</source>
        <translation>&amp;Reviderast (dato)</translation>
    </message>
    <message>
        <source>Kriseplan</source>
        <translation>Kriseplan</translation>
    </message>
</context>
<context>
    <name>DeadlinesBar</name>
    <message>
        <source>Forfalt</source>
        <translation>Forfalle</translation>
    </message>
    <message>
        <source>Bare pasienter med en frist som er gått ut</source>
        <translation>Berre pasientar med ein frist som er gått ut</translation>
    </message>
    <message>
        <source>Innen 14 dager</source>
        <translation>Innan 14 dagar</translation>
    </message>
    <message>
        <source>Bare pasienter med en frist innen 14 dager (forfalte tas med)</source>
        <translation>Berre pasientar med ein frist innan 14 dagar (forfalne er tekne med)</translation>
    </message>
    <message>
        <source>Venter svar fra kommunen</source>
        <translation>Ventar svar frå kommunen</translation>
    </message>
    <message>
        <source>Bare pasienter der meldingen til kommunen er sendt og svaret ikke kommet</source>
        <translation>Berre pasientar der meldinga til kommunen er send og svaret ikkje har kome</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Bare pasienter der jeg er koordinator i spesialisthelsetjenesten eller deltaker (valgt blant brukerne, eller skrevet med navnet mitt)</source>
        <translation>Berre pasientar der eg er koordinator i spesialisthelsetenesta eller deltakar (vald blant brukarane, eller skriven med namnet mitt)</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Fristar</translation>
    </message>
    <message>
        <source>Åpne fristoversikten (Ctrl+D)</source>
        <translation>Opne fristoversikta (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ingen frister de neste 14 dagene</source>
        <translation>Ingen fristar dei neste 14 dagane</translation>
    </message>
    <message>
        <source>1 frist er forfalt</source>
        <translation>1 frist er forfallen</translation>
    </message>
    <message>
        <source>{n} frister er forfalt</source>
        <translation>{n} fristar er forfalne</translation>
    </message>
    <message>
        <source>1 forfaller innen 14 dager</source>
        <translation>1 forfell innan 14 dagar</translation>
    </message>
    <message>
        <source>{n} forfaller innen 14 dager</source>
        <translation>{n} forfell innan 14 dagar</translation>
    </message>
</context>
<context>
    <name>DeadlinesFeature</name>
    <message>
        <source>Frister …</source>
        <translation>Fristar …</translation>
    </message>
    <message>
        <source>Alle åpne frister, gruppert etter uke (Ctrl+D)</source>
        <translation>Alle opne fristar, grupperte etter veke (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Pasient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Fødd</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Hva som skal gjøres</source>
        <translation>Kva som skal gjerast</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Avdeling</translation>
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
        <translation>Fristar</translation>
    </message>
    <message>
        <source>Type frist</source>
        <translation>Type frist</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>Alle typar</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Alle avdelinger</source>
        <translation>Alle avdelingar</translation>
    </message>
    <message>
        <source>Fristliste (PDF) …</source>
        <translation>Fristliste (PDF) …</translation>
    </message>
    <message>
        <source>Lagre listen slik den vises som PDF til avdelingsmøtet</source>
        <translation>Lagre lista slik ho blir vist som PDF til avdelingsmøtet</translation>
    </message>
    <message>
        <source>Dobbeltklikk en frist for å åpne pasienten der fristen står.</source>
        <translation>Dobbeltklikk ein frist for å opne pasienten der fristen står.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Avdeling:</source>
        <translation>Avdeling:</translation>
    </message>
    <message>
        <source>Lagre fristliste</source>
        <translation>Lagre fristliste</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikkje lagra</translation>
    </message>
</context>
<context>
    <name>DecisionRowsModel</name>
    <message>
        <source>Vedtak, planer og avtaler</source>
        <translation>Vedtak, planar og avtalar</translation>
    </message>
    <message>
        <source>Ansvarlig person og instans</source>
        <translation>Ansvarleg person og instans</translation>
    </message>
    <message>
        <source>Gjelder fra</source>
        <translation>Gjeld frå</translation>
    </message>
    <message>
        <source>Gjelder til</source>
        <translation>Gjeld til</translation>
    </message>
    <message>
        <source>Dato for evaluering</source>
        <translation>Dato for evaluering</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>DecisionsForm</name>
    <message>
        <source>Eksisterende vedtak, planer og avtaler med ansvarspersoner</source>
        <translation>Eksisterande vedtak, planar og avtalar med ansvarspersonar</translation>
    </message>
    <message>
        <source>Før opp vedtak, avtaler og delplaner som allerede finnes (for eksempel kriseplan, opplæringsplan eller vedtak om tjenester), med hvem som har ansvaret. Detaljene står i disse dokumentene, slik at selve planen kan holdes kort. Datoer kan være dag, måned eller år: 15.07.2012, 07.2012, 2012.</source>
        <translation>Før opp vedtak, avtalar og delplanar som finst frå før (til dømes kriseplan, opplæringsplan eller vedtak om tenester), med kven som har ansvaret. Detaljane står i desse dokumenta, slik at sjølve planen kan haldast kort. Datoar kan vere dag, månad eller år: 15.07.2012, 07.2012, 2012.</translation>
    </message>
    <message>
        <source>Vedtak, planer og avtaler</source>
        <translation>Vedtak, planar og avtalar</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Avdelinger</source>
        <translation>Avdelingar</translation>
    </message>
    <message>
        <source>Avdelingene pasienter og brukere kan høre til. Hver avdeling telles i indikatorrapporten under sin rapportkategori. En avdeling som ikke brukes lenger, deaktiveres: pasientene blir der, men ingen nye kan legges dit.</source>
        <translation>Avdelingane pasientar og brukarar kan høyre til. Kvar avdeling blir talt i indikatorrapporten under rapportkategorien sin. Ei avdeling som ikkje blir brukt lenger, blir deaktivert: pasientane blir verande der, men ingen nye kan leggjast dit.</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Rapportkategori</source>
        <translation>Rapportkategori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Legg til…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>&amp;Gi nytt navn…</source>
        <translation>&amp;Gi nytt namn…</translation>
    </message>
    <message>
        <source>&amp;Deaktiver</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deaktivert</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>Uten rapportkategori (telles under «Uten kategori» i indikatorrapporten): {names}</source>
        <translation>Utan rapportkategori (blir talt under «Utan kategori» i indikatorrapporten): {names}</translation>
    </message>
    <message>
        <source>– ingen kategori –</source>
        <translation>– ingen kategori –</translation>
    </message>
    <message>
        <source>Rapportkategori for {name}</source>
        <translation>Rapportkategori for {name}</translation>
    </message>
    <message>
        <source>&amp;Aktiver</source>
        <translation>&amp;Aktiver</translation>
    </message>
    <message>
        <source>Ny avdeling</source>
        <translation>Ny avdeling</translation>
    </message>
    <message>
        <source>Navnet på avdelingen:</source>
        <translation>Namnet på avdelinga:</translation>
    </message>
    <message>
        <source>Gi avdelingen nytt navn</source>
        <translation>Gi avdelinga nytt namn</translation>
    </message>
    <message>
        <source>Nytt navn på {name} (pasientene og brukerne i avdelingen følger med):</source>
        <translation>Nytt namn på {name} (pasientane og brukarane i avdelinga følgjer med):</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Noe gikk galt, og feilen kunne ikke skrives i loggen.</source>
        <translation>Noko gjekk gale, og feilen kunne ikkje skrivast i loggen.</translation>
    </message>
    <message>
        <source>Noe gikk galt. Feilen er skrevet i loggen: {path}</source>
        <translation>Noko gjekk gale. Feilen er skriven i loggen: {path}</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Nødtilgang</source>
        <translation>Naudtilgang</translation>
    </message>
    <message>
        <source>Pasienten hører ikke til dine avdelinger. Nødtilgang gis bare ved tjenstlig behov. Begrunnelsen og tilgangen logges, vises tydelig i tilgangsloggen og kontrolleres. Pasienten kan be om å få se hvem som har åpnet journalen.</source>
        <translation>Pasienten høyrer ikkje til avdelingane dine. Naudtilgang vert berre gitt ved tenestleg behov. Grunngivinga og tilgangen vert logga, synt tydeleg i tilgangsloggen og kontrollert. Pasienten kan be om å få sjå kven som har opna journalen.</translation>
    </message>
    <message>
        <source>11 siffer</source>
        <translation>11 siffer</translation>
    </message>
    <message>
        <source>For eksempel: Innlagt akutt i natt, vakthavende lege trenger planen.</source>
        <translation>Til dømes: Innlagd akutt i natt, vakthavande lege treng planen.</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Åpne med nødtilgang</source>
        <translation>Opne med naudtilgang</translation>
    </message>
    <message>
        <source>Skriv pasientens fødselsnummer eller D-nummer (11 siffer).</source>
        <translation>Skriv fødselsnummeret eller D-nummeret til pasienten (11 siffer).</translation>
    </message>
</context>
<context>
    <name>EmergencyPage</name>
    <message>
        <source>Nødtilgang</source>
        <translation>Naudtilgang</translation>
    </message>
    <message>
        <source>En pasient som er åpnet med nødtilgang, vises med begrunnelsen øverst i arbeidsflaten. Tilgangen slutter når vinduet låses, når brukeren logger ut, eller etter tiden du velger her. Hver nødtilgang står i tilgangsloggen og på pasientens innsynsutskrift.</source>
        <translation>Ein pasient som er opna med naudtilgang, blir vist med grunngjevinga øvst i arbeidsflata. Tilgangen sluttar når vindauget blir låst, når brukaren loggar ut, eller etter tida du vel her. Kvar naudtilgang står i tilgangsloggen og på innsynsutskrifta til pasienten.</translation>
    </message>
    <message>
        <source> timer</source>
        <translation> timar</translation>
    </message>
    <message>
        <source>Nødtilgangen varer</source>
        <translation>Naudtilgangen varer</translation>
    </message>
    <message>
        <source>Nødtilgangen &amp;varer</source>
        <translation>Naudtilgangen &amp;varer</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluering av tiltak</source>
        <translation>Evaluering av tiltak</translation>
    </message>
    <message>
        <source>Tidligere evalueringer</source>
        <translation>Tidlegare evalueringar</translation>
    </message>
    <message>
        <source>Ingen tidligere evalueringer.</source>
        <translation>Ingen tidlegare evalueringar.</translation>
    </message>
    <message>
        <source>(ikke vurdert)</source>
        <translation>(ikkje vurdert)</translation>
    </message>
    <message>
        <source>Med pasientens egne ord …</source>
        <translation>Med orda til pasienten sjølv …</translation>
    </message>
    <message>
        <source>Fagpersonens vurdering …</source>
        <translation>Vurderinga til fagpersonen …</translation>
    </message>
    <message>
        <source>Ta med pårørendes vurdering</source>
        <translation>Ta med vurderinga til pårørande</translation>
    </message>
    <message>
        <source>Pårørendes vurdering …</source>
        <translation>Vurderinga til pårørande …</translation>
    </message>
    <message>
        <source>Registreres av: {name}</source>
        <translation>Blir registrert av: {name}</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Måloppnåelse</source>
        <translation>&amp;Måloppnåing</translation>
    </message>
    <message>
        <source>&amp;Neste evaluering</source>
        <translation>&amp;Neste evaluering</translation>
    </message>
    <message>
        <source>&amp;Pasientens vurdering</source>
        <translation>&amp;Vurderinga til pasienten</translation>
    </message>
    <message>
        <source>&amp;Fagpersonens vurdering</source>
        <translation>V&amp;urderinga til fagpersonen</translation>
    </message>
    <message>
        <source>Konklusjon</source>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <source>Lagre evaluering</source>
        <translation>Lagre evaluering</translation>
    </message>
    <message>
        <source>(uten delmål)</source>
        <translation>(utan delmål)</translation>
    </message>
    <message>
        <source>Delmål: {goal}</source>
        <translation>Delmål: {goal}</translation>
    </message>
    <message>
        <source>Tiltak: {measure}</source>
        <translation>Tiltak: {measure}</translation>
    </message>
    <message>
        <source>Pasientens vurdering</source>
        <translation>Vurderinga til pasienten</translation>
    </message>
    <message>
        <source>Fagpersonens vurdering</source>
        <translation>Vurderinga til fagpersonen</translation>
    </message>
    <message>
        <source>Pårørendes vurdering</source>
        <translation>Vurderinga til pårørande</translation>
    </message>
    <message>
        <source>Avslutte tiltaket?</source>
        <translation>Avslutte tiltaket?</translation>
    </message>
    <message>
        <source>Konklusjonen er «avslutte». Skal tiltaket få avsluttet-dato {date}?</source>
        <translation>Konklusjonen er «avslutte». Skal tiltaket få avslutta-dato {date}?</translation>
    </message>
    <message>
        <source>Evalueringen er ikke lagret ({detail}). Det du har skrevet, står fortsatt her.</source>
        <translation>Evalueringa er ikkje lagra ({detail}). Det du har skrive, står framleis her.</translation>
    </message>
    <message>
        <source>Forkaste evalueringen?</source>
        <translation>Forkaste evalueringa?</translation>
    </message>
    <message>
        <source>Det du har skrevet i evalueringen, blir ikke lagret. Vil du lukke likevel?</source>
        <translation>Det du har skrive i evalueringa, blir ikkje lagra. Vil du lukke likevel?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Overfør planen – {name}</source>
        <translation>Overfør planen – {name}</translation>
    </message>
    <message>
        <source>Planen lagres kryptert (AES-256), slik at den trygt kan gis til kommunen på minnepinne eller med sikker e-post. Uten passordet kan ingen åpne filen.</source>
        <translation>Planen vert lagra kryptert (AES-256), slik at han trygt kan givast til kommunen på minnepinne eller med sikker e-post. Utan passordet kan ingen opne fila.</translation>
    </message>
    <message>
        <source>Hvem får planen (føres på kopilisten)</source>
        <translation>Kven får planen (vert ført på kopilista)</translation>
    </message>
    <message>
        <source>Hva skal lagres?</source>
        <translation>Kva skal lagrast?</translation>
    </message>
    <message>
        <source>Pakke (.zip) med utskriften og en FHIR-fil – åpnes med 7-Zip eller med dette programmet</source>
        <translation>Pakke (.zip) med utskrifta og ei FHIR-fil – vert opna med 7-Zip eller med dette programmet</translation>
    </message>
    <message>
        <source>Bare utskriften som kryptert PDF – åpnes i alle PDF-lesere</source>
        <translation>Berre utskrifta som kryptert PDF – vert opna i alle PDF-lesarar</translation>
    </message>
    <message>
        <source>Legg ved møtereferatene ({n}) i pakken</source>
        <translation>Legg ved møtereferata ({n}) i pakken</translation>
    </message>
    <message>
        <source>Ta med kartlegging (livsområdene) i FHIR-filen</source>
        <translation>Ta med kartlegging (livsområda) i FHIR-fila</translation>
    </message>
    <message>
        <source>Passord</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Lag et passord av {n} ord som er lett å lese opp (ca. {bits} biter tilfeldighet)</source>
        <translation>Lag eit passord av {n} ord som er lett å lese opp (ca. {bits} bit tilfeldigheit)</translation>
    </message>
    <message>
        <source>Bruk et passord vi har avtalt med mottakeren:</source>
        <translation>Bruk eit passord vi har avtalt med mottakaren:</translation>
    </message>
    <message>
        <source>minst {n} tegn</source>
        <translation>minst {n} teikn</translation>
    </message>
    <message>
        <source>Lagre…</source>
        <translation>Lagre…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Hvorfor planen likevel skal overføres (logges)</source>
        <translation>Kvifor planen likevel skal overførast (blir logga)</translation>
    </message>
    <message>
        <source>Grunn til å overføre uten samtykke</source>
        <translation>Grunn til å overføre utan samtykke</translation>
    </message>
    <message>
        <source>Overfør likevel bare med en grunn:</source>
        <translation>Overfør likevel berre med ein grunn:</translation>
    </message>
    <message>
        <source>Planversjon</source>
        <translation>Planversjon</translation>
    </message>
    <message>
        <source>Planversjon som sendes</source>
        <translation>Planversjon som blir send</translation>
    </message>
    <message>
        <source>Velg versjon …</source>
        <translation>Vel versjon …</translation>
    </message>
    <message>
        <source>Versjon {n} – signert {date}</source>
        <translation>Versjon {n} – signert {date}</translation>
    </message>
    <message>
        <source>Versjon {n} – utkast (merkes «UTKAST – ikke signert»)</source>
        <translation>Versjon {n} – utkast (blir merkt «UTKAST – ikke signert»)</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Send:</translation>
    </message>
    <message>
        <source>Skriv hvorfor planen overføres uten samtykke til deling, eller avbryt.</source>
        <translation>Skriv kvifor planen blir overført utan samtykke til deling, eller avbryt.</translation>
    </message>
    <message>
        <source>Planen har ingen signert versjon: velg versjonen som skal sendes.</source>
        <translation>Planen har ingen signert versjon: vel versjonen som skal sendast.</translation>
    </message>
    <message>
        <source>Planen er ikke overført: en reservert mottaker trenger en begrunnelse.</source>
        <translation>Planen er ikkje overført: ein reservert mottakar treng ei grunngjeving.</translation>
    </message>
    <message>
        <source>Lagre den krypterte filen</source>
        <translation>Lagre den krypterte fila</translation>
    </message>
    <message>
        <source>Passordet:</source>
        <translation>Passordet:</translation>
    </message>
    <message>
        <source>Kopier</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Lagret {file} i {folder}.</source>
        <translation>Lagra {file} i {folder}.</translation>
    </message>
    <message>
        <source>Gi passordet til mottakeren på telefon eller på en annen kanal – aldri i samme e-post eller på samme minnepinne som filen. Programmet lagrer ikke passordet, og det vises bare nå.</source>
        <translation>Gi passordet til mottakaren på telefon eller på ein annan kanal – aldri i same e-post eller på same minnepinne som fila. Programmet lagrar ikkje passordet, og det vert berre vist no.</translation>
    </message>
    <message>
        <source>Filen er kryptert med passordet dere har avtalt.</source>
        <translation>Fila er kryptert med passordet de har avtalt.</translation>
    </message>
    <message>
        <source>Kopiert</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Brukerveiledning – Individuell plan</source>
        <translation>Brukarrettleiing – Individuell plan</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>Brukarrettleiing</translation>
    </message>
    <message>
        <source>Brukerveiledningen mangler i denne installasjonen. Kontakt IT.</source>
        <translation>Brukarrettleiinga manglar i denne installasjonen. Kontakt IT.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Planens historikk – {name}</source>
        <translation>Historikken til planen – {name}</translation>
    </message>
    <message>
        <source>Planversjoner</source>
        <translation>Planversjonar</translation>
    </message>
    <message>
        <source>Planen har ingen versjoner ennå.</source>
        <translation>Planen har ingen versjonar enno.</translation>
    </message>
    <message>
        <source>En signert versjon er låst og skrives ut likt hver gang. Endringer etter signering lagres som en ny versjon.</source>
        <translation>Ein signert versjon er låst og vert skriven ut likt kvar gong. Endringar etter signering vert lagra som ein ny versjon.</translation>
    </message>
    <message>
        <source>Vis / skriv ut…</source>
        <translation>Vis / skriv ut…</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>I databasen</source>
        <translation>I databasen</translation>
    </message>
    <message>
        <source>I filen</source>
        <translation>I fila</translation>
    </message>
    <message>
        <source>Hent inn en plan</source>
        <translation>Hent inn ein plan</translation>
    </message>
    <message>
        <source>pakke (.zip) eller FHIR-fil (.json)</source>
        <translation>pakke (.zip) eller FHIR-fil (.json)</translation>
    </message>
    <message>
        <source>Velg fil…</source>
        <translation>Vel fil…</translation>
    </message>
    <message>
        <source>passordet du fikk fra avsenderen</source>
        <translation>passordet du fekk frå avsendaren</translation>
    </message>
    <message>
        <source>Vis</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Les filen</source>
        <translation>Les fila</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Passord:</source>
        <translation>Passord:</translation>
    </message>
    <message>
        <source>Dette kommer inn</source>
        <translation>Dette kjem inn</translation>
    </message>
    <message>
        <source>Ny pasient i avdeling:</source>
        <translation>Ny pasient i avdeling:</translation>
    </message>
    <message>
        <source>Velg avdeling</source>
        <translation>Vel avdeling</translation>
    </message>
    <message>
        <source>Avdeling for ny pasient</source>
        <translation>Avdeling for ny pasient</translation>
    </message>
    <message>
        <source>Jeg har kontrollert at dette er samme person</source>
        <translation>Eg har kontrollert at dette er same person</translation>
    </message>
    <message>
        <source>Ingenting overskrives: planen legges til som en ny versjon, og de tidligere versjonene blir liggende i historikken. Pasientopplysninger, sjekkliste og samtykke som allerede er registrert her, beholdes.</source>
        <translation>Ingenting vert overskrive: planen vert lagd til som ein ny versjon, og dei tidlegare versjonane vert liggjande i historikken. Pasientopplysningar, sjekkliste og samtykke som alt er registrerte her, vert haldne på.</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Leser filen</source>
        <translation>Les fila</translation>
    </message>
    <message>
        <source>Leser filen …</source>
        <translation>Les fila …</translation>
    </message>
    <message>
        <source>Avbryt lesingen</source>
        <translation>Avbryt lesinga</translation>
    </message>
    <message>
        <source>Velg planen som skal hentes inn</source>
        <translation>Vel planen som skal hentast inn</translation>
    </message>
    <message>
        <source>Velg en fil først.</source>
        <translation>Vel ei fil først.</translation>
    </message>
    <message>
        <source>{name}, født {born}{number}</source>
        <translation>{name}, fødd {born}{number}</translation>
    </message>
    <message>
        <source>, fødselsnummer {n}</source>
        <translation>, fødselsnummer {n}</translation>
    </message>
    <message>
        <source>Plan: {n} versjon(er); den siste er {state}, med {rows} rader og {decisions} vedtak.</source>
        <translation>Plan: {n} versjon(ar); den siste er {state}, med {rows} rader og {decisions} vedtak.</translation>
    </message>
    <message>
        <source>signert</source>
        <translation>signert</translation>
    </message>
    <message>
        <source>ikke signert</source>
        <translation>ikkje signert</translation>
    </message>
    <message>
        <source>Samtykke: {state}.</source>
        <translation>Samtykke: {state}.</translation>
    </message>
    <message>
        <source>Deltakere: {p}; møter: {m}; kopiliste: {c}.</source>
        <translation>Deltakarar: {p}; møte: {m}; kopiliste: {c}.</translation>
    </message>
    <message>
        <source>Eksportert av {who}, {when}.</source>
        <translation>Eksportert av {who}, {when}.</translation>
    </message>
    <message>
        <source>Ingen pasient her har samme fødselsnummer eller samme navn og fødselsdato.</source>
        <translation>Ingen pasient her har same fødselsnummer eller same namn og fødselsdato.</translation>
    </message>
    <message>
        <source>Samme fødselsnummer som {name} (id {id}). Forskjeller:</source>
        <translation>Same fødselsnummer som {name} (id {id}). Skilnader:</translation>
    </message>
    <message>
        <source>Samme navn og fødselsdato som {name} (id {id}), men ikke samme fødselsnummer. Kontroller at det er samme person. Forskjeller:</source>
        <translation>Same namn og fødselsdato som {name} (id {id}), men ikkje same fødselsnummer. Kontroller at det er same person. Skilnader:</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Ingen forskjeller</source>
        <translation>Ingen skilnader</translation>
    </message>
    <message>
        <source>Ny planversjon hos {name} (id {id})</source>
        <translation>Ny planversjon hos {name} (id {id})</translation>
    </message>
    <message>
        <source>Opprette {name} som ny pasient med planen fra filen?</source>
        <translation>Opprette {name} som ny pasient med planen frå fila?</translation>
    </message>
    <message>
        <source>Legge planen fra filen til som en ny versjon hos {name}? Tidligere versjoner beholdes.</source>
        <translation>Leggje planen frå fila til som ein ny versjon hos {name}? Tidlegare versjonar vert haldne på.</translation>
    </message>
    <message>
        <source>Hent inn planen</source>
        <translation>Hent inn planen</translation>
    </message>
    <message>
        <source>Pasienten er importert til avdeling {department}. Du har ikke tilgang til den avdelingen.</source>
        <translation>Pasienten er importert til avdeling {department}. Du har ikkje tilgang til den avdelinga.</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Filen kan ikke leses.</source>
        <translation>Fila kan ikkje lesast.</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Uten kategori: {department}</source>
        <translation>Utan kategori: {department}</translation>
    </message>
</context>
<context>
    <name>IndicatorTables</name>
    <message>
        <source>Avdelinger uten rapportkategori (telt for seg, ikke i Totalt): {names}. En administrator knytter dem til en kategori i Innstillinger.</source>
        <translation>Avdelingar utan rapportkategori (talde for seg, ikkje i Totalt): {names}. Ein administrator knyter dei til ein kategori i Innstillingar.</translation>
    </message>
    <message>
        <source>Av dem: {what}</source>
        <translation>Av dei: {what}</translation>
    </message>
</context>
<context>
    <name>IndicatorsWindow</name>
    <message>
        <source>Indikatorer for individuell plan</source>
        <translation>Indikatorar for individuell plan</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Tertial {n}</source>
        <translation>Tertial {n}</translation>
    </message>
    <message>
        <source>Alle indikatorer</source>
        <translation>Alle indikatorar</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Vis små tall</source>
        <translation>Vis små tal</translation>
    </message>
    <message>
        <source>Tall under {n} vises som «&lt;{n}» så ingen pasient kan kjennes igjen. Utskrift og CSV følger valget; FHIR-filen til regionen har alltid de nøyaktige tallene.</source>
        <translation>Tal under {n} blir viste som «&lt;{n}» så ingen pasient kan kjennast att. Utskrift og CSV følgjer valet; FHIR-fila til regionen har alltid dei nøyaktige tala.</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Indikator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>A&amp;vdeling:</source>
        <translation>A&amp;vdeling:</translation>
    </message>
    <message>
        <source>Tertial:</source>
        <translation>Tertial:</translation>
    </message>
    <message>
        <source>Tabeller</source>
        <translation>Tabellar</translation>
    </message>
    <message>
        <source>Merknader til rapporten</source>
        <translation>Merknader til rapporten</translation>
    </message>
    <message>
        <source>Merknader som skrives ut under tabellene, for eksempel om et tall er foreløpig.</source>
        <translation>Merknader som blir skrivne ut under tabellane, til dømes om eit tal er førebels.</translation>
    </message>
    <message>
        <source>&amp;Merknader:</source>
        <translation>&amp;Merknader:</translation>
    </message>
    <message>
        <source>Indikator i diagrammet</source>
        <translation>Indikator i diagrammet</translation>
    </message>
    <message>
        <source>Søylediagram</source>
        <translation>Søylediagram</translation>
    </message>
    <message>
        <source>&amp;Diagram:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <source>&amp;Skriv ut…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF…</source>
        <translation>Lagre som &amp;PDF…</translation>
    </message>
    <message>
        <source>Lagre som &amp;CSV…</source>
        <translation>Lagre som &amp;CSV…</translation>
    </message>
    <message>
        <source>Lagre for &amp;regionen (FHIR)…</source>
        <translation>Lagre for &amp;regionen (FHIR)…</translation>
    </message>
    <message>
        <source>Slå sammen &amp;rapporter…</source>
        <translation>Slå saman &amp;rapportar…</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Alle avdelinger</source>
        <translation>Alle avdelingar</translation>
    </message>
    <message>
        <source>Mine avdelinger</source>
        <translation>Mine avdelingar</translation>
    </message>
    <message>
        <source>Velg minst ett tertial.</source>
        <translation>Vel minst eitt tertial.</translation>
    </message>
    <message>
        <source>Teller …</source>
        <translation>Tel …</translation>
    </message>
    <message>
        <source>Summen av {n} filer: {names}</source>
        <translation>Summen av {n} filer: {names}</translation>
    </message>
    <message>
        <source>alle avdelinger</source>
        <translation>alle avdelingar</translation>
    </message>
    <message>
        <source>{year}, {departments}. En pasient telles under avdelingen pasienten tilhørte da det skjedde.</source>
        <translation>{year}, {departments}. Ein pasient blir talt under avdelinga pasienten høyrde til då det skjedde.</translation>
    </message>
    <message>
        <source>«uten tertial»: datoer med bare år.</source>
        <translation>«utan tertial»: datoar med berre år.</translation>
    </message>
    <message>
        <source>Indikatoren er ikke valgt.</source>
        <translation>Indikatoren er ikkje vald.</translation>
    </message>
    <message>
        <source>Små tall (under {n}) er ikke tegnet.</source>
        <translation>Små tal (under {n}) er ikkje teikna.</translation>
    </message>
    <message>
        <source>indikatorer-{year}</source>
        <translation>indikatorar-{year}</translation>
    </message>
    <message>
        <source>Lagre rapporten som PDF</source>
        <translation>Lagre rapporten som PDF</translation>
    </message>
    <message>
        <source>Lagret i {path}.</source>
        <translation>Lagra i {path}.</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes.</source>
        <translation>Skrivaren kunne ikkje startast.</translation>
    </message>
    <message>
        <source>Sendt til skriveren.</source>
        <translation>Send til skrivaren.</translation>
    </message>
    <message>
        <source>Lagre rapporten som CSV</source>
        <translation>Lagre rapporten som CSV</translation>
    </message>
    <message>
        <source>Lagre rapporten for regionen</source>
        <translation>Lagre rapporten for regionen</translation>
    </message>
    <message>
        <source>Lagret i {path} (FHIR MeasureReport, nøyaktige tall uten personopplysninger).</source>
        <translation>Lagra i {path} (FHIR MeasureReport, nøyaktige tal utan personopplysningar).</translation>
    </message>
    <message>
        <source>Velg rapporter fra andre avdelinger</source>
        <translation>Vel rapportar frå andre avdelingar</translation>
    </message>
    <message>
        <source>Velg et år eller en avdeling for å gå tilbake til egne tall.</source>
        <translation>Vel eit år eller ei avdeling for å gå tilbake til eigne tal.</translation>
    </message>
    <message>
        <source>Tallene kunne ikke telles.</source>
        <translation>Tala kunne ikkje teljast.</translation>
    </message>
</context>
<context>
    <name>KEDirectoryPage</name>
    <message>
        <source>Koordinerende enheter</source>
        <translation>Koordinerande einingar</translation>
    </message>
    <message>
        <source>Kommunenes koordinerende enheter, som meldinger om behov for individuell plan sendes til. Pasientens bostedskommune velger enheten; meldingen kan velge en annen.</source>
        <translation>Dei koordinerande einingane i kommunane, som meldingar om behov for individuell plan blir sende til. Bustadkommunen til pasienten vel eininga; meldinga kan velje ei anna.</translation>
    </message>
    <message>
        <source>Kommunenummer:</source>
        <translation>Kommunenummer:</translation>
    </message>
    <message>
        <source>Kommune:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <source>Enhet:</source>
        <translation>Eining:</translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-post:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Postadresse:</source>
        <translation>Postadresse:</translation>
    </message>
    <message>
        <source>HER-id (valgfritt):</source>
        <translation>HER-id (valfritt):</translation>
    </message>
    <message>
        <source>fire siffer</source>
        <translation>fire siffer</translation>
    </message>
    <message>
        <source>Lagre enheten</source>
        <translation>Lagre eininga</translation>
    </message>
    <message>
        <source>Ny enhet</source>
        <translation>Ny eining</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Importer CSV…</source>
        <translation>Importer CSV…</translation>
    </message>
    <message>
        <source>Eksporter CSV…</source>
        <translation>Eksporter CSV…</translation>
    </message>
    <message>
        <source>{name} er lagret.</source>
        <translation>{name} er lagra.</translation>
    </message>
    <message>
        <source>{name} er fjernet. Sendte meldinger beholder mottakeren slik den var.</source>
        <translation>{name} er fjerna. Sende meldingar held på mottakaren slik han var.</translation>
    </message>
    <message>
        <source>Importer koordinerende enheter</source>
        <translation>Importer koordinerande einingar</translation>
    </message>
    <message>
        <source>Filen kan ikke leses: {error}</source>
        <translation>Fila kan ikkje lesast: {error}</translation>
    </message>
    <message>
        <source>{n} enheter er importert.</source>
        <translation>{n} einingar er importerte.</translation>
    </message>
    <message>
        <source>koordinerende-enheter.csv</source>
        <translation>koordinerande-einingar.csv</translation>
    </message>
    <message>
        <source>Eksporter koordinerende enheter</source>
        <translation>Eksporter koordinerande einingar</translation>
    </message>
    <message>
        <source>{n} enheter er lagret i {path}.</source>
        <translation>{n} einingar er lagra i {path}.</translation>
    </message>
</context>
<context>
    <name>KEUnitsModel</name>
    <message>
        <source>Kommunenr.</source>
        <translation>Kommunenr.</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Postadresse</source>
        <translation>Postadresse</translation>
    </message>
    <message>
        <source>HER-id</source>
        <translation>HER-id</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Brev – {name}</source>
        <translation>Brev – {name}</translation>
    </message>
    <message>
        <source>Brevmal</source>
        <translation>Brevmal</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>&amp;Møte:</source>
        <translation>&amp;Møte:</translation>
    </message>
    <message>
        <source>Mottakere</source>
        <translation>Mottakarar</translation>
    </message>
    <message>
        <source>Hvordan brevet gis</source>
        <translation>Korleis brevet vert gitt</translation>
    </message>
    <message>
        <source>Ingen møter er registrert</source>
        <translation>Ingen møte er registrerte</translation>
    </message>
    <message>
        <source>&amp;Brevmal:</source>
        <translation>&amp;Brevmal:</translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Lagre som kryptert PDF…</source>
        <translation>Lagre som kryptert PDF…</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Det finnes ingen brevmaler ennå: en administrator lager dem under Innstillinger.</source>
        <translation>Det finst ingen brevmalar enno: ein administrator lagar dei under Innstillingar.</translation>
    </message>
    <message>
        <source>Velg minst én mottaker.</source>
        <translation>Vel minst éin mottakar.</translation>
    </message>
    <message>
        <source>Brevet er ikke gitt: en reservert mottaker trenger en begrunnelse.</source>
        <translation>Brevet er ikkje gitt: ein reservert mottakar treng ei grunngjeving.</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes.</source>
        <translation>Skrivaren kunne ikkje startast.</translation>
    </message>
    <message>
        <source>Sendt til skriveren og ført på kopilisten.</source>
        <translation>Sendt til skrivaren og ført på kopilista.</translation>
    </message>
    <message>
        <source>Lagre brevet kryptert</source>
        <translation>Lagre brevet kryptert</translation>
    </message>
    <message>
        <source>Lagret kryptert i {path} og ført på kopilisten. Passordet (gi det på telefon eller en annen kanal, aldri sammen med filen; det vises bare nå):</source>
        <translation>Lagra kryptert i {path} og ført på kopilista. Passordet (gi det på telefon eller ein annan kanal, aldri saman med fila; det vert berre vist no):</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesPage</name>
    <message>
        <source>pasientens navn</source>
        <translation>namnet til pasienten</translation>
    </message>
    <message>
        <source>pasientens fødselsdato</source>
        <translation>fødselsdatoen til pasienten</translation>
    </message>
    <message>
        <source>pasientens adresse</source>
        <translation>adressa til pasienten</translation>
    </message>
    <message>
        <source>kommunen</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <source>koordinatoren i spesialisthelsetjenesten</source>
        <translation>koordinatoren i spesialisthelsetenesta</translation>
    </message>
    <message>
        <source>koordinatorens telefon</source>
        <translation>telefonen til koordinatoren</translation>
    </message>
    <message>
        <source>kommunens koordinerende enhet</source>
        <translation>den koordinerande eininga i kommunen</translation>
    </message>
    <message>
        <source>den koordinerende enhetens telefon</source>
        <translation>telefonen til den koordinerande eininga</translation>
    </message>
    <message>
        <source>de inviterte (ellers ansvarsgruppen)</source>
        <translation>dei inviterte (elles ansvarsgruppa)</translation>
    </message>
    <message>
        <source>hva slags møte</source>
        <translation>kva slags møte</translation>
    </message>
    <message>
        <source>ansvarsgruppemøte</source>
        <translation>ansvarsgruppemøte</translation>
    </message>
    <message>
        <source>når møtet er</source>
        <translation>når møtet er</translation>
    </message>
    <message>
        <source>hvor møtet er</source>
        <translation>kvar møtet er</translation>
    </message>
    <message>
        <source>Møterom 2</source>
        <translation>Møterom 2</translation>
    </message>
    <message>
        <source>sakslisten</source>
        <translation>sakslista</translation>
    </message>
    <message>
        <source>Gjennomgang av planen</source>
        <translation>Gjennomgang av planen</translation>
    </message>
    <message>
        <source>referatet</source>
        <translation>referatet</translation>
    </message>
    <message>
        <source>Planen ble gjennomgått.</source>
        <translation>Planen vart gjennomgått.</translation>
    </message>
    <message>
        <source>hvem som var til stede</source>
        <translation>kven som var til stades</translation>
    </message>
    <message>
        <source>det som ble avtalt</source>
        <translation>det som vart avtalt</translation>
    </message>
    <message>
        <source>Søke om støttekontakt</source>
        <translation>Søkje om støttekontakt</translation>
    </message>
    <message>
        <source>neste møte</source>
        <translation>neste møte</translation>
    </message>
    <message>
        <source>dagens dato</source>
        <translation>datoen i dag</translation>
    </message>
    <message>
        <source>avsenderen (avdelingen)</source>
        <translation>avsendaren (avdelinga)</translation>
    </message>
    <message>
        <source>Voksenpsykiatrisk avdeling</source>
        <translation>Vaksenpsykiatrisk avdeling</translation>
    </message>
    <message>
        <source>Brevmaler</source>
        <translation>Brevmalar</translation>
    </message>
    <message>
        <source>Ny mal</source>
        <translation>Ny mal</translation>
    </message>
    <message>
        <source>Slett malen</source>
        <translation>Slett malen</translation>
    </message>
    <message>
        <source>Brevets tekst</source>
        <translation>Teksten i brevet</translation>
    </message>
    <message>
        <source>Flettefelt</source>
        <translation>Flettefelt</translation>
    </message>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Flettefelt (dobbeltklikk for å sette inn):</source>
        <translation>Flettefelt (dobbeltklikk for å setje inn):</translation>
    </message>
    <message>
        <source>Slik blir brevet (for en oppdiktet pasient):</source>
        <translation>Slik blir brevet (for ein oppdikta pasient):</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
</context>
<context>
    <name>LocalListsPage</name>
    <message>
        <source>Lokale lister</source>
        <translation>Lokale lister</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Livsområder</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Navn i listen</source>
        <translation>Namn i lista</translation>
    </message>
    <message>
        <source>Legg til…</source>
        <translation>Legg til …</translation>
    </message>
    <message>
        <source>Gi nytt navn…</source>
        <translation>Gi nytt namn …</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Hent fra CSV…</source>
        <translation>Hent frå CSV …</translation>
    </message>
    <message>
        <source>Lagre som CSV…</source>
        <translation>Lagre som CSV …</translation>
    </message>
    <message>
        <source>Navnene foreslås mens man skriver i planen og kartleggingen; alt kan fortsatt skrives fritt. Å fjerne eller endre et navn her endrer ingen planer.</source>
        <translation>Namna blir føreslegne medan ein skriv i planen og kartlegginga; alt kan framleis skrivast fritt. Å fjerne eller endre eit namn her endrar ingen planar.</translation>
    </message>
    <message>
        <source>&amp;Liste</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Gi nytt navn</source>
        <translation>Gi nytt namn</translation>
    </message>
    <message>
        <source>Hent liste fra CSV</source>
        <translation>Hent liste frå CSV</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv);;Alle filer (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Filen er ikke en tekstfil i UTF-8.</source>
        <translation>Fila er ikkje ei tekstfil i UTF-8.</translation>
    </message>
    <message>
        <source>Lagre listen som CSV</source>
        <translation>Lagre lista som CSV</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Filen kan ikke lagres ({detail}).</source>
        <translation>Fila kan ikkje lagrast ({detail}).</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Programmet er låst. Logg inn igjen for å fortsette her; det du har skrevet, er tatt vare på.</source>
        <translation>Programmet er låst. Logg inn igjen for å halde fram her; det du har skrive, er teke vare på.</translation>
    </message>
    <message>
        <source>Individuell plan – låst</source>
        <translation>Individuell plan – låst</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Tilgangslogg – Individuell plan</source>
        <translation>Tilgangslogg – Individuell plan</translation>
    </message>
    <message>
        <source>Tilgangsloggen er endret eller har fått oppføringer slettet. Meld fra til personvernombudet.
</source>
        <translation>Tilgangsloggen er endra eller har fått oppføringar sletta. Meld frå til personvernombodet.
</translation>
    </message>
    <message>
        <source>id eller fødselsnummer</source>
        <translation>id eller fødselsnummer</translation>
    </message>
    <message>
        <source>Alle hendelser</source>
        <translation>Alle hendingar</translation>
    </message>
    <message>
        <source>Innlogging og låsing</source>
        <translation>Innlogging og låsing</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Vis</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Innsyn for pasienten (PDF)…</source>
        <translation>Innsyn for pasienten (PDF)…</translation>
    </message>
    <message>
        <source>Pasient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <source>Hendelse</source>
        <translation>Hending</translation>
    </message>
    <message>
        <source>Periode fra</source>
        <translation>Periode frå</translation>
    </message>
    <message>
        <source>Periode til</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <source>Logg</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Detaljer</source>
        <translation>Detaljar</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Alle brukere</source>
        <translation>Alle brukarar</translation>
    </message>
    <message>
        <source>Fant ingen pasient med den id-en eller det fødselsnummeret.</source>
        <translation>Fann ingen pasient med den id-en eller det fødselsnummeret.</translation>
    </message>
    <message>
        <source>Viser de {shown} nyeste av {total} oppføringer.</source>
        <translation>Viser dei {shown} nyaste av {total} oppføringar.</translation>
    </message>
    <message>
        <source>{total} oppføringer.</source>
        <translation>{total} oppføringar.</translation>
    </message>
    <message>
        <source>Lagre innsyn</source>
        <translation>Lagre innsyn</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikkje lagra</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Logg inn – Individuell plan</source>
        <translation>Logg inn – Individuell plan</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>Passord</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Gjenta passordet</source>
        <translation>Gjenta passordet</translation>
    </message>
    <message>
        <source>Nytt passord</source>
        <translation>Nytt passord</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Første oppstart</source>
        <translation>Første oppstart</translation>
    </message>
    <message>
        <source>Opprett den første administratoren. Administratoren legger inn de ansatte og gir dem tilgang til sine avdelinger, men får selv ikke tilgang til pasienter av rollen alene.</source>
        <translation>Opprett den første administratoren. Administratoren legg inn dei tilsette og gir dei tilgang til avdelingane sine, men får sjølv ikkje tilgang til pasientar av rolla åleine.</translation>
    </message>
    <message>
        <source>Opprett administrator</source>
        <translation>Opprett administrator</translation>
    </message>
    <message>
        <source>Vinduet ble låst fordi det ikke var i bruk ({name} var logget inn). Det som var skrevet, er tatt vare på. Logg inn for å fortsette.</source>
        <translation>Vindauget vart låst fordi det ikkje var i bruk ({name} var logga inn). Det som var skrive, er teke vare på. Logg inn for å halde fram.</translation>
    </message>
    <message>
        <source>Logg inn med ditt personlige brukernavn og passord.</source>
        <translation>Logg inn med ditt personlege brukarnamn og passord.</translation>
    </message>
    <message>
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <source>Logg inn</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demodatabase&lt;/b&gt; (syntetiske pasienter, ikke kryptert). Demokontoer:</source>
        <translation>&lt;b&gt;Demodatabase&lt;/b&gt; (syntetiske pasientar, ikkje kryptert). Demokontoar:</translation>
    </message>
    <message>
        <source>Passordene er ikke like.</source>
        <translation>Passorda er ikkje like.</translation>
    </message>
    <message>
        <source>Velg et nytt passord</source>
        <translation>Vel eit nytt passord</translation>
    </message>
    <message>
        <source>En administrator har gitt deg et midlertidig passord. Velg ditt eget (minst {n} tegn).</source>
        <translation>Ein administrator har gitt deg eit mellombels passord. Vel ditt eige (minst {n} teikn).</translation>
    </message>
    <message>
        <source>Lagre og fortsett</source>
        <translation>Lagre og hald fram</translation>
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
        <translation>Søk på namn, fødselsdato eller fødselsnummer</translation>
    </message>
    <message>
        <source>Søk etter pasient</source>
        <translation>Søk etter pasient</translation>
    </message>
    <message>
        <source>Pasientliste</source>
        <translation>Pasientliste</translation>
    </message>
    <message>
        <source>Ny pasient…</source>
        <translation>Ny pasient…</translation>
    </message>
    <message>
        <source>Rediger pasient…</source>
        <translation>Rediger pasient…</translation>
    </message>
    <message>
        <source>Søk</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Om Individuell plan</source>
        <translation>Om Individuell plan</translation>
    </message>
    <message>
        <source>Innstillinger…</source>
        <translation>Innstillingar…</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>Brukarrettleiing</translation>
    </message>
    <message>
        <source>Angre</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Gjør om</source>
        <translation>Gjer om</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Pasient</source>
        <translation>&amp;Pasient</translation>
    </message>
    <message>
        <source>R&amp;apporter</source>
        <translation>R&amp;apportar</translation>
    </message>
    <message>
        <source>&amp;Indikatorer…</source>
        <translation>&amp;Indikatorar…</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Verktøylinje</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <source>Søker …</source>
        <translation>Søkjer …</translation>
    </message>
    <message>
        <source>Mer enn {n} treff</source>
        <translation>Meir enn {n} treff</translation>
    </message>
    <message>
        <source>{n}+ treff</source>
        <translation>{n}+ treff</translation>
    </message>
    <message>
        <source>Ingen treff</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <source>1 treff</source>
        <translation>1 treff</translation>
    </message>
    <message>
        <source>{n} treff</source>
        <translation>{n} treff</translation>
    </message>
    <message>
        <source>1 pasient</source>
        <translation>1 pasient</translation>
    </message>
    <message>
        <source>{n} pasienter</source>
        <translation>{n} pasientar</translation>
    </message>
    <message>
        <source>{name} – Individuell plan</source>
        <translation>{name} – Individuell plan</translation>
    </message>
    <message>
        <source>Individuell plan, versjon {version}

For sykehusavdelinger som arbeider med individuell plan: sjekkliste, samtykke, plan og eksisterende vedtak. Programmet virker uten nettverk, og alt lagres på denne maskinen.</source>
        <translation>Individuell plan, versjon {version}

For sjukehusavdelingar som arbeider med individuell plan: sjekkliste, samtykke, plan og eksisterande vedtak. Programmet verkar utan nettverk, og alt vert lagra på denne maskina.</translation>
    </message>
    <message>
        <source>Endringene er ikke lagret</source>
        <translation>Endringane er ikkje lagra</translation>
    </message>
    <message>
        <source>{message}

Vil du avslutte likevel? Det som ikke er lagret, går tapt.</source>
        <translation>{message}

Vil du avslutte likevel? Det som ikkje er lagra, går tapt.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Kartlegging</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <source>Ny kartlegging</source>
        <translation>Ny kartlegging</translation>
    </message>
    <message>
        <source>Ny kartlegging fra denne</source>
        <translation>Ny kartlegging frå denne</translation>
    </message>
    <message>
        <source>Kopierer svarene til en ny kartlegging; denne blir stående som den er.</source>
        <translation>Kopierer svara til ei ny kartlegging; denne blir ståande som ho er.</translation>
    </message>
    <message>
        <source>hvem som kartla sammen med pasienten</source>
        <translation>kven som kartla saman med pasienten</translation>
    </message>
    <message>
        <source>Livsområder</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>ikke kartlagt</source>
        <translation>ikkje kartlagt</translation>
    </message>
    <message>
        <source>ikke avklart</source>
        <translation>ikkje avklart</translation>
    </message>
    <message>
        <source>Med pasientens egne ord …</source>
        <translation>Med orda til pasienten sjølv …</translation>
    </message>
    <message>
        <source>Pasient og fagperson ser behovet ulikt: skriv hvorfor i kommentaren.</source>
        <translation>Pasient og fagperson ser behovet ulikt: skriv kvifor i kommentaren.</translation>
    </message>
    <message>
        <source>Lag tiltak</source>
        <translation>Lag tiltak</translation>
    </message>
    <message>
        <source>Behovet blir en ny rad i planen med trinn «ønsket».</source>
        <translation>Behovet blir ei ny rad i planen med steget «ønskt».</translation>
    </message>
    <message>
        <source>Ingen kartlegging ennå. «Ny kartlegging» begynner en med sykehusets livsområder.</source>
        <translation>Inga kartlegging enno. «Ny kartlegging» byrjar ei med livsområda til sjukehuset.</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Kartlagt av</source>
        <translation>&amp;Kartlagt av</translation>
    </message>
    <message>
        <source>&amp;Mål – med pasientens egne ord</source>
        <translation>&amp;Mål – med orda til pasienten sjølv</translation>
    </message>
    <message>
        <source>&amp;Egne ressurser</source>
        <translation>&amp;Eigne ressursar</translation>
    </message>
    <message>
        <source>&amp;Hva andre kan gjøre</source>
        <translation>&amp;Kva andre kan gjere</translation>
    </message>
    <message>
        <source>Behov slik &amp;pasienten ser det</source>
        <translation>Behov slik &amp;pasienten ser det</translation>
    </message>
    <message>
        <source>Behov slik &amp;fagpersonen ser det</source>
        <translation>Behov slik &amp;fagpersonen ser det</translation>
    </message>
    <message>
        <source>K&amp;ommentar</source>
        <translation>K&amp;ommentar</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>E&amp;nighet</source>
        <translation>Se&amp;mje</translation>
    </message>
    <message>
        <source>uten dato</source>
        <translation>utan dato</translation>
    </message>
    <message>
        <source>Tiltaket står nå som ny rad i planen, med trinn «ønsket».</source>
        <translation>Tiltaket står no som ny rad i planen, med steget «ønskt».</translation>
    </message>
</context>
<context>
    <name>MeasureDetail</name>
    <message>
        <source>Tiltaket i valgt rad</source>
        <translation>Tiltaket i vald rad</translation>
    </message>
    <message>
        <source>for eksempel Bolig og dagligliv</source>
        <translation>til dømes Bustad og daglegliv</translation>
    </message>
    <message>
        <source>for eksempel 2 timer per uke</source>
        <translation>til dømes 2 timar per veke</translation>
    </message>
    <message>
        <source>instansen det er søkt hos</source>
        <translation>instansen det er søkt hos</translation>
    </message>
    <message>
        <source>navn og rolle</source>
        <translation>namn og rolle</translation>
    </message>
    <message>
        <source>(ikke satt)</source>
        <translation>(ikkje sett)</translation>
    </message>
    <message>
        <source>Et tiltak kan gå fra hvilket som helst trinn til et annet.</source>
        <translation>Eit tiltak kan gå frå kva steg som helst til eit anna.</translation>
    </message>
    <message>
        <source>Dato for trinnet</source>
        <translation>Dato for steget</translation>
    </message>
    <message>
        <source>Evaluer tiltaket…</source>
        <translation>Evaluer tiltaket …</translation>
    </message>
    <message>
        <source>Pasientens og fagpersonens vurdering side om side, med konklusjon</source>
        <translation>Vurderinga til pasienten og til fagpersonen side om side, med konklusjon</translation>
    </message>
    <message>
        <source>Velg en rad i tabellen for å se tiltakets trinn, omfang og oppfølging.</source>
        <translation>Vel ei rad i tabellen for å sjå steget, omfanget og oppfølginga til tiltaket.</translation>
    </message>
    <message>
        <source>&amp;Livsområde</source>
        <translation>&amp;Livsområde</translation>
    </message>
    <message>
        <source>&amp;Omfang</source>
        <translation>&amp;Omfang</translation>
    </message>
    <message>
        <source>&amp;Trinn</source>
        <translation>&amp;Steg</translation>
    </message>
    <message>
        <source>Søkt &amp;hos</source>
        <translation>Søkt &amp;hos</translation>
    </message>
    <message>
        <source>&amp;Følges opp av</source>
        <translation>&amp;Følgd opp av</translation>
    </message>
    <message>
        <source>D&amp;ato for trinnet</source>
        <translation>D&amp;ato for steget</translation>
    </message>
    <message>
        <source>Ikke evaluert ennå.</source>
        <translation>Ikkje evaluert enno.</translation>
    </message>
    <message>
        <source>Siste evaluering: {brief} ({count} i alt)</source>
        <translation>Siste evaluering: {brief} ({count} i alt)</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Møter</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>dd.mm.åååå tt:mm</source>
        <translation>dd.mm.åååå tt:mm</translation>
    </message>
    <message>
        <source>Videomøte</source>
        <translation>Videomøte</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Hva er avtalt</source>
        <translation>Kva er avtalt</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Innen (dato)</source>
        <translation>Innan (dato)</translation>
    </message>
    <message>
        <source>&amp;Møte</source>
        <translation>&amp;Møte</translation>
    </message>
    <message>
        <source>&amp;Tid</source>
        <translation>&amp;Tid</translation>
    </message>
    <message>
        <source>&amp;Sted</source>
        <translation>&amp;Stad</translation>
    </message>
    <message>
        <source>Innkalling &amp;sendt</source>
        <translation>Innkalling &amp;send</translation>
    </message>
    <message>
        <source>&amp;Neste møte</source>
        <translation>&amp;Neste møte</translation>
    </message>
    <message>
        <source>Invitert</source>
        <translation>Invitert</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <source>Saksliste</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Avtalte tiltak</source>
        <translation>Avtalte tiltak</translation>
    </message>
    <message>
        <source>Nytt møte</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <source>{names} er ikke invitert: pasienten har reservert seg, og ingen begrunnelse ble skrevet.</source>
        <translation>{names} er ikkje inviterte: pasienten har reservert seg, og det vart ikkje skrive nokon grunngjeving.</translation>
    </message>
    <message>
        <source>Slett møtet</source>
        <translation>Slett møtet</translation>
    </message>
    <message>
        <source>(innkalling sendt mindre enn 7 dager før)</source>
        <translation>(innkalling send mindre enn 7 dagar før)</translation>
    </message>
    <message>
        <source>Innkallingen ble sendt mindre enn 7 dager før møtet.</source>
        <translation>Innkallinga vart send mindre enn 7 dagar før møtet.</translation>
    </message>
    <message>
        <source>Pasienten har reservert seg mot at {name} blir invitert. Skriv en begrunnelse for å invitere likevel.</source>
        <translation>Pasienten har reservert seg mot at {name} blir invitert. Skriv ei grunngiving for å invitere likevel.</translation>
    </message>
    <message>
        <source>Møtet er slettet.</source>
        <translation>Møtet er sletta.</translation>
    </message>
    <message>
        <source>{date} kl. {time}</source>
        <translation>{date} kl. {time}</translation>
    </message>
</context>
<context>
    <name>MultiLineDelegate</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Enter gir ny linje. Ctrl+Enter eller Tab lagrer cellen.</source>
        <translation>Enter gir ny linje. Ctrl+Enter eller Tab lagrar cella.</translation>
    </message>
</context>
<context>
    <name>NoticeLetterDialog</name>
    <message>
        <source>Melding til kommunen – {name}</source>
        <translation>Melding til kommunen – {name}</translation>
    </message>
    <message>
        <source>Brevet til koordinerende enhet, med svarslipp. Lagres det for sending, blir filen kryptert (AES-256) med et passord du gir mottakeren på et annet vis.</source>
        <translation>Brevet til koordinerande eining, med svarslipp. Blir det lagra for sending, blir fila kryptert (AES-256) med eit passord du gir mottakaren på anna vis.</translation>
    </message>
    <message>
        <source>Lagre som kryptert pakke…</source>
        <translation>Lagre som kryptert pakke…</translation>
    </message>
    <message>
        <source>Lagre som kryptert PDF…</source>
        <translation>Lagre som kryptert PDF…</translation>
    </message>
    <message>
        <source>Kopier passordet</source>
        <translation>Kopier passordet</translation>
    </message>
    <message>
        <source>melding-til-kommunen</source>
        <translation>melding-til-kommunen</translation>
    </message>
    <message>
        <source>Lagre den krypterte filen</source>
        <translation>Lagre den krypterte fila</translation>
    </message>
    <message>
        <source>Lagret i {path}. Gi mottakeren passordet på et annet vis (for eksempel på telefon); det vises bare nå:</source>
        <translation>Lagra i {path}. Gi mottakaren passordet på anna vis (til dømes på telefon); det blir vist berre no:</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>Melding om behov for individuell plan / koordinator</source>
        <translation>Melding om behov for individuell plan / koordinator</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Arbeidsstad</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <source>Mottaker (koordinerende enhet)</source>
        <translation>Mottakar (koordinerande eining)</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Aktuelle tjenester og varighet</source>
        <translation>Aktuelle tenester og varigheit</translation>
    </message>
    <message>
        <source>Pasientens aktivitet i dag</source>
        <translation>Aktiviteten til pasienten i dag</translation>
    </message>
    <message>
        <source>Formålet med individuell plan</source>
        <translation>Formålet med individuell plan</translation>
    </message>
    <message>
        <source>Forslag til koordinator</source>
        <translation>Forslag til koordinator</translation>
    </message>
    <message>
        <source>Ny melding</source>
        <translation>Ny melding</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Hvordan (for eksempel telefon)</source>
        <translation>Korleis (til dømes telefon)</translation>
    </message>
    <message>
        <source>Registrer purring</source>
        <translation>Registrer purring</translation>
    </message>
    <message>
        <source>Kommunens svar</source>
        <translation>Svaret frå kommunen</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Registrer svar</source>
        <translation>Registrer svar</translation>
    </message>
    <message>
        <source>Lukk meldingen</source>
        <translation>Lukk meldinga</translation>
    </message>
    <message>
        <source>Kopier journalnotat</source>
        <translation>Kopier journalnotat</translation>
    </message>
    <message>
        <source>Brevet: vis, skriv ut, lagre…</source>
        <translation>Brevet: vis, skriv ut, lagre…</translation>
    </message>
    <message>
        <source>Meldingen som brev på én side, med svarslipp: skriv den ut eller lagre den kryptert.</source>
        <translation>Meldinga som brev på éi side, med svarslipp: skriv ho ut eller lagre ho kryptert.</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Purring</source>
        <translation>Purring</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Koordinator i kommunen</source>
        <translation>Koordinator i kommunen</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Melding til kommunen</source>
        <translation>Melding til kommunen</translation>
    </message>
    <message>
        <source>Ingen valgt</source>
        <translation>Ingen vald</translation>
    </message>
    <message>
        <source>Ingen melding</source>
        <translation>Inga melding</translation>
    </message>
    <message>
        <source>Svarfrist {date}</source>
        <translation>Svarfrist {date}</translation>
    </message>
    <message>
        <source>{due} – fristen er passert</source>
        <translation>{due} – fristen er passert</translation>
    </message>
    <message>
        <source>Skriv meldingen før du sender den.</source>
        <translation>Skriv meldinga før du sender ho.</translation>
    </message>
    <message>
        <source>Kommunen har oppnevnt {name} som koordinator. Vil du føre navnet inn som «Koordinator i kommunen» i planen og krysse av punkt 7 i sjekklisten?</source>
        <translation>Kommunen har oppnemnt {name} som koordinator. Vil du føre namnet inn som «Koordinator i kommunen» i planen og kryssa av punkt 7 i sjekklista?</translation>
    </message>
    <message>
        <source>Koordinator oppnevnt</source>
        <translation>Koordinator oppnemnd</translation>
    </message>
    <message>
        <source>dd.mm.åååå (i dag)</source>
        <translation>dd.mm.åååå (i dag)</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå.</source>
        <translation>Skriv datoen som dd.mm.åååå.</translation>
    </message>
</context>
<context>
    <name>PartialDateField</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Dag, måned eller bare år: 15.07.2012, 07.2012 eller 2012</source>
        <translation>Dag, månad eller berre år: 15.07.2012, 07.2012 eller 2012</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Hvem</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Rolle eller relasjon</source>
        <translation>Rolle eller relasjon</translation>
    </message>
    <message>
        <source>Virksomhet</source>
        <translation>Verksemd</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Ansvarsgruppe</source>
        <translation>Ansvarsgruppe</translation>
    </message>
    <message>
        <source>Får kopi</source>
        <translation>Får kopi</translation>
    </message>
    <message>
        <source>Bidrar med</source>
        <translation>Bidreg med</translation>
    </message>
    <message>
        <source>{name} (reservert)</source>
        <translation>{name} (reservert)</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Medlem av ansvarsgruppen</source>
        <translation>Medlem av ansvarsgruppa</translation>
    </message>
    <message>
        <source>Får kopi av planen</source>
        <translation>Får kopi av planen</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Rolle eller relasjon</source>
        <translation>&amp;Rolle eller relasjon</translation>
    </message>
    <message>
        <source>&amp;Virksomhet</source>
        <translation>&amp;Verksemd</translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-post</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Bidrar med</source>
        <translation>&amp;Bidreg med</translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <source>&amp;Hvem</source>
        <translation>&amp;Kven</translation>
    </message>
    <message>
        <source>Ny deltaker</source>
        <translation>Ny deltakar</translation>
    </message>
    <message>
        <source>Kopiliste…</source>
        <translation>Kopiliste…</translation>
    </message>
    <message>
        <source>{name} får ikke kopi: pasienten har reservert seg, og ingen begrunnelse ble skrevet.</source>
        <translation>{name} får ikkje kopi: pasienten har reservert seg, og det vart ikkje skrive nokon grunngjeving.</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Deltakeren er fjernet.</source>
        <translation>Deltakaren er fjerna.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Passord</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Bytt ditt eget passord. Det må ha minst {n} tegn, ikke inneholde brukernavnet og ikke være et av de mest brukte passordene. Flere vanlige ord etter hverandre er lette å huske og vanskelige å gjette.</source>
        <translation>Byt ditt eige passord. Det må ha minst {n} teikn, ikkje innehalde brukarnamnet og ikkje vere eitt av dei mest brukte passorda. Fleire vanlege ord etter kvarandre er lette å hugse og vanskelege å gjette.</translation>
    </message>
    <message>
        <source>Nåværende passord</source>
        <translation>Noverande passord</translation>
    </message>
    <message>
        <source>Nytt passord</source>
        <translation>Nytt passord</translation>
    </message>
    <message>
        <source>Gjenta det nye passordet</source>
        <translation>Gjenta det nye passordet</translation>
    </message>
    <message>
        <source>&amp;Nåværende passord</source>
        <translation>&amp;Noverande passord</translation>
    </message>
    <message>
        <source>N&amp;ytt passord</source>
        <translation>N&amp;ytt passord</translation>
    </message>
    <message>
        <source>&amp;Gjenta det nye passordet</source>
        <translation>&amp;Gjenta det nye passordet</translation>
    </message>
    <message>
        <source>&amp;Bytt passord</source>
        <translation>&amp;Byt passord</translation>
    </message>
    <message>
        <source>Passordene er ikke like.</source>
        <translation>Passorda er ikkje like.</translation>
    </message>
    <message>
        <source>Passordet er byttet.</source>
        <translation>Passordet er bytt.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Rediger pasient</source>
        <translation>Rediger pasient</translation>
    </message>
    <message>
        <source>Ny pasient</source>
        <translation>Ny pasient</translation>
    </message>
    <message>
        <source>11 siffer</source>
        <translation>11 siffer</translation>
    </message>
    <message>
        <source>dd.mm.åååå, mm.åååå eller åååå</source>
        <translation>dd.mm.åååå, mm.åååå eller åååå</translation>
    </message>
    <message>
        <source>Velg avdeling</source>
        <translation>Vel avdeling</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Du er ikke knyttet til noen aktiv avdeling. Be en administrator om å legge deg til i en avdeling.</source>
        <translation>Du er ikkje knytt til nokon aktiv avdeling. Be ein administrator om å leggje deg til i ei avdeling.</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Fødselsnummer/D-nummer:</source>
        <translation>Fødselsnummer/D-nummer:</translation>
    </message>
    <message>
        <source>Født:</source>
        <translation>Fødd:</translation>
    </message>
    <message>
        <source>Adresse:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Avdeling:</source>
        <translation>Avdeling:</translation>
    </message>
    <message>
        <source>Bostedskommune:</source>
        <translation>Bustadkommune:</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Kan stå tomt hvis nummeret ikke er kjent.</source>
        <translation>Kan stå tomt dersom nummeret ikkje er kjent.</translation>
    </message>
    <message>
        <source>{count} av 11 siffer</source>
        <translation>{count} av 11 siffer</translation>
    </message>
    <message>
        <source>Gyldig D-nummer</source>
        <translation>Gyldig D-nummer</translation>
    </message>
    <message>
        <source>Gyldig fødselsnummer</source>
        <translation>Gyldig fødselsnummer</translation>
    </message>
    <message>
        <source>Velg avdelingen pasienten hører til.</source>
        <translation>Vel avdelinga pasienten høyrer til.</translation>
    </message>
    <message>
        <source>Avdeling {department} er ikke en av dine avdelinger. Pasienten forsvinner fra listen din, og du kan ikke åpne pasienten igjen uten nødtilgang. Flytte pasienten dit?</source>
        <translation>Avdeling {department} er ikkje ei av avdelingane dine. Pasienten forsvinn frå lista di, og du kan ikkje opne pasienten igjen utan naudtilgang. Flytte pasienten dit?</translation>
    </message>
    <message>
        <source>Avdeling {department} er ikke en av dine avdelinger. Pasienten vil ikke vises i listen din. Opprette pasienten der?</source>
        <translation>Avdeling {department} er ikkje ei av avdelingane dine. Pasienten vil ikkje visast i lista di. Opprette pasienten der?</translation>
    </message>
    <message>
        <source>Pasienten er ikke lagret. Velg en annen avdeling.</source>
        <translation>Pasienten er ikkje lagra. Vel ei anna avdeling.</translation>
    </message>
    <message>
        <source>Pasienten ble ikke lagret: {detail}</source>
        <translation>Pasienten vart ikkje lagra: {detail}</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Fødd</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Planperiode</source>
        <translation>Planperiode</translation>
    </message>
    <message>
        <source>Neste evaluering</source>
        <translation>Neste evaluering</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Tilstand</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Neste frist</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>(forfalt)</source>
        <translation>(forfallen)</translation>
    </message>
    <message>
        <source>Samtykket er trukket tilbake. Planen kan ikke brukes videre uten nytt samtykke.</source>
        <translation>Samtykket er trekt tilbake. Planen kan ikkje brukast vidare utan nytt samtykke.</translation>
    </message>
    <message>
        <source>Samtykket gjaldt til {date}. Innhent nytt samtykke.</source>
        <translation>Samtykket galdt til {date}. Hent inn nytt samtykke.</translation>
    </message>
    <message>
        <source>Pasienten ønsker ikke individuell plan nå, men kan be om det senere.</source>
        <translation>Pasienten ønskjer ikkje individuell plan no, men kan be om det seinare.</translation>
    </message>
    <message>
        <source>Fristen gikk ut {date}: {what}.</source>
        <translation>Fristen gjekk ut {date}: {what}.</translation>
    </message>
    <message>
        <source>Evalueringen skulle vært gjort innen {date}.</source>
        <translation>Evalueringa skulle vore gjord innan {date}.</translation>
    </message>
    <message>
        <source>til etter evaluering</source>
        <translation>til etter evaluering</translation>
    </message>
    <message>
        <source>Signert v{number}</source>
        <translation>Signert v{number}</translation>
    </message>
    <message>
        <source>Utkast v{number}</source>
        <translation>Utkast v{number}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Førehandsvising</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Skriv ut…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes.</source>
        <translation>Skrivaren kunne ikkje startast.</translation>
    </message>
    <message>
        <source>Sendt til skriveren.</source>
        <translation>Sendt til skrivaren.</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Skriv ut…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Registrer underskrifter…</source>
        <translation>Registrer underskrifter…</translation>
    </message>
    <message>
        <source>Historikk…</source>
        <translation>Historikk…</translation>
    </message>
    <message>
        <source>Overfør til kommunen…</source>
        <translation>Overfør til kommunen…</translation>
    </message>
    <message>
        <source>Brev…</source>
        <translation>Brev…</translation>
    </message>
    <message>
        <source>Revider plan…</source>
        <translation>Revider plan …</translation>
    </message>
    <message>
        <source>Hent inn plan…</source>
        <translation>Hent inn plan…</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikkje lagra</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <source>navn og arbeidssted</source>
        <translation>namn og arbeidsstad</translation>
    </message>
    <message>
        <source>kommunens navn</source>
        <translation>namnet på kommunen</translation>
    </message>
    <message>
        <source>i samarbeid med … kommune</source>
        <translation>i samarbeid med … kommune</translation>
    </message>
    <message>
        <source>Utarbeidet av</source>
        <translation>Utarbeidd av</translation>
    </message>
    <message>
        <source>i samarbeid med</source>
        <translation>i samarbeid med</translation>
    </message>
    <message>
        <source>kommune</source>
        <translation>kommune</translation>
    </message>
    <message>
        <source>Planen tilhører</source>
        <translation>Planen tilhøyrer</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Fødd</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Fra pasientopplysningene; endres der.</source>
        <translation>Frå pasientopplysningane; vert endra der.</translation>
    </message>
    <message>
        <source>til etter evaluering</source>
        <translation>til etter evaluering</translation>
    </message>
    <message>
        <source>Planen gjelder til den er evaluert; ingen sluttdato.</source>
        <translation>Planen gjeld til han er evaluert; ingen sluttdato.</translation>
    </message>
    <message>
        <source>Planen gjelder fra (dato)</source>
        <translation>Planen gjeld frå (dato)</translation>
    </message>
    <message>
        <source>til</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Evalueres (dato)</source>
        <translation>Vert evaluert (dato)</translation>
    </message>
    <message>
        <source>Situasjonsbeskrivelse og informasjon om planens oppfølging</source>
        <translation>Situasjonsskildring og informasjon om oppfølginga av planen</translation>
    </message>
    <message>
        <source>Kort om mål, ressurser og tjenestebehov. Begynn med det som fungerer og det pasienten selv får til, så det pasienten trenger hjelp til.</source>
        <translation>Kort om mål, ressursar og tenestebehov. Byrj med det som fungerer og det pasienten sjølv får til, så det pasienten treng hjelp til.</translation>
    </message>
    <message>
        <source>Ressurser, mål og tjenestebehov …</source>
        <translation>Ressursar, mål og tenestebehov …</translation>
    </message>
    <message>
        <source>Mål og tiltak</source>
        <translation>Mål og tiltak</translation>
    </message>
    <message>
        <source>Overordnet målsetting</source>
        <translation>Overordna målsetjing</translation>
    </message>
    <message>
        <source>Gjerne med pasientens egne ord, for eksempel et sitat.</source>
        <translation>Gjerne med pasienten sine eigne ord, til dømes eit sitat.</translation>
    </message>
    <message>
        <source>Én rad per delmål. Dobbeltklikk eller begynn å skrive i en celle; Enter gir ny linje, Ctrl+Enter lagrer cellen. Datoer kan være dag, måned eller år: 15.07.2012, 07.2012, 2012.</source>
        <translation>Éi rad per delmål. Dobbeltklikk eller byrj å skrive i ei celle; Enter gir ny linje, Ctrl+Enter lagrar cella. Datoar kan vere dag, månad eller år: 15.07.2012, 07.2012, 2012.</translation>
    </message>
    <message>
        <source>etter evaluering</source>
        <translation>etter evaluering</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <source>Delmål</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Dato for oppstart</source>
        <translation>Dato for oppstart</translation>
    </message>
    <message>
        <source>Ansvarlig person og instans</source>
        <translation>Ansvarleg person og instans</translation>
    </message>
    <message>
        <source>Dato for evaluering</source>
        <translation>Dato for evaluering</translation>
    </message>
    <message>
        <source>Kommentar/evaluering</source>
        <translation>Kommentar/evaluering</translation>
    </message>
    <message>
        <source>Avsluttet (dato)</source>
        <translation>Avslutta (dato)</translation>
    </message>
</context>
<context>
    <name>PlanVersionsModel</name>
    <message>
        <source>Versjon</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Planperiode</source>
        <translation>Planperiode</translation>
    </message>
    <message>
        <source>Evalueres</source>
        <translation>Vert evaluert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Underskrifter</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Sist endret</source>
        <translation>Sist endra</translation>
    </message>
    <message>
        <source>{start} – etter evaluering</source>
        <translation>{start} – etter evaluering</translation>
    </message>
    <message>
        <source>Utkast, ikke signert</source>
        <translation>Utkast, ikkje signert</translation>
    </message>
    <message>
        <source>Signert {date}</source>
        <translation>Signert {date}</translation>
    </message>
    <message>
        <source>verge/foresatte {name}</source>
        <translation>verje/føresette {name}</translation>
    </message>
    <message>
        <source>koordinator {name}</source>
        <translation>koordinator {name}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Skriv ut – {name}</source>
        <translation>Skriv ut – {name}</translation>
    </message>
    <message>
        <source>Skjemaer</source>
        <translation>Skjema</translation>
    </message>
    <message>
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <source>Eksisterende vedtak, planer og avtaler</source>
        <translation>Eksisterande vedtak, planar og avtalar</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Sjekkliste</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>Deltakere i planarbeidet</source>
        <translation>Deltakarar i planarbeidet</translation>
    </message>
    <message>
        <source>Kontaktliste for pasienten</source>
        <translation>Kontaktliste for pasienten</translation>
    </message>
    <message>
        <source>Evaluering av tiltak</source>
        <translation>Evaluering av tiltak</translation>
    </message>
    <message>
        <source>Kartlegging av livsområder</source>
        <translation>Kartlegging av livsområde</translation>
    </message>
    <message>
        <source>Kriseplan</source>
        <translation>Kriseplan</translation>
    </message>
    <message>
        <source>Kriseplan som kort</source>
        <translation>Kriseplan som kort</translation>
    </message>
    <message>
        <source>Papir</source>
        <translation>Papir</translation>
    </message>
    <message>
        <source>Utlevert til</source>
        <translation>Utlevert til</translation>
    </message>
    <message>
        <source>Planversjon {n}, signert {date}. En ny utskrift blir lik den første.</source>
        <translation>Planversjon {n}, signert {date}. Ei ny utskrift vert lik den første.</translation>
    </message>
    <message>
        <source>Planen er tom: skjemaet skrives ut med linjer å skrive på.</source>
        <translation>Planen er tom: skjemaet vert skrive ut med liner å skrive på.</translation>
    </message>
    <message>
        <source>Planversjon {n}, ikke signert.</source>
        <translation>Planversjon {n}, ikkje signert.</translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Lagre som PDF…</source>
        <translation>Lagre som PDF…</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>En PDF lagret her er ukryptert og bare for utskrift, ikke for å gi planen videre: bruk «Overfør til kommunen» (kryptert) til det.</source>
        <translation>Ein PDF lagra her er ukryptert og berre for utskrift, ikkje for å gi planen vidare: bruk «Overfør til kommunen» (kryptert) til det.</translation>
    </message>
    <message>
        <source>Velg minst ett skjema.</source>
        <translation>Vel minst eitt skjema.</translation>
    </message>
    <message>
        <source>1 side</source>
        <translation>1 side</translation>
    </message>
    <message>
        <source>{n} sider</source>
        <translation>{n} sider</translation>
    </message>
    <message>
        <source>individuell-plan-versjon-{n}.pdf</source>
        <translation>individuell-plan-versjon-{n}.pdf</translation>
    </message>
    <message>
        <source>Lagre som PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>Lagret i {path}.</source>
        <translation>Lagra i {path}.</translation>
    </message>
    <message>
        <source>Ikke skrevet ut: en reservert mottaker trenger en begrunnelse.</source>
        <translation>Ikkje skrive ut: ein reservert mottakar treng ei grunngjeving.</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes.</source>
        <translation>Skrivaren kunne ikkje startast.</translation>
    </message>
    <message>
        <source>Sendt til skriveren og ført på kopilisten.</source>
        <translation>Sendt til skrivaren og ført på kopilista.</translation>
    </message>
    <message>
        <source>Sendt til skriveren.</source>
        <translation>Sendt til skrivaren.</translation>
    </message>
</context>
<context>
    <name>ProcessBox</name>
    <message>
        <source>Vurdering av behov (sjekkliste punkt 1)</source>
        <translation>Vurdering av behov (sjekkliste punkt 1)</translation>
    </message>
    <message>
        <source>Ikke vurdert</source>
        <translation>Ikkje vurdert</translation>
    </message>
    <message>
        <source>Hvorfor avventer dere? (eller en merknad)</source>
        <translation>Kvifor ventar de? (eller ein merknad)</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Vurdert av</source>
        <translation>Vurdert av</translation>
    </message>
    <message>
        <source>Samtykke til å kontakte kommunen</source>
        <translation>Samtykke til å kontakte kommunen</translation>
    </message>
    <message>
        <source>Gitt av</source>
        <translation>Gitt av</translation>
    </message>
    <message>
        <source>På vegne av pasienten</source>
        <translation>På vegner av pasienten</translation>
    </message>
    <message>
        <source>Grunnlag</source>
        <translation>Grunnlag</translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <source>{name} (pasienten)</source>
        <translation>{name} (pasienten)</translation>
    </message>
    <message>
        <source>(reservert)</source>
        <translation>(reservert)</translation>
    </message>
    <message>
        <source>Pasienten har ikke samtykket til at planen deles med ansvarsgruppen, så bare pasienten kan få kopi.</source>
        <translation>Pasienten har ikkje samtykt til at planen vert delt med ansvarsgruppa, så berre pasienten kan få kopi.</translation>
    </message>
    <message>
        <source>Pasienten har reservert seg mot at {name} får kopi. Skriv en begrunnelse for å gi kopi likevel.</source>
        <translation>Pasienten har reservert seg mot at {name} får kopi. Skriv ei grunngjeving for å gi kopi likevel.</translation>
    </message>
    <message>
        <source>Reservasjon</source>
        <translation>Reservasjon</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Lagringsstatus</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <source>Ikke lagret ennå…</source>
        <translation>Ikkje lagra enno…</translation>
    </message>
    <message>
        <source>Lagret {time}</source>
        <translation>Lagra {time}</translation>
    </message>
    <message>
        <source>Reservasjon</source>
        <translation>Reservasjon</translation>
    </message>
</context>
<context>
    <name>RecordRowsModel</name>
    <message>
        <source>Rad {row}, «{column}»: {message}</source>
        <translation>Rad {row}, «{column}»: {message}</translation>
    </message>
</context>
<context>
    <name>ReviseDialog</name>
    <message>
        <source>Revider plan</source>
        <translation>Revider plan</translation>
    </message>
    <message>
        <source>signert</source>
        <translation>signert</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>En ny planperiode begynner som et nytt utkast med radene du krysser av for. Versjon {number} ({state}) blir stående som den er.</source>
        <translation>Ein ny planperiode byrjar som eit nytt utkast med radene du kryssar av for. Versjon {number} ({state}) blir ståande som han er.</translation>
    </message>
    <message>
        <source>Rader som tas med</source>
        <translation>Rader som blir tekne med</translation>
    </message>
    <message>
        <source>Planen har ingen rader.</source>
        <translation>Planen har ingen rader.</translation>
    </message>
    <message>
        <source>Krysset av fra start: rader med konklusjonen «overføre til revidert plan» og rader som ikke er avsluttet.</source>
        <translation>Kryssa av frå start: rader med konklusjonen «overføre til revidert plan» og rader som ikkje er avslutta.</translation>
    </message>
    <message>
        <source>kort om hvorfor planen revideres</source>
        <translation>kort om kvifor planen blir revidert</translation>
    </message>
    <message>
        <source>Lag ny planperiode</source>
        <translation>Lag ny planperiode</translation>
    </message>
    <message>
        <source>Ny periode &amp;fra</source>
        <translation>Ny periode &amp;frå</translation>
    </message>
    <message>
        <source>&amp;til (tom: etter evaluering)</source>
        <translation>&amp;til (tom: etter evaluering)</translation>
    </message>
    <message>
        <source>&amp;Evalueres (dato)</source>
        <translation>&amp;Evaluerast (dato)</translation>
    </message>
    <message>
        <source>&amp;Merknad om revisjonen</source>
        <translation>&amp;Merknad om revisjonen</translation>
    </message>
    <message>
        <source>Rader som tas med i den nye planen</source>
        <translation>Rader som blir tekne med i den nye planen</translation>
    </message>
    <message>
        <source>(uten delmål)</source>
        <translation>(utan delmål)</translation>
    </message>
    <message>
        <source>avsluttet {date}</source>
        <translation>avslutta {date}</translation>
    </message>
    <message>
        <source>Den nye planperioden er ikke lagret ({detail}).</source>
        <translation>Den nye planperioden er ikkje lagra ({detail}).</translation>
    </message>
    <message>
        <source>Nytt samtykke</source>
        <translation>Nytt samtykke</translation>
    </message>
    <message>
        <source>Den nye planperioden trenger et nytt samtykke. Vil du begynne en ny samtykkeversjon nå? Den forrige blir stående i historikken.</source>
        <translation>Den nye planperioden treng eit nytt samtykke. Vil du byrje på ein ny samtykkeversjon no? Den førre blir ståande i historikken.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Legg til rad</source>
        <translation>Legg til rad</translation>
    </message>
    <message>
        <source>Ny rad under den valgte (Insert)</source>
        <translation>Ny rad under den valde (Insert)</translation>
    </message>
    <message>
        <source>Fjern rad</source>
        <translation>Fjern rad</translation>
    </message>
    <message>
        <source>Fjern den valgte raden (Ctrl+Delete)</source>
        <translation>Fjern den valde rada (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Flytt opp</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Flytt den valgte raden opp (Alt+Pil opp)</source>
        <translation>Flytt den valde rada opp (Alt+Pil opp)</translation>
    </message>
    <message>
        <source>Flytt ned</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Flytt den valgte raden ned (Alt+Pil ned)</source>
        <translation>Flytt den valde rada ned (Alt+Pil ned)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Endringene til {name} kan ikke lagres ennå ({error}). Bare {name} kan låse opp nå, så ingenting går tapt.</source>
        <translation>Endringane til {name} kan ikkje lagrast enno ({error}). Berre {name} kan låse opp no, så ingenting går tapt.</translation>
    </message>
    <message>
        <source>Tilgangsloggen er endret</source>
        <translation>Tilgangsloggen er endra</translation>
    </message>
    <message>
        <source>Noen har endret databasen eller tilgangsloggen utenom programmet. Kjør «individuell-plan check» for hele kontrollen, og meld fra til personvernombudet.

</source>
        <translation>Nokon har endra databasen eller tilgangsloggen utanom programmet. Køyr «individuell-plan check» for heile kontrollen, og meld frå til personvernombodet.

</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>ingen avdeling</source>
        <translation>inga avdeling</translation>
    </message>
    <message>
        <source>Innlogget: {name} ({role})</source>
        <translation>Innlogga: {name} ({role})</translation>
    </message>
    <message>
        <source>Lås nå</source>
        <translation>Lås no</translation>
    </message>
    <message>
        <source>Nødtilgang til annen pasient…</source>
        <translation>Naudtilgang til annan pasient…</translation>
    </message>
    <message>
        <source>&amp;Administrasjon</source>
        <translation>&amp;Administrasjon</translation>
    </message>
    <message>
        <source>Brukere…</source>
        <translation>Brukarar…</translation>
    </message>
    <message>
        <source>Tilgangslogg…</source>
        <translation>Tilgangslogg…</translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi nå</source>
        <translation>Ta tryggingskopi no</translation>
    </message>
    <message>
        <source>Gjenopprett sikkerhetskopi…</source>
        <translation>Gjenopprett tryggingskopi…</translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation>Tryggingskopi</translation>
    </message>
    <message>
        <source>Lagret {name}.</source>
        <translation>Lagra {name}.</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopier ennå.</source>
        <translation>Det finst ingen tryggingskopiar enno.</translation>
    </message>
    <message>
        <source>Velg sikkerhetskopien. Dagens tilstand lagres først som egen kopi.</source>
        <translation>Vel tryggingskopien. Tilstanden no vert lagra først som eigen kopi.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Ikke gjenopprettet</source>
        <translation>Ikkje gjenoppretta</translation>
    </message>
    <message>
        <source>Gjenopprettet</source>
        <translation>Gjenoppretta</translation>
    </message>
    <message>
        <source>Gjenopprettet fra {source}. Tilstanden før er lagret i {safety}. Logg inn igjen.</source>
        <translation>Gjenoppretta frå {source}. Tilstanden før er lagra i {safety}. Logg inn igjen.</translation>
    </message>
    <message>
        <source>Programmet kan ikke lagre i datamappen {folder} ({error}). Mappen er kanskje skrivebeskyttet, eller disken er full. Kontakt IT; ingenting er endret.</source>
        <translation>Programmet kan ikkje lagre i datamappa {folder} ({error}). Mappa er kanskje skriveverna, eller disken er full. Kontakt IT; ingenting er endra.</translation>
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
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Som systemet ({name})</source>
        <translation>Som systemet ({name})</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Det nye språket brukes neste gang programmet starter.</source>
        <translation>Det nye språket vert brukt neste gong programmet startar.</translation>
    </message>
    <message>
        <source>Språk for deg</source>
        <translation>Språk for deg</translation>
    </message>
    <message>
        <source>Logoen som skrives ut</source>
        <translation>Logoen som vert skriven ut</translation>
    </message>
    <message>
        <source>&amp;Velg logo…</source>
        <translation>&amp;Vel logo…</translation>
    </message>
    <message>
        <source>Bruk &amp;standardlogoen</source>
        <translation>Bruk &amp;standardlogoen</translation>
    </message>
    <message>
        <source>Sykehusets logo på utskriftene (for alle brukere)</source>
        <translation>Logoen til sjukehuset på utskriftene (for alle brukarar)</translation>
    </message>
    <message>
        <source>Generelt</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Bare en administrator kan bytte logoen.</source>
        <translation>Berre ein administrator kan byte logoen.</translation>
    </message>
    <message>
        <source>Sykehusets egen logo.</source>
        <translation>Sjukehuset sin eigen logo.</translation>
    </message>
    <message>
        <source>Programmets nøytrale standardlogo. Velg sykehusets logo (PNG eller JPEG, høyst 2 MB).</source>
        <translation>Den nøytrale standardlogoen til programmet. Vel logoen til sjukehuset (PNG eller JPEG, høgst 2 MB).</translation>
    </message>
    <message>
        <source>Velg sykehusets logo</source>
        <translation>Vel logoen til sjukehuset</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Bilete (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logoen kan ikke brukes</source>
        <translation>Logoen kan ikkje brukast</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Registrer underskrifter</source>
        <translation>Registrer underskrifter</translation>
    </message>
    <message>
        <source>Bare når verge eller foresatte signerte</source>
        <translation>Berre når verje eller føresette signerte</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Pasient (bruker):</source>
        <translation>Pasient (brukar):</translation>
    </message>
    <message>
        <source>Verge/foresatte:</source>
        <translation>Verje/føresette:</translation>
    </message>
    <message>
        <source>Ansvarlig koordinator:</source>
        <translation>Ansvarleg koordinator:</translation>
    </message>
    <message>
        <source>Dato signert:</source>
        <translation>Dato signert:</translation>
    </message>
    <message>
        <source>Registrer og lås versjonen</source>
        <translation>Registrer og lås versjonen</translation>
    </message>
    <message>
        <source>Det finnes ingen plan å signere ennå. Skriv planen først, og skriv den ut til underskrift.</source>
        <translation>Det finst ingen plan å signere enno. Skriv planen først, og skriv han ut til underskrift.</translation>
    </message>
    <message>
        <source>Versjon {n} er allerede signert {date}. Når planen endres, lagres endringene som en ny versjon, som kan skrives ut og signeres.</source>
        <translation>Versjon {n} er alt signert {date}. Når planen vert endra, vert endringane lagra som ein ny versjon, som kan skrivast ut og signerast.</translation>
    </message>
    <message>
        <source>Fyll inn hvem som signerte den utskrevne planen (versjon {n}) og når. Når underskriftene er registrert, låses versjon {n}: den kan alltid vises og skrives ut likt, men ikke endres. Senere endringer blir versjon {next}.</source>
        <translation>Fyll inn kven som signerte den utskrivne planen (versjon {n}) og når. Når underskriftene er registrerte, vert versjon {n} låst: han kan alltid visast og skrivast ut likt, men ikkje endrast. Seinare endringar vert versjon {next}.</translation>
    </message>
    <message>
        <source>Skriv navnet til pasienten eller vergen som signerte.</source>
        <translation>Skriv namnet til pasienten eller verja som signerte.</translation>
    </message>
    <message>
        <source>Skriv navnet til koordinatoren som signerte.</source>
        <translation>Skriv namnet til koordinatoren som signerte.</translation>
    </message>
    <message>
        <source>Skriv datoen planen ble signert.</source>
        <translation>Skriv datoen planen vart signert.</translation>
    </message>
    <message>
        <source>Skriv hele datoen planen ble signert, for eksempel 15.03.2026.</source>
        <translation>Skriv heile datoen planen vart signert, til dømes 15.03.2026.</translation>
    </message>
    <message>
        <source>Signeringsdatoen kan ikke være etter i dag.</source>
        <translation>Signeringsdatoen kan ikkje vere etter i dag.</translation>
    </message>
</context>
<context>
    <name>StateBox</name>
    <message>
        <source>Koordinator i spesialisthelsetjenesten</source>
        <translation>Koordinator i spesialisthelsetenesta</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Arbeidsstad</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Oppnevnt (dato)</source>
        <translation>Oppnemnd (dato)</translation>
    </message>
    <message>
        <source>Oppnevnt av</source>
        <translation>Oppnemnd av</translation>
    </message>
    <message>
        <source>Tilstand for IP-arbeidet</source>
        <translation>Tilstand for IP-arbeidet</translation>
    </message>
    <message>
        <source>Begrunnelse (for avventer og avsluttet)</source>
        <translation>Grunngiving (for ventar og avslutta)</translation>
    </message>
    <message>
        <source>Bekreft tilstand</source>
        <translation>Stadfest tilstand</translation>
    </message>
    <message>
        <source>Nå</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ny tilstand</source>
        <translation>Ny tilstand</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>fra {date}, {by}</source>
        <translation>frå {date}, {by}</translation>
    </message>
    <message>
        <source>Skriv hvorfor arbeidet avventer eller er avsluttet.</source>
        <translation>Skriv kvifor arbeidet ventar eller er avslutta.</translation>
    </message>
</context>
<context>
    <name>TextTable</name>
    <message>
        <source>Legg til</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>Ny bruker</source>
        <translation>Ny brukar</translation>
    </message>
    <message>
        <source>Endre bruker</source>
        <translation>Endre brukar</translation>
    </message>
    <message>
        <source>Ansatt</source>
        <translation>Tilsett</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Avdelinger (gir tilgang til avdelingens pasienter)</source>
        <translation>Avdelingar (gir tilgang til pasientane i avdelinga)</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Første passord</source>
        <translation>Første passord</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Brukere – Individuell plan</source>
        <translation>Brukarar – Individuell plan</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Avdelinger</source>
        <translation>Avdelingar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ny bruker…</source>
        <translation>Ny brukar…</translation>
    </message>
    <message>
        <source>Endre…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <source>Nytt passord…</source>
        <translation>Nytt passord…</translation>
    </message>
    <message>
        <source>Deaktiver</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lagre innstillingene</source>
        <translation>Lagre innstillingane</translation>
    </message>
    <message>
        <source>Lås vinduet etter</source>
        <translation>Lås vindauget etter</translation>
    </message>
    <message>
        <source>Antall sikkerhetskopier (dager)</source>
        <translation>Talet på tryggingskopiar (dagar)</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Brukere slettes aldri, fordi tilgangsloggen viser til dem: deaktiver dem i stedet.</source>
        <translation>Brukarar vert aldri sletta, fordi tilgangsloggen viser til dei: deaktiver dei i staden.</translation>
    </message>
    <message>
        <source>Deaktivert</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>Låst til {time}</source>
        <translation>Låst til {time}</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Ansatt</source>
        <translation>Tilsett</translation>
    </message>
    <message>
        <source>Aktiver</source>
        <translation>Aktiver</translation>
    </message>
    <message>
        <source>Ikke endret</source>
        <translation>Ikkje endra</translation>
    </message>
    <message>
        <source>Nytt passord</source>
        <translation>Nytt passord</translation>
    </message>
    <message>
        <source>Midlertidig passord for {name} (brukeren velger et nytt ved neste innlogging):</source>
        <translation>Mellombels passord for {name} (brukaren vel eit nytt ved neste innlogging):</translation>
    </message>
    <message>
        <source>Sett passord</source>
        <translation>Set passord</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>databasen kan ikke skrives til (skrivebeskyttet)</source>
        <translation>databasen kan ikkje skrivast til (skriveverna)</translation>
    </message>
    <message>
        <source>disken er full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>databasen er i bruk av et annet program</source>
        <translation>databasen er i bruk av eit anna program</translation>
    </message>
    <message>
        <source>disken eller nettverksstasjonen svarte ikke som den skulle</source>
        <translation>disken eller nettverksstasjonen svarte ikkje som han skulle</translation>
    </message>
    <message>
        <source>feil ved skriving ({detail})</source>
        <translation>feil ved skriving ({detail})</translation>
    </message>
    <message>
        <source>Endringene er ikke lagret: {reason}. Det du har skrevet, står fortsatt i skjemaet, og programmet prøver igjen ved neste endring.</source>
        <translation>Endringane er ikkje lagra: {reason}. Det du har skrive, står framleis i skjemaet, og programmet prøver igjen ved neste endring.</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Velg en pasient i listen, eller lag en ny med «Ny pasient» (Ctrl+N).</source>
        <translation>Vel ein pasient i lista, eller lag ein ny med «Ny pasient» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Åpner pasienten …</source>
        <translation>Opnar pasienten …</translation>
    </message>
    <message>
        <source>Ingen tilgang</source>
        <translation>Ingen tilgang</translation>
    </message>
    <message>
        <source>Kan ikke åpne pasienten</source>
        <translation>Kan ikkje opne pasienten</translation>
    </message>
    <message>
        <source>Pasienten kan ikke åpnes fordi tilgangen ikke kan skrives i tilgangsloggen ({detail}).</source>
        <translation>Pasienten kan ikkje opnast fordi tilgangen ikkje kan skrivast i tilgangsloggen ({detail}).</translation>
    </message>
    <message>
        <source>Endringene er ikke lagret</source>
        <translation>Endringane er ikkje lagra</translation>
    </message>
    <message>
        <source>{message}

Vil du bytte pasient likevel? Det som ikke er lagret, går tapt.</source>
        <translation>{message}

Vil du byte pasient likevel? Det som ikkje er lagra, går tapt.</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>endring i {page}</source>
        <translation>endring i {page}</translation>
    </message>
    <message>
        <source>Kartleggingen er ikke lagret: {reason}</source>
        <translation>Kartlegginga er ikkje lagra: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkspaceHeader</name>
    <message>
        <source>nei</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>påbegynt</source>
        <translation>påbyrja</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nødtilgang</source>
        <translation>Naudtilgang</translation>
    </message>
    <message>
        <source>Pasient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Født {date}</source>
        <translation>Fødd {date}</translation>
    </message>
    <message>
        <source>Fødselsnummer {number}</source>
        <translation>Fødselsnummer {number}</translation>
    </message>
    <message>
        <source>Bostedskommune {name}</source>
        <translation>Bustadkommune {name}</translation>
    </message>
    <message>
        <source>{state} (til {date})</source>
        <translation>{state} (til {date})</translation>
    </message>
    <message>
        <source>Samtykke: {state}</source>
        <translation>Samtykke: {state}</translation>
    </message>
    <message>
        <source>Individuell plan foreligger: {value}</source>
        <translation>Individuell plan ligg føre: {value}</translation>
    </message>
    <message>
        <source>Koordinator oppnevnt: {value}</source>
        <translation>Koordinator oppnemnd: {value}</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten: {name}</source>
        <translation>Koordinator i spesialisthelsetenesta: {name}</translation>
    </message>
    <message>
        <source>Tilstand: {state}</source>
        <translation>Tilstand: {state}</translation>
    </message>
    <message>
        <source>Ikke lagret ennå…</source>
        <translation>Ikkje lagra enno…</translation>
    </message>
    <message>
        <source>Lagret {time}</source>
        <translation>Lagra {time}</translation>
    </message>
    <message>
        <source>Åpnet med nødtilgang kl. {start}: {reason}. Tilgangen er logget og varer til kl. {end}, eller til vinduet låses eller du logger ut.</source>
        <translation>Opna med naudtilgang kl. {start}: {reason}. Tilgangen er logga og varer til kl. {end}, eller til vindauget blir låst eller du loggar ut.</translation>
    </message>
    <message>
        <source>Ingen plan ennå</source>
        <translation>Ingen plan enno</translation>
    </message>
    <message>
        <source>Versjon {number} – signert {date}. Endringer lagres som ny versjon.</source>
        <translation>Versjon {number} – signert {date}. Endringar vert lagra som ny versjon.</translation>
    </message>
    <message>
        <source>Versjon {number} – utkast</source>
        <translation>Versjon {number} – utkast</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <source>Fant ingen pasient du har tilgang til med dette nummeret. Trenger du en pasient i en annen avdeling, bruk nødtilgang i vinduet med en begrunnelse.</source>
        <translation>Fann ingen pasient du har tilgang til med dette nummeret. Treng du ein pasient i ei anna avdeling, bruk naudtilgang i vindauget med ei grunngiving.</translation>
    </message>
    <message>
        <source>Fant ingen pasient med id {id}.</source>
        <translation>Fann ingen pasient med id {id}.</translation>
    </message>
    <message>
        <source>Fant ingen pasient med dette fødselsnummeret.</source>
        <translation>Fann ingen pasient med dette fødselsnummeret.</translation>
    </message>
    <message>
        <source>Skriv en begrunnelse for nødtilgangen (minst {n} tegn).</source>
        <translation>Skriv ei grunngiving for naudtilgangen (minst {n} teikn).</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Passordet må ha minst {n} tegn.</source>
        <translation>Passordet må ha minst {n} teikn.</translation>
    </message>
    <message>
        <source>Passordet har for få ulike tegn; bland bokstaver, sifre eller flere ord.</source>
        <translation>Passordet har for få ulike teikn; bland bokstavar, siffer eller fleire ord.</translation>
    </message>
    <message>
        <source>Passordet kan ikke inneholde brukernavnet.</source>
        <translation>Passordet kan ikkje innehalde brukarnamnet.</translation>
    </message>
    <message>
        <source>Passordet er blant de mest brukte passordene; velg et annet.</source>
        <translation>Passordet er blant dei mest brukte passorda; vel eit anna.</translation>
    </message>
    <message>
        <source>Brukernavnet må ha 2–40 tegn: små bokstaver a–z, sifre, punktum, bindestrek eller understrek.</source>
        <translation>Brukarnamnet må ha 2–40 teikn: små bokstavar a–z, siffer, punktum, bindestrek eller understrek.</translation>
    </message>
    <message>
        <source>Skriv inn navnet til brukeren.</source>
        <translation>Skriv inn namnet til brukaren.</translation>
    </message>
    <message>
        <source>Ukjent rolle.</source>
        <translation>Ukjend rolle.</translation>
    </message>
    <message>
        <source>Brukernavnet «{name}» er i bruk.</source>
        <translation>Brukarnamnet «{name}» er i bruk.</translation>
    </message>
    <message>
        <source>Opprett først en egen administratorkonto; demokontoene slås da av.</source>
        <translation>Opprett først ein eigen administratorkonto; demokontoane blir då slått av.</translation>
    </message>
    <message>
        <source>Det finnes allerede brukerkontoer.</source>
        <translation>Det finst alt brukarkontoar.</translation>
    </message>
    <message>
        <source>Bare administratorer kan endre brukere.</source>
        <translation>Berre administratorar kan endre brukarar.</translation>
    </message>
    <message>
        <source>Fant ingen bruker «{name}».</source>
        <translation>Fann ingen brukar «{name}».</translation>
    </message>
    <message>
        <source>Den siste administratoren må beholde rollen.</source>
        <translation>Den siste administratoren må halde på rolla.</translation>
    </message>
    <message>
        <source>Demokontoene kan ikke brukes i en database med ekte brukere.</source>
        <translation>Demokontoane kan ikkje brukast i ein database med ekte brukarar.</translation>
    </message>
    <message>
        <source>Du kan ikke deaktivere deg selv.</source>
        <translation>Du kan ikkje deaktivere deg sjølv.</translation>
    </message>
    <message>
        <source>Den siste administratoren kan ikke deaktiveres.</source>
        <translation>Den siste administratoren kan ikkje deaktiverast.</translation>
    </message>
    <message>
        <source>Det nåværende passordet er feil.</source>
        <translation>Det noverande passordet er feil.</translation>
    </message>
    <message>
        <source>Velg et annet passord enn det gamle.</source>
        <translation>Vel eit anna passord enn det gamle.</translation>
    </message>
    <message>
        <source>Feil brukernavn eller passord.</source>
        <translation>Feil brukarnamn eller passord.</translation>
    </message>
    <message>
        <source>Kontoen er låst etter for mange feil forsøk. Prøv igjen om {minutes} min, eller be en administrator om nytt passord.</source>
        <translation>Kontoen er låst etter for mange feil forsøk. Prøv igjen om {minutes} min, eller be ein administrator om nytt passord.</translation>
    </message>
    <message>
        <source>Feil passord for tredje gang: kontoen er låst i {minutes} min.</source>
        <translation>Feil passord for tredje gong: kontoen er låst i {minutes} min.</translation>
    </message>
    <message>
        <source>Kontoen er deaktivert. Kontakt en administrator.</source>
        <translation>Kontoen er deaktivert. Kontakt ein administrator.</translation>
    </message>
    <message>
        <source>Bare administratorer kan endre innstillinger.</source>
        <translation>Berre administratorar kan endre innstillingar.</translation>
    </message>
    <message>
        <source>Låsetiden må være mellom 1 og 240 minutter.</source>
        <translation>Låsetida må vere mellom 1 og 240 minutt.</translation>
    </message>
    <message>
        <source>Antall sikkerhetskopier må være mellom 1 og 365.</source>
        <translation>Talet på tryggingskopiar må vere mellom 1 og 365.</translation>
    </message>
    <message>
        <source>Nødtilgangen må vare mellom 1 og 24 timer.</source>
        <translation>Naudtilgangen må vare mellom 1 og 24 timar.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Åpnet pasient</source>
        <translation>Opna pasient</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Utskrift</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <source>Eksport</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Signatur registrert</source>
        <translation>Signatur registrert</translation>
    </message>
    <message>
        <source>Innlogging</source>
        <translation>Innlogging</translation>
    </message>
    <message>
        <source>Mislykket innlogging</source>
        <translation>Mislukka innlogging</translation>
    </message>
    <message>
        <source>Utlogging</source>
        <translation>Utlogging</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Nødtilgang</source>
        <translation>Naudtilgang</translation>
    </message>
    <message>
        <source>Brukeradministrasjon</source>
        <translation>Brukaradministrasjon</translation>
    </message>
    <message>
        <source>Gjenoppretting</source>
        <translation>Gjenoppretting</translation>
    </message>
    <message>
        <source>Utskriftsgrunnlag låst</source>
        <translation>Utskriftsgrunnlag låst</translation>
    </message>
    <message>
        <source>Avvist tilgang</source>
        <translation>Avvist tilgang</translation>
    </message>
    <message>
        <source>Ga seg selv avdelinger</source>
        <translation>Gav seg sjølv avdelingar</translation>
    </message>
    <message>
        <source>Kopi gitt</source>
        <translation>Kopi gitt</translation>
    </message>
    <message>
        <source>Kopi eller innkalling tross reservasjon</source>
        <translation>Kopi eller innkalling trass reservasjon</translation>
    </message>
    <message>
        <source>via</source>
        <translation>via</translation>
    </message>
    <message>
        <source>avdeling</source>
        <translation>avdeling</translation>
    </message>
    <message>
        <source>avdelinger</source>
        <translation>avdelingar</translation>
    </message>
    <message>
        <source>rolle</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>bruker</source>
        <translation>brukar</translation>
    </message>
    <message>
        <source>til</source>
        <translation>til</translation>
    </message>
    <message>
        <source>nye avdelinger</source>
        <translation>nye avdelingar</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>timar</translation>
    </message>
    <message>
        <source>låsetid (min)</source>
        <translation>låsetid (min)</translation>
    </message>
    <message>
        <source>sikkerhetskopier</source>
        <translation>tryggingskopiar</translation>
    </message>
    <message>
        <source>nødtilgang (timer)</source>
        <translation>naudtilgang (timar)</translation>
    </message>
    <message>
        <source>fra</source>
        <translation>frå</translation>
    </message>
    <message>
        <source>kopi før</source>
        <translation>kopi før</translation>
    </message>
    <message>
        <source>skjema</source>
        <translation>skjema</translation>
    </message>
    <message>
        <source>skjemaer</source>
        <translation>skjema</translation>
    </message>
    <message>
        <source>papir</source>
        <translation>papir</translation>
    </message>
    <message>
        <source>versjon</source>
        <translation>versjon</translation>
    </message>
    <message>
        <source>planversjon</source>
        <translation>planversjon</translation>
    </message>
    <message>
        <source>planversjoner</source>
        <translation>planversjonar</translation>
    </message>
    <message>
        <source>fil</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>av</source>
        <translation>av</translation>
    </message>
    <message>
        <source>byte</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>som</source>
        <translation>som</translation>
    </message>
    <message>
        <source>funnet på</source>
        <translation>funne på</translation>
    </message>
    <message>
        <source>signert</source>
        <translation>signert</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>pasient</source>
        <translation>pasient</translation>
    </message>
    <message>
        <source>kommando</source>
        <translation>kommando</translation>
    </message>
    <message>
        <source>uten samtykke til deling, grunn</source>
        <translation>utan samtykke til deling, grunn</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>vinduet</source>
        <translation>vindauget</translation>
    </message>
    <message>
        <source>kommandolinjen</source>
        <translation>kommandolinja</translation>
    </message>
    <message>
        <source>ansatt</source>
        <translation>tilsett</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Ny bruker</source>
        <translation>Ny brukar</translation>
    </message>
    <message>
        <source>Bruker endret</source>
        <translation>Brukar endra</translation>
    </message>
    <message>
        <source>Nytt passord satt</source>
        <translation>Nytt passord sett</translation>
    </message>
    <message>
        <source>Deaktivert</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>Aktivert</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Byttet eget passord</source>
        <translation>Bytte eige passord</translation>
    </message>
    <message>
        <source>Innstillinger endret</source>
        <translation>Innstillingar endra</translation>
    </message>
    <message>
        <source>feil passord</source>
        <translation>feil passord</translation>
    </message>
    <message>
        <source>ukjent brukernavn</source>
        <translation>ukjent brukarnamn</translation>
    </message>
    <message>
        <source>kontoen var låst</source>
        <translation>kontoen var låst</translation>
    </message>
    <message>
        <source>deaktivert konto</source>
        <translation>deaktivert konto</translation>
    </message>
    <message>
        <source>tre feil passord</source>
        <translation>tre feil passord</translation>
    </message>
    <message>
        <source>ikke i bruk</source>
        <translation>ikkje i bruk</translation>
    </message>
    <message>
        <source>låst av brukeren</source>
        <translation>låst av brukaren</translation>
    </message>
    <message>
        <source>sjekkliste</source>
        <translation>sjekkliste</translation>
    </message>
    <message>
        <source>samtykke</source>
        <translation>samtykke</translation>
    </message>
    <message>
        <source>individuell plan</source>
        <translation>individuell plan</translation>
    </message>
    <message>
        <source>eksisterende vedtak</source>
        <translation>eksisterande vedtak</translation>
    </message>
    <message>
        <source>kryptert pakke</source>
        <translation>kryptert pakke</translation>
    </message>
    <message>
        <source>kryptert PDF</source>
        <translation>kryptert PDF</translation>
    </message>
    <message>
        <source>pakke</source>
        <translation>pakke</translation>
    </message>
    <message>
        <source>FHIR-fil</source>
        <translation>FHIR-fil</translation>
    </message>
    <message>
        <source>fødselsnummer</source>
        <translation>fødselsnummer</translation>
    </message>
    <message>
        <source>navn og fødselsdato</source>
        <translation>namn og fødselsdato</translation>
    </message>
    <message>
        <source>ny pasient</source>
        <translation>ny pasient</translation>
    </message>
    <message>
        <source>ny planversjon</source>
        <translation>ny planversjon</translation>
    </message>
    <message>
        <source>skriver</source>
        <translation>skrivar</translation>
    </message>
    <message>
        <source>sykehusets egen</source>
        <translation>sjukehuset sin eigen</translation>
    </message>
    <message>
        <source>standardlogoen</source>
        <translation>standardlogoen</translation>
    </message>
    <message>
        <source>åpne pasient</source>
        <translation>opne pasient</translation>
    </message>
    <message>
        <source>nødtilgang</source>
        <translation>naudtilgang</translation>
    </message>
    <message>
        <source>nødtilgang uten begrunnelse</source>
        <translation>naudtilgang utan grunngiving</translation>
    </message>
    <message>
        <source>endre fødselsnummer</source>
        <translation>endre fødselsnummer</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>oppgradering</source>
        <translation>oppgradering</translation>
    </message>
    <message>
        <source>PDF-fil</source>
        <translation>PDF-fil</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation>Årsak</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Fant ikke filen {name}.</source>
        <translation>Fann ikkje fila {name}.</translation>
    </message>
    <message>
        <source>Filen er ikke en sikkerhetskopi fra Individuell plan.</source>
        <translation>Fila er ikkje ein tryggingskopi frå Individuell plan.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er skadet.</source>
        <translation>Tryggingskopien er skadd.</translation>
    </message>
    <message>
        <source>Tilgangsloggen i sikkerhetskopien er endret; den gjenopprettes ikke.</source>
        <translation>Tilgangsloggen i tryggingskopien er endra; han vert ikkje gjenoppretta.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er bygd annerledes enn programmet bygger databasen ({fault}); den gjenopprettes ikke.</source>
        <translation>Tryggingskopien er bygd annleis enn programmet byggjer databasen ({fault}); han blir ikkje gjenoppretta.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien har ingen aktiv administrator; den gjenopprettes ikke.</source>
        <translation>Tryggingskopien har ingen aktiv administrator; han blir ikkje gjenoppretta.</translation>
    </message>
    <message>
        <source>En signert planversjon eller et utskriftsgrunnlag i sikkerhetskopien er endret; den gjenopprettes ikke.</source>
        <translation>Ein signert planversjon eller eit utskriftsgrunnlag i tryggingskopien er endra; han blir ikkje gjenoppretta.</translation>
    </message>
    <message>
        <source>Lagrede data i sikkerhetskopien kan ikke leses; den gjenopprettes ikke.</source>
        <translation>Lagra data i tryggingskopien kan ikkje lesast; han blir ikkje gjenoppretta.</translation>
    </message>
    <message>
        <source>Filen er ikke en SQLite-database.</source>
        <translation>Fila er ikkje ein SQLite-database.</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Kan ikke lese/skrive databasen i {folder}: mappen er skrivebeskyttet eller du mangler tilgang. Databasen er ikke nødvendigvis skadet.</source>
        <translation>Kan ikkje lese/skrive databasen i {folder}: mappa er skriveverna eller du manglar tilgang. Databasen er ikkje naudsynleg skadd.</translation>
    </message>
    <message>
        <source>Databasen kan ikke åpnes: {error}</source>
        <translation>Databasen kan ikkje opnast: {error}</translation>
    </message>
    <message>
        <source>Databasen er skadet: {error}</source>
        <translation>Databasen er skadd: {error}</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Vurdere behov for langvarige og koordinerte tjenester</source>
        <translation>Vurdere behovet for langvarige og koordinerte tenester</translation>
    </message>
    <message>
        <source>Utpeke en koordinator i spesialisthelsetjenesten</source>
        <translation>Peike ut ein koordinator i spesialisthelsetenesta</translation>
    </message>
    <message>
        <source>Sjekke om vedkommende allerede har en plan</source>
        <translation>Sjekke om vedkomande alt har ein plan</translation>
    </message>
    <message>
        <source>Informere om retten til og hensikten med IP</source>
        <translation>Informere om retten til og føremålet med IP</translation>
    </message>
    <message>
        <source>Innhente informert samtykke (dokumenteres på samtykkeskjemaet)</source>
        <translation>Hente inn informert samtykke (vert dokumentert på samtykkeskjemaet)</translation>
    </message>
    <message>
        <source>Etablere kontakt med kommune / samarbeidspartnere (melde til koordinerende enhet)</source>
        <translation>Etablere kontakt med kommune / samarbeidspartnarar (melde til koordinerande eining)</translation>
    </message>
    <message>
        <source>Bidra til at det oppnevnes en koordinator i kommunen</source>
        <translation>Bidra til at det vert oppnemnd ein koordinator i kommunen</translation>
    </message>
    <message>
        <source>Samarbeidsmøte / nettverksmøte</source>
        <translation>Samarbeidsmøte / nettverksmøte</translation>
    </message>
    <message>
        <source>Bidra med dokumentasjon av helsetilstand og funksjonsnivå</source>
        <translation>Bidra med dokumentasjon av helsetilstand og funksjonsnivå</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten bidrar til utforming av planen sammen med pasient og koordinator i kommunen</source>
        <translation>Koordinatoren i spesialisthelsetenesta bidreg til utforminga av planen saman med pasienten og koordinatoren i kommunen</translation>
    </message>
    <message>
        <source>Innhente planen</source>
        <translation>Hente inn planen</translation>
    </message>
    <message>
        <source>Kontinuerlig dialog med koordinator i kommunen</source>
        <translation>Kontinuerleg dialog med koordinatoren i kommunen</translation>
    </message>
    <message>
        <source>Bidra med dokumentasjon av helsetilstand og funksjonsnivå – særlig ved endringer</source>
        <translation>Bidra med dokumentasjon av helsetilstand og funksjonsnivå – særleg ved endringar</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Passord for {user}: </source>
        <translation>Passord for {user}: </translation>
    </message>
    <message>
        <source>Oppgi passordet i miljøvariabelen {env}.</source>
        <translation>Oppgi passordet i miljøvariabelen {env}.</translation>
    </message>
    <message>
        <source>Databasen har ekte brukerkontoer, så demo kan ikke legge inn syntetiske pasienter her; bruk en egen datamappe (--data-dir).</source>
        <translation>Databasen har ekte brukarkontoar, så demo kan ikkje leggje inn syntetiske pasientar her; bruk ei eiga datamappe (--data-dir).</translation>
    </message>
    <message>
        <source>Databasen har ingen brukerkontoer ennå; opprett den første administratoren i vinduet eller med «individuell-plan user add BRUKERNAVN --admin».</source>
        <translation>Databasen har ingen brukarkontoar enno; opprett den første administratoren i vindauget eller med «individuell-plan user add BRUKERNAVN --admin».</translation>
    </message>
    <message>
        <source>Databasen har brukerkontoer: oppgi --user BRUKERNAVN og passordet i {env}.</source>
        <translation>Databasen har brukarkontoar: oppgi --user BRUKARNAMN og passordet i {env}.</translation>
    </message>
    <message>
        <source>En administrator har satt et midlertidig passord for {user}: velg ditt eget med «individuell-plan --user {user} user passwd {user}» eller ved å logge inn i vinduet.</source>
        <translation>Ein administrator har sett eit mellombels passord for {user}: vel ditt eige med «individuell-plan --user {user} user passwd {user}» eller ved å logge inn i vindauget.</translation>
    </message>
    <message>
        <source>Bare administratorer kan gjenopprette en sikkerhetskopi.</source>
        <translation>Berre administratorar kan gjenopprette ein tryggingskopi.</translation>
    </message>
    <message>
        <source>Fant ingen database i {folder}.</source>
        <translation>Fann ingen database i {folder}.</translation>
    </message>
    <message>
        <source>Gjenopprettet fra {source}. Tilstanden før er lagret i {safety}.</source>
        <translation>Gjenoppretta frå {source}. Tilstanden før er lagra i {safety}.</translation>
    </message>
    <message>
        <source>Vinduet trenger et skrivebord (ingen skjerm funnet); bruk kommandolinjen, for eksempel «individuell-plan --help».</source>
        <translation>Vindauget treng eit skrivebord (ingen skjerm funnen); bruk kommandolinja, til dømes «individuell-plan --help».</translation>
    </message>
    <message>
        <source>Kan ikke skrive i datamappen (skrivebeskyttet eller mangler tilgang); ingenting er endret.</source>
        <translation>Kan ikkje skrive i datamappa (skriveverna eller manglar tilgang); ingenting er endra.</translation>
    </message>
    <message>
        <source>Disken er full; ingenting er endret. Frigjør plass og prøv igjen.</source>
        <translation>Disken er full; ingenting er endra. Frigjer plass og prøv igjen.</translation>
    </message>
    <message>
        <source>Databasen brukes av et annet program; prøv igjen om litt.</source>
        <translation>Databasen blir brukt av eit anna program; prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Disken kunne ikke lese eller skrive; ingenting er endret.</source>
        <translation>Disken kunne ikkje lese eller skrive; ingenting er endra.</translation>
    </message>
    <message>
        <source>bruk: </source>
        <translation>bruk: </translation>
    </message>
    <message>
        <source>%(prog)s: feil: %(message)s
</source>
        <translation>%(prog)s: feil: %(message)s
</translation>
    </message>
    <message>
        <source>valg</source>
        <translation>val</translation>
    </message>
    <message>
        <source>argumenter</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>vis denne hjelpen og avslutt</source>
        <translation>vis denne hjelpa og avslutt</translation>
    </message>
    <message>
        <source>vis programmets versjon og avslutt</source>
        <translation>vis versjonen til programmet og avslutt</translation>
    </message>
    <message>
        <source>disse argumentene mangler: %s</source>
        <translation>desse argumenta manglar: %s</translation>
    </message>
    <message>
        <source>ukjente argumenter: %s</source>
        <translation>ukjende argument: %s</translation>
    </message>
    <message>
        <source>ugyldig valg: %(value)r (velg blant %(choices)s)</source>
        <translation>ugyldig val: %(value)r (vel mellom %(choices)s)</translation>
    </message>
    <message>
        <source>ugyldig verdi: %(value)r</source>
        <translation>ugyldig verdi: %(value)r</translation>
    </message>
    <message>
        <source>argumentet %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>venter én verdi</source>
        <translation>ventar éin verdi</translation>
    </message>
    <message>
        <source>venter høyst én verdi</source>
        <translation>ventar høgst éin verdi</translation>
    </message>
    <message>
        <source>venter minst én verdi</source>
        <translation>ventar minst éin verdi</translation>
    </message>
    <message>
        <source>kan ikke brukes sammen med %s</source>
        <translation>kan ikkje brukast saman med %s</translation>
    </message>
    <message>
        <source>ett av argumentene %s må være med</source>
        <translation>eitt av argumenta %s må vere med</translation>
    </message>
    <message>
        <source>tvetydig valg: %(option)s kan bety %(matches)s</source>
        <translation>tvitydig val: %(option)s kan tyde %(matches)s</translation>
    </message>
    <message>
        <source>overflødig verdi %r</source>
        <translation>overflødig verdi %r</translation>
    </message>
    <message>
        <source>venter %s verdi</source>
        <translation>ventar %s verdi</translation>
    </message>
    <message>
        <source>venter %s verdier</source>
        <translation>ventar %s verdiar</translation>
    </message>
    <message>
        <source>Fant ingen pasient med id eller fødselsnummer {key}.</source>
        <translation>Fann ingen pasient med id eller fødselsnummer {key}.</translation>
    </message>
    <message>
        <source>Filen {path} finnes allerede; velg et annet navn.</source>
        <translation>Fila {path} finst allereie; vel eit anna namn.</translation>
    </message>
    <message>
        <source>kryptert PDF</source>
        <translation>kryptert PDF</translation>
    </message>
    <message>
        <source>kryptert pakke</source>
        <translation>kryptert pakke</translation>
    </message>
    <message>
        <source>Lagret {path} ({kind}, planversjon {version}).</source>
        <translation>Lagra {path} ({kind}, planversjon {version}).</translation>
    </message>
    <message>
        <source>Planversjon {version} er et utkast; PDF-en er merket «UTKAST – ikke signert» på hver side.</source>
        <translation>Planversjon {version} er eit utkast; PDF-en er merkt «UTKAST – ikke signert» på kvar side.</translation>
    </message>
    <message>
        <source>Passordet (gi det på telefon eller en annen kanal, aldri sammen med filen):</source>
        <translation>Passordet (gi det på telefon eller ein annan kanal, aldri saman med fila):</translation>
    </message>
    <message>
        <source>Fødselsnummeret i filen er et annet enn pasientens.</source>
        <translation>Fødselsnummeret i fila er eit anna enn pasienten sitt.</translation>
    </message>
    <message>
        <source>Filen ligner pasient {id} ({name}) på navn og fødselsdato, men har ikke samme fødselsnummer; velg --patient {id} eller --new-patient.</source>
        <translation>Fila liknar pasient {id} ({name}) på namn og fødselsdato, men har ikkje same fødselsnummer; vel --patient {id} eller --new-patient.</translation>
    </message>
    <message>
        <source>Importerte {name} som ny pasient {id} med {n} planversjon(er).</source>
        <translation>Importerte {name} som ny pasient {id} med {n} planversjon(ar).</translation>
    </message>
    <message>
        <source>Importerte planen som versjon {version} hos pasient {id}.</source>
        <translation>Importerte planen som versjon {version} hos pasient {id}.</translation>
    </message>
    <message>
        <source>La til {p} deltaker(e), {m} møte(r) og {c} kopi(er) på kopilisten.</source>
        <translation>La til {p} deltakar(ar), {m} møte og {c} kopi(ar) på kopilista.</translation>
    </message>
    <message>
        <source>Pasienten er importert til avdeling {department}. Du har ikke tilgang til den avdelingen.</source>
        <translation>Pasienten er importert til avdeling {department}. Du har ikkje tilgang til den avdelinga.</translation>
    </message>
    <message>
        <source>Mottakerne skrives som deltakernes id, skilt med komma.</source>
        <translation>Mottakarane blir skrivne som id-ane til deltakarane, skilde med komma.</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke.</source>
        <translation>Mappa {folder} finst ikkje.</translation>
    </message>
    <message>
        <source>Papirstørrelsen må være A4 eller A5.</source>
        <translation>Papirstorleiken må vere A4 eller A5.</translation>
    </message>
    <message>
        <source>{path} er en mappe; oppgi et filnavn.</source>
        <translation>{path} er ei mappe; oppgi eit filnamn.</translation>
    </message>
    <message>
        <source>Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-03-10.</source>
        <translation>Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2026-03-10.</translation>
    </message>
    <message>
        <source>Antall dager kan ikke være negativt.</source>
        <translation>Talet på dagar kan ikkje vere negativt.</translation>
    </message>
    <message>
        <source>Oppgi det nye passordet i miljøvariabelen {env}.</source>
        <translation>Oppgi det nye passordet i miljøvariabelen {env}.</translation>
    </message>
    <message>
        <source>Nytt passord for {user}: </source>
        <translation>Nytt passord for {user}: </translation>
    </message>
    <message>
        <source>Gjenta det nye passordet: </source>
        <translation>Gjenta det nye passordet: </translation>
    </message>
    <message>
        <source>Passordene er ikke like.</source>
        <translation>Passorda er ikkje like.</translation>
    </message>
    <message>
        <source>Oppgi --user med en administrator og passordet i {env}.</source>
        <translation>Oppgi --user med ein administrator og passordet i {env}.</translation>
    </message>
    <message>
        <source>Den første brukeren må være administrator: legg til --admin.</source>
        <translation>Den første brukaren må vere administrator: legg til --admin.</translation>
    </message>
    <message>
        <source>Den første administratoren får ingen avdelinger; en annen administrator gir dem senere.</source>
        <translation>Den første administratoren får ingen avdelingar; ein annan administrator gir dei seinare.</translation>
    </message>
    <message>
        <source>La til brukeren {name}.</source>
        <translation>La til brukaren {name}.</translation>
    </message>
    <message>
        <source>Nåværende passord for {user}: </source>
        <translation>Noverande passord for {user}: </translation>
    </message>
    <message>
        <source>Passordet er endret.</source>
        <translation>Passordet er endra.</translation>
    </message>
    <message>
        <source>Nytt passord satt for {name}; brukeren må velge sitt eget ved neste innlogging.</source>
        <translation>Nytt passord sett for {name}; brukaren må velje sitt eige ved neste innlogging.</translation>
    </message>
    <message>
        <source>Deaktiverte brukeren {name}.</source>
        <translation>Deaktiverte brukaren {name}.</translation>
    </message>
    <message>
        <source>deaktivert</source>
        <translation>deaktivert</translation>
    </message>
    <message>
        <source>må velge nytt passord</source>
        <translation>må velje nytt passord</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Bare administratorer kan se brukerne.</source>
        <translation>Berre administratorar kan sjå brukarane.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>ansatt</source>
        <translation>tilsett</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>Bare en administrator kan endre samtykketeksten.</source>
        <translation>Berre ein administrator kan endre samtykketeksten.</translation>
    </message>
    <message>
        <source>Samtykketeksten er for lang (høyst {n} tegn).</source>
        <translation>Samtykketeksten er for lang (høgst {n} teikn).</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <source>Evaluering av planen</source>
        <translation>Evaluering av planen</translation>
    </message>
    <message>
        <source>Evaluering av delmål</source>
        <translation>Evaluering av delmål</translation>
    </message>
    <message>
        <source>Evaluering av vedtak</source>
        <translation>Evaluering av vedtak</translation>
    </message>
    <message>
        <source>Vedtaksperiode slutter</source>
        <translation>Vedtaksperioden sluttar</translation>
    </message>
    <message>
        <source>Samtykket går ut</source>
        <translation>Samtykket går ut</translation>
    </message>
    <message>
        <source>Svar fra kommunen</source>
        <translation>Svar frå kommunen</translation>
    </message>
    <message>
        <source>Sjekkliste</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>Melding til kommunen</source>
        <translation>Melding til kommunen</translation>
    </message>
    <message>
        <source>Oppgave fra møte</source>
        <translation>Oppgåve frå møte</translation>
    </message>
    <message>
        <source>Neste møte</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <source>Gjennomgang av kriseplanen</source>
        <translation>Gjennomgang av kriseplanen</translation>
    </message>
    <message>
        <source>Planen skal evalueres</source>
        <translation>Planen skal evaluerast</translation>
    </message>
    <message>
        <source>rad {n}</source>
        <translation>rad {n}</translation>
    </message>
    <message>
        <source>Evaluer delmål: {what}</source>
        <translation>Evaluer delmål: {what}</translation>
    </message>
    <message>
        <source>Evaluer vedtak: {what}</source>
        <translation>Evaluer vedtak: {what}</translation>
    </message>
    <message>
        <source>Vedtaket gjelder til {date}: {what}</source>
        <translation>Vedtaket gjeld til {date}: {what}</translation>
    </message>
    <message>
        <source>Samtykket gjelder til {date}</source>
        <translation>Samtykket gjeld til {date}</translation>
    </message>
    <message>
        <source>Svar fra {unit} på meldingen</source>
        <translation>Svar frå {unit} på meldinga</translation>
    </message>
    <message>
        <source>Svar fra kommunen på meldingen</source>
        <translation>Svar frå kommunen på meldinga</translation>
    </message>
    <message>
        <source>Send melding om behov til kommunen</source>
        <translation>Send melding om behov til kommunen</translation>
    </message>
    <message>
        <source>Neste møte er ikke satt opp</source>
        <translation>Neste møte er ikkje sett opp</translation>
    </message>
    <message>
        <source>Kriseplanen skal gjennomgås</source>
        <translation>Kriseplanen skal gåast gjennom</translation>
    </message>
    <message>
        <source>Fristen for meldingen må være mellom 1 og 365 dager.</source>
        <translation>Fristen for meldinga må vere mellom 1 og 365 dagar.</translation>
    </message>
    <message>
        <source>Forfalt</source>
        <translation>Forfalle</translation>
    </message>
    <message>
        <source>Denne uka</source>
        <translation>Denne veka</translation>
    </message>
    <message>
        <source>Neste uke</source>
        <translation>Neste veke</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Seinare</translation>
    </message>
</context>
<context>
    <name>departments</name>
    <message>
        <source>Avdelingen «{name}» finnes ikke i avdelingslisten. Velg en av: {names}.</source>
        <translation>Avdelinga «{name}» finst ikkje i avdelingslista. Vel ei av: {names}.</translation>
    </message>
    <message>
        <source>Bare en administrator kan endre avdelingslisten.</source>
        <translation>Berre ein administrator kan endre avdelingslista.</translation>
    </message>
    <message>
        <source>Skriv inn navnet på avdelingen.</source>
        <translation>Skriv inn namnet på avdelinga.</translation>
    </message>
    <message>
        <source>Navnet er for langt (høyst {n} tegn).</source>
        <translation>Namnet er for langt (høgst {n} teikn).</translation>
    </message>
    <message>
        <source>Avdelingen «{name}» finnes allerede.</source>
        <translation>Avdelinga «{name}» finst allereie.</translation>
    </message>
    <message>
        <source>Velg en av rapportkategoriene.</source>
        <translation>Vel ein av rapportkategoriane.</translation>
    </message>
    <message>
        <source>Fant ingen avdeling «{name}».</source>
        <translation>Fann inga avdeling «{name}».</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Fant ikke pasienten.</source>
        <translation>Fann ikkje pasienten.</translation>
    </message>
    <message>
        <source>Pasienten har ingen plan ennå, så det er ingenting å overføre.</source>
        <translation>Pasienten har ingen plan enno, så det er ingenting å overføre.</translation>
    </message>
    <message>
        <source>Planen har ingen signert versjon. Velg versjonen som skal sendes; et utkast merkes «UTKAST – ikke signert».</source>
        <translation>Planen har ingen signert versjon. Vel versjonen som skal sendast; eit utkast blir merkt «UTKAST – ikkje signert».</translation>
    </message>
    <message>
        <source>Planen har ingen versjon {n}.</source>
        <translation>Planen har ingen versjon {n}.</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke.</source>
        <translation>Mappa {folder} finst ikkje.</translation>
    </message>
    <message>
        <source>Filen er ikke en gyldig FHIR R4-plan og kan ikke importeres.</source>
        <translation>Fila er ikkje ein gyldig FHIR R4-plan og kan ikkje importerast.</translation>
    </message>
    <message>
        <source>Filen inneholder ugyldige tegn (et halvt tegn uten sin andre halvdel) og kan ikke importeres.</source>
        <translation>Fila inneheld ugyldige teikn (eit halvt teikn utan den andre halvdelen) og kan ikkje importerast.</translation>
    </message>
    <message>
        <source>Datoen «{text}» i filen kan ikke leses.</source>
        <translation>Datoen «{text}» i fila kan ikkje lesast.</translation>
    </message>
    <message>
        <source>Filen har henvisninger som peker til noe som ikke finnes i filen, og kan ikke importeres.</source>
        <translation>Fila har tilvisingar som peikar til noko som ikkje finst i fila, og kan ikkje importerast.</translation>
    </message>
    <message>
        <source>Filen har en tekst på mer enn {limit} tegn og kan ikke importeres; så lange felt har ingen ekte plan.</source>
        <translation>Fila har ein tekst på meir enn {limit} teikn og kan ikkje importerast; så lange felt har ingen ekte plan.</translation>
    </message>
    <message>
        <source>Pasientopplysningene i filen er ugyldige: {error}</source>
        <translation>Pasientopplysningane i fila er ugyldige: {error}</translation>
    </message>
    <message>
        <source>Filen har mer enn {limit} {what} og kan ikke importeres; så mye har ingen ekte plan.</source>
        <translation>Fila har meir enn {limit} {what} og kan ikkje importerast; så mykje har ingen ekte plan.</translation>
    </message>
    <message>
        <source>planversjoner</source>
        <translation>planversjonar</translation>
    </message>
    <message>
        <source>rader i én plan</source>
        <translation>rader i éin plan</translation>
    </message>
    <message>
        <source>Filen mangler selve planen (CarePlan) og kan ikke importeres.</source>
        <translation>Fila manglar sjølve planen (CarePlan) og kan ikkje importerast.</translation>
    </message>
    <message>
        <source>Bare FHIR-bundler av typen «document» eller «collection» kan importeres.</source>
        <translation>Berre FHIR-bundlar av typen «document» eller «collection» kan importerast.</translation>
    </message>
    <message>
        <source>Filen mangler pasienten (Patient) og kan ikke importeres.</source>
        <translation>Fila manglar pasienten (Patient) og kan ikkje importerast.</translation>
    </message>
    <message>
        <source>Filen {name} kan ikke leses.</source>
        <translation>Fila {name} kan ikkje lesast.</translation>
    </message>
    <message>
        <source>Skriv passordet for pakken.</source>
        <translation>Skriv passordet for pakken.</translation>
    </message>
    <message>
        <source>En PDF kan ikke importeres. Bruk pakken (.zip) eller en FHIR-fil (.json).</source>
        <translation>Ein PDF kan ikkje importerast. Bruk pakken (.zip) eller ei FHIR-fil (.json).</translation>
    </message>
    <message>
        <source>Ingen endringer: planen i filen er den samme som versjon {n} hos pasienten. Ingenting er lagret.</source>
        <translation>Ingen endringar: planen i fila er den same som versjon {n} hos pasienten. Ingenting er lagra.</translation>
    </message>
    <message>
        <source>Velg pasienten planen skal legges til hos.</source>
        <translation>Vel pasienten planen skal leggjast til hos.</translation>
    </message>
    <message>
        <source>Pakken er endret eller skadet etter at den ble laget, og kan ikke importeres.</source>
        <translation>Pakken er endra eller skadd etter at han vart laga, og kan ikkje importerast.</translation>
    </message>
    <message>
        <source>Pakken inneholder andre filer enn en plan (for eksempel stier utenfor mappen eller arkiver i arkivet) og kan ikke importeres.</source>
        <translation>Pakken inneheld andre filer enn ein plan (til dømes stiar utanfor mappa eller arkiv i arkivet) og kan ikkje importerast.</translation>
    </message>
    <message>
        <source>Pakken er for stor eller pakker ut til urimelig mye data, og kan ikke importeres.</source>
        <translation>Pakken er for stor eller pakkar ut til urimeleg mykje data, og kan ikkje importerast.</translation>
    </message>
    <message>
        <source>Feil passord. Sjekk passordet med avsenderen og prøv igjen.</source>
        <translation>Feil passord. Sjekk passordet med avsendaren og prøv igjen.</translation>
    </message>
    <message>
        <source>Filen er ikke en pakke fra Individuell plan og kan ikke importeres.</source>
        <translation>Fila er ikkje ein pakke frå Individuell plan og kan ikkje importerast.</translation>
    </message>
    <message>
        <source>Pakken har en formatversjon ({version}) som dette programmet ikke kjenner. Oppdater programmet og prøv igjen.</source>
        <translation>Pakken har ein formatversjon ({version}) som dette programmet ikkje kjenner. Oppdater programmet og prøv igjen.</translation>
    </message>
    <message>
        <source>Passordet må ha minst {count} tegn.</source>
        <translation>Passordet må ha minst {count} teikn.</translation>
    </message>
    <message>
        <source>Passordfilen {path} kan ikke leses.</source>
        <translation>Passordfila {path} kan ikkje lesast.</translation>
    </message>
    <message>
        <source>Filen er ikke UTF-8-kodet. Lagre den som CSV (UTF-8) og prøv igjen.</source>
        <translation>Fila er ikkje UTF-8-koda. Lagre ho som CSV (UTF-8) og prøv igjen.</translation>
    </message>
    <message>
        <source>Filen er tom.</source>
        <translation>Fila er tom.</translation>
    </message>
    <message>
        <source>Første linje mangler kolonnen {name}.</source>
        <translation>Første linja manglar kolonnen {name}.</translation>
    </message>
    <message>
        <source>Linje {line}: {count} felt, men overskriften har {header}. Ingenting er importert.</source>
        <translation>Linje {line}: {count} felt, men overskrifta har {header}. Ingenting er importert.</translation>
    </message>
    <message>
        <source>Linje {line}: {message} Ingenting er importert.</source>
        <translation>Linje {line}: {message} Ingenting er importert.</translation>
    </message>
    <message>
        <source>Linje {line}: kommunenummer {number} står også på linje {first}. Ingenting er importert.</source>
        <translation>Linje {line}: kommunenummer {number} står òg på linje {first}. Ingenting er importert.</translation>
    </message>
    <message>
        <source>Pasienten har ingen melding til kommunen.</source>
        <translation>Pasienten har inga melding til kommunen.</translation>
    </message>
    <message>
        <source>Pasienten har ikke samtykket til at kommunen kontaktes, så meldingen kan ikke lagres for sending.</source>
        <translation>Pasienten har ikkje samtykt til at kommunen blir kontakta, så meldinga kan ikkje lagrast for sending.</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Fødd</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Utarbeidet av</source>
        <translation>Utarbeidd av</translation>
    </message>
    <message>
        <source>I samarbeid med kommune</source>
        <translation>I samarbeid med kommune</translation>
    </message>
    <message>
        <source>Planen gjelder fra</source>
        <translation>Planen gjeld frå</translation>
    </message>
    <message>
        <source>Planen gjelder til</source>
        <translation>Planen gjeld til</translation>
    </message>
    <message>
        <source>Evalueres</source>
        <translation>Blir evaluert</translation>
    </message>
    <message>
        <source>Situasjonsbeskrivelse</source>
        <translation>Situasjonsskildring</translation>
    </message>
    <message>
        <source>Overordnet målsetting</source>
        <translation>Overordna målsetjing</translation>
    </message>
    <message>
        <source>navn</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>arbeidssted</source>
        <translation>arbeidsstad</translation>
    </message>
    <message>
        <source>adresse</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>telefon</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>e-post</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Dato for oppstart</source>
        <translation>Dato for oppstart</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Dato for evaluering</source>
        <translation>Dato for evaluering</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Vedtak, planer og avtaler</source>
        <translation>Vedtak, planar og avtalar</translation>
    </message>
    <message>
        <source>Gjelder fra</source>
        <translation>Gjeld frå</translation>
    </message>
    <message>
        <source>Gjelder til</source>
        <translation>Gjeld til</translation>
    </message>
    <message>
        <source>Gjelder f.o.m.</source>
        <translation>Gjeld f.o.m.</translation>
    </message>
    <message>
        <source>Gjelder t.o.m.</source>
        <translation>Gjeld t.o.m.</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Underskrift</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Verge/foresatte</source>
        <translation>Verje/føresette</translation>
    </message>
    <message>
        <source>Kan gis til ansvarsgruppen</source>
        <translation>Kan givast til ansvarsgruppa</translation>
    </message>
    <message>
        <source>Taushetsbelagte opplysninger</source>
        <translation>Teiepliktige opplysningar</translation>
    </message>
    <message>
        <source>Skal ikke involveres</source>
        <translation>Skal ikkje involverast</translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation>Trekt tilbake</translation>
    </message>
    <message>
        <source>Antall {what}</source>
        <translation>Tal på {what}</translation>
    </message>
    <message>
        <source>Rad {n}: </source>
        <translation>Rad {n}: </translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten</source>
        <translation>Koordinator i spesialisthelsetenesta</translation>
    </message>
    <message>
        <source>Koordinator i kommunen</source>
        <translation>Koordinator i kommunen</translation>
    </message>
    <message>
        <source>rader</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>vedtak</source>
        <translation>vedtak</translation>
    </message>
    <message>
        <source>Pasient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sjekkliste</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>Punkter avklart (av {n})</source>
        <translation>Punkt avklarte (av {n})</translation>
    </message>
    <message>
        <source>Deltakerne eller møtene i filen er ugyldige: {error}</source>
        <translation>Deltakarane eller møta i fila er ugyldige: {error}</translation>
    </message>
    <message>
        <source>deltakere</source>
        <translation>deltakarar</translation>
    </message>
    <message>
        <source>møter</source>
        <translation>møte</translation>
    </message>
    <message>
        <source>kopier på kopilisten</source>
        <translation>kopiar på kopilista</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <source>koordinator på sykehuset</source>
        <translation>koordinator på sjukehuset</translation>
    </message>
    <message>
        <source>koordinator i kommunen</source>
        <translation>koordinator i kommunen</translation>
    </message>
    <message>
        <source>Informert om retten til IP</source>
        <translation>Informert om retten til IP</translation>
    </message>
    <message>
        <source>Påbegynt IP</source>
        <translation>Påbyrja IP</translation>
    </message>
    <message>
        <source>Pasienter med IP</source>
        <translation>Pasientar med IP</translation>
    </message>
    <message>
        <source>Innhentet eksisterende plan</source>
        <translation>Henta inn eksisterande plan</translation>
    </message>
    <message>
        <source>Plan utformet med pasient og koordinator</source>
        <translation>Plan utforma med pasient og koordinator</translation>
    </message>
    <message>
        <source>Reviderte IP</source>
        <translation>Reviderte IP</translation>
    </message>
    <message>
        <source>Melding til kommunen sendt</source>
        <translation>Melding til kommunen send</translation>
    </message>
    <message>
        <source>Koordinator oppnevnt</source>
        <translation>Koordinator oppnemnd</translation>
    </message>
    <message>
        <source>Samarbeids- og ansvarsgruppemøter</source>
        <translation>Samarbeids- og ansvarsgruppemøte</translation>
    </message>
    <message>
        <source>Ønsker ikke IP</source>
        <translation>Ønskjer ikkje IP</translation>
    </message>
    <message>
        <source>Pasienter informert om retten til IP i tertialet (sjekkpunkt 4, samtykkets informasjonsdato eller skriftlig informasjon ved nei).</source>
        <translation>Pasientar informerte om retten til IP i tertialet (sjekkpunkt 4, informasjonsdatoen i samtykket eller skriftleg informasjon ved nei).</translation>
    </message>
    <message>
        <source>Første tertial der pasienten er informert, har samtykket og har et bindende samarbeid med kommunen (melding sendt, samarbeidsmøte holdt eller koordinator i kommunen oppnevnt).</source>
        <translation>Første tertial der pasienten er informert, har samtykt og har eit bindande samarbeid med kommunen (melding send, samarbeidsmøte halde eller koordinator i kommunen oppnemnd).</translation>
    </message>
    <message>
        <source>Pasienter med påbegynt IP i eller før tertialet, der arbeidet ikke er avsluttet før tertialet og noe skjedde i tertialet (en hendelse, eller en signert plan som gjaldt i tertialet).</source>
        <translation>Pasientar med påbyrja IP i eller før tertialet, der arbeidet ikkje er avslutta før tertialet og noko skjedde i tertialet (ei hending, eller ein signert plan som galdt i tertialet).</translation>
    </message>
    <message>
        <source>Pasienter der en eksisterende plan ble innhentet.</source>
        <translation>Pasientar der ein eksisterande plan vart henta inn.</translation>
    </message>
    <message>
        <source>Sjekkpunkt 10 utført, eller en versjon signert av pasienten og en koordinator.</source>
        <translation>Sjekkpunkt 10 utført, eller ein versjon signert av pasienten og ein koordinator.</translation>
    </message>
    <message>
        <source>Pasienter med en signert planversjon nummer 2 eller høyere.</source>
        <translation>Pasientar med ein signert planversjon nummer 2 eller høgare.</translation>
    </message>
    <message>
        <source>Pasienter med en melding til kommunen sendt.</source>
        <translation>Pasientar med ei melding til kommunen send.</translation>
    </message>
    <message>
        <source>Pasienter som fikk koordinator på sykehuset eller i kommunen oppnevnt.</source>
        <translation>Pasientar som fekk koordinator på sjukehuset eller i kommunen oppnemnd.</translation>
    </message>
    <message>
        <source>Antall samarbeids- og ansvarsgruppemøter holdt (møter, ikke pasienter).</source>
        <translation>Talet på samarbeids- og ansvarsgruppemøte haldne (møte, ikkje pasientar).</translation>
    </message>
    <message>
        <source>Pasienter som sa nei til IP.</source>
        <translation>Pasientar som sa nei til IP.</translation>
    </message>
    <message>
        <source>Velg en avdeling og en av kategoriene.</source>
        <translation>Vel ei avdeling og ein av kategoriane.</translation>
    </message>
    <message>
        <source>uten tertial</source>
        <translation>utan tertial</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>Individuell plan er allerede åpent med den samme datamappen (prosess {pid} på {host}, fra {since}). Bruk det vinduet, eller lukk det først: to kopier skal aldri skrive samtidig.</source>
        <translation>Individuell plan er alt ope med den same datamappa (prosess {pid} på {host}, frå {since}). Bruk det vindauget, eller lukk det først: to kopiar skal aldri skrive samtidig.</translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <source>ønsket</source>
        <translation>ønskt</translation>
    </message>
    <message>
        <source>søkt</source>
        <translation>søkt</translation>
    </message>
    <message>
        <source>innvilget</source>
        <translation>innvilga</translation>
    </message>
    <message>
        <source>avslått</source>
        <translation>avslått</translation>
    </message>
    <message>
        <source>igangsatt</source>
        <translation>sett i gang</translation>
    </message>
    <message>
        <source>på vent</source>
        <translation>på vent</translation>
    </message>
    <message>
        <source>avsluttet</source>
        <translation>avslutta</translation>
    </message>
    <message>
        <source>fortsette</source>
        <translation>halde fram</translation>
    </message>
    <message>
        <source>endre</source>
        <translation>endre</translation>
    </message>
    <message>
        <source>avslutte</source>
        <translation>avslutte</translation>
    </message>
    <message>
        <source>overføre til revidert plan</source>
        <translation>overføre til revidert plan</translation>
    </message>
    <message>
        <source>nådd</source>
        <translation>nådd</translation>
    </message>
    <message>
        <source>delvis nådd</source>
        <translation>delvis nådd</translation>
    </message>
    <message>
        <source>ikke nådd</source>
        <translation>ikkje nådd</translation>
    </message>
    <message>
        <source>Bolig og dagligliv</source>
        <translation>Bustad og dagleglivet</translation>
    </message>
    <message>
        <source>Helse</source>
        <translation>Helse</translation>
    </message>
    <message>
        <source>Arbeid/skole/aktivitet</source>
        <translation>Arbeid/skule/aktivitet</translation>
    </message>
    <message>
        <source>Økonomi</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Familie og nettverk</source>
        <translation>Familie og nettverk</translation>
    </message>
    <message>
        <source>Fritid</source>
        <translation>Fritid</translation>
    </message>
    <message>
        <source>Mobilitet</source>
        <translation>Mobilitet</translation>
    </message>
    <message>
        <source>kartlagt</source>
        <translation>kartlagt</translation>
    </message>
    <message>
        <source>ikke aktuelt</source>
        <translation>ikkje aktuelt</translation>
    </message>
    <message>
        <source>enige</source>
        <translation>samde</translation>
    </message>
    <message>
        <source>uenige</source>
        <translation>usamde</translation>
    </message>
    <message>
        <source>{done} av {total} livsområder kartlagt</source>
        <translation>{done} av {total} livsområde kartlagde</translation>
    </message>
    <message>
        <source>Kriseplan</source>
        <translation>Kriseplan</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>Filen kunne ikke lagres: {reason}</source>
        <translation>Fila kunne ikkje lagrast: {reason}</translation>
    </message>
    <message>
        <source>Loggføringen kunne ikke lagres ({reason}), så filen er ikke laget.</source>
        <translation>Loggføringa kunne ikkje lagrast ({reason}), så fila er ikkje laga.</translation>
    </message>
    <message>
        <source>Filen kunne ikke få navnet sitt: {reason}</source>
        <translation>Fila kunne ikkje få namnet sitt: {reason}</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>Pasienten har trukket samtykket tilbake, så planen kan ikke overføres.</source>
        <translation>Pasienten har trekt samtykket tilbake, så planen kan ikkje overførast.</translation>
    </message>
    <message>
        <source>Pasienten ønsker ikke individuell plan, så planen kan ikke overføres.</source>
        <translation>Pasienten ønskjer ikkje individuell plan, så planen kan ikkje overførast.</translation>
    </message>
    <message>
        <source>Samtykket er utløpt, så planen kan ikke overføres før et nytt samtykke er registrert.</source>
        <translation>Samtykket har gått ut, så planen kan ikkje overførast før eit nytt samtykke er registrert.</translation>
    </message>
    <message>
        <source>Samtykke er ikke registrert, så planen kan ikke overføres.</source>
        <translation>Samtykke er ikkje registrert, så planen kan ikkje overførast.</translation>
    </message>
    <message>
        <source>Samtykket tillater ikke at planen deles med ansvarsgruppen, så den kan ikke overføres.</source>
        <translation>Samtykket tillèt ikkje at planen blir delt med ansvarsgruppa, så han kan ikkje overførast.</translation>
    </message>
</context>
<context>
    <name>process</name>
    <message>
        <source>Ikke vurdert</source>
        <translation>Ikkje vurdert</translation>
    </message>
    <message>
        <source>Rett til IP og koordinator</source>
        <translation>Rett til IP og koordinator</translation>
    </message>
    <message>
        <source>Koordinator uten IP</source>
        <translation>Koordinator utan IP</translation>
    </message>
    <message>
        <source>Behov for barnekoordinator</source>
        <translation>Behov for barnekoordinator</translation>
    </message>
    <message>
        <source>Ikke behov</source>
        <translation>Ikkje behov</translation>
    </message>
    <message>
        <source>Avventer</source>
        <translation>Ventar</translation>
    </message>
    <message>
        <source>Velg et av utfallene for vurderingen.</source>
        <translation>Vel eitt av utfalla for vurderinga.</translation>
    </message>
    <message>
        <source>Pasienten selv</source>
        <translation>Pasienten sjølv</translation>
    </message>
    <message>
        <source>Verge</source>
        <translation>Verje</translation>
    </message>
    <message>
        <source>Foreldre / foresatte</source>
        <translation>Foreldre / føresette</translation>
    </message>
    <message>
        <source>Nærmeste pårørende</source>
        <translation>Næraste pårørande</translation>
    </message>
    <message>
        <source>Velg hvem som samtykket på vegne av pasienten.</source>
        <translation>Vel kven som samtykte på vegner av pasienten.</translation>
    </message>
    <message>
        <source>Kommunenummeret må ha fire siffer.</source>
        <translation>Kommunenummeret må ha fire siffer.</translation>
    </message>
    <message>
        <source>Skriv kommunens navn.</source>
        <translation>Skriv namnet på kommunen.</translation>
    </message>
    <message>
        <source>«{text}» er ikke en e-postadresse.</source>
        <translation>«{text}» er ikkje ei e-postadresse.</translation>
    </message>
    <message>
        <source>HER-id består bare av siffer.</source>
        <translation>HER-id består berre av siffer.</translation>
    </message>
    <message>
        <source>Koordinerende enhet</source>
        <translation>Koordinerande eining</translation>
    </message>
    <message>
        <source>Behov for individuell plan og koordinator</source>
        <translation>Behov for individuell plan og koordinator</translation>
    </message>
    <message>
        <source>Behov for koordinator uten individuell plan</source>
        <translation>Behov for koordinator utan individuell plan</translation>
    </message>
    <message>
        <source>Pasienten har individuell plan: samarbeid</source>
        <translation>Pasienten har individuell plan: samarbeid</translation>
    </message>
    <message>
        <source>PLO-melding</source>
        <translation>PLO-melding</translation>
    </message>
    <message>
        <source>Dialogmelding</source>
        <translation>Dialogmelding</translation>
    </message>
    <message>
        <source>Tverrfaglig rapport</source>
        <translation>Tverrfagleg rapport</translation>
    </message>
    <message>
        <source>Kommunens skjema</source>
        <translation>Skjemaet til kommunen</translation>
    </message>
    <message>
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Koordinator oppnevnt</source>
        <translation>Koordinator oppnemnd</translation>
    </message>
    <message>
        <source>Avslått</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Ber om å avvente</source>
        <translation>Ber om å vente</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Purret</source>
        <translation>Purra</translation>
    </message>
    <message>
        <source>Besvart</source>
        <translation>Svart</translation>
    </message>
    <message>
        <source>Lukket</source>
        <translation>Lukka</translation>
    </message>
    <message>
        <source>Velg hva meldingen gjelder.</source>
        <translation>Vel kva meldinga gjeld.</translation>
    </message>
    <message>
        <source>Velg hvordan meldingen sendes.</source>
        <translation>Vel korleis meldinga blir send.</translation>
    </message>
    <message>
        <source>Velg hva kommunen svarte.</source>
        <translation>Vel kva kommunen svarte.</translation>
    </message>
    <message>
        <source>Skriv en hel dato med dag, måned og år.</source>
        <translation>Skriv ein heil dato med dag, månad og år.</translation>
    </message>
    <message>
        <source>Vurderes</source>
        <translation>Blir vurdert</translation>
    </message>
    <message>
        <source>Meldt kommunen</source>
        <translation>Meldt til kommunen</translation>
    </message>
    <message>
        <source>Påbegynt</source>
        <translation>Påbyrja</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Overført til kommunen</source>
        <translation>Overført til kommunen</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Ønsker ikke IP</source>
        <translation>Ønskjer ikkje IP</translation>
    </message>
    <message>
        <source>Ukjent tilstand for arbeidet med planen.</source>
        <translation>Ukjend tilstand for arbeidet med planen.</translation>
    </message>
    <message>
        <source>Svarfristen må være mellom 1 og 365 dager.</source>
        <translation>Svarfristen må vere mellom 1 og 365 dagar.</translation>
    </message>
    <message>
        <source>Det finnes allerede en enhet for kommunenummer {number}.</source>
        <translation>Det finst allereie ei eining for kommunenummer {number}.</translation>
    </message>
    <message>
        <source>Fant ikke meldingen.</source>
        <translation>Fann ikkje meldinga.</translation>
    </message>
    <message>
        <source>Meldingen er allerede sendt.</source>
        <translation>Meldinga er allereie send.</translation>
    </message>
    <message>
        <source>Meldingen kan ikke sendes før pasienten har samtykket til at kommunen kontaktes.</source>
        <translation>Meldinga kan ikkje sendast før pasienten har samtykt til at kommunen blir kontakta.</translation>
    </message>
    <message>
        <source>Velg hvilken koordinerende enhet meldingen skal til.</source>
        <translation>Vel kva koordinerande eining meldinga skal til.</translation>
    </message>
    <message>
        <source>Bare en sendt melding uten svar kan purres.</source>
        <translation>Berre ei send melding utan svar kan purrast.</translation>
    </message>
    <message>
        <source>Svaret kan bare registreres på en sendt melding.</source>
        <translation>Svaret kan berre registrerast på ei send melding.</translation>
    </message>
    <message>
        <source>Svaret fra kommunen navngir ingen koordinator.</source>
        <translation>Svaret frå kommunen namngir ingen koordinator.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>«{text}»: skriv året med fire sifre, for eksempel 15.07.1951.</source>
        <translation>«{text}»: skriv året med fire siffer, til dømes 15.07.1951.</translation>
    </message>
    <message>
        <source>«{text}» er ikke en dato. Skriv for eksempel 15.07.2012, 07.2012 eller 2012.</source>
        <translation>«{text}» er ikkje ein dato. Skriv til dømes 15.07.2012, 07.2012 eller 2012.</translation>
    </message>
    <message>
        <source>Året {year} er ikke mulig.</source>
        <translation>Året {year} er ikkje mogleg.</translation>
    </message>
    <message>
        <source>Måned {month} finnes ikke.</source>
        <translation>Månad {month} finst ikkje.</translation>
    </message>
    <message>
        <source>Datoen {text} finnes ikke.</source>
        <translation>Datoen {text} finst ikkje.</translation>
    </message>
    <message>
        <source>Perioden slutter ({end}) før den begynner ({start}).</source>
        <translation>Perioden sluttar ({end}) før han byrjar ({start}).</translation>
    </message>
    <message>
        <source>Fødselsnummeret må ha 11 siffer.</source>
        <translation>Fødselsnummeret må ha 11 siffer.</translation>
    </message>
    <message>
        <source>Kontrollsifrene stemmer ikke. Sjekk fødselsnummeret en gang til.</source>
        <translation>Kontrollsifra stemmer ikkje. Sjekk fødselsnummeret ein gong til.</translation>
    </message>
    <message>
        <source>Fødselsnummeret gir ikke et gyldig fødselsår.</source>
        <translation>Fødselsnummeret gir ikkje eit gyldig fødselsår.</translation>
    </message>
    <message>
        <source>Fødselsnummeret inneholder ikke en gyldig dato.</source>
        <translation>Fødselsnummeret inneheld ikkje ein gyldig dato.</translation>
    </message>
    <message>
        <source>Skriv pasientens navn.</source>
        <translation>Skriv namnet til pasienten.</translation>
    </message>
    <message>
        <source>Fødselsdatoen stemmer ikke med fødselsnummeret.</source>
        <translation>Fødselsdatoen stemmer ikkje med fødselsnummeret.</translation>
    </message>
    <message>
        <source>Ikke innhentet</source>
        <translation>Ikkje henta inn</translation>
    </message>
    <message>
        <source>Samtykke gitt</source>
        <translation>Samtykke gitt</translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation>Trekt tilbake</translation>
    </message>
    <message>
        <source>Utløpt</source>
        <translation>Gått ut</translation>
    </message>
    <message>
        <source>Ønsker ikke IP</source>
        <translation>Ønskjer ikkje IP</translation>
    </message>
    <message>
        <source>Ufullstendig</source>
        <translation>Ufullstendig</translation>
    </message>
    <message>
        <source>Denne versjonen er allerede signert.</source>
        <translation>Denne versjonen er alt signert.</translation>
    </message>
    <message>
        <source>Skriv datoen planen ble signert.</source>
        <translation>Skriv datoen planen vart signert.</translation>
    </message>
    <message>
        <source>Det finnes allerede en pasient med dette fødselsnummeret.</source>
        <translation>Det finst alt ein pasient med dette fødselsnummeret.</translation>
    </message>
    <message>
        <source>Pasient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Pårørende</source>
        <translation>Pårørande</translation>
    </message>
    <message>
        <source>Annen person pasienten ønsker med</source>
        <translation>Annan person pasienten ønskjer med</translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Tjenesteyter</source>
        <translation>Tenesteytar</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten</source>
        <translation>Koordinator i spesialisthelsetenesta</translation>
    </message>
    <message>
        <source>Koordinator i kommunen</source>
        <translation>Koordinator i kommunen</translation>
    </message>
    <message>
        <source>Barnekoordinator</source>
        <translation>Barnekoordinator</translation>
    </message>
    <message>
        <source>Velg hva slags deltaker dette er.</source>
        <translation>Vel kva slags deltakar dette er.</translation>
    </message>
    <message>
        <source>Skriv deltakerens navn.</source>
        <translation>Skriv namnet til deltakaren.</translation>
    </message>
    <message>
        <source>Til-datoen kan ikke være før fra-datoen.</source>
        <translation>Til-datoen kan ikkje vere før frå-datoen.</translation>
    </message>
    <message>
        <source>Fra sjekklisten: {line}</source>
        <translation>Frå sjekklista: {line}</translation>
    </message>
    <message>
        <source>utlevert på papir</source>
        <translation>levert ut på papir</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>kryptert fil</source>
        <translation>kryptert fil</translation>
    </message>
    <message>
        <source>sikker e-post</source>
        <translation>sikker e-post</translation>
    </message>
    <message>
        <source>Samarbeidsmøte</source>
        <translation>Samarbeidsmøte</translation>
    </message>
    <message>
        <source>Ansvarsgruppemøte</source>
        <translation>Ansvarsgruppemøte</translation>
    </message>
    <message>
        <source>Nettverksmøte</source>
        <translation>Nettverksmøte</translation>
    </message>
    <message>
        <source>Planmøte</source>
        <translation>Planmøte</translation>
    </message>
    <message>
        <source>Utskrivningsmøte</source>
        <translation>Utskrivingsmøte</translation>
    </message>
    <message>
        <source>Velg hva slags møte dette er.</source>
        <translation>Vel kva slags møte dette er.</translation>
    </message>
    <message>
        <source>Skriv når møtet er.</source>
        <translation>Skriv når møtet er.</translation>
    </message>
    <message>
        <source>Skriv hva som er avtalt.</source>
        <translation>Skriv kva som er avtalt.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et tidspunkt. Skriv for eksempel 14.03.2026 13:00.</source>
        <translation>«{text}» er ikkje eit tidspunkt. Skriv til dømes 14.03.2026 13:00.</translation>
    </message>
    <message>
        <source>Skriv en hel dato, for eksempel 14.03.2026.</source>
        <translation>Skriv ein heil dato, til dømes 14.03.2026.</translation>
    </message>
    <message>
        <source>Gi malen et navn.</source>
        <translation>Gi malen eit namn.</translation>
    </message>
    <message>
        <source>Malen har ingen tekst.</source>
        <translation>Malen har ingen tekst.</translation>
    </message>
    <message>
        <source>Velg hvordan kopien ble gitt.</source>
        <translation>Vel korleis kopien vart gitt.</translation>
    </message>
    <message>
        <source>Fant ikke pasienten.</source>
        <translation>Fann ikkje pasienten.</translation>
    </message>
    <message>
        <source>Fant ikke deltakeren.</source>
        <translation>Fann ikkje deltakaren.</translation>
    </message>
    <message>
        <source>Pasienten har ikke samtykket til at planen deles med ansvarsgruppen, så ingen andre kan få kopi.</source>
        <translation>Pasienten har ikkje samtykt til at planen blir delt med ansvarsgruppa, så ingen andre kan få kopi.</translation>
    </message>
    <message>
        <source>Bare en administrator kan endre brevmaler.</source>
        <translation>Berre ein administrator kan endre brevmalar.</translation>
    </message>
    <message>
        <source>Det finnes allerede en mal med det navnet.</source>
        <translation>Det finst allereie ein mal med det namnet.</translation>
    </message>
    <message>
        <source>Fant ikke møtet.</source>
        <translation>Fann ikkje møtet.</translation>
    </message>
    <message>
        <source>(video)</source>
        <translation>(video)</translation>
    </message>
    <message>
        <source>{what} ({who}), avtalt på {meeting}</source>
        <translation>{what} ({who}), avtalt på {meeting}</translation>
    </message>
    <message>
        <source>{what}, avtalt på {meeting}</source>
        <translation>{what}, avtalt på {meeting}</translation>
    </message>
    <message>
        <source>Neste møte {date} (avtalt på {meeting}) er ikke satt opp</source>
        <translation>Neste møte {date} (avtalt på {meeting}) er ikkje sett opp</translation>
    </message>
    <message>
        <source>koordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>Pasienten har reservert seg mot at {name} får kopi. Skriv en begrunnelse for å gi kopi likevel.</source>
        <translation>Pasienten har reservert seg mot at {name} får kopi. Skriv ei grunngiving for å gi kopi likevel.</translation>
    </message>
    <message>
        <source>Pasienten har reservert seg mot at {name} blir invitert. Skriv en begrunnelse for å invitere likevel.</source>
        <translation>Pasienten har reservert seg mot at {name} blir invitert. Skriv ei grunngiving for å invitere likevel.</translation>
    </message>
    <message>
        <source>Dag, måned eller bare år: 15.07.2012, 07.2012 eller 2012.</source>
        <translation>Dag, månad eller berre år: 15.07.2012, 07.2012 eller 2012.</translation>
    </message>
    <message>
        <source>Leses som {date}; teksten beholdes slik den ble skrevet.</source>
        <translation>Blir lesen som {date}; teksten blir halden slik han vart skriven.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Side {page} av {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
    <message>
        <source>[… Teksten er forkortet i utskriften: {n} tegn til står i programmet.]</source>
        <translation>[… Teksten er forkorta i utskrifta: {n} teikn til står i programmet.]</translation>
    </message>
    <message>
        <source>Signert {date}</source>
        <translation>Signert {date}</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>mangler</source>
        <translation>manglar</translation>
    </message>
    <message>
        <source>Fant ingen brevmal som heter «{name}». Malene er: {names}.</source>
        <translation>Fann ingen brevmal som heiter «{name}». Malane er: {names}.</translation>
    </message>
    <message>
        <source>Samtykket har ingen versjon {n}.</source>
        <translation>Samtykket har ingen versjon {n}.</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <source>Saker</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Avtalt (hva, hvem, innen)</source>
        <translation>Avtalt (kva, kven, innan)</translation>
    </message>
    <message>
        <source>Neste møte</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <source>Møtereferater for {name}</source>
        <translation>Møtereferat for {name}</translation>
    </message>
</context>
<context>
    <name>resources</name>
    <message>
        <source>Finner ikke filen {name}. Installasjonen er ufullstendig.</source>
        <translation>Finn ikkje fila {name}. Installasjonen er ufullstendig.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Logoen må være en PNG- eller JPEG-fil.</source>
        <translation>Logoen må vere ei PNG- eller JPEG-fil.</translation>
    </message>
    <message>
        <source>Logofilen er for stor (høyst 2 MB).</source>
        <translation>Logofila er for stor (høgst 2 MB).</translation>
    </message>
</context>
</TS>
