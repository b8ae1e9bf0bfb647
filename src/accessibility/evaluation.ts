// The accessibility evaluation of this website: the one source of the report page (/toegankelijkheid/rapport/),
// of docs/toegankelijkheid.md (npm run docs:toegankelijkheid writes it from here) and of what the statement
// (/toegankelijkheid/) says was not evaluated. A gemeente that has its own evaluation done changes it here.
import type { Evaluation } from "./report.ts";
import { findings } from "./findings.ts";
import { sample, type SampleId } from "./sample.ts";

export const evaluation: Evaluation<SampleId> = {
  title: "Evaluatie toegankelijkheid: Sociaal Domein Uitgelegd",
  date: "2026-12-03",
  evaluator: "de ontwikkelaars van de website (eigen controle, geen onafhankelijk onderzoek)",
  scope: [
    "De website Sociaal Domein Uitgelegd zoals deze repository haar bouwt (npm run build), met het thema ‘standaard’ en met de thema's ‘voorbeeldgemeente’ en ‘rijkshuisstijl’: alle modules, de begrippenlijst, zoeken, de workshopmodus, de verklaring en dit rapport, privacy en de pagina ‘niet gevonden’.",
    "De inhoud van de modules hoort erbij. Links naar andere websites (wetten.overheid.nl, Rijksoverheid, VNG, …) vallen erbuiten: die pagina's zijn van anderen.",
    "De modules zijn geschreven en gecontroleerd tot de datum die op elke module staat; deze evaluatie gaat over de versie van de website op de datum hierboven.",
  ],
  target: "WCAG 2.2, niveau A en AA. Daarin zitten alle eisen van WCAG 2.1 niveau A en AA, die de Europese norm EN 301 549 en het Besluit digitale toegankelijkheid overheid vragen; 4.1.1 Parsen, dat alleen in WCAG 2.1 staat, is apart beoordeeld.",
  sample,
  method: [
    "De methode volgt WCAG-EM: de reikwijdte bepalen, de website verkennen, een steekproef kiezen van elke soort pagina en elke toestand (de tabel ‘Steekproef’), die steekproef per succescriterium beoordelen, en de uitkomst vastleggen.",
    "Automatisch: browsertests in Chromium lopen elke module door als een lezer (toetsenbord, klikker, zonder JavaScript, smal scherm) en draaien axe-core op elke toestand. Ze draaien bij elke wijziging van de website.",
    "Met de hand, op 28 november 2026: de controles in de tabel ‘Controles met de hand’ op elke soort pagina. Daarna een tweede ronde met de hand: toetsenbord door elke soort pagina in licht, donker, geforceerde kleuren (nagebootst in Chromium) en het tweede thema; 384 focusstops in de presentatie; reflow op 320 px in 17 soorten pagina's en 9 toestanden; de toegankelijkheidsboom; wat live regions voorlezen; de verklaring naast het Nederlandse model.",
    "Elke fout uit die tweede ronde is opgelost, met een browsertest die op de oude versie faalde en nu slaagt (zie ‘Gevonden en opgelost’). Op 3 december 2026 zijn alle uitkomsten hieronder nagelopen.",
    "Bij elke uitkomst staat hoe ze is vastgesteld. Een browsertest heet daar naar zijn bestand in tests/e2e/ (zonder .test.ts), met de naam van de test.",
  ],
  tools: [
    "Chromium 156 (Debian), aangestuurd met playwright-core",
    "axe-core 4.14 (regels voor WCAG 2.0, 2.1 en 2.2 A en AA, en best practices)",
    "html-validate 11 (preset ‘recommended’)",
    "De ontwikkelhulpmiddelen van Chromium: toegankelijkheidsboom, Rendering (donkere modus, geforceerde kleuren), apparaatmodus",
  ],
  manualChecks: [
    { check: "320 px", how: "Ontwikkelhulpmiddelen → apparaatmodus, breedte 320. Geen horizontale schuifbalk; alles leesbaar en bedienbaar." },
    { check: "Zoom 200 % en 400 %", how: "Venster 1280 px breed, Ctrl+ tot 200 % en 400 %. 400 % op 1280 px is 320 CSS-pixels." },
    {
      check: "Tekstafstand",
      how: "Een bookmarklet werkt hier niet: de Content Security Policy van de site weigert zijn stijl. Gebruik de ontwikkelhulpmiddelen: Elements → Styles → ‘New style rule’ (het plusje) en plak: * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }. Zo'n regel valt niet onder de CSP. Een browserextensie voor eigen stijlen werkt ook. Geen tekst mag wegvallen of over elkaar vallen. tests/e2e/text-spacing.test.ts doet hetzelfde via het protocol van de ontwikkelhulpmiddelen.",
    },
    { check: "Donkere modus", how: "Ontwikkelhulpmiddelen → Rendering → prefers-color-scheme: dark, of de donkere modus van het systeem." },
    { check: "Toetsenbord", how: "Muis weg. Tab, Shift+Tab, Enter, Spatie, Escape en de pijltjes door elke soort pagina. Zie je altijd waar de focus is, en gaat de volgorde logisch?" },
    { check: "Toegankelijkheidsboom", how: "Ontwikkelhulpmiddelen → Elements → Accessibility (volledige boom). Elke knop, link en elk veld heeft een naam en een rol." },
    { check: "Zonder JavaScript", how: "Ontwikkelhulpmiddelen → Instellingen → Debugger → JavaScript uitschakelen. Elke pagina leest als artikel." },
  ],
  results: findings,
  notEvaluated: [
    "Schermlezers (NVDA, JAWS, VoiceOver, TalkBack). Wel bekeken: wat de browser aan hulpsoftware doorgeeft, en welke meldingen hij laat voorlezen.",
    "Spraakbesturing, zoals Dragon of Voice Control.",
    "De modus voor hoog contrast van Windows. Wel nagebootst: geforceerde kleuren in Chromium.",
    "Andere browsers dan Chromium: Firefox, Safari en browsers op telefoons.",
    "De tekst van de modules is niet zin voor zin gelezen. Alle tekst is doorzocht op woorden voor vorm, plaats, kleur en geluid (1.3.3) en op veelgebruikte Engelse woorden (3.1.2); alle linkteksten zijn nagelopen (2.4.4).",
    "Stemmen met kaarten is alleen automatisch getest, niet met de hand en niet met een echte zaal.",
  ],
  limitations: [
    "Zoeken terwijl je typt werkt alleen met JavaScript. Zonder JavaScript toont de zoekpagina een overzicht van alle modules en stappen.",
    "Stemmen met kaarten vraagt dat een deelnemer de letter op de kaart ziet en de kaart omhoog kan houden. Wie dat niet kan, stemt op een andere manier, bijvoorbeeld hardop bij de begeleider; die legt de stand dan met de hand vast. De telling staat als tekst naast het camerabeeld.",
  ],
  fixed: [
    "2.4.3: Escape in een begrip tijdens het presenteren stopte de presentatie; de pop-up bleef los op het scherm en bedekte daarna knoppen. Nu sluit Escape alleen de pop-up, gaat de focus terug naar het begrip, en wachten PageDown en de pijltjes tot de pop-up dicht is.",
    "1.4.10: het overzicht van alle stappen (G) in de presentatie was op 320 px breder dan zijn vak; knoppen en focusring vielen weg. Nu past het.",
    "1.3.1: in het verslag van een workshop waren ‘Waar staat de groep?’, ‘Notities’ en ‘Afspraken’ vette alinea's. Nu zijn het koppen.",
    "3.3.1: ‘Voeg toe aan het programma’ zonder gekozen stap deed niets. Nu zegt een melding bij het veld wat je moet doen.",
    "2.1.4: de schakelaar voor sneltoetsen met één toets stond alleen bij een module en in het begeleidersscherm, terwijl / op elke pagina werkt. Nu staat hij in de voet van elke pagina.",
    "2.2.2: de tijd per stap in het begeleidersscherm liep door bij ‘Tijd pauzeren’ en ging niet op nul bij ‘Tijd op nul’. Nu wel, en hij verandert één keer per seconde, samen met de klok.",
    "3.3.2: het filter ‘Zoek in’ had alleen een verborgen label. Nu staat het label in beeld.",
    "Verder: met sneltoetsen uit noemt het zwarte scherm de toetsen die wel werken; PageDown in de leesmodus schuift eerst door een lange stap; het aantal zoekresultaten wordt één keer voorgelezen, als het typen klaar is; ‘Klaar voor offline gebruik’ één keer, niet op elke pagina; de link ‘Naar de inhoud’ laat de stap in het adres staan; ‘Wis alles’ opent zijn bevestiging met de focus op ‘Annuleren’.",
  ],
};
