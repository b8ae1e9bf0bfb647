// Every UI string of the site, in Dutch. Content text lives in content/, not here. The strings the islands of a
// reading page use are in nl-reading.ts (an object cannot be split by the bundler, so a page would carry all of these).
import { nlReading } from "./nl-reading.ts";

export { nlWorkshopLauncher, type OptionNoun } from "./nl-reading.ts";

export const nl = {
  ...nlReading,
  skipToContent: "Naar de inhoud",
  /** The switch in every footer, beside the workshop buttons and in the presenter view: one choice for them all. */
  shortcutsSwitch: "Sneltoetsen met één toets aan (P, F, Q, B en / voor zoeken)",
  home: "Home",
  moduleOf: (index: number, total: number) => `Module ${index} van ${total}`,
  siteNavigation: "Hoofdmenu",
  modulesHeading: "Alle modules",
  modulesIntro: "De modules vormen samen één verhaal: aan het eind van een module ga je verder met de volgende. Je kunt ook bij elke module beginnen.",
  otherModules: "Overige modules",
  whatIsThisSite: "Wat is deze site?",
  steps: (n: number) => (n === 1 ? "1 stap" : `${n} stappen`),
  readingTime: (minutes: number) => `${minutes} min lezen`,
  overview: (n: number) => `Overzicht: alle ${n} stappen`,
  overviewLabel: "Stappen in deze module",
  closeNotice: "Melding sluiten",
  sourceLabel: (count: number) => (count === 1 ? "Bron:" : "Bronnen:"),
  sourcesHeading: "Bronnen en stand van zaken",
  lastChecked: (date: string) => `Laatst gecontroleerd: ${date}`,
  reviewBefore: (date: string) => `Volgende controle: vóór ${date}`,
  reviewOverdue: (date: string) => `Deze module is na ${date} niet meer gecontroleerd; regels kunnen veranderd zijn.`,
  legalHeading: "Wetten en beleid",
  stepLegalLabel: "Wet en beleid bij deze stap:",
  lawArticle: (law: string, article: string) => `${law}, artikel ${article}`,
  documentMeta: (publisher: string, date: string) => `${publisher}, ${date}`,
  otherSourcesHeading: "Andere bronnen",
  changelogHeading: "Wat is er veranderd",
  contactHeading: "Contact",
  footerAboutSite: "Over deze site",
  accessibilityLink: "Toegankelijkheid",
  privacyLink: "Privacy",
  email: "E-mail",
  perspectivesLabel: "Twee kanten van het dilemma",
  chooseRoute: "Kies een route",
  branchLabel: (title: string) => `Route: ${title}`,
  open: "Openen",
  chooseAgain: "Kies opnieuw",
  sceneOf: (title: string) => `Scenario: ${title}`,
  glossaryTitle: "Begrippenlijst",
  glossaryIntro: "Uitleg van woorden die vaak voorkomen in het sociaal domein, van A tot Z.",
  glossaryLetters: "Naar letter",
  glossaryDigits: "0–9",
  relatedTerms: "Zie ook",
  usedInModules: "Komt voor in",
  termDialogLabel: (term: string) => `Uitleg: ${term}`,
  facilitatorNote: "Notitie voor de begeleider",
  notFoundTitle: "Pagina niet gevonden",
  notFoundText: "Deze pagina bestaat niet (meer). Zoek wat je nodig hebt, of kies hieronder een module.",
} as const;

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** A moment on this computer's own clock, for what happens during a workshop: "12 maart 2027" and "14:05". */
export function formatMoment(date: Date): { day: string; time: string } {
  return {
    day: new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(date),
    time: new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit" }).format(date),
  };
}
