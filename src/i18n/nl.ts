// Every UI string of the site, in Dutch, in one place. Content text lives in content/, not here.
export const nl = {
  skipToContent: "Naar de inhoud",
  home: "Home",
  moduleOf: (index: number, total: number) => `Module ${index} van ${total}`,
  siteNavigation: "Hoofdmenu",
  modulesHeading: "Alle modules",
  modulesIntro: "De modules vormen samen één verhaal: aan het eind van een module ga je verder met de volgende. Je kunt ook bij elke module beginnen.",
  otherModules: "Overige modules",
  whatIsThisSite: "Wat is deze site?",
  steps: (n: number) => (n === 1 ? "1 stap" : `${n} stappen`),
  readingTime: (minutes: number) => `${minutes} min lezen`,
  stepOf: (index: number, total: number) => `Stap ${index} van ${total}`,
  announceStep: (index: number, total: number, title: string) => `Stap ${index} van ${total}: ${title}`,
  previousStep: "Vorige stap",
  nextStep: "Volgende stap",
  stepNavigation: "Stappen doorlopen",
  overview: (n: number) => `Overzicht: alle ${n} stappen`,
  overviewLabel: "Stappen in deze module",
  nextModule: (title: string) => `Volgende module: ${title}`,
  previousModule: (title: string) => `Vorige module: ${title}`,
  backToOverview: "Terug naar het overzicht van alle modules",
  unknownStep: (name: string) => `De stap ‘${name}’ bestaat niet in deze module. Je ziet nu de eerste stap.`,
  closeNotice: "Melding sluiten",
  sourceLabel: "Bron:",
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
  close: "Sluiten",
  optionNouns: {
    optie: { one: "optie", many: "opties", prev: "Vorige optie", next: "Volgende optie" },
    betrokkene: { one: "betrokkene", many: "betrokkenen", prev: "Vorige betrokkene", next: "Volgende betrokkene" },
    voorbeeld: { one: "voorbeeld", many: "voorbeelden", prev: "Vorig voorbeeld", next: "Volgend voorbeeld" },
    tip: { one: "tip", many: "tips", prev: "Vorige tip", next: "Volgende tip" },
  },
  showOptions: (many: string, n: number) => `Bekijk de ${n} ${many}`,
  optionOf: (one: string, index: number, total: number) => `${capitalize(one)} ${index} van ${total}`,
  checklistSaved: "Wat je aanvinkt, blijft alleen in deze browser bewaard.",
  checklistProgress: (done: number, total: number) => `${done} van ${total} afgevinkt`,
  savedDamaged: "Je opgeslagen vinkjes konden niet worden gelezen. We zijn opnieuw begonnen en hebben de oude gegevens apart bewaard.",
  downloadDamaged: "Download de oude gegevens",
  chooseAgain: "Kies opnieuw",
  sceneOf: (title: string) => `Scenario: ${title}`,
  glossaryTitle: "Begrippenlijst",
  glossaryIntro: "Uitleg van woorden die vaak voorkomen in het sociaal domein, van A tot Z.",
  glossaryLetters: "Naar letter",
  glossaryDigits: "0–9",
  relatedTerms: "Zie ook",
  usedInModules: "Komt voor in",
  termMore: (term: string) => `Meer over ${term} in de begrippenlijst`,
  termDialogLabel: (term: string) => `Uitleg: ${term}`,
  facilitatorNote: "Notitie voor de begeleider",
  notFoundTitle: "Pagina niet gevonden",
  notFoundText: "Deze pagina bestaat niet (meer). Zoek wat je nodig hebt, of kies hieronder een module.",
} as const;

export type OptionNoun = keyof typeof nl.optionNouns;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** The workshop buttons under every module step: the only workshop strings every reader loads. */
export const nlWorkshopLauncher = {
  launcherLabel: "Voor een workshop",
  present: "Presenteer",
  record: "Vastleggen",
  shortcuts: "Sneltoetsen met één toets aan (P, F, Q, B en / voor zoeken)",
  loadFailed: "Dit onderdeel kon niet laden. Controleer de verbinding en probeer het opnieuw.",
  offlineReady: "Klaar voor offline gebruik: deze site werkt nu ook zonder internet.",
  updateReady: "Er is een nieuwe versie van deze site.",
  updateNow: "Nieuwe versie laden",
} as const;

