// The text of the toegankelijkheidsverklaring and the privacy page (part of the Dutch dictionary), in their own
// file so that reading pages do not carry it in their JavaScript. Names and contact details come from the theme.

export const nlStatements = {
  accessibility: {
    title: "Toegankelijkheidsverklaring",
    description: (site: string) => `Hoe toegankelijk ${site} is, wat nog niet goed werkt en waar je een probleem meldt.`,
    intro: (organisation: string, site: string) =>
      `${organisation} wil dat iedereen ${site} kan gebruiken, ook mensen met een beperking. Daarom werken we aan de eisen van het Besluit digitale toegankelijkheid overheid.`,
    scopeHeading: "Voor welke website geldt deze verklaring?",
    scope: (site: string, address: string | undefined) =>
      `Deze verklaring geldt voor de website ${site}${address ? ` (${address})` : ""}: alle modules met uitleg, de begrippenlijst, de zoekpagina, de workshopmodus en de pagina's over toegankelijkheid en privacy.`,
    standardHeading: "Aan welke eisen moet de website voldoen?",
    standard:
      "De wet vraagt dat de website voldoet aan de Europese norm EN 301 549. Voor websites betekent dat: de richtlijnen WCAG 2.1 op niveau A en AA. De makers hebben de website getoetst aan WCAG 2.2 op niveau A en AA. Daarin staan alle eisen van WCAG 2.1, en een paar nieuwe.",
    statusHeading: "Hoe toegankelijk is de website? (status)",
    statusSet: (organisation: string, status: string) => `De status van deze website is ${status}. ${organisation} heeft die status vastgesteld met de invulassistent op toegankelijkheidsverklaring.nl.`,
    statusNames: { A: "A: voldoet volledig", B: "B: voldoet gedeeltelijk", C: "C: eerste maatregelen genomen", D: "D: geen maatregelen genomen" },
    statusOpen: (organisation: string) =>
      `${organisation} heeft de status (A, B, C of D) nog niet vastgesteld. Dat doet ${organisation} met de invulassistent op toegankelijkheidsverklaring.nl, op grond van een onderzoek volgens de methode WCAG-EM dat zij zelf laat doen of beoordeelt. Tot dan claimen we geen status.`,
    researchHeading: "Hoe is de website onderzocht?",
    research: (date: string, evaluator: string) =>
      `Het laatste onderzoek naar de toegankelijkheid is van ${date}. Onderzocht door: ${evaluator}. Het onderzoek volgt de methode WCAG-EM. Het rapport zegt per eis van WCAG 2.2 wat de uitkomst is, op welke pagina's het is gecontroleerd en hoe.`,
    reportLink: "Lees het rapport van het onderzoek",
    limitationsHeading: "Wat werkt nog niet goed?",
    limitationsIntro: "Deze onderdelen voldoen nog niet aan de eisen. Per onderdeel staat waarom, wat het voor jou betekent en wat we eraan doen.",
    noKnownIssues: "We kennen op dit moment geen onderdelen die niet aan de eisen voldoen.",
    notEstablished: (criteria: string) => `Niet alles kon volledig worden vastgesteld: ${criteria}. In het rapport staat waarom.`,
    issue: { criteria: "Eis (WCAG)", cause: "Oorzaak", consequence: "Wat betekent dit voor jou?", measure: "Wat doen we eraan?", plannedDate: "Klaar op" },
    goodToKnow: "Goed om te weten:",
    notEvaluatedHeading: "Wat is niet onderzocht?",
    notEvaluatedIntro: "Deze onderdelen zijn niet, of niet helemaal, onderzocht:",
    reportHeading: "Loop je tegen een probleem aan?",
    report: (organisation: string) =>
      `Kun je iets op deze website niet lezen of gebruiken? Laat het ${organisation} weten. Zeg op welke pagina het was, wat je probeerde en wat er misging. Dan zoeken we samen met jou naar een oplossing, en passen we de website aan.`,
    reportEmail: "Mail naar",
    reportWeb: "Of gebruik",
    responseTime: (days: number) => `Je krijgt binnen ${days} ${days === 1 ? "werkdag" : "werkdagen"} antwoord.`,
    complaintHeading: "Ben je niet tevreden?",
    complaint: (organisation: string) =>
      `Ben je niet tevreden over hoe ${organisation} met je melding omgaat? Dien dan een klacht in bij ${organisation}. Helpt dat niet, dan kun je terecht bij de Nationale ombudsman, of bij de ombudsman van je gemeente als die er een heeft.`,
    dateHeading: "Datum en akkoord",
    date: (date: string) => `Deze verklaring is opgesteld op ${date}.`,
    signed: (role: string) => `Een tekenbevoegde van de organisatie (${role}) heeft de verklaring getekend voor gezien en akkoord.`,
    notSigned: (organisation: string) =>
      `${organisation} laat deze verklaring nog tekenen door een bestuurder of manager, en zet haar daarna in het register op toegankelijkheidsverklaring.nl.`,
  },
  /** The evaluation report (/toegankelijkheid/rapport/ and docs/toegankelijkheid.md): its headings and labels. */
  report: {
    title: "Rapport van de toegankelijkheidsevaluatie",
    description: "Hoe de toegankelijkheid van deze website is onderzocht, per succescriterium van WCAG 2.2 de uitkomst, en wat niet is onderzocht.",
    intro:
      "Dit is het verslag van het onderzoek naar de toegankelijkheid van deze website, in de opbouw van de methode WCAG-EM. Per succescriterium staat de uitkomst, op welke pagina's en in welke toestanden het is gecontroleerd, en hoe.",
    summaryHeading: "Samenvatting",
    date: "Datum",
    evaluator: "Onderzocht door",
    target: "Getoetst aan",
    counts: "Uitkomsten",
    scopeHeading: "Wat is onderzocht",
    sampleHeading: "Steekproef: pagina's en toestanden",
    methodHeading: "Methode en hulpmiddelen",
    toolsHeading: "Hulpmiddelen",
    manualHeading: "Controles met de hand, en hoe je ze herhaalt",
    resultsHeading: "Uitkomst per succescriterium",
    principle: (number: string, name: string) => `Principe ${number}: ${name}`,
    criterionTitle: (id: string, name: string, level: string) => `${id} ${name} (niveau ${level})`,
    onlyWcag21: "Alleen in WCAG 2.1 en EN 301 549; vervallen in WCAG 2.2.",
    result: "Uitkomst",
    checkedOn: "Gecontroleerd op",
    wholeSample: "de hele steekproef",
    how: "Hoe",
    note: "Toelichting",
    results: { pass: "Voldoet", fail: "Voldoet niet", notPresent: "Niet van toepassing", cannotTell: "Niet volledig vastgesteld" },
    fixedHeading: "Gevonden en opgelost",
    notEvaluatedHeading: "Wat is niet onderzocht",
    limitationsHeading: "Goed om te weten",
    pageOrState: "Pagina of toestand",
    check: "Controle",
    address: "Adres",
    states: "Toestanden",
    noAddress: "(geen vast adres)",
    toStatement: "Terug naar de toegankelijkheidsverklaring",
  },
  privacy: {
    title: "Privacy",
    description: "Wat deze website in je eigen browser bewaart, en hoe je dat wist. Er gaat niets naar ons of naar anderen.",
    intro:
      "Deze website verzamelt niets over jou. Er zijn geen cookies en geen bezoekersstatistieken. De website haalt ook niets op bij andere partijen. Wat je hier afvinkt of invult, blijft in de browser op je eigen apparaat. Het wordt nergens heen gestuurd.",
    storedHeading: "Wat bewaart de website in je browser?",
    storedIntro:
      "Sommige dingen onthoudt de website voor je, zodat je verder kunt waar je was. Dat staat in de opslag van je eigen browser (localStorage of sessionStorage). Wij kunnen er niet bij.",
    kinds: {
      checklists: { label: "Afgevinkte punten", text: "Welke punten je in een checklist hebt afgevinkt." },
      workshop: {
        label: "Workshopsessies",
        text: "Wat je in de workshopmodus vastlegt: de naam van de sessie, waar de groep staat, de uitslag van een stemming met kaarten, notities en afspraken.",
      },
      workshopExported: {
        label: "Laatst als bestand bewaard",
        text: "Wanneer je een workshopsessie voor het laatst als bestand hebt gedownload. Zo kan de website je eraan herinneren als er daarna nog iets is veranderd.",
      },
      shortcuts: { label: "Sneltoetsen", text: "Of je de sneltoetsen van de workshopmodus hebt uitgezet." },
      beamerLight: { label: "Licht scherm", text: "Of je bij het presenteren de lichte kleuren hebt uitgezet." },
      backups: {
        label: "Reservekopie",
        text: "Als opgeslagen gegevens beschadigd zijn, bewaart de website ze apart, zodat je ze nog kunt downloaden.",
      },
      workshopMode: {
        label: "Open workshopweergave",
        text: "Welke weergave van de workshopmodus open staat. Dit verdwijnt als je het tabblad sluit.",
      },
      presenterClock: {
        label: "Klok van het begeleidersscherm",
        text: "Hoe lang de workshop al loopt, zodat de klok doorloopt als je naar de volgende module van een programma gaat. Dit verdwijnt als je het tabblad sluit.",
      },
      stepClock: {
        label: "Tijd van de stap",
        text: "Hoe lang de stap op het scherm al duurt, zodat die tijd doorloopt als je het begeleidersscherm opnieuw laadt. Dit verdwijnt als je het tabblad sluit.",
      },
    },
    storageLabel: (storage: string, key: string) => `Opslag: ${storage}, sleutel ${key}.`,
    channel:
      "Presenteer je met een begeleidersscherm in een tweede venster? Dan praten die twee vensters met elkaar binnen je eigen browser. Daarbij wordt niets bewaard en niets verstuurd.",
    cameraHeading: "De camera bij stemmen met kaarten",
    camera:
      "In de workshopmodus kan de zaal stemmen met afgedrukte kaarten. De website vraagt pas om de camera als de begeleider op ‘Stemmen met kaarten’ drukt. De camera zoekt alleen naar de kaarten, op deze computer zelf. Er wordt geen foto, beeld of video bewaard of verstuurd. Alleen het aantal stemmen per antwoord komt in de workshopsessie. De camera stopt als de begeleider op ‘Klaar’ drukt of het venster sluit. Andere websites mogen de camera via deze website nooit gebruiken.",
    namesHeading: "Geen namen in een workshopsessie",
    names:
      "Schrijf geen namen van mensen in een workshopsessie. Niet van deelnemers, en zeker niet van inwoners of cliënten. Schrijf over rollen, zoals ‘de consulent’ of ‘een inwoner’. Een sessie die je exporteert of afdrukt, kan bij anderen terechtkomen.",
    clearHeading: "Alles wissen",
    clearIntro: "Met de knop hieronder wis je alles wat deze website in deze browser bewaart. Andere websites merken daar niets van.",
    clearWithoutScript:
      "Werkt de knop niet, of staat JavaScript uit? Wis de gegevens dan in je browser. Open de instellingen, kies Privacy (of: Cookies en sitegegevens) en wis de gegevens van deze website. In de meeste browsers kan dat ook via het slotje of het pictogram links van het webadres.",
    clearButton: "Wis alles wat deze website in deze browser bewaart",
    confirmTitle: "Alles wissen?",
    confirmText: "Je afgevinkte punten, je workshopsessies en je instellingen verdwijnen uit deze browser. Dat kun je niet ongedaan maken. Wil je een workshopsessie bewaren? Exporteer hem dan eerst.",
    confirmYes: "Ja, wis alles",
    confirmNo: "Annuleren",
    cleared: (n: number) => (n === 0 ? "Er was niets bewaard. Er is niets gewist." : `Gewist: ${n === 1 ? "1 onderdeel" : `${n} onderdelen`}. Deze browser bewaart niets meer van deze website.`),
    contactHeading: "Vragen over privacy?",
    contact: (organisation: string) => `Heb je een vraag over privacy op deze website? Neem contact op met ${organisation}.`,
  },
};
