// The sample of the evaluation (WCAG-EM step 3): every kind of page of the site and the states a reader or a
// facilitator brings them in. Each result in findings.ts names the items of this sample it was checked on.
import type { SampleItem } from "./report.ts";

export const sample = [
  { id: "home", page: "Homepage", path: "", states: "met en zonder JavaScript; licht en donker; 320 px en 1280 px" },
  {
    id: "module",
    page: "Modulepagina: elke stap van alle zeven modules",
    path: "jeugdzorg/",
    states: "elke stap, carrousel en dialoog ‘Meer achtergrond’ open; met en zonder JavaScript; 320, 360 en 1280 px; licht en donker; afgedrukt",
  },
  { id: "routes", page: "Module met een keuze tussen twee routes (Omgevingswet)", path: "omgevingswet/#het-idee", states: "beide routes, tot waar ze samenkomen" },
  { id: "scenario", page: "Module met een scenario (Toegang)", path: "toegang/#scenario", states: "elke situatie en uitkomst, ‘Kies opnieuw’" },
  { id: "checklist", page: "Checklist (Van beschermd naar begeleid wonen)", path: "wonen/#wat-is-nodig", states: "afvinken, na herladen, met beschadigde opgeslagen gegevens" },
  { id: "begrip", page: "Begrip als pop-up", path: "inburgering/#azc", states: "geopend met toetsenbord en muis; in een dialoog; tijdens het presenteren; 320 × 256 px" },
  { id: "begrippen", page: "Begrippenlijst", path: "begrippen/", states: "met en zonder JavaScript; 320 px" },
  { id: "zoeken-kop", page: "Zoeken in de kop van elke pagina", path: "", states: "resultaten open, pijltjes, Escape, sneltoetsen / en Ctrl+K; zonder verbinding" },
  { id: "zoekpagina", page: "Zoekpagina met filter per module", path: "zoeken/", states: "met resultaten, gefilterd; zonder JavaScript (overzicht van alle stappen); 320 px" },
  { id: "niet-gevonden", page: "Pagina niet gevonden", path: "deze-pagina-bestaat-niet/", states: "320 px en 1280 px" },
  {
    id: "presentatie",
    page: "Presentatiemodus",
    path: "jeugdzorg/",
    states: "1024 × 768, 1280 × 720 en 320 × 256 px; overzicht van alle stappen (G), zwart scherm, QR-code, volledig scherm, begrip open; sneltoetsen aan en uit",
  },
  { id: "begeleider", page: "Begeleidersscherm", path: "jeugdzorg/begeleider/", states: "met en zonder presentatie in het andere venster; klok en tijd per stap; zonder JavaScript" },
  { id: "vastleggen", page: "Vastleggen in de workshopmodus", path: "jeugdzorg/#wachtlijsten", states: "sessie, posities, notities en afspraken; import met en zonder fout; export; wissen na bevestiging" },
  { id: "stemmen", page: "Stemmen met kaarten", path: "workshop/stemkaarten/", states: "de kaarten om af te drukken (twee per A4 en groot: /workshop/stemkaarten/groot/), de dialoog in Vastleggen tijdens het tellen, met de hand invullen (met een foutmelding) en zonder toestemming voor de camera, het stemscherm in de presentatie, de telpagina van de telefoon (/workshop/tellen/, 390 px breed)" },
  { id: "verslag", page: "Verslag van een workshop", path: "workshop/verslag/", states: "met een sessie, op het scherm en afgedrukt" },
  { id: "programma", page: "Programma en draaiboek van een programma", path: "workshop/programma/", states: "stappen kiezen, ordenen en weghalen; toevoegen zonder keuze; zonder JavaScript" },
  { id: "draaiboek", page: "Draaiboek van een module", path: "jeugdzorg/draaiboek/", states: "op het scherm en afgedrukt" },
  { id: "verklaring", page: "Toegankelijkheidsverklaring en dit rapport", path: "toegankelijkheid/", states: "met en zonder JavaScript; licht en donker" },
  { id: "privacy", page: "Privacy", path: "privacy/", states: "bevestiging bij ‘Wis alles’; zonder JavaScript" },
  { id: "thema", page: "De andere thema's (voorbeeldgemeente, rijkshuisstijl)", path: null, states: "homepage op 1280 × 800 en 390 × 844, zoeken, module met dialoog en carrousel, presentatie, begrippenlijst, verklaring, privacy, draaiboek; licht (deze thema's hebben geen donkere variant)" },
] as const satisfies readonly SampleItem[];

export type SampleId = (typeof sample)[number]["id"];

/** Every item of the sample: for what holds on, or was checked on, every page. */
export const wholeSample: readonly SampleId[] = sample.map((item) => item.id);
