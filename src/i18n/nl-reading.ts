// The UI strings the islands and scripts of a reading page carry (stepper, carousel, checklist, term pop-up, workshop
// bar). nl.ts adds them to the rest of the site's strings; islands import this file, so a page loads only these.
// What only the build writes into the HTML lives elsewhere: the shortcuts switch in nl.ts, the bar's labels in
// nl-workshop.ts.
export const nlReading = {
  stepOf: (index: number, total: number) => `Stap ${index} van ${total}`,
  announceStep: (index: number, total: number, title: string) => `Stap ${index} van ${total}: ${title}`,
  previousStep: "Vorige stap",
  nextStep: "Volgende stap",
  stepNavigation: "Stappen doorlopen",
  nextModule: (title: string) => `Volgende module: ${title}`,
  previousModule: (title: string) => `Vorige module: ${title}`,
  backToOverview: "Terug naar het overzicht van alle modules",
  unknownStep: (name: string) => `De stap ‘${name}’ bestaat niet in deze module. Je ziet nu de eerste stap.`,
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
  termMore: (term: string) => `Meer over ${term} in de begrippenlijst`,
} as const;

export type OptionNoun = keyof typeof nlReading.optionNouns;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** What the workshop bar's starter says (launcher.ts, offline-status.ts): the only workshop strings every reader loads. */
export const nlWorkshopLauncher = {
  present: "Presenteer",
  loadFailed: "Dit onderdeel kon niet laden. Controleer de verbinding en probeer het opnieuw.",
  offlineReady: "Klaar voor offline gebruik: deze site werkt nu ook zonder internet.",
  updateReady: "Er is een nieuwe versie van deze site.",
  updateNow: "Nieuwe versie laden",
} as const;

