// The result per success criterion of WCAG 2.2 A and AA (and 4.1.1 of WCAG 2.1): where it was checked (items of
// sample.ts) and how. Browser tests are named by their file in tests/e2e/ and their test; they run in every CI run.
// A criterion is "pass" only when a test or a check by hand shows it on the pages named.
import type { Finding } from "./report.ts";
import { wholeSample, type SampleId } from "./sample.ts";

/** axe-core (rules for WCAG 2.0, 2.1 and 2.2 A and AA) runs on every state a browser test visits. */
const axe = "axe-core op elke toestand die de browsertests bezoeken";
const noMedia = "Met de hand: de site heeft geen audio, video of live media.";
const interactive: SampleId[] = ["module", "routes", "scenario", "checklist", "begrip", "zoeken-kop", "zoekpagina", "presentatie", "begeleider", "vastleggen", "stemmen", "programma", "privacy"];

export const findings: Record<string, Finding<SampleId>> = {
  "1.1.1": {
    result: "pass",
    on: wholeSample,
    how: `${axe} (image-alt, svg-img-alt). Met de hand: het logo is versiering naast de naam als tekst; de QR-code in de presentatie heeft een tekstalternatief met de stap; een stemkaart noemt haar nummer en de plek van de letters.`,
  },
  "1.2.1": { result: "notPresent", on: wholeSample, how: noMedia },
  "1.2.2": { result: "notPresent", on: wholeSample, how: noMedia },
  "1.2.3": { result: "notPresent", on: wholeSample, how: noMedia },
  "1.2.4": { result: "notPresent", on: wholeSample, how: noMedia },
  "1.2.5": { result: "notPresent", on: wholeSample, how: noMedia },
  "1.3.1": {
    result: "pass",
    on: wholeSample,
    how: `${axe}; html-validate over elke gebouwde pagina (valid-html). audit-pages: ‘has real headings for the position, the notes and the afspraken’ (het verslag had vetgedrukte alinea's die op koppen leken; nu koppen). Met de hand: de toegankelijkheidsboom van een module, de begrippenlijst, de verklaring en privacy.`,
  },
  "1.3.2": {
    result: "pass",
    on: ["module", "routes", "scenario", "begrip", "presentatie"],
    how: "jeugdzorg: ‘reads as one article…’ zonder JavaScript. Met de hand: de volgorde in de code is de leesvolgorde; een begrip opent in de dialoog waarin het staat (audit: ‘a term inside a modal dialog’).",
  },
  "1.3.3": {
    result: "pass",
    on: wholeSample,
    how: "Alle tekst van de modules, de begrippen en de interface (content/ en src/i18n/) doorzocht op woorden voor vorm, plaats, kleur en geluid (hieronder, hierboven, rechts, links, rood, rond, klik op, …) en elke vondst nagelezen: ‘hieronder’ wijst naar wat in de leesvolgorde volgt, de stemkaart gaat over de papieren kaart. Niets is alleen met zo'n eigenschap te begrijpen of te bedienen.",
  },
  "1.3.4": { result: "pass", on: ["home", "module", "presentatie", "begeleider"], how: "Met de hand: geen stijl of script zet de stand vast; getest op 360 × 740 en 740 × 360 px." },
  "1.3.5": { result: "notPresent", on: interactive, how: "Met de hand: de site vraagt geen gegevens over de gebruiker zelf (alleen zoekwoorden, sessienamen, notities en afspraken)." },
  "1.4.1": {
    result: "pass",
    on: wholeSample,
    how: `${axe} (link-in-text-block). Met de hand: links in tekst zijn onderstreept; de huidige stap is vet en gemarkeerd; de tijd per stap zegt in woorden wat de kleur zegt; de twee kanten van een dilemma hebben elk een eigen pictogram naast hun naam (niet alleen een gekleurde lijn).`,
  },
  "1.4.2": { result: "notPresent", on: wholeSample, how: "Met de hand: de site speelt geen geluid af." },
  "1.4.3": {
    result: "pass",
    on: wholeSample,
    how: `${axe} (color-contrast), in de drie thema's en in donkere modus (themes: ‘THEME=voorbeeldgemeente’ en ‘THEME=rijkshuisstijl’, axe in tien toestanden; integrity: ‘follows a dark colour scheme where the theme has one…’; statements: ‘has no axe violations in dark mode’). De build rekent het contrast van de kleurparen van de site uit met de waarden van het thema en noemt elk paar onder AA (src/lib/theme/contrast-pairs.ts).`,
  },
  "1.4.4": { result: "pass", on: wholeSample, how: "Met de hand: venster van 1280 px, zoom 200 % (640 CSS-pixels) op elke soort pagina: geen inhoud of functie kwijt. Tekstmaten in rem." },
  "1.4.5": { result: "pass", on: wholeSample, how: "Met de hand: geen tekst in afbeeldingen; het logo is een symbool, de naam staat er als tekst naast." },
  "1.4.10": {
    result: "pass",
    on: wholeSample,
    how: "audit: ‘reflow at 320 CSS px’ (zoekpagina, 404, begrip op 320 × 256); audit-presenting: ‘fits a 320 × 256 window: no step button or focus ring is cut off’ (het overzicht G was 276 px breed in een vak van 256 px); presentation-room: de balk op 320 × 256; jeugdzorg: ‘on a 360 px phone’; text-spacing op 320 px. Met de hand: elke soort pagina op 320 px en 400 % zoom.",
  },
  "1.4.11": {
    result: "pass",
    on: wholeSample,
    how: "audit: ‘1.4.11 non-text contrast’ meet in de browser de focusring van modulekaarten, de randen van zoekveld, filter en formulier en de focusring in de kop in donkere modus (≥ 3:1); themes doet dat ook in de twee andere thema's.",
  },
  "1.4.12": {
    result: "pass",
    on: ["home", "module", "scenario", "begrippen", "zoekpagina", "niet-gevonden", "presentatie", "begeleider", "programma", "verklaring", "privacy"],
    how: "text-spacing: de tekstafstand van WCAG als stijlblad van de ontwikkelhulpmiddelen (zie ‘Hoe je de controle herhaalt’), op 1280 en 320 px: geen tekst afgesneden, niets schuift opzij. De test laat ook zien dat een bookmarklet hier niet werkt: de CSP weigert zijn stijl. Met de hand: schermafbeeldingen op 320 px nagekeken op tekst die over elkaar valt.",
  },
  "1.4.13": {
    result: "pass",
    on: ["begrip", "zoeken-kop"],
    how: "Met de hand: niets verschijnt bij aanwijzen of focus. De pop-up van een begrip opent pas na klik of Enter, blijft staan tot de lezer hem sluit, en sluit met Escape (shapes: ‘opens a marked term's definition in place by keyboard…’).",
  },
  "2.1.1": {
    result: "pass",
    on: wholeSample,
    how: "modules: elke module met het toetsenbord, elke carrousel, dialoog en scène; jeugdzorg: ‘by keyboard only’; workshop-presenting, workshop-recording, programme: presenteren, vastleggen en ordenen met toetsen; search: pijltjes door de resultaten; audit: links in een pop-up in een dialoog.",
  },
  "2.1.2": {
    result: "pass",
    on: ["module", "begrip", "presentatie", "vastleggen", "stemmen", "privacy"],
    how: "audit: ‘leaving a term pop-up with Tab’; card-vote: Escape sluit de dialoog. Met de hand: uit elke dialoog met Escape, uit de presentatie met Escape.",
  },
  "2.1.4": {
    result: "pass",
    on: wholeSample,
    how: "audit-pages: ‘turns / off on a page without steps…’ (de schakelaar stond alleen bij een module en in het begeleidersscherm, terwijl / overal werkt; nu staat hij in de voet van elke pagina); valid-html: de schakelaar staat in de voet van elke gebouwde pagina met zoeken; workshop-presenting, presenting-overview, presentation-room: P, G, 1–9, B en . doen niets als hij uit staat; presentation-bar: H (de balk weg) en F5 (presenteren starten) volgen dezelfde schakelaar.",
  },
  "2.2.1": { result: "pass", on: ["begeleider", "presentatie"], how: "Met de hand: geen tijdslimiet. De klok en de tijd per stap in het begeleidersscherm meten alleen." },
  "2.2.2": {
    result: "pass",
    on: ["begeleider", "presentatie", "module"],
    how: "audit-presenting: ‘pauses and resets with the clock, and changes the screen once a second, not more’ (de tijd per stap liep door bij ‘Tijd pauzeren’ en ging niet op nul). jeugdzorg: een stapwissel beweegt alleen als de lezer beweging toestaat. Verder beweegt of wisselt niets vanzelf.",
  },
  "2.3.1": { result: "pass", on: wholeSample, how: "Met de hand: niets flitst." },
  "2.4.1": {
    result: "pass",
    on: wholeSample,
    how: "audit: ‘2.4.1 the skip link on a module page’ (de link ‘Naar de inhoud’ zette #inhoud in het adres, zodat herladen stap 1 opende; nu blijft de stap in het adres); jeugdzorg: ‘starts with the skip link…’; landmarks met een eigen naam (valid-html).",
  },
  "2.4.2": { result: "pass", on: wholeSample, how: "Met de hand: elke pagina heeft een eigen titel; op een modulepagina staat de stap in de titel." },
  "2.4.3": {
    result: "pass",
    on: ["module", "begrip", "presentatie", "vastleggen", "privacy"],
    how: "audit-presenting: ‘Escape closes only the pop-up, focus goes back to the term…’ (Escape in een begrip stopte de hele presentatie en de pop-up bleef los op het scherm staan); audit: Tab en Shift+Tab uit een pop-up; jeugdzorg: focus naar de nieuwe stap of optie en terug naar de knop.",
  },
  "2.4.4": {
    result: "pass",
    on: wholeSample,
    how: "valid-html: ‘no link on any page is named only with a word that does not say where it goes’ (geen lege link, geen ‘hier’ of ‘lees meer’). Met de hand, op 3 december 2026: alle 426 verschillende linkteksten van alle gebouwde pagina's nagelopen; elke link zegt waar hij heen gaat, alleen of met zijn zin. axe (link-name).",
  },
  "2.4.5": { result: "pass", on: ["home", "zoeken-kop", "zoekpagina", "begrippen", "module"], how: "Met de hand: homepage met alle modules, zoeken, overzicht van de stappen per module, begrippenlijst." },
  "2.4.6": { result: "pass", on: wholeSample, how: `${axe} (empty-heading, label). Met de hand: koppen in de toegankelijkheidsboom; audit-pages: het zoekfilter heet zichtbaar ‘Zoek in’.` },
  "2.4.7": { result: "pass", on: wholeSample, how: "audit: ‘1.4.11 non-text contrast’ (de focusaanwijzer is er en haalt 3:1). Met de hand: Tab door elke soort pagina, licht en donker." },
  "2.4.11": {
    result: "pass",
    on: ["module", "begrip", "presentatie"],
    how: "presentation-room: ‘focus is never hidden under the bar’ en ‘keeps focus on the black screen’; presentation-bar: ‘is one row at 1024 × 768, fades out when the mouse rests and with H, comes back for the mouse and Tab, and never covers the focused control’ (de balk die wegvalt houdt zijn ruimte vrij; met Tab erin staat hij weer in beeld); audit: de pop-up blijft niet over de focus staan. audit-presenting: Escape sluit een begrip tijdens het presenteren, zodat de pop-up geen knoppen meer bedekt.",
  },
  "2.5.1": { result: "pass", on: interactive, how: "Met de hand: geen vegen of knijpen nodig; carrousels hebben knoppen." },
  "2.5.2": { result: "pass", on: interactive, how: "Met de hand: alle acties zijn gewone knoppen en links; ze werken bij loslaten." },
  "2.5.3": { result: "pass", on: interactive, how: `${axe} (label-content-name-mismatch). Met de hand: een knop met een eigen naam (Omhoog, Omlaag, Verwijder) begint met de zichtbare tekst.` },
  "2.5.4": { result: "notPresent", on: interactive, how: "Met de hand: niets werkt door het apparaat te bewegen." },
  "2.5.7": { result: "pass", on: ["vastleggen", "programma"], how: "Met de hand: ordenen gaat met de knoppen Omhoog en Omlaag (workshop-recording, programme); niets vraagt slepen." },
  "2.5.8": { result: "pass", on: wholeSample, how: `jeugdzorg: ‘keeps every button at least 44 × 44 px’; ${axe} (target-size). Links in lopende tekst vallen onder de uitzondering voor tekst.` },
  "3.1.1": { result: "pass", on: wholeSample, how: `${axe} (html-has-lang, html-lang-valid): elke pagina heeft lang="nl".` },
  "3.1.2": {
    result: "cannotTell",
    on: wholeSample,
    how: "De interface is Nederlands. Alle tekst van de modules doorzocht op een lijst van veelgebruikte Engelse woorden: alleen woorden die in het Nederlands gewoon zijn (website, team, online) en de vakterm ‘open house’.",
    note: "Een woordenlijst vindt niet elke Engelse zin. Niet elke zin van elke module is gelezen. Een auditor leest de tekst van de modules hierop na.",
  },
  "3.2.1": { result: "pass", on: interactive, how: "Met de hand: focus verandert niets aan de pagina." },
  "3.2.2": { result: "pass", on: ["zoekpagina", "vastleggen", "programma", "verslag"], how: "Met de hand: het filter, de sessiekeuze en de stapkeuze veranderen alleen de resultaten of het formulier; een stap wisselt alleen met een knop of toets." },
  "3.2.3": { result: "pass", on: wholeSample, how: "valid-html: elke voet linkt naar toegankelijkheid en privacy en heeft de schakelaar voor sneltoetsen. Met de hand: dezelfde kop en voet op elke pagina, in dezelfde volgorde." },
  "3.2.4": { result: "pass", on: wholeSample, how: "Met de hand: een functie heet overal hetzelfde (één woordenboek in src/i18n/); de drie schakelaars voor sneltoetsen hebben dezelfde naam." },
  "3.2.6": { result: "pass", on: wholeSample, how: "Met de hand: de contactgegevens staan in de voet van elke pagina, op dezelfde plek." },
  "3.3.1": {
    result: "pass",
    on: ["vastleggen", "programma"],
    how: "audit-pages: ‘says what to do at the field…’ (‘Voeg toe aan het programma’ zonder gekozen stap deed niets en zei niets); audit: een mislukte import zet het veld op ongeldig en noemt de fout; workshop-export: ‘refuses a damaged or foreign file…’.",
  },
  "3.3.2": {
    result: "pass",
    on: ["zoeken-kop", "zoekpagina", "vastleggen", "programma", "privacy"],
    how: `${axe} (label). audit-pages: ‘the module filter has a visible label’ (het filter had alleen een verborgen label). Het zoekveld in de kop heeft een verborgen label, met de knop ‘Zoeken’ en een voorbeeld als zichtbare aanwijzing.`,
  },
  "3.3.3": { result: "pass", on: ["vastleggen", "programma"], how: "workshop-export: ‘refuses a damaged or foreign file…’ zegt wat er mis is en wat je kunt doen; audit-pages: de melding bij een lege keuze zegt wat je moet doen." },
  "3.3.4": {
    result: "pass",
    on: ["vastleggen", "privacy"],
    how: "Geen juridische of financiële handelingen. Wissen gaat pas na bevestiging, met de focus op ‘Annuleren’ (workshop-recording; statements: ‘clears everything this site keeps, after a confirmation…’).",
  },
  "3.3.7": { result: "pass", on: interactive, how: "Met de hand: geen proces vraagt dezelfde gegevens twee keer." },
  "3.3.8": { result: "notPresent", on: wholeSample, how: "Met de hand: er is geen inloggen." },
  "4.1.1": { result: "pass", on: wholeSample, how: "valid-html: ‘html-validate finds no error on any built page’." },
  "4.1.2": {
    result: "pass",
    on: wholeSample,
    how: `${axe}; audit: de pop-up staat als dialoog met naam in de toegankelijkheidsboom, en ‘aria-invalid’ bij een mislukte import. Met de hand: de toegankelijkheidsboom van een module, de begrippenlijst, de verklaring en privacy: geen knop, link of veld zonder naam.`,
  },
  "4.1.3": {
    result: "pass",
    on: ["module", "zoeken-kop", "zoekpagina", "presentatie", "vastleggen", "privacy"],
    how: "jeugdzorg: de stapwissel wordt gemeld; audit-pages: ‘reads out the number of results once typing has settled’ (de status werd bij elke letter voorgelezen); offline: ‘Klaar voor offline gebruik’ wordt één keer gemeld, niet bij elke pagina; statements leest de melding na ‘Wis alles’.",
  },
};
