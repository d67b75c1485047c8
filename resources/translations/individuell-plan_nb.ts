<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="nb_NO">
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
        <translation>Kryss av etter hvert. Ingen felt må fylles ut, og datoen kan være dag, måned eller bare år.</translation>
    </message>
    <message>
        <source>Igangsette planprosess</source>
        <translation>Igangsette planprosess</translation>
    </message>
    <message>
        <source>Melding til kommunen …</source>
        <translation>Melding til kommunen …</translation>
    </message>
    <message>
        <source>Når pasienten allerede har en plan</source>
        <translation>Når pasienten allerede har en plan</translation>
    </message>
    <message>
        <source> (eksisterende plan)</source>
        <translation> (eksisterende plan)</translation>
    </message>
    <message>
        <source>Sjekkliste</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>Pasienten har allerede en individuell plan</source>
        <translation>Pasienten har allerede en individuell plan</translation>
    </message>
    <message>
        <source>Åpne samtykkeskjemaet</source>
        <translation>Åpne samtykkeskjemaet</translation>
    </message>
    <message>
        <source>Brukermedvirkning og pårørende</source>
        <translation>Brukermedvirkning og pårørende</translation>
    </message>
    <message>
        <source>Hvordan har pasienten vært med i arbeidet? Hva er viktig for pasienten?</source>
        <translation>Hvordan har pasienten vært med i arbeidet? Hva er viktig for pasienten?</translation>
    </message>
    <message>
        <source>Brukermedvirkning:</source>
        <translation>Brukermedvirkning:</translation>
    </message>
    <message>
        <source>Pårørende er med i arbeidet (når pasienten ønsker det)</source>
        <translation>Pårørende er med i arbeidet (når pasienten ønsker det)</translation>
    </message>
    <message>
        <source>Navn og relasjon, f.eks. «Søster, Kari»</source>
        <translation>Navn og relasjon, f.eks. «Søster, Kari»</translation>
    </message>
    <message>
        <source>Pårørende:</source>
        <translation>Pårørende:</translation>
    </message>
    <message>
        <source>Pasienten ønsker ikke individuell plan</source>
        <translation>Pasienten ønsker ikke individuell plan</translation>
    </message>
    <message>
        <source>Pasienten kan be om en plan senere. Gi skriftlig informasjon og navn og telefonnummer til kommunens koordinerende enhet.</source>
        <translation>Pasienten kan be om en plan senere. Gi skriftlig informasjon og navn og telefonnummer til kommunens koordinerende enhet.</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Skriftlig informasjon er gitt</source>
        <translation>Skriftlig informasjon er gitt</translation>
    </message>
    <message>
        <source>Koordinerende enhet i kommunen</source>
        <translation>Koordinerende enhet i kommunen</translation>
    </message>
    <message>
        <source>Koordinerende enhet:</source>
        <translation>Koordinerende enhet:</translation>
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
        <translation>Skjul dem</translation>
    </message>
    <message>
        <source>Vis dem likevel</source>
        <translation>Vis dem likevel</translation>
    </message>
    <message>
        <source>Pasienten har allerede en plan, så punkt 4–10 gjelder ikke. Bruk listen «Når pasienten allerede har en plan».</source>
        <translation>Pasienten har allerede en plan, så punkt 4–10 gjelder ikke. Bruk listen «Når pasienten allerede har en plan».</translation>
    </message>
</context>
<context>
    <name>ChecklistItemsBox</name>
    <message>
        <source>Ikke utført</source>
        <translation>Ikke utført</translation>
    </message>
    <message>
        <source>Utført</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Ikke aktuelt</source>
        <translation>Ikke aktuelt</translation>
    </message>
    <message>
        <source>Samtykke trukket tilbake {date}</source>
        <translation>Samtykke trukket tilbake {date}</translation>
    </message>
    <message>
        <source>Samtykket er utløpt (gjaldt til {date})</source>
        <translation>Samtykket er utløpt (gjaldt til {date})</translation>
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
        <translation>Pasienten ønsker ikke individuell plan</translation>
    </message>
    <message>
        <source>Ikke innhentet ennå: fyll ut samtykkeskjemaet</source>
        <translation>Ikke innhentet ennå: fyll ut samtykkeskjemaet</translation>
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
        <translation>Samtykket ble trukket tilbake {date}. Planen skal ikke deles eller arbeides videre med før pasienten har gitt nytt samtykke.</translation>
    </message>
    <message>
        <source>Samtykket gjaldt til {date} og er utløpt. Innhent nytt samtykke før planen brukes eller deles.</source>
        <translation>Samtykket gjaldt til {date} og er utløpt. Innhent nytt samtykke før planen brukes eller deles.</translation>
    </message>
    <message>
        <source>Pasienten sa nei til individuell plan {date}. Pasienten kan når som helst be om en plan senere.</source>
        <translation>Pasienten sa nei til individuell plan {date}. Pasienten kan når som helst be om en plan senere.</translation>
    </message>
    <message>
        <source>Pasienten har sagt nei til individuell plan. Pasienten kan når som helst be om en plan senere.</source>
        <translation>Pasienten har sagt nei til individuell plan. Pasienten kan når som helst be om en plan senere.</translation>
    </message>
    <message>
        <source>Samtykke er ikke registrert ennå. Planen lages bare når pasienten har samtykket: fyll ut samtykkeskjemaet.</source>
        <translation>Samtykke er ikke registrert ennå. Planen lages bare når pasienten har samtykket: fyll ut samtykkeskjemaet.</translation>
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
        <translation>Samtykketeksten og spørsmålene om deling vises på bokmål, slik de står på skjemaet pasienten skriver under på.</translation>
    </message>
    <message>
        <source>Pasienten har sagt ja og skrevet under</source>
        <translation>Pasienten har sagt ja og skrevet under</translation>
    </message>
    <message>
        <source>Gyldighet og underskrift</source>
        <translation>Gyldighet og underskrift</translation>
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
        <translation>Samtykket gjelder:</translation>
    </message>
    <message>
        <source>Sted:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Navnet til den som skrev under</source>
        <translation>Navnet til den som skrev under</translation>
    </message>
    <message>
        <source>Underskrift:</source>
        <translation>Underskrift:</translation>
    </message>
    <message>
        <source>Når verge eller foresatte skriver under</source>
        <translation>Når verge eller foresatte skriver under</translation>
    </message>
    <message>
        <source>Evt. verges/foresattes underskrift:</source>
        <translation>Evt. verges/foresattes underskrift:</translation>
    </message>
    <message>
        <source>Hvem som er med, og hva som kan deles</source>
        <translation>Hvem som er med, og hva som kan deles</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Annen person pasienten ønsker med i arbeidet:</source>
        <translation>Annen person pasienten ønsker med i arbeidet:</translation>
    </message>
    <message>
        <source>Personer eller instanser pasienten ikke vil skal være med</source>
        <translation>Personer eller instanser pasienten ikke vil skal være med</translation>
    </message>
    <message>
        <source>Reservasjoner:</source>
        <translation>Reservasjoner:</translation>
    </message>
    <message>
        <source>Informasjon om individuell plan er gitt</source>
        <translation>Informasjon om individuell plan er gitt</translation>
    </message>
    <message>
        <source>Navn på den som informerte</source>
        <translation>Navn på den som informerte</translation>
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
        <translation>Fyll ut når pasienten trekker samtykket tilbake. Da skal planen ikke deles eller arbeides videre med.</translation>
    </message>
    <message>
        <source>Trukket tilbake dato:</source>
        <translation>Trukket tilbake dato:</translation>
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
        <translation>Velg deltaker</translation>
    </message>
    <message>
        <source>Velg blant deltakerne</source>
        <translation>Velg blant deltakerne</translation>
    </message>
    <message>
        <source>Ingen deltakere er registrert</source>
        <translation>Ingen deltakere er registrert</translation>
    </message>
    <message>
        <source>Samtykket trekkes tilbake</source>
        <translation>Samtykket trekkes tilbake</translation>
    </message>
    <message>
        <source>Registrere at samtykket ble trukket tilbake {date}? Da skal planen ikke deles eller arbeides videre med.</source>
        <translation>Registrere at samtykket ble trukket tilbake {date}? Da skal planen ikke deles eller arbeides videre med.</translation>
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
        <translation>Planen har ingen periode ennå.</translation>
    </message>
    <message>
        <source>{state}, gjelder til {date}</source>
        <translation>{state}, gjelder til {date}</translation>
    </message>
    <message>
        <source>{state} {date}. Planen skal ikke deles eller arbeides videre med.</source>
        <translation>{state} {date}. Planen skal ikke deles eller arbeides videre med.</translation>
    </message>
    <message>
        <source>{state}: samtykket er krysset av, men mangler dato.</source>
        <translation>{state}: samtykket er krysset av, men mangler dato.</translation>
    </message>
    <message>
        <source>{state}: samtykket gjaldt til {date}. Innhent nytt samtykke.</source>
        <translation>{state}: samtykket gjaldt til {date}. Innhent nytt samtykke.</translation>
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
        <translation>Samtykkeerklæringen pasienten skriver under på. Teksten vises i skjemaet Samtykke og skrives ut på samtykkeskjemaet, for alle avdelinger. Lim inn sykehusets godkjente tekst, eller bruk programmets standardtekst.</translation>
    </message>
    <message>
        <source>Bruk &amp;standardteksten</source>
        <translation>Bruk &amp;standardteksten</translation>
    </message>
    <message>
        <source>Forhåndsvisning av samtykketeksten</source>
        <translation>Forhåndsvisning av samtykketeksten</translation>
    </message>
    <message>
        <source>Slik leser pasienten det</source>
        <translation>Slik leser pasienten det</translation>
    </message>
    <message>
        <source>Sykehusets egen tekst ({n} tegn).</source>
        <translation>Sykehusets egen tekst ({n} tegn).</translation>
    </message>
    <message>
        <source>Programmets standardtekst.</source>
        <translation>Programmets standardtekst.</translation>
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
        <translation>Et nytt samtykke, for eksempel for en ny planperiode. Det gjeldende blir stående som en eldre versjon.</translation>
    </message>
    <message>
        <source>Samtykke {n} av {total}</source>
        <translation>Samtykke {n} av {total}</translation>
    </message>
    <message>
        <source>Eldre versjon: kan leses og skrives ut, ikke endres.</source>
        <translation>Eldre versjon: kan leses og skrives ut, ikke endres.</translation>
    </message>
    <message>
        <source>Starte samtykke {n}? Samtykke {old} blir stående slik det er, og kan leses og skrives ut.</source>
        <translation>Starte samtykke {n}? Samtykke {old} blir stående slik det er, og kan leses og skrives ut.</translation>
    </message>
</context>
<context>
    <name>CoordinatorsBox</name>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Arbeidssted</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tlf/mobil</source>
        <translation>Tlf/mobil</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Kommunens koordinator når utfylt, ellers spesialisthelsetjenestens</source>
        <translation>Kommunens koordinator når utfylt, ellers spesialisthelsetjenestens</translation>
    </message>
    <message>
        <source>Ansvarlig for samordning og fremdrift</source>
        <translation>Ansvarlig for samordning og fremdrift</translation>
    </message>
    <message>
        <source>Ansvarlig koordinator (signerer planen)</source>
        <translation>Ansvarlig koordinator (signerer planen)</translation>
    </message>
    <message>
        <source>Ansvarlig koordinator:</source>
        <translation>Ansvarlig koordinator:</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten</source>
        <translation>Koordinator i spesialisthelsetjenesten</translation>
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
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Hvordan</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Gitt av</source>
        <translation>Gitt av</translation>
    </message>
    <message>
        <source>Ingen har fått kopi ennå. Utskrifter som deles ut, overføringer og brev føres her.</source>
        <translation>Ingen har fått kopi ennå. Utskrifter som deles ut, overføringer og brev føres her.</translation>
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
        <translation>Kriseplanen lages sammen med pasienten. Den står som egen rad i «Eksisterende vedtak, planer og avtaler», og skrives ut som eget skjema og som kort pasienten kan ha med seg (Skriv ut…).</translation>
    </message>
    <message>
        <source>Varselsignaler – slik merker jeg og andre at det går dårlig</source>
        <translation>Varselsignaler – slik merker jeg og andre at det går dårlig</translation>
    </message>
    <message>
        <source>Dette gjør jeg selv</source>
        <translation>Dette gjør jeg selv</translation>
    </message>
    <message>
        <source>Avtaler om medisiner</source>
        <translation>Avtaler om medisiner</translation>
    </message>
    <message>
        <source>Slik vil jeg bli møtt</source>
        <translation>Slik vil jeg bli møtt</translation>
    </message>
    <message>
        <source>Hvis jeg må legges inn, ønsker jeg</source>
        <translation>Hvis jeg må legges inn, ønsker jeg</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Hva de gjør</source>
        <translation>Hva de gjør</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
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
        <translation>Når kan de nås</translation>
    </message>
    <message>
        <source>Deltaker</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Legg til fra deltakerne</source>
        <translation>Legg til fra deltakerne</translation>
    </message>
    <message>
        <source>Dette gjør andre</source>
        <translation>Dette gjør andre</translation>
    </message>
    <message>
        <source>Hvem jeg kan ringe</source>
        <translation>Hvem jeg kan ringe</translation>
    </message>
    <message>
        <source>Laget</source>
        <translation>Laget</translation>
    </message>
    <message>
        <source>hvem kriseplanen er laget sammen med</source>
        <translation>hvem kriseplanen er laget sammen med</translation>
    </message>
    <message>
        <source>Kriseplanen skal gjennomgås igjen innen denne datoen (en frist).</source>
        <translation>Kriseplanen skal gjennomgås igjen innen denne datoen (en frist).</translation>
    </message>
    <message>
        <source>Laget sammen &amp;med</source>
        <translation>Laget sammen &amp;med</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Revideres (dato)</source>
        <translation>&amp;Revideres (dato)</translation>
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
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Bare pasienter med en frist som er gått ut</source>
        <translation>Bare pasienter med en frist som er gått ut</translation>
    </message>
    <message>
        <source>Innen 14 dager</source>
        <translation>Innen 14 dager</translation>
    </message>
    <message>
        <source>Bare pasienter med en frist innen 14 dager (forfalte tas med)</source>
        <translation>Bare pasienter med en frist innen 14 dager (forfalte tas med)</translation>
    </message>
    <message>
        <source>Venter svar fra kommunen</source>
        <translation>Venter svar fra kommunen</translation>
    </message>
    <message>
        <source>Bare pasienter der meldingen til kommunen er sendt og svaret ikke kommet</source>
        <translation>Bare pasienter der meldingen til kommunen er sendt og svaret ikke kommet</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Bare pasienter der jeg er koordinator i spesialisthelsetjenesten eller deltaker (valgt blant brukerne, eller skrevet med navnet mitt)</source>
        <translation>Bare pasienter der jeg er koordinator i spesialisthelsetjenesten eller deltaker (valgt blant brukerne, eller skrevet med navnet mitt)</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>Åpne fristoversikten (Ctrl+D)</source>
        <translation>Åpne fristoversikten (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ingen frister de neste 14 dagene</source>
        <translation>Ingen frister de neste 14 dagene</translation>
    </message>
    <message>
        <source>1 frist er forfalt</source>
        <translation>1 frist er forfalt</translation>
    </message>
    <message>
        <source>{n} frister er forfalt</source>
        <translation>{n} frister er forfalt</translation>
    </message>
    <message>
        <source>1 forfaller innen 14 dager</source>
        <translation>1 forfaller innen 14 dager</translation>
    </message>
    <message>
        <source>{n} forfaller innen 14 dager</source>
        <translation>{n} forfaller innen 14 dager</translation>
    </message>
</context>
<context>
    <name>DeadlinesFeature</name>
    <message>
        <source>Frister …</source>
        <translation>Frister …</translation>
    </message>
    <message>
        <source>Alle åpne frister, gruppert etter uke (Ctrl+D)</source>
        <translation>Alle åpne frister, gruppert etter uke (Ctrl+D)</translation>
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
        <translation>Født</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Hva som skal gjøres</source>
        <translation>Hva som skal gjøres</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarlig</translation>
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
        <translation>Frister</translation>
    </message>
    <message>
        <source>Type frist</source>
        <translation>Type frist</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Alle avdelinger</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <source>Fristliste (PDF) …</source>
        <translation>Fristliste (PDF) …</translation>
    </message>
    <message>
        <source>Lagre listen slik den vises som PDF til avdelingsmøtet</source>
        <translation>Lagre listen slik den vises som PDF til avdelingsmøtet</translation>
    </message>
    <message>
        <source>Dobbeltklikk en frist for å åpne pasienten der fristen står.</source>
        <translation>Dobbeltklikk en frist for å åpne pasienten der fristen står.</translation>
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
        <translation>Ikke lagret</translation>
    </message>
</context>
<context>
    <name>DecisionRowsModel</name>
    <message>
        <source>Vedtak, planer og avtaler</source>
        <translation>Vedtak, planer og avtaler</translation>
    </message>
    <message>
        <source>Ansvarlig person og instans</source>
        <translation>Ansvarlig person og instans</translation>
    </message>
    <message>
        <source>Gjelder fra</source>
        <translation>Gjelder fra</translation>
    </message>
    <message>
        <source>Gjelder til</source>
        <translation>Gjelder til</translation>
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
        <translation>Eksisterende vedtak, planer og avtaler med ansvarspersoner</translation>
    </message>
    <message>
        <source>Før opp vedtak, avtaler og delplaner som allerede finnes (for eksempel kriseplan, opplæringsplan eller vedtak om tjenester), med hvem som har ansvaret. Detaljene står i disse dokumentene, slik at selve planen kan holdes kort. Datoer kan være dag, måned eller år: 15.07.2012, 07.2012, 2012.</source>
        <translation>Før opp vedtak, avtaler og delplaner som allerede finnes (for eksempel kriseplan, opplæringsplan eller vedtak om tjenester), med hvem som har ansvaret. Detaljene står i disse dokumentene, slik at selve planen kan holdes kort. Datoer kan være dag, måned eller år: 15.07.2012, 07.2012, 2012.</translation>
    </message>
    <message>
        <source>Vedtak, planer og avtaler</source>
        <translation>Vedtak, planer og avtaler</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Avdelinger</source>
        <translation>Avdelinger</translation>
    </message>
    <message>
        <source>Avdelingene pasienter og brukere kan høre til. Hver avdeling telles i indikatorrapporten under sin rapportkategori. En avdeling som ikke brukes lenger, deaktiveres: pasientene blir der, men ingen nye kan legges dit.</source>
        <translation>Avdelingene pasienter og brukere kan høre til. Hver avdeling telles i indikatorrapporten under sin rapportkategori. En avdeling som ikke brukes lenger, deaktiveres: pasientene blir der, men ingen nye kan legges dit.</translation>
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
        <translation>&amp;Gi nytt navn…</translation>
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
        <translation>Uten rapportkategori (telles under «Uten kategori» i indikatorrapporten): {names}</translation>
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
        <translation>Navnet på avdelingen:</translation>
    </message>
    <message>
        <source>Gi avdelingen nytt navn</source>
        <translation>Gi avdelingen nytt navn</translation>
    </message>
    <message>
        <source>Nytt navn på {name} (pasientene og brukerne i avdelingen følger med):</source>
        <translation>Nytt navn på {name} (pasientene og brukerne i avdelingen følger med):</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Noe gikk galt, og feilen kunne ikke skrives i loggen.</source>
        <translation>Noe gikk galt, og feilen kunne ikke skrives i loggen.</translation>
    </message>
    <message>
        <source>Noe gikk galt. Feilen er skrevet i loggen: {path}</source>
        <translation>Noe gikk galt. Feilen er skrevet i loggen: {path}</translation>
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
        <translation>Nødtilgang</translation>
    </message>
    <message>
        <source>Pasienten hører ikke til dine avdelinger. Nødtilgang gis bare ved tjenstlig behov. Begrunnelsen og tilgangen logges, vises tydelig i tilgangsloggen og kontrolleres. Pasienten kan be om å få se hvem som har åpnet journalen.</source>
        <translation>Pasienten hører ikke til dine avdelinger. Nødtilgang gis bare ved tjenstlig behov. Begrunnelsen og tilgangen logges, vises tydelig i tilgangsloggen og kontrolleres. Pasienten kan be om å få se hvem som har åpnet journalen.</translation>
    </message>
    <message>
        <source>11 siffer</source>
        <translation>11 siffer</translation>
    </message>
    <message>
        <source>For eksempel: Innlagt akutt i natt, vakthavende lege trenger planen.</source>
        <translation>For eksempel: Innlagt akutt i natt, vakthavende lege trenger planen.</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Åpne med nødtilgang</source>
        <translation>Åpne med nødtilgang</translation>
    </message>
    <message>
        <source>Skriv pasientens fødselsnummer eller D-nummer (11 siffer).</source>
        <translation>Skriv pasientens fødselsnummer eller D-nummer (11 siffer).</translation>
    </message>
</context>
<context>
    <name>EmergencyPage</name>
    <message>
        <source>Nødtilgang</source>
        <translation>Nødtilgang</translation>
    </message>
    <message>
        <source>En pasient som er åpnet med nødtilgang, vises med begrunnelsen øverst i arbeidsflaten. Tilgangen slutter når vinduet låses, når brukeren logger ut, eller etter tiden du velger her. Hver nødtilgang står i tilgangsloggen og på pasientens innsynsutskrift.</source>
        <translation>En pasient som er åpnet med nødtilgang, vises med begrunnelsen øverst i arbeidsflaten. Tilgangen slutter når vinduet låses, når brukeren logger ut, eller etter tiden du velger her. Hver nødtilgang står i tilgangsloggen og på pasientens innsynsutskrift.</translation>
    </message>
    <message>
        <source> timer</source>
        <translation> timer</translation>
    </message>
    <message>
        <source>Nødtilgangen varer</source>
        <translation>Nødtilgangen varer</translation>
    </message>
    <message>
        <source>Nødtilgangen &amp;varer</source>
        <translation>Nødtilgangen &amp;varer</translation>
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
        <translation>Tidligere evalueringer</translation>
    </message>
    <message>
        <source>Ingen tidligere evalueringer.</source>
        <translation>Ingen tidligere evalueringer.</translation>
    </message>
    <message>
        <source>(ikke vurdert)</source>
        <translation>(ikke vurdert)</translation>
    </message>
    <message>
        <source>Med pasientens egne ord …</source>
        <translation>Med pasientens egne ord …</translation>
    </message>
    <message>
        <source>Fagpersonens vurdering …</source>
        <translation>Fagpersonens vurdering …</translation>
    </message>
    <message>
        <source>Ta med pårørendes vurdering</source>
        <translation>Ta med pårørendes vurdering</translation>
    </message>
    <message>
        <source>Pårørendes vurdering …</source>
        <translation>Pårørendes vurdering …</translation>
    </message>
    <message>
        <source>Registreres av: {name}</source>
        <translation>Registreres av: {name}</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Måloppnåelse</source>
        <translation>&amp;Måloppnåelse</translation>
    </message>
    <message>
        <source>&amp;Neste evaluering</source>
        <translation>&amp;Neste evaluering</translation>
    </message>
    <message>
        <source>&amp;Pasientens vurdering</source>
        <translation>&amp;Pasientens vurdering</translation>
    </message>
    <message>
        <source>&amp;Fagpersonens vurdering</source>
        <translation>&amp;Fagpersonens vurdering</translation>
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
        <translation>(uten delmål)</translation>
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
        <translation>Pasientens vurdering</translation>
    </message>
    <message>
        <source>Fagpersonens vurdering</source>
        <translation>Fagpersonens vurdering</translation>
    </message>
    <message>
        <source>Pårørendes vurdering</source>
        <translation>Pårørendes vurdering</translation>
    </message>
    <message>
        <source>Avslutte tiltaket?</source>
        <translation>Avslutte tiltaket?</translation>
    </message>
    <message>
        <source>Konklusjonen er «avslutte». Skal tiltaket få avsluttet-dato {date}?</source>
        <translation>Konklusjonen er «avslutte». Skal tiltaket få avsluttet-dato {date}?</translation>
    </message>
    <message>
        <source>Evalueringen er ikke lagret ({detail}). Det du har skrevet, står fortsatt her.</source>
        <translation>Evalueringen er ikke lagret ({detail}). Det du har skrevet, står fortsatt her.</translation>
    </message>
    <message>
        <source>Forkaste evalueringen?</source>
        <translation>Forkaste evalueringen?</translation>
    </message>
    <message>
        <source>Det du har skrevet i evalueringen, blir ikke lagret. Vil du lukke likevel?</source>
        <translation>Det du har skrevet i evalueringen, blir ikke lagret. Vil du lukke likevel?</translation>
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
        <translation>Planen lagres kryptert (AES-256), slik at den trygt kan gis til kommunen på minnepinne eller med sikker e-post. Uten passordet kan ingen åpne filen.</translation>
    </message>
    <message>
        <source>Hvem får planen (føres på kopilisten)</source>
        <translation>Hvem får planen (føres på kopilisten)</translation>
    </message>
    <message>
        <source>Hva skal lagres?</source>
        <translation>Hva skal lagres?</translation>
    </message>
    <message>
        <source>Pakke (.zip) med utskriften og en FHIR-fil – åpnes med 7-Zip eller med dette programmet</source>
        <translation>Pakke (.zip) med utskriften og en FHIR-fil – åpnes med 7-Zip eller med dette programmet</translation>
    </message>
    <message>
        <source>Bare utskriften som kryptert PDF – åpnes i alle PDF-lesere</source>
        <translation>Bare utskriften som kryptert PDF – åpnes i alle PDF-lesere</translation>
    </message>
    <message>
        <source>Legg ved møtereferatene ({n}) i pakken</source>
        <translation>Legg ved møtereferatene ({n}) i pakken</translation>
    </message>
    <message>
        <source>Ta med kartlegging (livsområdene) i FHIR-filen</source>
        <translation>Ta med kartlegging (livsområdene) i FHIR-filen</translation>
    </message>
    <message>
        <source>Passord</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Lag et passord av {n} ord som er lett å lese opp (ca. {bits} biter tilfeldighet)</source>
        <translation>Lag et passord av {n} ord som er lett å lese opp (ca. {bits} biter tilfeldighet)</translation>
    </message>
    <message>
        <source>Bruk et passord vi har avtalt med mottakeren:</source>
        <translation>Bruk et passord vi har avtalt med mottakeren:</translation>
    </message>
    <message>
        <source>minst {n} tegn</source>
        <translation>minst {n} tegn</translation>
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
        <translation>Hvorfor planen likevel skal overføres (logges)</translation>
    </message>
    <message>
        <source>Grunn til å overføre uten samtykke</source>
        <translation>Grunn til å overføre uten samtykke</translation>
    </message>
    <message>
        <source>Overfør likevel bare med en grunn:</source>
        <translation>Overfør likevel bare med en grunn:</translation>
    </message>
    <message>
        <source>Planversjon</source>
        <translation>Planversjon</translation>
    </message>
    <message>
        <source>Planversjon som sendes</source>
        <translation>Planversjon som sendes</translation>
    </message>
    <message>
        <source>Velg versjon …</source>
        <translation>Velg versjon …</translation>
    </message>
    <message>
        <source>Versjon {n} – signert {date}</source>
        <translation>Versjon {n} – signert {date}</translation>
    </message>
    <message>
        <source>Versjon {n} – utkast (merkes «UTKAST – ikke signert»)</source>
        <translation>Versjon {n} – utkast (merkes «UTKAST – ikke signert»)</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Send:</translation>
    </message>
    <message>
        <source>Skriv hvorfor planen overføres uten samtykke til deling, eller avbryt.</source>
        <translation>Skriv hvorfor planen overføres uten samtykke til deling, eller avbryt.</translation>
    </message>
    <message>
        <source>Planen har ingen signert versjon: velg versjonen som skal sendes.</source>
        <translation>Planen har ingen signert versjon: velg versjonen som skal sendes.</translation>
    </message>
    <message>
        <source>Planen er ikke overført: en reservert mottaker trenger en begrunnelse.</source>
        <translation>Planen er ikke overført: en reservert mottaker trenger en begrunnelse.</translation>
    </message>
    <message>
        <source>Lagre den krypterte filen</source>
        <translation>Lagre den krypterte filen</translation>
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
        <translation>Lagret {file} i {folder}.</translation>
    </message>
    <message>
        <source>Gi passordet til mottakeren på telefon eller på en annen kanal – aldri i samme e-post eller på samme minnepinne som filen. Programmet lagrer ikke passordet, og det vises bare nå.</source>
        <translation>Gi passordet til mottakeren på telefon eller på en annen kanal – aldri i samme e-post eller på samme minnepinne som filen. Programmet lagrer ikke passordet, og det vises bare nå.</translation>
    </message>
    <message>
        <source>Filen er kryptert med passordet dere har avtalt.</source>
        <translation>Filen er kryptert med passordet dere har avtalt.</translation>
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
        <translation>Brukerveiledning – Individuell plan</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>Brukerveiledning</translation>
    </message>
    <message>
        <source>Brukerveiledningen mangler i denne installasjonen. Kontakt IT.</source>
        <translation>Brukerveiledningen mangler i denne installasjonen. Kontakt IT.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Planens historikk – {name}</source>
        <translation>Planens historikk – {name}</translation>
    </message>
    <message>
        <source>Planversjoner</source>
        <translation>Planversjoner</translation>
    </message>
    <message>
        <source>Planen har ingen versjoner ennå.</source>
        <translation>Planen har ingen versjoner ennå.</translation>
    </message>
    <message>
        <source>En signert versjon er låst og skrives ut likt hver gang. Endringer etter signering lagres som en ny versjon.</source>
        <translation>En signert versjon er låst og skrives ut likt hver gang. Endringer etter signering lagres som en ny versjon.</translation>
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
        <translation>I filen</translation>
    </message>
    <message>
        <source>Hent inn en plan</source>
        <translation>Hent inn en plan</translation>
    </message>
    <message>
        <source>pakke (.zip) eller FHIR-fil (.json)</source>
        <translation>pakke (.zip) eller FHIR-fil (.json)</translation>
    </message>
    <message>
        <source>Velg fil…</source>
        <translation>Velg fil…</translation>
    </message>
    <message>
        <source>passordet du fikk fra avsenderen</source>
        <translation>passordet du fikk fra avsenderen</translation>
    </message>
    <message>
        <source>Vis</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Les filen</source>
        <translation>Les filen</translation>
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
        <translation>Dette kommer inn</translation>
    </message>
    <message>
        <source>Ny pasient i avdeling:</source>
        <translation>Ny pasient i avdeling:</translation>
    </message>
    <message>
        <source>Velg avdeling</source>
        <translation>Velg avdeling</translation>
    </message>
    <message>
        <source>Avdeling for ny pasient</source>
        <translation>Avdeling for ny pasient</translation>
    </message>
    <message>
        <source>Jeg har kontrollert at dette er samme person</source>
        <translation>Jeg har kontrollert at dette er samme person</translation>
    </message>
    <message>
        <source>Ingenting overskrives: planen legges til som en ny versjon, og de tidligere versjonene blir liggende i historikken. Pasientopplysninger, sjekkliste og samtykke som allerede er registrert her, beholdes.</source>
        <translation>Ingenting overskrives: planen legges til som en ny versjon, og de tidligere versjonene blir liggende i historikken. Pasientopplysninger, sjekkliste og samtykke som allerede er registrert her, beholdes.</translation>
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
        <translation>Leser filen</translation>
    </message>
    <message>
        <source>Leser filen …</source>
        <translation>Leser filen …</translation>
    </message>
    <message>
        <source>Avbryt lesingen</source>
        <translation>Avbryt lesingen</translation>
    </message>
    <message>
        <source>Velg planen som skal hentes inn</source>
        <translation>Velg planen som skal hentes inn</translation>
    </message>
    <message>
        <source>Velg en fil først.</source>
        <translation>Velg en fil først.</translation>
    </message>
    <message>
        <source>{name}, født {born}{number}</source>
        <translation>{name}, født {born}{number}</translation>
    </message>
    <message>
        <source>, fødselsnummer {n}</source>
        <translation>, fødselsnummer {n}</translation>
    </message>
    <message>
        <source>Plan: {n} versjon(er); den siste er {state}, med {rows} rader og {decisions} vedtak.</source>
        <translation>Plan: {n} versjon(er); den siste er {state}, med {rows} rader og {decisions} vedtak.</translation>
    </message>
    <message>
        <source>signert</source>
        <translation>signert</translation>
    </message>
    <message>
        <source>ikke signert</source>
        <translation>ikke signert</translation>
    </message>
    <message>
        <source>Samtykke: {state}.</source>
        <translation>Samtykke: {state}.</translation>
    </message>
    <message>
        <source>Deltakere: {p}; møter: {m}; kopiliste: {c}.</source>
        <translation>Deltakere: {p}; møter: {m}; kopiliste: {c}.</translation>
    </message>
    <message>
        <source>Eksportert av {who}, {when}.</source>
        <translation>Eksportert av {who}, {when}.</translation>
    </message>
    <message>
        <source>Ingen pasient her har samme fødselsnummer eller samme navn og fødselsdato.</source>
        <translation>Ingen pasient her har samme fødselsnummer eller samme navn og fødselsdato.</translation>
    </message>
    <message>
        <source>Samme fødselsnummer som {name} (id {id}). Forskjeller:</source>
        <translation>Samme fødselsnummer som {name} (id {id}). Forskjeller:</translation>
    </message>
    <message>
        <source>Samme navn og fødselsdato som {name} (id {id}), men ikke samme fødselsnummer. Kontroller at det er samme person. Forskjeller:</source>
        <translation>Samme navn og fødselsdato som {name} (id {id}), men ikke samme fødselsnummer. Kontroller at det er samme person. Forskjeller:</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Ingen forskjeller</source>
        <translation>Ingen forskjeller</translation>
    </message>
    <message>
        <source>Ny planversjon hos {name} (id {id})</source>
        <translation>Ny planversjon hos {name} (id {id})</translation>
    </message>
    <message>
        <source>Opprette {name} som ny pasient med planen fra filen?</source>
        <translation>Opprette {name} som ny pasient med planen fra filen?</translation>
    </message>
    <message>
        <source>Legge planen fra filen til som en ny versjon hos {name}? Tidligere versjoner beholdes.</source>
        <translation>Legge planen fra filen til som en ny versjon hos {name}? Tidligere versjoner beholdes.</translation>
    </message>
    <message>
        <source>Hent inn planen</source>
        <translation>Hent inn planen</translation>
    </message>
    <message>
        <source>Pasienten er importert til avdeling {department}. Du har ikke tilgang til den avdelingen.</source>
        <translation>Pasienten er importert til avdeling {department}. Du har ikke tilgang til den avdelingen.</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Filen kan ikke leses.</source>
        <translation>Filen kan ikke leses.</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Uten kategori: {department}</source>
        <translation>Uten kategori: {department}</translation>
    </message>
</context>
<context>
    <name>IndicatorTables</name>
    <message>
        <source>Avdelinger uten rapportkategori (telt for seg, ikke i Totalt): {names}. En administrator knytter dem til en kategori i Innstillinger.</source>
        <translation>Avdelinger uten rapportkategori (telt for seg, ikke i Totalt): {names}. En administrator knytter dem til en kategori i Innstillinger.</translation>
    </message>
    <message>
        <source>Av dem: {what}</source>
        <translation>Av dem: {what}</translation>
    </message>
</context>
<context>
    <name>IndicatorsWindow</name>
    <message>
        <source>Indikatorer for individuell plan</source>
        <translation>Indikatorer for individuell plan</translation>
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
        <translation>Alle indikatorer</translation>
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
        <translation>Vis små tall</translation>
    </message>
    <message>
        <source>Tall under {n} vises som «&lt;{n}» så ingen pasient kan kjennes igjen. Utskrift og CSV følger valget; FHIR-filen til regionen har alltid de nøyaktige tallene.</source>
        <translation>Tall under {n} vises som «&lt;{n}» så ingen pasient kan kjennes igjen. Utskrift og CSV følger valget; FHIR-filen til regionen har alltid de nøyaktige tallene.</translation>
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
        <translation>Tabeller</translation>
    </message>
    <message>
        <source>Merknader til rapporten</source>
        <translation>Merknader til rapporten</translation>
    </message>
    <message>
        <source>Merknader som skrives ut under tabellene, for eksempel om et tall er foreløpig.</source>
        <translation>Merknader som skrives ut under tabellene, for eksempel om et tall er foreløpig.</translation>
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
        <translation>Slå sammen &amp;rapporter…</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Alle avdelinger</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <source>Mine avdelinger</source>
        <translation>Mine avdelinger</translation>
    </message>
    <message>
        <source>Velg minst ett tertial.</source>
        <translation>Velg minst ett tertial.</translation>
    </message>
    <message>
        <source>Teller …</source>
        <translation>Teller …</translation>
    </message>
    <message>
        <source>Summen av {n} filer: {names}</source>
        <translation>Summen av {n} filer: {names}</translation>
    </message>
    <message>
        <source>alle avdelinger</source>
        <translation>alle avdelinger</translation>
    </message>
    <message>
        <source>{year}, {departments}. En pasient telles under avdelingen pasienten tilhørte da det skjedde.</source>
        <translation>{year}, {departments}. En pasient telles under avdelingen pasienten tilhørte da det skjedde.</translation>
    </message>
    <message>
        <source>«uten tertial»: datoer med bare år.</source>
        <translation>«uten tertial»: datoer med bare år.</translation>
    </message>
    <message>
        <source>Indikatoren er ikke valgt.</source>
        <translation>Indikatoren er ikke valgt.</translation>
    </message>
    <message>
        <source>Små tall (under {n}) er ikke tegnet.</source>
        <translation>Små tall (under {n}) er ikke tegnet.</translation>
    </message>
    <message>
        <source>indikatorer-{year}</source>
        <translation>indikatorer-{year}</translation>
    </message>
    <message>
        <source>Lagre rapporten som PDF</source>
        <translation>Lagre rapporten som PDF</translation>
    </message>
    <message>
        <source>Lagret i {path}.</source>
        <translation>Lagret i {path}.</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes.</source>
        <translation>Skriveren kunne ikke startes.</translation>
    </message>
    <message>
        <source>Sendt til skriveren.</source>
        <translation>Sendt til skriveren.</translation>
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
        <translation>Lagret i {path} (FHIR MeasureReport, nøyaktige tall uten personopplysninger).</translation>
    </message>
    <message>
        <source>Velg rapporter fra andre avdelinger</source>
        <translation>Velg rapporter fra andre avdelinger</translation>
    </message>
    <message>
        <source>Velg et år eller en avdeling for å gå tilbake til egne tall.</source>
        <translation>Velg et år eller en avdeling for å gå tilbake til egne tall.</translation>
    </message>
    <message>
        <source>Tallene kunne ikke telles.</source>
        <translation>Tallene kunne ikke telles.</translation>
    </message>
</context>
<context>
    <name>KEDirectoryPage</name>
    <message>
        <source>Koordinerende enheter</source>
        <translation>Koordinerende enheter</translation>
    </message>
    <message>
        <source>Kommunenes koordinerende enheter, som meldinger om behov for individuell plan sendes til. Pasientens bostedskommune velger enheten; meldingen kan velge en annen.</source>
        <translation>Kommunenes koordinerende enheter, som meldinger om behov for individuell plan sendes til. Pasientens bostedskommune velger enheten; meldingen kan velge en annen.</translation>
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
        <translation>Enhet:</translation>
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
        <translation>HER-id (valgfritt):</translation>
    </message>
    <message>
        <source>fire siffer</source>
        <translation>fire siffer</translation>
    </message>
    <message>
        <source>Lagre enheten</source>
        <translation>Lagre enheten</translation>
    </message>
    <message>
        <source>Ny enhet</source>
        <translation>Ny enhet</translation>
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
        <translation>{name} er lagret.</translation>
    </message>
    <message>
        <source>{name} er fjernet. Sendte meldinger beholder mottakeren slik den var.</source>
        <translation>{name} er fjernet. Sendte meldinger beholder mottakeren slik den var.</translation>
    </message>
    <message>
        <source>Importer koordinerende enheter</source>
        <translation>Importer koordinerende enheter</translation>
    </message>
    <message>
        <source>Filen kan ikke leses: {error}</source>
        <translation>Filen kan ikke leses: {error}</translation>
    </message>
    <message>
        <source>{n} enheter er importert.</source>
        <translation>{n} enheter er importert.</translation>
    </message>
    <message>
        <source>koordinerende-enheter.csv</source>
        <translation>koordinerende-enheter.csv</translation>
    </message>
    <message>
        <source>Eksporter koordinerende enheter</source>
        <translation>Eksporter koordinerende enheter</translation>
    </message>
    <message>
        <source>{n} enheter er lagret i {path}.</source>
        <translation>{n} enheter er lagret i {path}.</translation>
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
        <translation>Enhet</translation>
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
        <translation>Mottakere</translation>
    </message>
    <message>
        <source>Hvordan brevet gis</source>
        <translation>Hvordan brevet gis</translation>
    </message>
    <message>
        <source>Ingen møter er registrert</source>
        <translation>Ingen møter er registrert</translation>
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
        <translation>Det finnes ingen brevmaler ennå: en administrator lager dem under Innstillinger.</translation>
    </message>
    <message>
        <source>Velg minst én mottaker.</source>
        <translation>Velg minst én mottaker.</translation>
    </message>
    <message>
        <source>Brevet er ikke gitt: en reservert mottaker trenger en begrunnelse.</source>
        <translation>Brevet er ikke gitt: en reservert mottaker trenger en begrunnelse.</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes.</source>
        <translation>Skriveren kunne ikke startes.</translation>
    </message>
    <message>
        <source>Sendt til skriveren og ført på kopilisten.</source>
        <translation>Sendt til skriveren og ført på kopilisten.</translation>
    </message>
    <message>
        <source>Lagre brevet kryptert</source>
        <translation>Lagre brevet kryptert</translation>
    </message>
    <message>
        <source>Lagret kryptert i {path} og ført på kopilisten. Passordet (gi det på telefon eller en annen kanal, aldri sammen med filen; det vises bare nå):</source>
        <translation>Lagret kryptert i {path} og ført på kopilisten. Passordet (gi det på telefon eller en annen kanal, aldri sammen med filen; det vises bare nå):</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesPage</name>
    <message>
        <source>pasientens navn</source>
        <translation>pasientens navn</translation>
    </message>
    <message>
        <source>pasientens fødselsdato</source>
        <translation>pasientens fødselsdato</translation>
    </message>
    <message>
        <source>pasientens adresse</source>
        <translation>pasientens adresse</translation>
    </message>
    <message>
        <source>kommunen</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <source>koordinatoren i spesialisthelsetjenesten</source>
        <translation>koordinatoren i spesialisthelsetjenesten</translation>
    </message>
    <message>
        <source>koordinatorens telefon</source>
        <translation>koordinatorens telefon</translation>
    </message>
    <message>
        <source>kommunens koordinerende enhet</source>
        <translation>kommunens koordinerende enhet</translation>
    </message>
    <message>
        <source>den koordinerende enhetens telefon</source>
        <translation>den koordinerende enhetens telefon</translation>
    </message>
    <message>
        <source>de inviterte (ellers ansvarsgruppen)</source>
        <translation>de inviterte (ellers ansvarsgruppen)</translation>
    </message>
    <message>
        <source>hva slags møte</source>
        <translation>hva slags møte</translation>
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
        <translation>hvor møtet er</translation>
    </message>
    <message>
        <source>Møterom 2</source>
        <translation>Møterom 2</translation>
    </message>
    <message>
        <source>sakslisten</source>
        <translation>sakslisten</translation>
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
        <translation>Planen ble gjennomgått.</translation>
    </message>
    <message>
        <source>hvem som var til stede</source>
        <translation>hvem som var til stede</translation>
    </message>
    <message>
        <source>det som ble avtalt</source>
        <translation>det som ble avtalt</translation>
    </message>
    <message>
        <source>Søke om støttekontakt</source>
        <translation>Søke om støttekontakt</translation>
    </message>
    <message>
        <source>neste møte</source>
        <translation>neste møte</translation>
    </message>
    <message>
        <source>dagens dato</source>
        <translation>dagens dato</translation>
    </message>
    <message>
        <source>avsenderen (avdelingen)</source>
        <translation>avsenderen (avdelingen)</translation>
    </message>
    <message>
        <source>Voksenpsykiatrisk avdeling</source>
        <translation>Voksenpsykiatrisk avdeling</translation>
    </message>
    <message>
        <source>Brevmaler</source>
        <translation>Brevmaler</translation>
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
        <translation>Brevets tekst</translation>
    </message>
    <message>
        <source>Flettefelt</source>
        <translation>Flettefelt</translation>
    </message>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Flettefelt (dobbeltklikk for å sette inn):</source>
        <translation>Flettefelt (dobbeltklikk for å sette inn):</translation>
    </message>
    <message>
        <source>Slik blir brevet (for en oppdiktet pasient):</source>
        <translation>Slik blir brevet (for en oppdiktet pasient):</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(uten navn)</translation>
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
        <translation>Livsområder</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Navn i listen</source>
        <translation>Navn i listen</translation>
    </message>
    <message>
        <source>Legg til…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Gi nytt navn…</source>
        <translation>Gi nytt navn…</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Hent fra CSV…</source>
        <translation>Hent fra CSV…</translation>
    </message>
    <message>
        <source>Lagre som CSV…</source>
        <translation>Lagre som CSV…</translation>
    </message>
    <message>
        <source>Navnene foreslås mens man skriver i planen og kartleggingen; alt kan fortsatt skrives fritt. Å fjerne eller endre et navn her endrer ingen planer.</source>
        <translation>Navnene foreslås mens man skriver i planen og kartleggingen; alt kan fortsatt skrives fritt. Å fjerne eller endre et navn her endrer ingen planer.</translation>
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
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Gi nytt navn</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <source>Hent liste fra CSV</source>
        <translation>Hent liste fra CSV</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv);;Alle filer (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Filen er ikke en tekstfil i UTF-8.</source>
        <translation>Filen er ikke en tekstfil i UTF-8.</translation>
    </message>
    <message>
        <source>Lagre listen som CSV</source>
        <translation>Lagre listen som CSV</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Filen kan ikke lagres ({detail}).</source>
        <translation>Filen kan ikke lagres ({detail}).</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Programmet er låst. Logg inn igjen for å fortsette her; det du har skrevet, er tatt vare på.</source>
        <translation>Programmet er låst. Logg inn igjen for å fortsette her; det du har skrevet, er tatt vare på.</translation>
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
        <translation>Tilgangsloggen er endret eller har fått oppføringer slettet. Meld fra til personvernombudet.
</translation>
    </message>
    <message>
        <source>id eller fødselsnummer</source>
        <translation>id eller fødselsnummer</translation>
    </message>
    <message>
        <source>Alle hendelser</source>
        <translation>Alle hendelser</translation>
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
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Hendelse</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>Periode fra</source>
        <translation>Periode fra</translation>
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
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Alle brukere</source>
        <translation>Alle brukere</translation>
    </message>
    <message>
        <source>Fant ingen pasient med den id-en eller det fødselsnummeret.</source>
        <translation>Fant ingen pasient med den id-en eller det fødselsnummeret.</translation>
    </message>
    <message>
        <source>Viser de {shown} nyeste av {total} oppføringer.</source>
        <translation>Viser de {shown} nyeste av {total} oppføringer.</translation>
    </message>
    <message>
        <source>{total} oppføringer.</source>
        <translation>{total} oppføringer.</translation>
    </message>
    <message>
        <source>Lagre innsyn</source>
        <translation>Lagre innsyn</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikke lagret</translation>
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
        <translation>Navn</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>Brukernavn</translation>
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
        <translation>Opprett den første administratoren. Administratoren legger inn de ansatte og gir dem tilgang til sine avdelinger, men får selv ikke tilgang til pasienter av rollen alene.</translation>
    </message>
    <message>
        <source>Opprett administrator</source>
        <translation>Opprett administrator</translation>
    </message>
    <message>
        <source>Vinduet ble låst fordi det ikke var i bruk ({name} var logget inn). Det som var skrevet, er tatt vare på. Logg inn for å fortsette.</source>
        <translation>Vinduet ble låst fordi det ikke var i bruk ({name} var logget inn). Det som var skrevet, er tatt vare på. Logg inn for å fortsette.</translation>
    </message>
    <message>
        <source>Logg inn med ditt personlige brukernavn og passord.</source>
        <translation>Logg inn med ditt personlige brukernavn og passord.</translation>
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
        <translation>&lt;b&gt;Demodatabase&lt;/b&gt; (syntetiske pasienter, ikke kryptert). Demokontoer:</translation>
    </message>
    <message>
        <source>Passordene er ikke like.</source>
        <translation>Passordene er ikke like.</translation>
    </message>
    <message>
        <source>Velg et nytt passord</source>
        <translation>Velg et nytt passord</translation>
    </message>
    <message>
        <source>En administrator har gitt deg et midlertidig passord. Velg ditt eget (minst {n} tegn).</source>
        <translation>En administrator har gitt deg et midlertidig passord. Velg ditt eget (minst {n} tegn).</translation>
    </message>
    <message>
        <source>Lagre og fortsett</source>
        <translation>Lagre og fortsett</translation>
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
        <translation>Søk på navn, fødselsdato eller fødselsnummer</translation>
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
        <translation>Innstillinger…</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>Brukerveiledning</translation>
    </message>
    <message>
        <source>Angre</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Gjør om</source>
        <translation>Gjør om</translation>
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
        <translation>R&amp;apporter</translation>
    </message>
    <message>
        <source>&amp;Indikatorer…</source>
        <translation>&amp;Indikatorer…</translation>
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
        <translation>Søker …</translation>
    </message>
    <message>
        <source>Mer enn {n} treff</source>
        <translation>Mer enn {n} treff</translation>
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
        <translation>{n} pasienter</translation>
    </message>
    <message>
        <source>{name} – Individuell plan</source>
        <translation>{name} – Individuell plan</translation>
    </message>
    <message>
        <source>Individuell plan, versjon {version}

For sykehusavdelinger som arbeider med individuell plan: sjekkliste, samtykke, plan og eksisterende vedtak. Programmet virker uten nettverk, og alt lagres på denne maskinen.</source>
        <translation>Individuell plan, versjon {version}

For sykehusavdelinger som arbeider med individuell plan: sjekkliste, samtykke, plan og eksisterende vedtak. Programmet virker uten nettverk, og alt lagres på denne maskinen.</translation>
    </message>
    <message>
        <source>Endringene er ikke lagret</source>
        <translation>Endringene er ikke lagret</translation>
    </message>
    <message>
        <source>{message}

Vil du avslutte likevel? Det som ikke er lagret, går tapt.</source>
        <translation>{message}

Vil du avslutte likevel? Det som ikke er lagret, går tapt.</translation>
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
        <translation>Ny kartlegging fra denne</translation>
    </message>
    <message>
        <source>Kopierer svarene til en ny kartlegging; denne blir stående som den er.</source>
        <translation>Kopierer svarene til en ny kartlegging; denne blir stående som den er.</translation>
    </message>
    <message>
        <source>hvem som kartla sammen med pasienten</source>
        <translation>hvem som kartla sammen med pasienten</translation>
    </message>
    <message>
        <source>Livsområder</source>
        <translation>Livsområder</translation>
    </message>
    <message>
        <source>ikke kartlagt</source>
        <translation>ikke kartlagt</translation>
    </message>
    <message>
        <source>ikke avklart</source>
        <translation>ikke avklart</translation>
    </message>
    <message>
        <source>Med pasientens egne ord …</source>
        <translation>Med pasientens egne ord …</translation>
    </message>
    <message>
        <source>Pasient og fagperson ser behovet ulikt: skriv hvorfor i kommentaren.</source>
        <translation>Pasient og fagperson ser behovet ulikt: skriv hvorfor i kommentaren.</translation>
    </message>
    <message>
        <source>Lag tiltak</source>
        <translation>Lag tiltak</translation>
    </message>
    <message>
        <source>Behovet blir en ny rad i planen med trinn «ønsket».</source>
        <translation>Behovet blir en ny rad i planen med trinn «ønsket».</translation>
    </message>
    <message>
        <source>Ingen kartlegging ennå. «Ny kartlegging» begynner en med sykehusets livsområder.</source>
        <translation>Ingen kartlegging ennå. «Ny kartlegging» begynner en med sykehusets livsområder.</translation>
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
        <translation>&amp;Mål – med pasientens egne ord</translation>
    </message>
    <message>
        <source>&amp;Egne ressurser</source>
        <translation>&amp;Egne ressurser</translation>
    </message>
    <message>
        <source>&amp;Hva andre kan gjøre</source>
        <translation>&amp;Hva andre kan gjøre</translation>
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
        <translation>E&amp;nighet</translation>
    </message>
    <message>
        <source>uten dato</source>
        <translation>uten dato</translation>
    </message>
    <message>
        <source>Tiltaket står nå som ny rad i planen, med trinn «ønsket».</source>
        <translation>Tiltaket står nå som ny rad i planen, med trinn «ønsket».</translation>
    </message>
</context>
<context>
    <name>MeasureDetail</name>
    <message>
        <source>Tiltaket i valgt rad</source>
        <translation>Tiltaket i valgt rad</translation>
    </message>
    <message>
        <source>for eksempel Bolig og dagligliv</source>
        <translation>for eksempel Bolig og dagligliv</translation>
    </message>
    <message>
        <source>for eksempel 2 timer per uke</source>
        <translation>for eksempel 2 timer per uke</translation>
    </message>
    <message>
        <source>instansen det er søkt hos</source>
        <translation>instansen det er søkt hos</translation>
    </message>
    <message>
        <source>navn og rolle</source>
        <translation>navn og rolle</translation>
    </message>
    <message>
        <source>(ikke satt)</source>
        <translation>(ikke satt)</translation>
    </message>
    <message>
        <source>Et tiltak kan gå fra hvilket som helst trinn til et annet.</source>
        <translation>Et tiltak kan gå fra hvilket som helst trinn til et annet.</translation>
    </message>
    <message>
        <source>Dato for trinnet</source>
        <translation>Dato for trinnet</translation>
    </message>
    <message>
        <source>Evaluer tiltaket…</source>
        <translation>Evaluer tiltaket…</translation>
    </message>
    <message>
        <source>Pasientens og fagpersonens vurdering side om side, med konklusjon</source>
        <translation>Pasientens og fagpersonens vurdering side om side, med konklusjon</translation>
    </message>
    <message>
        <source>Velg en rad i tabellen for å se tiltakets trinn, omfang og oppfølging.</source>
        <translation>Velg en rad i tabellen for å se tiltakets trinn, omfang og oppfølging.</translation>
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
        <translation>&amp;Trinn</translation>
    </message>
    <message>
        <source>Søkt &amp;hos</source>
        <translation>Søkt &amp;hos</translation>
    </message>
    <message>
        <source>&amp;Følges opp av</source>
        <translation>&amp;Følges opp av</translation>
    </message>
    <message>
        <source>D&amp;ato for trinnet</source>
        <translation>D&amp;ato for trinnet</translation>
    </message>
    <message>
        <source>Ikke evaluert ennå.</source>
        <translation>Ikke evaluert ennå.</translation>
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
        <translation>Møter</translation>
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
        <translation>Hva er avtalt</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Innen (dato)</source>
        <translation>Innen (dato)</translation>
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
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>Innkalling &amp;sendt</source>
        <translation>Innkalling &amp;sendt</translation>
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
        <translation>Til stede</translation>
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
        <translation>{names} er ikke invitert: pasienten har reservert seg, og ingen begrunnelse ble skrevet.</translation>
    </message>
    <message>
        <source>Slett møtet</source>
        <translation>Slett møtet</translation>
    </message>
    <message>
        <source>(innkalling sendt mindre enn 7 dager før)</source>
        <translation>(innkalling sendt mindre enn 7 dager før)</translation>
    </message>
    <message>
        <source>Innkallingen ble sendt mindre enn 7 dager før møtet.</source>
        <translation>Innkallingen ble sendt mindre enn 7 dager før møtet.</translation>
    </message>
    <message>
        <source>Pasienten har reservert seg mot at {name} blir invitert. Skriv en begrunnelse for å invitere likevel.</source>
        <translation>Pasienten har reservert seg mot at {name} blir invitert. Skriv en begrunnelse for å invitere likevel.</translation>
    </message>
    <message>
        <source>Møtet er slettet.</source>
        <translation>Møtet er slettet.</translation>
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
        <translation>Enter gir ny linje. Ctrl+Enter eller Tab lagrer cellen.</translation>
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
        <translation>Brevet til koordinerende enhet, med svarslipp. Lagres det for sending, blir filen kryptert (AES-256) med et passord du gir mottakeren på et annet vis.</translation>
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
        <translation>Lagre den krypterte filen</translation>
    </message>
    <message>
        <source>Lagret i {path}. Gi mottakeren passordet på et annet vis (for eksempel på telefon); det vises bare nå:</source>
        <translation>Lagret i {path}. Gi mottakeren passordet på et annet vis (for eksempel på telefon); det vises bare nå:</translation>
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
        <translation>Navn</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Arbeidssted</translation>
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
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Mottaker (koordinerende enhet)</source>
        <translation>Mottaker (koordinerende enhet)</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Aktuelle tjenester og varighet</source>
        <translation>Aktuelle tjenester og varighet</translation>
    </message>
    <message>
        <source>Pasientens aktivitet i dag</source>
        <translation>Pasientens aktivitet i dag</translation>
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
        <translation>Hvordan (for eksempel telefon)</translation>
    </message>
    <message>
        <source>Registrer purring</source>
        <translation>Registrer purring</translation>
    </message>
    <message>
        <source>Kommunens svar</source>
        <translation>Kommunens svar</translation>
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
        <translation>Lukk meldingen</translation>
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
        <translation>Meldingen som brev på én side, med svarslipp: skriv den ut eller lagre den kryptert.</translation>
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
        <translation>Ingen valgt</translation>
    </message>
    <message>
        <source>Ingen melding</source>
        <translation>Ingen melding</translation>
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
        <translation>Skriv meldingen før du sender den.</translation>
    </message>
    <message>
        <source>Kommunen har oppnevnt {name} som koordinator. Vil du føre navnet inn som «Koordinator i kommunen» i planen og krysse av punkt 7 i sjekklisten?</source>
        <translation>Kommunen har oppnevnt {name} som koordinator. Vil du føre navnet inn som «Koordinator i kommunen» i planen og krysse av punkt 7 i sjekklisten?</translation>
    </message>
    <message>
        <source>Koordinator oppnevnt</source>
        <translation>Koordinator oppnevnt</translation>
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
        <translation>Dag, måned eller bare år: 15.07.2012, 07.2012 eller 2012</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Hvem</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Rolle eller relasjon</source>
        <translation>Rolle eller relasjon</translation>
    </message>
    <message>
        <source>Virksomhet</source>
        <translation>Virksomhet</translation>
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
        <translation>Bidrar med</translation>
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
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Medlem av ansvarsgruppen</source>
        <translation>Medlem av ansvarsgruppen</translation>
    </message>
    <message>
        <source>Får kopi av planen</source>
        <translation>Får kopi av planen</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Rolle eller relasjon</source>
        <translation>&amp;Rolle eller relasjon</translation>
    </message>
    <message>
        <source>&amp;Virksomhet</source>
        <translation>&amp;Virksomhet</translation>
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
        <translation>&amp;Bidrar med</translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <source>&amp;Hvem</source>
        <translation>&amp;Hvem</translation>
    </message>
    <message>
        <source>Ny deltaker</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <source>Kopiliste…</source>
        <translation>Kopiliste…</translation>
    </message>
    <message>
        <source>{name} får ikke kopi: pasienten har reservert seg, og ingen begrunnelse ble skrevet.</source>
        <translation>{name} får ikke kopi: pasienten har reservert seg, og ingen begrunnelse ble skrevet.</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Deltakeren er fjernet.</source>
        <translation>Deltakeren er fjernet.</translation>
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
        <translation>Bytt ditt eget passord. Det må ha minst {n} tegn, ikke inneholde brukernavnet og ikke være et av de mest brukte passordene. Flere vanlige ord etter hverandre er lette å huske og vanskelige å gjette.</translation>
    </message>
    <message>
        <source>Nåværende passord</source>
        <translation>Nåværende passord</translation>
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
        <translation>&amp;Nåværende passord</translation>
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
        <translation>&amp;Bytt passord</translation>
    </message>
    <message>
        <source>Passordene er ikke like.</source>
        <translation>Passordene er ikke like.</translation>
    </message>
    <message>
        <source>Passordet er byttet.</source>
        <translation>Passordet er byttet.</translation>
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
        <translation>Velg avdeling</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Du er ikke knyttet til noen aktiv avdeling. Be en administrator om å legge deg til i en avdeling.</source>
        <translation>Du er ikke knyttet til noen aktiv avdeling. Be en administrator om å legge deg til i en avdeling.</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Fødselsnummer/D-nummer:</source>
        <translation>Fødselsnummer/D-nummer:</translation>
    </message>
    <message>
        <source>Født:</source>
        <translation>Født:</translation>
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
        <translation>Bostedskommune:</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Kan stå tomt hvis nummeret ikke er kjent.</source>
        <translation>Kan stå tomt hvis nummeret ikke er kjent.</translation>
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
        <translation>Velg avdelingen pasienten hører til.</translation>
    </message>
    <message>
        <source>Avdeling {department} er ikke en av dine avdelinger. Pasienten forsvinner fra listen din, og du kan ikke åpne pasienten igjen uten nødtilgang. Flytte pasienten dit?</source>
        <translation>Avdeling {department} er ikke en av dine avdelinger. Pasienten forsvinner fra listen din, og du kan ikke åpne pasienten igjen uten nødtilgang. Flytte pasienten dit?</translation>
    </message>
    <message>
        <source>Avdeling {department} er ikke en av dine avdelinger. Pasienten vil ikke vises i listen din. Opprette pasienten der?</source>
        <translation>Avdeling {department} er ikke en av dine avdelinger. Pasienten vil ikke vises i listen din. Opprette pasienten der?</translation>
    </message>
    <message>
        <source>Pasienten er ikke lagret. Velg en annen avdeling.</source>
        <translation>Pasienten er ikke lagret. Velg en annen avdeling.</translation>
    </message>
    <message>
        <source>Pasienten ble ikke lagret: {detail}</source>
        <translation>Pasienten ble ikke lagret: {detail}</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Født</translation>
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
        <translation>(forfalt)</translation>
    </message>
    <message>
        <source>Samtykket er trukket tilbake. Planen kan ikke brukes videre uten nytt samtykke.</source>
        <translation>Samtykket er trukket tilbake. Planen kan ikke brukes videre uten nytt samtykke.</translation>
    </message>
    <message>
        <source>Samtykket gjaldt til {date}. Innhent nytt samtykke.</source>
        <translation>Samtykket gjaldt til {date}. Innhent nytt samtykke.</translation>
    </message>
    <message>
        <source>Pasienten ønsker ikke individuell plan nå, men kan be om det senere.</source>
        <translation>Pasienten ønsker ikke individuell plan nå, men kan be om det senere.</translation>
    </message>
    <message>
        <source>Fristen gikk ut {date}: {what}.</source>
        <translation>Fristen gikk ut {date}: {what}.</translation>
    </message>
    <message>
        <source>Evalueringen skulle vært gjort innen {date}.</source>
        <translation>Evalueringen skulle vært gjort innen {date}.</translation>
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
        <translation>Forhåndsvisning</translation>
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
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes.</source>
        <translation>Skriveren kunne ikke startes.</translation>
    </message>
    <message>
        <source>Sendt til skriveren.</source>
        <translation>Sendt til skriveren.</translation>
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
        <translation>Revider plan…</translation>
    </message>
    <message>
        <source>Hent inn plan…</source>
        <translation>Hent inn plan…</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikke lagret</translation>
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
        <translation>navn og arbeidssted</translation>
    </message>
    <message>
        <source>kommunens navn</source>
        <translation>kommunens navn</translation>
    </message>
    <message>
        <source>i samarbeid med … kommune</source>
        <translation>i samarbeid med … kommune</translation>
    </message>
    <message>
        <source>Utarbeidet av</source>
        <translation>Utarbeidet av</translation>
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
        <translation>Planen tilhører</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Født</translation>
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
        <translation>Fra pasientopplysningene; endres der.</translation>
    </message>
    <message>
        <source>til etter evaluering</source>
        <translation>til etter evaluering</translation>
    </message>
    <message>
        <source>Planen gjelder til den er evaluert; ingen sluttdato.</source>
        <translation>Planen gjelder til den er evaluert; ingen sluttdato.</translation>
    </message>
    <message>
        <source>Planen gjelder fra (dato)</source>
        <translation>Planen gjelder fra (dato)</translation>
    </message>
    <message>
        <source>til</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Evalueres (dato)</source>
        <translation>Evalueres (dato)</translation>
    </message>
    <message>
        <source>Situasjonsbeskrivelse og informasjon om planens oppfølging</source>
        <translation>Situasjonsbeskrivelse og informasjon om planens oppfølging</translation>
    </message>
    <message>
        <source>Kort om mål, ressurser og tjenestebehov. Begynn med det som fungerer og det pasienten selv får til, så det pasienten trenger hjelp til.</source>
        <translation>Kort om mål, ressurser og tjenestebehov. Begynn med det som fungerer og det pasienten selv får til, så det pasienten trenger hjelp til.</translation>
    </message>
    <message>
        <source>Ressurser, mål og tjenestebehov …</source>
        <translation>Ressurser, mål og tjenestebehov …</translation>
    </message>
    <message>
        <source>Mål og tiltak</source>
        <translation>Mål og tiltak</translation>
    </message>
    <message>
        <source>Overordnet målsetting</source>
        <translation>Overordnet målsetting</translation>
    </message>
    <message>
        <source>Gjerne med pasientens egne ord, for eksempel et sitat.</source>
        <translation>Gjerne med pasientens egne ord, for eksempel et sitat.</translation>
    </message>
    <message>
        <source>Én rad per delmål. Dobbeltklikk eller begynn å skrive i en celle; Enter gir ny linje, Ctrl+Enter lagrer cellen. Datoer kan være dag, måned eller år: 15.07.2012, 07.2012, 2012.</source>
        <translation>Én rad per delmål. Dobbeltklikk eller begynn å skrive i en celle; Enter gir ny linje, Ctrl+Enter lagrer cellen. Datoer kan være dag, måned eller år: 15.07.2012, 07.2012, 2012.</translation>
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
        <translation>Ansvarlig person og instans</translation>
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
        <translation>Avsluttet (dato)</translation>
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
        <translation>Evalueres</translation>
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
        <translation>Sist endret</translation>
    </message>
    <message>
        <source>{start} – etter evaluering</source>
        <translation>{start} – etter evaluering</translation>
    </message>
    <message>
        <source>Utkast, ikke signert</source>
        <translation>Utkast, ikke signert</translation>
    </message>
    <message>
        <source>Signert {date}</source>
        <translation>Signert {date}</translation>
    </message>
    <message>
        <source>verge/foresatte {name}</source>
        <translation>verge/foresatte {name}</translation>
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
        <translation>Skjemaer</translation>
    </message>
    <message>
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <source>Eksisterende vedtak, planer og avtaler</source>
        <translation>Eksisterende vedtak, planer og avtaler</translation>
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
        <translation>Deltakere i planarbeidet</translation>
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
        <translation>Kartlegging av livsområder</translation>
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
        <translation>Planversjon {n}, signert {date}. En ny utskrift blir lik den første.</translation>
    </message>
    <message>
        <source>Planen er tom: skjemaet skrives ut med linjer å skrive på.</source>
        <translation>Planen er tom: skjemaet skrives ut med linjer å skrive på.</translation>
    </message>
    <message>
        <source>Planversjon {n}, ikke signert.</source>
        <translation>Planversjon {n}, ikke signert.</translation>
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
        <translation>En PDF lagret her er ukryptert og bare for utskrift, ikke for å gi planen videre: bruk «Overfør til kommunen» (kryptert) til det.</translation>
    </message>
    <message>
        <source>Velg minst ett skjema.</source>
        <translation>Velg minst ett skjema.</translation>
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
        <translation>Lagret i {path}.</translation>
    </message>
    <message>
        <source>Ikke skrevet ut: en reservert mottaker trenger en begrunnelse.</source>
        <translation>Ikke skrevet ut: en reservert mottaker trenger en begrunnelse.</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes.</source>
        <translation>Skriveren kunne ikke startes.</translation>
    </message>
    <message>
        <source>Sendt til skriveren og ført på kopilisten.</source>
        <translation>Sendt til skriveren og ført på kopilisten.</translation>
    </message>
    <message>
        <source>Sendt til skriveren.</source>
        <translation>Sendt til skriveren.</translation>
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
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Hvorfor avventer dere? (eller en merknad)</source>
        <translation>Hvorfor avventer dere? (eller en merknad)</translation>
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
        <translation>Begrunnelse</translation>
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
        <translation>På vegne av pasienten</translation>
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
        <translation>Pasienten har ikke samtykket til at planen deles med ansvarsgruppen, så bare pasienten kan få kopi.</translation>
    </message>
    <message>
        <source>Pasienten har reservert seg mot at {name} får kopi. Skriv en begrunnelse for å gi kopi likevel.</source>
        <translation>Pasienten har reservert seg mot at {name} får kopi. Skriv en begrunnelse for å gi kopi likevel.</translation>
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
        <translation>Ikke lagret ennå…</translation>
    </message>
    <message>
        <source>Lagret {time}</source>
        <translation>Lagret {time}</translation>
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
        <translation>En ny planperiode begynner som et nytt utkast med radene du krysser av for. Versjon {number} ({state}) blir stående som den er.</translation>
    </message>
    <message>
        <source>Rader som tas med</source>
        <translation>Rader som tas med</translation>
    </message>
    <message>
        <source>Planen har ingen rader.</source>
        <translation>Planen har ingen rader.</translation>
    </message>
    <message>
        <source>Krysset av fra start: rader med konklusjonen «overføre til revidert plan» og rader som ikke er avsluttet.</source>
        <translation>Krysset av fra start: rader med konklusjonen «overføre til revidert plan» og rader som ikke er avsluttet.</translation>
    </message>
    <message>
        <source>kort om hvorfor planen revideres</source>
        <translation>kort om hvorfor planen revideres</translation>
    </message>
    <message>
        <source>Lag ny planperiode</source>
        <translation>Lag ny planperiode</translation>
    </message>
    <message>
        <source>Ny periode &amp;fra</source>
        <translation>Ny periode &amp;fra</translation>
    </message>
    <message>
        <source>&amp;til (tom: etter evaluering)</source>
        <translation>&amp;til (tom: etter evaluering)</translation>
    </message>
    <message>
        <source>&amp;Evalueres (dato)</source>
        <translation>&amp;Evalueres (dato)</translation>
    </message>
    <message>
        <source>&amp;Merknad om revisjonen</source>
        <translation>&amp;Merknad om revisjonen</translation>
    </message>
    <message>
        <source>Rader som tas med i den nye planen</source>
        <translation>Rader som tas med i den nye planen</translation>
    </message>
    <message>
        <source>(uten delmål)</source>
        <translation>(uten delmål)</translation>
    </message>
    <message>
        <source>avsluttet {date}</source>
        <translation>avsluttet {date}</translation>
    </message>
    <message>
        <source>Den nye planperioden er ikke lagret ({detail}).</source>
        <translation>Den nye planperioden er ikke lagret ({detail}).</translation>
    </message>
    <message>
        <source>Nytt samtykke</source>
        <translation>Nytt samtykke</translation>
    </message>
    <message>
        <source>Den nye planperioden trenger et nytt samtykke. Vil du begynne en ny samtykkeversjon nå? Den forrige blir stående i historikken.</source>
        <translation>Den nye planperioden trenger et nytt samtykke. Vil du begynne en ny samtykkeversjon nå? Den forrige blir stående i historikken.</translation>
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
        <translation>Ny rad under den valgte (Insert)</translation>
    </message>
    <message>
        <source>Fjern rad</source>
        <translation>Fjern rad</translation>
    </message>
    <message>
        <source>Fjern den valgte raden (Ctrl+Delete)</source>
        <translation>Fjern den valgte raden (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Flytt opp</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Flytt den valgte raden opp (Alt+Pil opp)</source>
        <translation>Flytt den valgte raden opp (Alt+Pil opp)</translation>
    </message>
    <message>
        <source>Flytt ned</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Flytt den valgte raden ned (Alt+Pil ned)</source>
        <translation>Flytt den valgte raden ned (Alt+Pil ned)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Endringene til {name} kan ikke lagres ennå ({error}). Bare {name} kan låse opp nå, så ingenting går tapt.</source>
        <translation>Endringene til {name} kan ikke lagres ennå ({error}). Bare {name} kan låse opp nå, så ingenting går tapt.</translation>
    </message>
    <message>
        <source>Tilgangsloggen er endret</source>
        <translation>Tilgangsloggen er endret</translation>
    </message>
    <message>
        <source>Noen har endret databasen eller tilgangsloggen utenom programmet. Kjør «individuell-plan check» for hele kontrollen, og meld fra til personvernombudet.

</source>
        <translation>Noen har endret databasen eller tilgangsloggen utenom programmet. Kjør «individuell-plan check» for hele kontrollen, og meld fra til personvernombudet.

</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>ingen avdeling</source>
        <translation>ingen avdeling</translation>
    </message>
    <message>
        <source>Innlogget: {name} ({role})</source>
        <translation>Innlogget: {name} ({role})</translation>
    </message>
    <message>
        <source>Lås nå</source>
        <translation>Lås nå</translation>
    </message>
    <message>
        <source>Nødtilgang til annen pasient…</source>
        <translation>Nødtilgang til annen pasient…</translation>
    </message>
    <message>
        <source>&amp;Administrasjon</source>
        <translation>&amp;Administrasjon</translation>
    </message>
    <message>
        <source>Brukere…</source>
        <translation>Brukere…</translation>
    </message>
    <message>
        <source>Tilgangslogg…</source>
        <translation>Tilgangslogg…</translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi nå</source>
        <translation>Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>Gjenopprett sikkerhetskopi…</source>
        <translation>Gjenopprett sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <source>Lagret {name}.</source>
        <translation>Lagret {name}.</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopier ennå.</source>
        <translation>Det finnes ingen sikkerhetskopier ennå.</translation>
    </message>
    <message>
        <source>Velg sikkerhetskopien. Dagens tilstand lagres først som egen kopi.</source>
        <translation>Velg sikkerhetskopien. Dagens tilstand lagres først som egen kopi.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Ikke gjenopprettet</source>
        <translation>Ikke gjenopprettet</translation>
    </message>
    <message>
        <source>Gjenopprettet</source>
        <translation>Gjenopprettet</translation>
    </message>
    <message>
        <source>Gjenopprettet fra {source}. Tilstanden før er lagret i {safety}. Logg inn igjen.</source>
        <translation>Gjenopprettet fra {source}. Tilstanden før er lagret i {safety}. Logg inn igjen.</translation>
    </message>
    <message>
        <source>Programmet kan ikke lagre i datamappen {folder} ({error}). Mappen er kanskje skrivebeskyttet, eller disken er full. Kontakt IT; ingenting er endret.</source>
        <translation>Programmet kan ikke lagre i datamappen {folder} ({error}). Mappen er kanskje skrivebeskyttet, eller disken er full. Kontakt IT; ingenting er endret.</translation>
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
        <translation>Innstillinger</translation>
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
        <translation>Det nye språket brukes neste gang programmet starter.</translation>
    </message>
    <message>
        <source>Språk for deg</source>
        <translation>Språk for deg</translation>
    </message>
    <message>
        <source>Logoen som skrives ut</source>
        <translation>Logoen som skrives ut</translation>
    </message>
    <message>
        <source>&amp;Velg logo…</source>
        <translation>&amp;Velg logo…</translation>
    </message>
    <message>
        <source>Bruk &amp;standardlogoen</source>
        <translation>Bruk &amp;standardlogoen</translation>
    </message>
    <message>
        <source>Sykehusets logo på utskriftene (for alle brukere)</source>
        <translation>Sykehusets logo på utskriftene (for alle brukere)</translation>
    </message>
    <message>
        <source>Generelt</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Bare en administrator kan bytte logoen.</source>
        <translation>Bare en administrator kan bytte logoen.</translation>
    </message>
    <message>
        <source>Sykehusets egen logo.</source>
        <translation>Sykehusets egen logo.</translation>
    </message>
    <message>
        <source>Programmets nøytrale standardlogo. Velg sykehusets logo (PNG eller JPEG, høyst 2 MB).</source>
        <translation>Programmets nøytrale standardlogo. Velg sykehusets logo (PNG eller JPEG, høyst 2 MB).</translation>
    </message>
    <message>
        <source>Velg sykehusets logo</source>
        <translation>Velg sykehusets logo</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logoen kan ikke brukes</source>
        <translation>Logoen kan ikke brukes</translation>
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
        <translation>Bare når verge eller foresatte signerte</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Pasient (bruker):</source>
        <translation>Pasient (bruker):</translation>
    </message>
    <message>
        <source>Verge/foresatte:</source>
        <translation>Verge/foresatte:</translation>
    </message>
    <message>
        <source>Ansvarlig koordinator:</source>
        <translation>Ansvarlig koordinator:</translation>
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
        <translation>Det finnes ingen plan å signere ennå. Skriv planen først, og skriv den ut til underskrift.</translation>
    </message>
    <message>
        <source>Versjon {n} er allerede signert {date}. Når planen endres, lagres endringene som en ny versjon, som kan skrives ut og signeres.</source>
        <translation>Versjon {n} er allerede signert {date}. Når planen endres, lagres endringene som en ny versjon, som kan skrives ut og signeres.</translation>
    </message>
    <message>
        <source>Fyll inn hvem som signerte den utskrevne planen (versjon {n}) og når. Når underskriftene er registrert, låses versjon {n}: den kan alltid vises og skrives ut likt, men ikke endres. Senere endringer blir versjon {next}.</source>
        <translation>Fyll inn hvem som signerte den utskrevne planen (versjon {n}) og når. Når underskriftene er registrert, låses versjon {n}: den kan alltid vises og skrives ut likt, men ikke endres. Senere endringer blir versjon {next}.</translation>
    </message>
    <message>
        <source>Skriv navnet til pasienten eller vergen som signerte.</source>
        <translation>Skriv navnet til pasienten eller vergen som signerte.</translation>
    </message>
    <message>
        <source>Skriv navnet til koordinatoren som signerte.</source>
        <translation>Skriv navnet til koordinatoren som signerte.</translation>
    </message>
    <message>
        <source>Skriv datoen planen ble signert.</source>
        <translation>Skriv datoen planen ble signert.</translation>
    </message>
    <message>
        <source>Skriv hele datoen planen ble signert, for eksempel 15.03.2026.</source>
        <translation>Skriv hele datoen planen ble signert, for eksempel 15.03.2026.</translation>
    </message>
    <message>
        <source>Signeringsdatoen kan ikke være etter i dag.</source>
        <translation>Signeringsdatoen kan ikke være etter i dag.</translation>
    </message>
</context>
<context>
    <name>StateBox</name>
    <message>
        <source>Koordinator i spesialisthelsetjenesten</source>
        <translation>Koordinator i spesialisthelsetjenesten</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Arbeidssted</translation>
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
        <translation>Oppnevnt (dato)</translation>
    </message>
    <message>
        <source>Oppnevnt av</source>
        <translation>Oppnevnt av</translation>
    </message>
    <message>
        <source>Tilstand for IP-arbeidet</source>
        <translation>Tilstand for IP-arbeidet</translation>
    </message>
    <message>
        <source>Begrunnelse (for avventer og avsluttet)</source>
        <translation>Begrunnelse (for avventer og avsluttet)</translation>
    </message>
    <message>
        <source>Bekreft tilstand</source>
        <translation>Bekreft tilstand</translation>
    </message>
    <message>
        <source>Nå</source>
        <translation>Nå</translation>
    </message>
    <message>
        <source>Ny tilstand</source>
        <translation>Ny tilstand</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>fra {date}, {by}</source>
        <translation>fra {date}, {by}</translation>
    </message>
    <message>
        <source>Skriv hvorfor arbeidet avventer eller er avsluttet.</source>
        <translation>Skriv hvorfor arbeidet avventer eller er avsluttet.</translation>
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
        <translation>Ny bruker</translation>
    </message>
    <message>
        <source>Endre bruker</source>
        <translation>Endre bruker</translation>
    </message>
    <message>
        <source>Ansatt</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Avdelinger (gir tilgang til avdelingens pasienter)</source>
        <translation>Avdelinger (gir tilgang til avdelingens pasienter)</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>Brukernavn</translation>
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
        <translation>Brukere – Individuell plan</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Brukernavn</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Avdelinger</source>
        <translation>Avdelinger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ny bruker…</source>
        <translation>Ny bruker…</translation>
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
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lagre innstillingene</source>
        <translation>Lagre innstillingene</translation>
    </message>
    <message>
        <source>Lås vinduet etter</source>
        <translation>Lås vinduet etter</translation>
    </message>
    <message>
        <source>Antall sikkerhetskopier (dager)</source>
        <translation>Antall sikkerhetskopier (dager)</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Brukere slettes aldri, fordi tilgangsloggen viser til dem: deaktiver dem i stedet.</source>
        <translation>Brukere slettes aldri, fordi tilgangsloggen viser til dem: deaktiver dem i stedet.</translation>
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
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>Aktiver</source>
        <translation>Aktiver</translation>
    </message>
    <message>
        <source>Ikke endret</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>Nytt passord</source>
        <translation>Nytt passord</translation>
    </message>
    <message>
        <source>Midlertidig passord for {name} (brukeren velger et nytt ved neste innlogging):</source>
        <translation>Midlertidig passord for {name} (brukeren velger et nytt ved neste innlogging):</translation>
    </message>
    <message>
        <source>Sett passord</source>
        <translation>Sett passord</translation>
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
        <translation>databasen kan ikke skrives til (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>disken er full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>databasen er i bruk av et annet program</source>
        <translation>databasen er i bruk av et annet program</translation>
    </message>
    <message>
        <source>disken eller nettverksstasjonen svarte ikke som den skulle</source>
        <translation>disken eller nettverksstasjonen svarte ikke som den skulle</translation>
    </message>
    <message>
        <source>feil ved skriving ({detail})</source>
        <translation>feil ved skriving ({detail})</translation>
    </message>
    <message>
        <source>Endringene er ikke lagret: {reason}. Det du har skrevet, står fortsatt i skjemaet, og programmet prøver igjen ved neste endring.</source>
        <translation>Endringene er ikke lagret: {reason}. Det du har skrevet, står fortsatt i skjemaet, og programmet prøver igjen ved neste endring.</translation>
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
        <translation>Velg en pasient i listen, eller lag en ny med «Ny pasient» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Åpner pasienten …</source>
        <translation>Åpner pasienten …</translation>
    </message>
    <message>
        <source>Ingen tilgang</source>
        <translation>Ingen tilgang</translation>
    </message>
    <message>
        <source>Kan ikke åpne pasienten</source>
        <translation>Kan ikke åpne pasienten</translation>
    </message>
    <message>
        <source>Pasienten kan ikke åpnes fordi tilgangen ikke kan skrives i tilgangsloggen ({detail}).</source>
        <translation>Pasienten kan ikke åpnes fordi tilgangen ikke kan skrives i tilgangsloggen ({detail}).</translation>
    </message>
    <message>
        <source>Endringene er ikke lagret</source>
        <translation>Endringene er ikke lagret</translation>
    </message>
    <message>
        <source>{message}

Vil du bytte pasient likevel? Det som ikke er lagret, går tapt.</source>
        <translation>{message}

Vil du bytte pasient likevel? Det som ikke er lagret, går tapt.</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>endring i {page}</source>
        <translation>endring i {page}</translation>
    </message>
    <message>
        <source>Kartleggingen er ikke lagret: {reason}</source>
        <translation>Kartleggingen er ikke lagret: {reason}</translation>
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
        <translation>påbegynt</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nødtilgang</source>
        <translation>Nødtilgang</translation>
    </message>
    <message>
        <source>Pasient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Født {date}</source>
        <translation>Født {date}</translation>
    </message>
    <message>
        <source>Fødselsnummer {number}</source>
        <translation>Fødselsnummer {number}</translation>
    </message>
    <message>
        <source>Bostedskommune {name}</source>
        <translation>Bostedskommune {name}</translation>
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
        <translation>Individuell plan foreligger: {value}</translation>
    </message>
    <message>
        <source>Koordinator oppnevnt: {value}</source>
        <translation>Koordinator oppnevnt: {value}</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten: {name}</source>
        <translation>Koordinator i spesialisthelsetjenesten: {name}</translation>
    </message>
    <message>
        <source>Tilstand: {state}</source>
        <translation>Tilstand: {state}</translation>
    </message>
    <message>
        <source>Ikke lagret ennå…</source>
        <translation>Ikke lagret ennå…</translation>
    </message>
    <message>
        <source>Lagret {time}</source>
        <translation>Lagret {time}</translation>
    </message>
    <message>
        <source>Åpnet med nødtilgang kl. {start}: {reason}. Tilgangen er logget og varer til kl. {end}, eller til vinduet låses eller du logger ut.</source>
        <translation>Åpnet med nødtilgang kl. {start}: {reason}. Tilgangen er logget og varer til kl. {end}, eller til vinduet låses eller du logger ut.</translation>
    </message>
    <message>
        <source>Ingen plan ennå</source>
        <translation>Ingen plan ennå</translation>
    </message>
    <message>
        <source>Versjon {number} – signert {date}. Endringer lagres som ny versjon.</source>
        <translation>Versjon {number} – signert {date}. Endringer lagres som ny versjon.</translation>
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
        <translation>Fant ingen pasient du har tilgang til med dette nummeret. Trenger du en pasient i en annen avdeling, bruk nødtilgang i vinduet med en begrunnelse.</translation>
    </message>
    <message>
        <source>Fant ingen pasient med id {id}.</source>
        <translation>Fant ingen pasient med id {id}.</translation>
    </message>
    <message>
        <source>Fant ingen pasient med dette fødselsnummeret.</source>
        <translation>Fant ingen pasient med dette fødselsnummeret.</translation>
    </message>
    <message>
        <source>Skriv en begrunnelse for nødtilgangen (minst {n} tegn).</source>
        <translation>Skriv en begrunnelse for nødtilgangen (minst {n} tegn).</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Passordet må ha minst {n} tegn.</source>
        <translation>Passordet må ha minst {n} tegn.</translation>
    </message>
    <message>
        <source>Passordet har for få ulike tegn; bland bokstaver, sifre eller flere ord.</source>
        <translation>Passordet har for få ulike tegn; bland bokstaver, sifre eller flere ord.</translation>
    </message>
    <message>
        <source>Passordet kan ikke inneholde brukernavnet.</source>
        <translation>Passordet kan ikke inneholde brukernavnet.</translation>
    </message>
    <message>
        <source>Passordet er blant de mest brukte passordene; velg et annet.</source>
        <translation>Passordet er blant de mest brukte passordene; velg et annet.</translation>
    </message>
    <message>
        <source>Brukernavnet må ha 2–40 tegn: små bokstaver a–z, sifre, punktum, bindestrek eller understrek.</source>
        <translation>Brukernavnet må ha 2–40 tegn: små bokstaver a–z, sifre, punktum, bindestrek eller understrek.</translation>
    </message>
    <message>
        <source>Skriv inn navnet til brukeren.</source>
        <translation>Skriv inn navnet til brukeren.</translation>
    </message>
    <message>
        <source>Ukjent rolle.</source>
        <translation>Ukjent rolle.</translation>
    </message>
    <message>
        <source>Brukernavnet «{name}» er i bruk.</source>
        <translation>Brukernavnet «{name}» er i bruk.</translation>
    </message>
    <message>
        <source>Opprett først en egen administratorkonto; demokontoene slås da av.</source>
        <translation>Opprett først en egen administratorkonto; demokontoene slås da av.</translation>
    </message>
    <message>
        <source>Det finnes allerede brukerkontoer.</source>
        <translation>Det finnes allerede brukerkontoer.</translation>
    </message>
    <message>
        <source>Bare administratorer kan endre brukere.</source>
        <translation>Bare administratorer kan endre brukere.</translation>
    </message>
    <message>
        <source>Fant ingen bruker «{name}».</source>
        <translation>Fant ingen bruker «{name}».</translation>
    </message>
    <message>
        <source>Den siste administratoren må beholde rollen.</source>
        <translation>Den siste administratoren må beholde rollen.</translation>
    </message>
    <message>
        <source>Demokontoene kan ikke brukes i en database med ekte brukere.</source>
        <translation>Demokontoene kan ikke brukes i en database med ekte brukere.</translation>
    </message>
    <message>
        <source>Du kan ikke deaktivere deg selv.</source>
        <translation>Du kan ikke deaktivere deg selv.</translation>
    </message>
    <message>
        <source>Den siste administratoren kan ikke deaktiveres.</source>
        <translation>Den siste administratoren kan ikke deaktiveres.</translation>
    </message>
    <message>
        <source>Det nåværende passordet er feil.</source>
        <translation>Det nåværende passordet er feil.</translation>
    </message>
    <message>
        <source>Velg et annet passord enn det gamle.</source>
        <translation>Velg et annet passord enn det gamle.</translation>
    </message>
    <message>
        <source>Feil brukernavn eller passord.</source>
        <translation>Feil brukernavn eller passord.</translation>
    </message>
    <message>
        <source>Kontoen er låst etter for mange feil forsøk. Prøv igjen om {minutes} min, eller be en administrator om nytt passord.</source>
        <translation>Kontoen er låst etter for mange feil forsøk. Prøv igjen om {minutes} min, eller be en administrator om nytt passord.</translation>
    </message>
    <message>
        <source>Feil passord for tredje gang: kontoen er låst i {minutes} min.</source>
        <translation>Feil passord for tredje gang: kontoen er låst i {minutes} min.</translation>
    </message>
    <message>
        <source>Kontoen er deaktivert. Kontakt en administrator.</source>
        <translation>Kontoen er deaktivert. Kontakt en administrator.</translation>
    </message>
    <message>
        <source>Bare administratorer kan endre innstillinger.</source>
        <translation>Bare administratorer kan endre innstillinger.</translation>
    </message>
    <message>
        <source>Låsetiden må være mellom 1 og 240 minutter.</source>
        <translation>Låsetiden må være mellom 1 og 240 minutter.</translation>
    </message>
    <message>
        <source>Antall sikkerhetskopier må være mellom 1 og 365.</source>
        <translation>Antall sikkerhetskopier må være mellom 1 og 365.</translation>
    </message>
    <message>
        <source>Nødtilgangen må vare mellom 1 og 24 timer.</source>
        <translation>Nødtilgangen må vare mellom 1 og 24 timer.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Åpnet pasient</source>
        <translation>Åpnet pasient</translation>
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
        <translation>Mislykket innlogging</translation>
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
        <translation>Nødtilgang</translation>
    </message>
    <message>
        <source>Brukeradministrasjon</source>
        <translation>Brukeradministrasjon</translation>
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
        <translation>Ga seg selv avdelinger</translation>
    </message>
    <message>
        <source>Kopi gitt</source>
        <translation>Kopi gitt</translation>
    </message>
    <message>
        <source>Kopi eller innkalling tross reservasjon</source>
        <translation>Kopi eller innkalling tross reservasjon</translation>
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
        <translation>avdelinger</translation>
    </message>
    <message>
        <source>rolle</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>bruker</source>
        <translation>bruker</translation>
    </message>
    <message>
        <source>til</source>
        <translation>til</translation>
    </message>
    <message>
        <source>nye avdelinger</source>
        <translation>nye avdelinger</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>låsetid (min)</source>
        <translation>låsetid (min)</translation>
    </message>
    <message>
        <source>sikkerhetskopier</source>
        <translation>sikkerhetskopier</translation>
    </message>
    <message>
        <source>nødtilgang (timer)</source>
        <translation>nødtilgang (timer)</translation>
    </message>
    <message>
        <source>fra</source>
        <translation>fra</translation>
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
        <translation>skjemaer</translation>
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
        <translation>planversjoner</translation>
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
        <translation>funnet på</translation>
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
        <translation>uten samtykke til deling, grunn</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>vinduet</source>
        <translation>vinduet</translation>
    </message>
    <message>
        <source>kommandolinjen</source>
        <translation>kommandolinjen</translation>
    </message>
    <message>
        <source>ansatt</source>
        <translation>ansatt</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Ny bruker</source>
        <translation>Ny bruker</translation>
    </message>
    <message>
        <source>Bruker endret</source>
        <translation>Bruker endret</translation>
    </message>
    <message>
        <source>Nytt passord satt</source>
        <translation>Nytt passord satt</translation>
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
        <translation>Byttet eget passord</translation>
    </message>
    <message>
        <source>Innstillinger endret</source>
        <translation>Innstillinger endret</translation>
    </message>
    <message>
        <source>feil passord</source>
        <translation>feil passord</translation>
    </message>
    <message>
        <source>ukjent brukernavn</source>
        <translation>ukjent brukernavn</translation>
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
        <translation>ikke i bruk</translation>
    </message>
    <message>
        <source>låst av brukeren</source>
        <translation>låst av brukeren</translation>
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
        <translation>eksisterende vedtak</translation>
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
        <translation>navn og fødselsdato</translation>
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
        <translation>skriver</translation>
    </message>
    <message>
        <source>sykehusets egen</source>
        <translation>sykehusets egen</translation>
    </message>
    <message>
        <source>standardlogoen</source>
        <translation>standardlogoen</translation>
    </message>
    <message>
        <source>åpne pasient</source>
        <translation>åpne pasient</translation>
    </message>
    <message>
        <source>nødtilgang</source>
        <translation>nødtilgang</translation>
    </message>
    <message>
        <source>nødtilgang uten begrunnelse</source>
        <translation>nødtilgang uten begrunnelse</translation>
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
        <translation>Begrunnelse</translation>
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
        <translation>Fant ikke filen {name}.</translation>
    </message>
    <message>
        <source>Filen er ikke en sikkerhetskopi fra Individuell plan.</source>
        <translation>Filen er ikke en sikkerhetskopi fra Individuell plan.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er skadet.</source>
        <translation>Sikkerhetskopien er skadet.</translation>
    </message>
    <message>
        <source>Tilgangsloggen i sikkerhetskopien er endret; den gjenopprettes ikke.</source>
        <translation>Tilgangsloggen i sikkerhetskopien er endret; den gjenopprettes ikke.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er bygd annerledes enn programmet bygger databasen ({fault}); den gjenopprettes ikke.</source>
        <translation>Sikkerhetskopien er bygd annerledes enn programmet bygger databasen ({fault}); den gjenopprettes ikke.</translation>
    </message>
    <message>
        <source>Sikkerhetskopien har ingen aktiv administrator; den gjenopprettes ikke.</source>
        <translation>Sikkerhetskopien har ingen aktiv administrator; den gjenopprettes ikke.</translation>
    </message>
    <message>
        <source>En signert planversjon eller et utskriftsgrunnlag i sikkerhetskopien er endret; den gjenopprettes ikke.</source>
        <translation>En signert planversjon eller et utskriftsgrunnlag i sikkerhetskopien er endret; den gjenopprettes ikke.</translation>
    </message>
    <message>
        <source>Lagrede data i sikkerhetskopien kan ikke leses; den gjenopprettes ikke.</source>
        <translation>Lagrede data i sikkerhetskopien kan ikke leses; den gjenopprettes ikke.</translation>
    </message>
    <message>
        <source>Filen er ikke en SQLite-database.</source>
        <translation>Filen er ikke en SQLite-database.</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Kan ikke lese/skrive databasen i {folder}: mappen er skrivebeskyttet eller du mangler tilgang. Databasen er ikke nødvendigvis skadet.</source>
        <translation>Kan ikke lese/skrive databasen i {folder}: mappen er skrivebeskyttet eller du mangler tilgang. Databasen er ikke nødvendigvis skadet.</translation>
    </message>
    <message>
        <source>Databasen kan ikke åpnes: {error}</source>
        <translation>Databasen kan ikke åpnes: {error}</translation>
    </message>
    <message>
        <source>Databasen er skadet: {error}</source>
        <translation>Databasen er skadet: {error}</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Vurdere behov for langvarige og koordinerte tjenester</source>
        <translation>Vurdere behov for langvarige og koordinerte tjenester</translation>
    </message>
    <message>
        <source>Utpeke en koordinator i spesialisthelsetjenesten</source>
        <translation>Utpeke en koordinator i spesialisthelsetjenesten</translation>
    </message>
    <message>
        <source>Sjekke om vedkommende allerede har en plan</source>
        <translation>Sjekke om vedkommende allerede har en plan</translation>
    </message>
    <message>
        <source>Informere om retten til og hensikten med IP</source>
        <translation>Informere om retten til og hensikten med IP</translation>
    </message>
    <message>
        <source>Innhente informert samtykke (dokumenteres på samtykkeskjemaet)</source>
        <translation>Innhente informert samtykke (dokumenteres på samtykkeskjemaet)</translation>
    </message>
    <message>
        <source>Etablere kontakt med kommune / samarbeidspartnere (melde til koordinerende enhet)</source>
        <translation>Etablere kontakt med kommune / samarbeidspartnere (melde til koordinerende enhet)</translation>
    </message>
    <message>
        <source>Bidra til at det oppnevnes en koordinator i kommunen</source>
        <translation>Bidra til at det oppnevnes en koordinator i kommunen</translation>
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
        <translation>Koordinator i spesialisthelsetjenesten bidrar til utforming av planen sammen med pasient og koordinator i kommunen</translation>
    </message>
    <message>
        <source>Innhente planen</source>
        <translation>Innhente planen</translation>
    </message>
    <message>
        <source>Kontinuerlig dialog med koordinator i kommunen</source>
        <translation>Kontinuerlig dialog med koordinator i kommunen</translation>
    </message>
    <message>
        <source>Bidra med dokumentasjon av helsetilstand og funksjonsnivå – særlig ved endringer</source>
        <translation>Bidra med dokumentasjon av helsetilstand og funksjonsnivå – særlig ved endringer</translation>
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
        <translation>Databasen har ekte brukerkontoer, så demo kan ikke legge inn syntetiske pasienter her; bruk en egen datamappe (--data-dir).</translation>
    </message>
    <message>
        <source>Databasen har ingen brukerkontoer ennå; opprett den første administratoren i vinduet eller med «individuell-plan user add BRUKERNAVN --admin».</source>
        <translation>Databasen har ingen brukerkontoer ennå; opprett den første administratoren i vinduet eller med «individuell-plan user add BRUKERNAVN --admin».</translation>
    </message>
    <message>
        <source>Databasen har brukerkontoer: oppgi --user BRUKERNAVN og passordet i {env}.</source>
        <translation>Databasen har brukerkontoer: oppgi --user BRUKERNAVN og passordet i {env}.</translation>
    </message>
    <message>
        <source>En administrator har satt et midlertidig passord for {user}: velg ditt eget med «individuell-plan --user {user} user passwd {user}» eller ved å logge inn i vinduet.</source>
        <translation>En administrator har satt et midlertidig passord for {user}: velg ditt eget med «individuell-plan --user {user} user passwd {user}» eller ved å logge inn i vinduet.</translation>
    </message>
    <message>
        <source>Bare administratorer kan gjenopprette en sikkerhetskopi.</source>
        <translation>Bare administratorer kan gjenopprette en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Fant ingen database i {folder}.</source>
        <translation>Fant ingen database i {folder}.</translation>
    </message>
    <message>
        <source>Gjenopprettet fra {source}. Tilstanden før er lagret i {safety}.</source>
        <translation>Gjenopprettet fra {source}. Tilstanden før er lagret i {safety}.</translation>
    </message>
    <message>
        <source>Vinduet trenger et skrivebord (ingen skjerm funnet); bruk kommandolinjen, for eksempel «individuell-plan --help».</source>
        <translation>Vinduet trenger et skrivebord (ingen skjerm funnet); bruk kommandolinjen, for eksempel «individuell-plan --help».</translation>
    </message>
    <message>
        <source>Kan ikke skrive i datamappen (skrivebeskyttet eller mangler tilgang); ingenting er endret.</source>
        <translation>Kan ikke skrive i datamappen (skrivebeskyttet eller mangler tilgang); ingenting er endret.</translation>
    </message>
    <message>
        <source>Disken er full; ingenting er endret. Frigjør plass og prøv igjen.</source>
        <translation>Disken er full; ingenting er endret. Frigjør plass og prøv igjen.</translation>
    </message>
    <message>
        <source>Databasen brukes av et annet program; prøv igjen om litt.</source>
        <translation>Databasen brukes av et annet program; prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Disken kunne ikke lese eller skrive; ingenting er endret.</source>
        <translation>Disken kunne ikke lese eller skrive; ingenting er endret.</translation>
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
        <translation>valg</translation>
    </message>
    <message>
        <source>argumenter</source>
        <translation>argumenter</translation>
    </message>
    <message>
        <source>vis denne hjelpen og avslutt</source>
        <translation>vis denne hjelpen og avslutt</translation>
    </message>
    <message>
        <source>vis programmets versjon og avslutt</source>
        <translation>vis programmets versjon og avslutt</translation>
    </message>
    <message>
        <source>disse argumentene mangler: %s</source>
        <translation>disse argumentene mangler: %s</translation>
    </message>
    <message>
        <source>ukjente argumenter: %s</source>
        <translation>ukjente argumenter: %s</translation>
    </message>
    <message>
        <source>ugyldig valg: %(value)r (velg blant %(choices)s)</source>
        <translation>ugyldig valg: %(value)r (velg blant %(choices)s)</translation>
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
        <translation>venter én verdi</translation>
    </message>
    <message>
        <source>venter høyst én verdi</source>
        <translation>venter høyst én verdi</translation>
    </message>
    <message>
        <source>venter minst én verdi</source>
        <translation>venter minst én verdi</translation>
    </message>
    <message>
        <source>kan ikke brukes sammen med %s</source>
        <translation>kan ikke brukes sammen med %s</translation>
    </message>
    <message>
        <source>ett av argumentene %s må være med</source>
        <translation>ett av argumentene %s må være med</translation>
    </message>
    <message>
        <source>tvetydig valg: %(option)s kan bety %(matches)s</source>
        <translation>tvetydig valg: %(option)s kan bety %(matches)s</translation>
    </message>
    <message>
        <source>overflødig verdi %r</source>
        <translation>overflødig verdi %r</translation>
    </message>
    <message>
        <source>venter %s verdi</source>
        <translation>venter %s verdi</translation>
    </message>
    <message>
        <source>venter %s verdier</source>
        <translation>venter %s verdier</translation>
    </message>
    <message>
        <source>Fant ingen pasient med id eller fødselsnummer {key}.</source>
        <translation>Fant ingen pasient med id eller fødselsnummer {key}.</translation>
    </message>
    <message>
        <source>Filen {path} finnes allerede; velg et annet navn.</source>
        <translation>Filen {path} finnes allerede; velg et annet navn.</translation>
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
        <translation>Lagret {path} ({kind}, planversjon {version}).</translation>
    </message>
    <message>
        <source>Planversjon {version} er et utkast; PDF-en er merket «UTKAST – ikke signert» på hver side.</source>
        <translation>Planversjon {version} er et utkast; PDF-en er merket «UTKAST – ikke signert» på hver side.</translation>
    </message>
    <message>
        <source>Passordet (gi det på telefon eller en annen kanal, aldri sammen med filen):</source>
        <translation>Passordet (gi det på telefon eller en annen kanal, aldri sammen med filen):</translation>
    </message>
    <message>
        <source>Fødselsnummeret i filen er et annet enn pasientens.</source>
        <translation>Fødselsnummeret i filen er et annet enn pasientens.</translation>
    </message>
    <message>
        <source>Filen ligner pasient {id} ({name}) på navn og fødselsdato, men har ikke samme fødselsnummer; velg --patient {id} eller --new-patient.</source>
        <translation>Filen ligner pasient {id} ({name}) på navn og fødselsdato, men har ikke samme fødselsnummer; velg --patient {id} eller --new-patient.</translation>
    </message>
    <message>
        <source>Importerte {name} som ny pasient {id} med {n} planversjon(er).</source>
        <translation>Importerte {name} som ny pasient {id} med {n} planversjon(er).</translation>
    </message>
    <message>
        <source>Importerte planen som versjon {version} hos pasient {id}.</source>
        <translation>Importerte planen som versjon {version} hos pasient {id}.</translation>
    </message>
    <message>
        <source>La til {p} deltaker(e), {m} møte(r) og {c} kopi(er) på kopilisten.</source>
        <translation>La til {p} deltaker(e), {m} møte(r) og {c} kopi(er) på kopilisten.</translation>
    </message>
    <message>
        <source>Pasienten er importert til avdeling {department}. Du har ikke tilgang til den avdelingen.</source>
        <translation>Pasienten er importert til avdeling {department}. Du har ikke tilgang til den avdelingen.</translation>
    </message>
    <message>
        <source>Mottakerne skrives som deltakernes id, skilt med komma.</source>
        <translation>Mottakerne skrives som deltakernes id, skilt med komma.</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke.</source>
        <translation>Mappen {folder} finnes ikke.</translation>
    </message>
    <message>
        <source>Papirstørrelsen må være A4 eller A5.</source>
        <translation>Papirstørrelsen må være A4 eller A5.</translation>
    </message>
    <message>
        <source>{path} er en mappe; oppgi et filnavn.</source>
        <translation>{path} er en mappe; oppgi et filnavn.</translation>
    </message>
    <message>
        <source>Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-03-10.</source>
        <translation>Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-03-10.</translation>
    </message>
    <message>
        <source>Antall dager kan ikke være negativt.</source>
        <translation>Antall dager kan ikke være negativt.</translation>
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
        <translation>Passordene er ikke like.</translation>
    </message>
    <message>
        <source>Oppgi --user med en administrator og passordet i {env}.</source>
        <translation>Oppgi --user med en administrator og passordet i {env}.</translation>
    </message>
    <message>
        <source>Den første brukeren må være administrator: legg til --admin.</source>
        <translation>Den første brukeren må være administrator: legg til --admin.</translation>
    </message>
    <message>
        <source>Den første administratoren får ingen avdelinger; en annen administrator gir dem senere.</source>
        <translation>Den første administratoren får ingen avdelinger; en annen administrator gir dem senere.</translation>
    </message>
    <message>
        <source>La til brukeren {name}.</source>
        <translation>La til brukeren {name}.</translation>
    </message>
    <message>
        <source>Nåværende passord for {user}: </source>
        <translation>Nåværende passord for {user}: </translation>
    </message>
    <message>
        <source>Passordet er endret.</source>
        <translation>Passordet er endret.</translation>
    </message>
    <message>
        <source>Nytt passord satt for {name}; brukeren må velge sitt eget ved neste innlogging.</source>
        <translation>Nytt passord satt for {name}; brukeren må velge sitt eget ved neste innlogging.</translation>
    </message>
    <message>
        <source>Deaktiverte brukeren {name}.</source>
        <translation>Deaktiverte brukeren {name}.</translation>
    </message>
    <message>
        <source>deaktivert</source>
        <translation>deaktivert</translation>
    </message>
    <message>
        <source>må velge nytt passord</source>
        <translation>må velge nytt passord</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Bare administratorer kan se brukerne.</source>
        <translation>Bare administratorer kan se brukerne.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>ansatt</source>
        <translation>ansatt</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>Bare en administrator kan endre samtykketeksten.</source>
        <translation>Bare en administrator kan endre samtykketeksten.</translation>
    </message>
    <message>
        <source>Samtykketeksten er for lang (høyst {n} tegn).</source>
        <translation>Samtykketeksten er for lang (høyst {n} tegn).</translation>
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
        <translation>Vedtaksperiode slutter</translation>
    </message>
    <message>
        <source>Samtykket går ut</source>
        <translation>Samtykket går ut</translation>
    </message>
    <message>
        <source>Svar fra kommunen</source>
        <translation>Svar fra kommunen</translation>
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
        <translation>Oppgave fra møte</translation>
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
        <translation>Planen skal evalueres</translation>
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
        <translation>Vedtaket gjelder til {date}: {what}</translation>
    </message>
    <message>
        <source>Samtykket gjelder til {date}</source>
        <translation>Samtykket gjelder til {date}</translation>
    </message>
    <message>
        <source>Svar fra {unit} på meldingen</source>
        <translation>Svar fra {unit} på meldingen</translation>
    </message>
    <message>
        <source>Svar fra kommunen på meldingen</source>
        <translation>Svar fra kommunen på meldingen</translation>
    </message>
    <message>
        <source>Send melding om behov til kommunen</source>
        <translation>Send melding om behov til kommunen</translation>
    </message>
    <message>
        <source>Neste møte er ikke satt opp</source>
        <translation>Neste møte er ikke satt opp</translation>
    </message>
    <message>
        <source>Kriseplanen skal gjennomgås</source>
        <translation>Kriseplanen skal gjennomgås</translation>
    </message>
    <message>
        <source>Fristen for meldingen må være mellom 1 og 365 dager.</source>
        <translation>Fristen for meldingen må være mellom 1 og 365 dager.</translation>
    </message>
    <message>
        <source>Forfalt</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Denne uka</source>
        <translation>Denne uka</translation>
    </message>
    <message>
        <source>Neste uke</source>
        <translation>Neste uke</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Senere</translation>
    </message>
</context>
<context>
    <name>departments</name>
    <message>
        <source>Avdelingen «{name}» finnes ikke i avdelingslisten. Velg en av: {names}.</source>
        <translation>Avdelingen «{name}» finnes ikke i avdelingslisten. Velg en av: {names}.</translation>
    </message>
    <message>
        <source>Bare en administrator kan endre avdelingslisten.</source>
        <translation>Bare en administrator kan endre avdelingslisten.</translation>
    </message>
    <message>
        <source>Skriv inn navnet på avdelingen.</source>
        <translation>Skriv inn navnet på avdelingen.</translation>
    </message>
    <message>
        <source>Navnet er for langt (høyst {n} tegn).</source>
        <translation>Navnet er for langt (høyst {n} tegn).</translation>
    </message>
    <message>
        <source>Avdelingen «{name}» finnes allerede.</source>
        <translation>Avdelingen «{name}» finnes allerede.</translation>
    </message>
    <message>
        <source>Velg en av rapportkategoriene.</source>
        <translation>Velg en av rapportkategoriene.</translation>
    </message>
    <message>
        <source>Fant ingen avdeling «{name}».</source>
        <translation>Fant ingen avdeling «{name}».</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Fant ikke pasienten.</source>
        <translation>Fant ikke pasienten.</translation>
    </message>
    <message>
        <source>Pasienten har ingen plan ennå, så det er ingenting å overføre.</source>
        <translation>Pasienten har ingen plan ennå, så det er ingenting å overføre.</translation>
    </message>
    <message>
        <source>Planen har ingen signert versjon. Velg versjonen som skal sendes; et utkast merkes «UTKAST – ikke signert».</source>
        <translation>Planen har ingen signert versjon. Velg versjonen som skal sendes; et utkast merkes «UTKAST – ikke signert».</translation>
    </message>
    <message>
        <source>Planen har ingen versjon {n}.</source>
        <translation>Planen har ingen versjon {n}.</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke.</source>
        <translation>Mappen {folder} finnes ikke.</translation>
    </message>
    <message>
        <source>Filen er ikke en gyldig FHIR R4-plan og kan ikke importeres.</source>
        <translation>Filen er ikke en gyldig FHIR R4-plan og kan ikke importeres.</translation>
    </message>
    <message>
        <source>Filen inneholder ugyldige tegn (et halvt tegn uten sin andre halvdel) og kan ikke importeres.</source>
        <translation>Filen inneholder ugyldige tegn (et halvt tegn uten sin andre halvdel) og kan ikke importeres.</translation>
    </message>
    <message>
        <source>Datoen «{text}» i filen kan ikke leses.</source>
        <translation>Datoen «{text}» i filen kan ikke leses.</translation>
    </message>
    <message>
        <source>Filen har henvisninger som peker til noe som ikke finnes i filen, og kan ikke importeres.</source>
        <translation>Filen har henvisninger som peker til noe som ikke finnes i filen, og kan ikke importeres.</translation>
    </message>
    <message>
        <source>Filen har en tekst på mer enn {limit} tegn og kan ikke importeres; så lange felt har ingen ekte plan.</source>
        <translation>Filen har en tekst på mer enn {limit} tegn og kan ikke importeres; så lange felt har ingen ekte plan.</translation>
    </message>
    <message>
        <source>Pasientopplysningene i filen er ugyldige: {error}</source>
        <translation>Pasientopplysningene i filen er ugyldige: {error}</translation>
    </message>
    <message>
        <source>Filen har mer enn {limit} {what} og kan ikke importeres; så mye har ingen ekte plan.</source>
        <translation>Filen har mer enn {limit} {what} og kan ikke importeres; så mye har ingen ekte plan.</translation>
    </message>
    <message>
        <source>planversjoner</source>
        <translation>planversjoner</translation>
    </message>
    <message>
        <source>rader i én plan</source>
        <translation>rader i én plan</translation>
    </message>
    <message>
        <source>Filen mangler selve planen (CarePlan) og kan ikke importeres.</source>
        <translation>Filen mangler selve planen (CarePlan) og kan ikke importeres.</translation>
    </message>
    <message>
        <source>Bare FHIR-bundler av typen «document» eller «collection» kan importeres.</source>
        <translation>Bare FHIR-bundler av typen «document» eller «collection» kan importeres.</translation>
    </message>
    <message>
        <source>Filen mangler pasienten (Patient) og kan ikke importeres.</source>
        <translation>Filen mangler pasienten (Patient) og kan ikke importeres.</translation>
    </message>
    <message>
        <source>Filen {name} kan ikke leses.</source>
        <translation>Filen {name} kan ikke leses.</translation>
    </message>
    <message>
        <source>Skriv passordet for pakken.</source>
        <translation>Skriv passordet for pakken.</translation>
    </message>
    <message>
        <source>En PDF kan ikke importeres. Bruk pakken (.zip) eller en FHIR-fil (.json).</source>
        <translation>En PDF kan ikke importeres. Bruk pakken (.zip) eller en FHIR-fil (.json).</translation>
    </message>
    <message>
        <source>Ingen endringer: planen i filen er den samme som versjon {n} hos pasienten. Ingenting er lagret.</source>
        <translation>Ingen endringer: planen i filen er den samme som versjon {n} hos pasienten. Ingenting er lagret.</translation>
    </message>
    <message>
        <source>Velg pasienten planen skal legges til hos.</source>
        <translation>Velg pasienten planen skal legges til hos.</translation>
    </message>
    <message>
        <source>Pakken er endret eller skadet etter at den ble laget, og kan ikke importeres.</source>
        <translation>Pakken er endret eller skadet etter at den ble laget, og kan ikke importeres.</translation>
    </message>
    <message>
        <source>Pakken inneholder andre filer enn en plan (for eksempel stier utenfor mappen eller arkiver i arkivet) og kan ikke importeres.</source>
        <translation>Pakken inneholder andre filer enn en plan (for eksempel stier utenfor mappen eller arkiver i arkivet) og kan ikke importeres.</translation>
    </message>
    <message>
        <source>Pakken er for stor eller pakker ut til urimelig mye data, og kan ikke importeres.</source>
        <translation>Pakken er for stor eller pakker ut til urimelig mye data, og kan ikke importeres.</translation>
    </message>
    <message>
        <source>Feil passord. Sjekk passordet med avsenderen og prøv igjen.</source>
        <translation>Feil passord. Sjekk passordet med avsenderen og prøv igjen.</translation>
    </message>
    <message>
        <source>Filen er ikke en pakke fra Individuell plan og kan ikke importeres.</source>
        <translation>Filen er ikke en pakke fra Individuell plan og kan ikke importeres.</translation>
    </message>
    <message>
        <source>Pakken har en formatversjon ({version}) som dette programmet ikke kjenner. Oppdater programmet og prøv igjen.</source>
        <translation>Pakken har en formatversjon ({version}) som dette programmet ikke kjenner. Oppdater programmet og prøv igjen.</translation>
    </message>
    <message>
        <source>Passordet må ha minst {count} tegn.</source>
        <translation>Passordet må ha minst {count} tegn.</translation>
    </message>
    <message>
        <source>Passordfilen {path} kan ikke leses.</source>
        <translation>Passordfilen {path} kan ikke leses.</translation>
    </message>
    <message>
        <source>Filen er ikke UTF-8-kodet. Lagre den som CSV (UTF-8) og prøv igjen.</source>
        <translation>Filen er ikke UTF-8-kodet. Lagre den som CSV (UTF-8) og prøv igjen.</translation>
    </message>
    <message>
        <source>Filen er tom.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>Første linje mangler kolonnen {name}.</source>
        <translation>Første linje mangler kolonnen {name}.</translation>
    </message>
    <message>
        <source>Linje {line}: {count} felt, men overskriften har {header}. Ingenting er importert.</source>
        <translation>Linje {line}: {count} felt, men overskriften har {header}. Ingenting er importert.</translation>
    </message>
    <message>
        <source>Linje {line}: {message} Ingenting er importert.</source>
        <translation>Linje {line}: {message} Ingenting er importert.</translation>
    </message>
    <message>
        <source>Linje {line}: kommunenummer {number} står også på linje {first}. Ingenting er importert.</source>
        <translation>Linje {line}: kommunenummer {number} står også på linje {first}. Ingenting er importert.</translation>
    </message>
    <message>
        <source>Pasienten har ingen melding til kommunen.</source>
        <translation>Pasienten har ingen melding til kommunen.</translation>
    </message>
    <message>
        <source>Pasienten har ikke samtykket til at kommunen kontaktes, så meldingen kan ikke lagres for sending.</source>
        <translation>Pasienten har ikke samtykket til at kommunen kontaktes, så meldingen kan ikke lagres for sending.</translation>
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
        <translation>Navn</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Født</translation>
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
        <translation>Utarbeidet av</translation>
    </message>
    <message>
        <source>I samarbeid med kommune</source>
        <translation>I samarbeid med kommune</translation>
    </message>
    <message>
        <source>Planen gjelder fra</source>
        <translation>Planen gjelder fra</translation>
    </message>
    <message>
        <source>Planen gjelder til</source>
        <translation>Planen gjelder til</translation>
    </message>
    <message>
        <source>Evalueres</source>
        <translation>Evalueres</translation>
    </message>
    <message>
        <source>Situasjonsbeskrivelse</source>
        <translation>Situasjonsbeskrivelse</translation>
    </message>
    <message>
        <source>Overordnet målsetting</source>
        <translation>Overordnet målsetting</translation>
    </message>
    <message>
        <source>navn</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>arbeidssted</source>
        <translation>arbeidssted</translation>
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
        <translation>Ansvarlig</translation>
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
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Vedtak, planer og avtaler</source>
        <translation>Vedtak, planer og avtaler</translation>
    </message>
    <message>
        <source>Gjelder fra</source>
        <translation>Gjelder fra</translation>
    </message>
    <message>
        <source>Gjelder til</source>
        <translation>Gjelder til</translation>
    </message>
    <message>
        <source>Gjelder f.o.m.</source>
        <translation>Gjelder f.o.m.</translation>
    </message>
    <message>
        <source>Gjelder t.o.m.</source>
        <translation>Gjelder t.o.m.</translation>
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
        <translation>Verge/foresatte</translation>
    </message>
    <message>
        <source>Kan gis til ansvarsgruppen</source>
        <translation>Kan gis til ansvarsgruppen</translation>
    </message>
    <message>
        <source>Taushetsbelagte opplysninger</source>
        <translation>Taushetsbelagte opplysninger</translation>
    </message>
    <message>
        <source>Skal ikke involveres</source>
        <translation>Skal ikke involveres</translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <source>Antall {what}</source>
        <translation>Antall {what}</translation>
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
        <translation>Koordinator i spesialisthelsetjenesten</translation>
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
        <translation>Punkter avklart (av {n})</translation>
    </message>
    <message>
        <source>Deltakerne eller møtene i filen er ugyldige: {error}</source>
        <translation>Deltakerne eller møtene i filen er ugyldige: {error}</translation>
    </message>
    <message>
        <source>deltakere</source>
        <translation>deltakere</translation>
    </message>
    <message>
        <source>møter</source>
        <translation>møter</translation>
    </message>
    <message>
        <source>kopier på kopilisten</source>
        <translation>kopier på kopilisten</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <source>koordinator på sykehuset</source>
        <translation>koordinator på sykehuset</translation>
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
        <translation>Påbegynt IP</translation>
    </message>
    <message>
        <source>Pasienter med IP</source>
        <translation>Pasienter med IP</translation>
    </message>
    <message>
        <source>Innhentet eksisterende plan</source>
        <translation>Innhentet eksisterende plan</translation>
    </message>
    <message>
        <source>Plan utformet med pasient og koordinator</source>
        <translation>Plan utformet med pasient og koordinator</translation>
    </message>
    <message>
        <source>Reviderte IP</source>
        <translation>Reviderte IP</translation>
    </message>
    <message>
        <source>Melding til kommunen sendt</source>
        <translation>Melding til kommunen sendt</translation>
    </message>
    <message>
        <source>Koordinator oppnevnt</source>
        <translation>Koordinator oppnevnt</translation>
    </message>
    <message>
        <source>Samarbeids- og ansvarsgruppemøter</source>
        <translation>Samarbeids- og ansvarsgruppemøter</translation>
    </message>
    <message>
        <source>Ønsker ikke IP</source>
        <translation>Ønsker ikke IP</translation>
    </message>
    <message>
        <source>Pasienter informert om retten til IP i tertialet (sjekkpunkt 4, samtykkets informasjonsdato eller skriftlig informasjon ved nei).</source>
        <translation>Pasienter informert om retten til IP i tertialet (sjekkpunkt 4, samtykkets informasjonsdato eller skriftlig informasjon ved nei).</translation>
    </message>
    <message>
        <source>Første tertial der pasienten er informert, har samtykket og har et bindende samarbeid med kommunen (melding sendt, samarbeidsmøte holdt eller koordinator i kommunen oppnevnt).</source>
        <translation>Første tertial der pasienten er informert, har samtykket og har et bindende samarbeid med kommunen (melding sendt, samarbeidsmøte holdt eller koordinator i kommunen oppnevnt).</translation>
    </message>
    <message>
        <source>Pasienter med påbegynt IP i eller før tertialet, der arbeidet ikke er avsluttet før tertialet og noe skjedde i tertialet (en hendelse, eller en signert plan som gjaldt i tertialet).</source>
        <translation>Pasienter med påbegynt IP i eller før tertialet, der arbeidet ikke er avsluttet før tertialet og noe skjedde i tertialet (en hendelse, eller en signert plan som gjaldt i tertialet).</translation>
    </message>
    <message>
        <source>Pasienter der en eksisterende plan ble innhentet.</source>
        <translation>Pasienter der en eksisterende plan ble innhentet.</translation>
    </message>
    <message>
        <source>Sjekkpunkt 10 utført, eller en versjon signert av pasienten og en koordinator.</source>
        <translation>Sjekkpunkt 10 utført, eller en versjon signert av pasienten og en koordinator.</translation>
    </message>
    <message>
        <source>Pasienter med en signert planversjon nummer 2 eller høyere.</source>
        <translation>Pasienter med en signert planversjon nummer 2 eller høyere.</translation>
    </message>
    <message>
        <source>Pasienter med en melding til kommunen sendt.</source>
        <translation>Pasienter med en melding til kommunen sendt.</translation>
    </message>
    <message>
        <source>Pasienter som fikk koordinator på sykehuset eller i kommunen oppnevnt.</source>
        <translation>Pasienter som fikk koordinator på sykehuset eller i kommunen oppnevnt.</translation>
    </message>
    <message>
        <source>Antall samarbeids- og ansvarsgruppemøter holdt (møter, ikke pasienter).</source>
        <translation>Antall samarbeids- og ansvarsgruppemøter holdt (møter, ikke pasienter).</translation>
    </message>
    <message>
        <source>Pasienter som sa nei til IP.</source>
        <translation>Pasienter som sa nei til IP.</translation>
    </message>
    <message>
        <source>Velg en avdeling og en av kategoriene.</source>
        <translation>Velg en avdeling og en av kategoriene.</translation>
    </message>
    <message>
        <source>uten tertial</source>
        <translation>uten tertial</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>Individuell plan er allerede åpent med den samme datamappen (prosess {pid} på {host}, fra {since}). Bruk det vinduet, eller lukk det først: to kopier skal aldri skrive samtidig.</source>
        <translation>Individuell plan er allerede åpent med den samme datamappen (prosess {pid} på {host}, fra {since}). Bruk det vinduet, eller lukk det først: to kopier skal aldri skrive samtidig.</translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <source>ønsket</source>
        <translation>ønsket</translation>
    </message>
    <message>
        <source>søkt</source>
        <translation>søkt</translation>
    </message>
    <message>
        <source>innvilget</source>
        <translation>innvilget</translation>
    </message>
    <message>
        <source>avslått</source>
        <translation>avslått</translation>
    </message>
    <message>
        <source>igangsatt</source>
        <translation>igangsatt</translation>
    </message>
    <message>
        <source>på vent</source>
        <translation>på vent</translation>
    </message>
    <message>
        <source>avsluttet</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>fortsette</source>
        <translation>fortsette</translation>
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
        <translation>ikke nådd</translation>
    </message>
    <message>
        <source>Bolig og dagligliv</source>
        <translation>Bolig og dagligliv</translation>
    </message>
    <message>
        <source>Helse</source>
        <translation>Helse</translation>
    </message>
    <message>
        <source>Arbeid/skole/aktivitet</source>
        <translation>Arbeid/skole/aktivitet</translation>
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
        <translation>ikke aktuelt</translation>
    </message>
    <message>
        <source>enige</source>
        <translation>enige</translation>
    </message>
    <message>
        <source>uenige</source>
        <translation>uenige</translation>
    </message>
    <message>
        <source>{done} av {total} livsområder kartlagt</source>
        <translation>{done} av {total} livsområder kartlagt</translation>
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
        <translation>Filen kunne ikke lagres: {reason}</translation>
    </message>
    <message>
        <source>Loggføringen kunne ikke lagres ({reason}), så filen er ikke laget.</source>
        <translation>Loggføringen kunne ikke lagres ({reason}), så filen er ikke laget.</translation>
    </message>
    <message>
        <source>Filen kunne ikke få navnet sitt: {reason}</source>
        <translation>Filen kunne ikke få navnet sitt: {reason}</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>Pasienten har trukket samtykket tilbake, så planen kan ikke overføres.</source>
        <translation>Pasienten har trukket samtykket tilbake, så planen kan ikke overføres.</translation>
    </message>
    <message>
        <source>Pasienten ønsker ikke individuell plan, så planen kan ikke overføres.</source>
        <translation>Pasienten ønsker ikke individuell plan, så planen kan ikke overføres.</translation>
    </message>
    <message>
        <source>Samtykket er utløpt, så planen kan ikke overføres før et nytt samtykke er registrert.</source>
        <translation>Samtykket er utløpt, så planen kan ikke overføres før et nytt samtykke er registrert.</translation>
    </message>
    <message>
        <source>Samtykke er ikke registrert, så planen kan ikke overføres.</source>
        <translation>Samtykke er ikke registrert, så planen kan ikke overføres.</translation>
    </message>
    <message>
        <source>Samtykket tillater ikke at planen deles med ansvarsgruppen, så den kan ikke overføres.</source>
        <translation>Samtykket tillater ikke at planen deles med ansvarsgruppen, så den kan ikke overføres.</translation>
    </message>
</context>
<context>
    <name>process</name>
    <message>
        <source>Ikke vurdert</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Rett til IP og koordinator</source>
        <translation>Rett til IP og koordinator</translation>
    </message>
    <message>
        <source>Koordinator uten IP</source>
        <translation>Koordinator uten IP</translation>
    </message>
    <message>
        <source>Behov for barnekoordinator</source>
        <translation>Behov for barnekoordinator</translation>
    </message>
    <message>
        <source>Ikke behov</source>
        <translation>Ikke behov</translation>
    </message>
    <message>
        <source>Avventer</source>
        <translation>Avventer</translation>
    </message>
    <message>
        <source>Velg et av utfallene for vurderingen.</source>
        <translation>Velg et av utfallene for vurderingen.</translation>
    </message>
    <message>
        <source>Pasienten selv</source>
        <translation>Pasienten selv</translation>
    </message>
    <message>
        <source>Verge</source>
        <translation>Verge</translation>
    </message>
    <message>
        <source>Foreldre / foresatte</source>
        <translation>Foreldre / foresatte</translation>
    </message>
    <message>
        <source>Nærmeste pårørende</source>
        <translation>Nærmeste pårørende</translation>
    </message>
    <message>
        <source>Velg hvem som samtykket på vegne av pasienten.</source>
        <translation>Velg hvem som samtykket på vegne av pasienten.</translation>
    </message>
    <message>
        <source>Kommunenummeret må ha fire siffer.</source>
        <translation>Kommunenummeret må ha fire siffer.</translation>
    </message>
    <message>
        <source>Skriv kommunens navn.</source>
        <translation>Skriv kommunens navn.</translation>
    </message>
    <message>
        <source>«{text}» er ikke en e-postadresse.</source>
        <translation>«{text}» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>HER-id består bare av siffer.</source>
        <translation>HER-id består bare av siffer.</translation>
    </message>
    <message>
        <source>Koordinerende enhet</source>
        <translation>Koordinerende enhet</translation>
    </message>
    <message>
        <source>Behov for individuell plan og koordinator</source>
        <translation>Behov for individuell plan og koordinator</translation>
    </message>
    <message>
        <source>Behov for koordinator uten individuell plan</source>
        <translation>Behov for koordinator uten individuell plan</translation>
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
        <translation>Tverrfaglig rapport</translation>
    </message>
    <message>
        <source>Kommunens skjema</source>
        <translation>Kommunens skjema</translation>
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
        <translation>Koordinator oppnevnt</translation>
    </message>
    <message>
        <source>Avslått</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Ber om å avvente</source>
        <translation>Ber om å avvente</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Purret</source>
        <translation>Purret</translation>
    </message>
    <message>
        <source>Besvart</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Lukket</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Velg hva meldingen gjelder.</source>
        <translation>Velg hva meldingen gjelder.</translation>
    </message>
    <message>
        <source>Velg hvordan meldingen sendes.</source>
        <translation>Velg hvordan meldingen sendes.</translation>
    </message>
    <message>
        <source>Velg hva kommunen svarte.</source>
        <translation>Velg hva kommunen svarte.</translation>
    </message>
    <message>
        <source>Skriv en hel dato med dag, måned og år.</source>
        <translation>Skriv en hel dato med dag, måned og år.</translation>
    </message>
    <message>
        <source>Vurderes</source>
        <translation>Vurderes</translation>
    </message>
    <message>
        <source>Meldt kommunen</source>
        <translation>Meldt kommunen</translation>
    </message>
    <message>
        <source>Påbegynt</source>
        <translation>Påbegynt</translation>
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
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Ønsker ikke IP</source>
        <translation>Ønsker ikke IP</translation>
    </message>
    <message>
        <source>Ukjent tilstand for arbeidet med planen.</source>
        <translation>Ukjent tilstand for arbeidet med planen.</translation>
    </message>
    <message>
        <source>Svarfristen må være mellom 1 og 365 dager.</source>
        <translation>Svarfristen må være mellom 1 og 365 dager.</translation>
    </message>
    <message>
        <source>Det finnes allerede en enhet for kommunenummer {number}.</source>
        <translation>Det finnes allerede en enhet for kommunenummer {number}.</translation>
    </message>
    <message>
        <source>Fant ikke meldingen.</source>
        <translation>Fant ikke meldingen.</translation>
    </message>
    <message>
        <source>Meldingen er allerede sendt.</source>
        <translation>Meldingen er allerede sendt.</translation>
    </message>
    <message>
        <source>Meldingen kan ikke sendes før pasienten har samtykket til at kommunen kontaktes.</source>
        <translation>Meldingen kan ikke sendes før pasienten har samtykket til at kommunen kontaktes.</translation>
    </message>
    <message>
        <source>Velg hvilken koordinerende enhet meldingen skal til.</source>
        <translation>Velg hvilken koordinerende enhet meldingen skal til.</translation>
    </message>
    <message>
        <source>Bare en sendt melding uten svar kan purres.</source>
        <translation>Bare en sendt melding uten svar kan purres.</translation>
    </message>
    <message>
        <source>Svaret kan bare registreres på en sendt melding.</source>
        <translation>Svaret kan bare registreres på en sendt melding.</translation>
    </message>
    <message>
        <source>Svaret fra kommunen navngir ingen koordinator.</source>
        <translation>Svaret fra kommunen navngir ingen koordinator.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>«{text}»: skriv året med fire sifre, for eksempel 15.07.1951.</source>
        <translation>«{text}»: skriv året med fire sifre, for eksempel 15.07.1951.</translation>
    </message>
    <message>
        <source>«{text}» er ikke en dato. Skriv for eksempel 15.07.2012, 07.2012 eller 2012.</source>
        <translation>«{text}» er ikke en dato. Skriv for eksempel 15.07.2012, 07.2012 eller 2012.</translation>
    </message>
    <message>
        <source>Året {year} er ikke mulig.</source>
        <translation>Året {year} er ikke mulig.</translation>
    </message>
    <message>
        <source>Måned {month} finnes ikke.</source>
        <translation>Måned {month} finnes ikke.</translation>
    </message>
    <message>
        <source>Datoen {text} finnes ikke.</source>
        <translation>Datoen {text} finnes ikke.</translation>
    </message>
    <message>
        <source>Perioden slutter ({end}) før den begynner ({start}).</source>
        <translation>Perioden slutter ({end}) før den begynner ({start}).</translation>
    </message>
    <message>
        <source>Fødselsnummeret må ha 11 siffer.</source>
        <translation>Fødselsnummeret må ha 11 siffer.</translation>
    </message>
    <message>
        <source>Kontrollsifrene stemmer ikke. Sjekk fødselsnummeret en gang til.</source>
        <translation>Kontrollsifrene stemmer ikke. Sjekk fødselsnummeret en gang til.</translation>
    </message>
    <message>
        <source>Fødselsnummeret gir ikke et gyldig fødselsår.</source>
        <translation>Fødselsnummeret gir ikke et gyldig fødselsår.</translation>
    </message>
    <message>
        <source>Fødselsnummeret inneholder ikke en gyldig dato.</source>
        <translation>Fødselsnummeret inneholder ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>Skriv pasientens navn.</source>
        <translation>Skriv pasientens navn.</translation>
    </message>
    <message>
        <source>Fødselsdatoen stemmer ikke med fødselsnummeret.</source>
        <translation>Fødselsdatoen stemmer ikke med fødselsnummeret.</translation>
    </message>
    <message>
        <source>Ikke innhentet</source>
        <translation>Ikke innhentet</translation>
    </message>
    <message>
        <source>Samtykke gitt</source>
        <translation>Samtykke gitt</translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <source>Utløpt</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Ønsker ikke IP</source>
        <translation>Ønsker ikke IP</translation>
    </message>
    <message>
        <source>Ufullstendig</source>
        <translation>Ufullstendig</translation>
    </message>
    <message>
        <source>Denne versjonen er allerede signert.</source>
        <translation>Denne versjonen er allerede signert.</translation>
    </message>
    <message>
        <source>Skriv datoen planen ble signert.</source>
        <translation>Skriv datoen planen ble signert.</translation>
    </message>
    <message>
        <source>Det finnes allerede en pasient med dette fødselsnummeret.</source>
        <translation>Det finnes allerede en pasient med dette fødselsnummeret.</translation>
    </message>
    <message>
        <source>Pasient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Pårørende</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <source>Annen person pasienten ønsker med</source>
        <translation>Annen person pasienten ønsker med</translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Tjenesteyter</source>
        <translation>Tjenesteyter</translation>
    </message>
    <message>
        <source>Koordinator i spesialisthelsetjenesten</source>
        <translation>Koordinator i spesialisthelsetjenesten</translation>
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
        <translation>Velg hva slags deltaker dette er.</translation>
    </message>
    <message>
        <source>Skriv deltakerens navn.</source>
        <translation>Skriv deltakerens navn.</translation>
    </message>
    <message>
        <source>Til-datoen kan ikke være før fra-datoen.</source>
        <translation>Til-datoen kan ikke være før fra-datoen.</translation>
    </message>
    <message>
        <source>Fra sjekklisten: {line}</source>
        <translation>Fra sjekklisten: {line}</translation>
    </message>
    <message>
        <source>utlevert på papir</source>
        <translation>utlevert på papir</translation>
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
        <translation>Utskrivningsmøte</translation>
    </message>
    <message>
        <source>Velg hva slags møte dette er.</source>
        <translation>Velg hva slags møte dette er.</translation>
    </message>
    <message>
        <source>Skriv når møtet er.</source>
        <translation>Skriv når møtet er.</translation>
    </message>
    <message>
        <source>Skriv hva som er avtalt.</source>
        <translation>Skriv hva som er avtalt.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et tidspunkt. Skriv for eksempel 14.03.2026 13:00.</source>
        <translation>«{text}» er ikke et tidspunkt. Skriv for eksempel 14.03.2026 13:00.</translation>
    </message>
    <message>
        <source>Skriv en hel dato, for eksempel 14.03.2026.</source>
        <translation>Skriv en hel dato, for eksempel 14.03.2026.</translation>
    </message>
    <message>
        <source>Gi malen et navn.</source>
        <translation>Gi malen et navn.</translation>
    </message>
    <message>
        <source>Malen har ingen tekst.</source>
        <translation>Malen har ingen tekst.</translation>
    </message>
    <message>
        <source>Velg hvordan kopien ble gitt.</source>
        <translation>Velg hvordan kopien ble gitt.</translation>
    </message>
    <message>
        <source>Fant ikke pasienten.</source>
        <translation>Fant ikke pasienten.</translation>
    </message>
    <message>
        <source>Fant ikke deltakeren.</source>
        <translation>Fant ikke deltakeren.</translation>
    </message>
    <message>
        <source>Pasienten har ikke samtykket til at planen deles med ansvarsgruppen, så ingen andre kan få kopi.</source>
        <translation>Pasienten har ikke samtykket til at planen deles med ansvarsgruppen, så ingen andre kan få kopi.</translation>
    </message>
    <message>
        <source>Bare en administrator kan endre brevmaler.</source>
        <translation>Bare en administrator kan endre brevmaler.</translation>
    </message>
    <message>
        <source>Det finnes allerede en mal med det navnet.</source>
        <translation>Det finnes allerede en mal med det navnet.</translation>
    </message>
    <message>
        <source>Fant ikke møtet.</source>
        <translation>Fant ikke møtet.</translation>
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
        <translation>Neste møte {date} (avtalt på {meeting}) er ikke satt opp</translation>
    </message>
    <message>
        <source>koordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>Pasienten har reservert seg mot at {name} får kopi. Skriv en begrunnelse for å gi kopi likevel.</source>
        <translation>Pasienten har reservert seg mot at {name} får kopi. Skriv en begrunnelse for å gi kopi likevel.</translation>
    </message>
    <message>
        <source>Pasienten har reservert seg mot at {name} blir invitert. Skriv en begrunnelse for å invitere likevel.</source>
        <translation>Pasienten har reservert seg mot at {name} blir invitert. Skriv en begrunnelse for å invitere likevel.</translation>
    </message>
    <message>
        <source>Dag, måned eller bare år: 15.07.2012, 07.2012 eller 2012.</source>
        <translation>Dag, måned eller bare år: 15.07.2012, 07.2012 eller 2012.</translation>
    </message>
    <message>
        <source>Leses som {date}; teksten beholdes slik den ble skrevet.</source>
        <translation>Leses som {date}; teksten beholdes slik den ble skrevet.</translation>
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
        <translation>[… Teksten er forkortet i utskriften: {n} tegn til står i programmet.]</translation>
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
        <translation>mangler</translation>
    </message>
    <message>
        <source>Fant ingen brevmal som heter «{name}». Malene er: {names}.</source>
        <translation>Fant ingen brevmal som heter «{name}». Malene er: {names}.</translation>
    </message>
    <message>
        <source>Samtykket har ingen versjon {n}.</source>
        <translation>Samtykket har ingen versjon {n}.</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Til stede</translation>
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
        <translation>Avtalt (hva, hvem, innen)</translation>
    </message>
    <message>
        <source>Neste møte</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <source>Møtereferater for {name}</source>
        <translation>Møtereferater for {name}</translation>
    </message>
</context>
<context>
    <name>resources</name>
    <message>
        <source>Finner ikke filen {name}. Installasjonen er ufullstendig.</source>
        <translation>Finner ikke filen {name}. Installasjonen er ufullstendig.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Logoen må være en PNG- eller JPEG-fil.</source>
        <translation>Logoen må være en PNG- eller JPEG-fil.</translation>
    </message>
    <message>
        <source>Logofilen er for stor (høyst 2 MB).</source>
        <translation>Logofilen er for stor (høyst 2 MB).</translation>
    </message>
</context>
</TS>
