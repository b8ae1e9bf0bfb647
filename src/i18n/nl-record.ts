// UI strings for keeping a workshop record safe: when it was saved and downloaded, whether the browser keeps it, the
// reminder to download it, and merging a session from a second laptop. Loaded with the workshop code.

export const nlRecord = {
  exportReminder: "Bewaar wat je hebt vastgelegd als bestand, voordat je de browser sluit: Vastleggen, Download als JSON.",
  importChoiceTitle: "Wat wil je met deze sessie doen?",
  importChoice: (theirs: string, ours: string) => `In het bestand staat de sessie ‘${theirs}’. Hier is de sessie ‘${ours}’ open. Voeg je ze samen? Dan blijft alles van allebei bewaard: niets wordt opgeteld of weggegooid.`,
  importMerge: (ours: string) => `Voeg samen met ‘${ours}’`,
  importAsNew: "Voeg toe als aparte sessie",
  merged: (theirs: string, ours: string) => `De sessie ‘${theirs}’ is samengevoegd met ‘${ours}’.`,
  mergedNothing: (theirs: string, ours: string) => `In ‘${theirs}’ staat niets wat ‘${ours}’ nog niet had. Er is niets veranderd.`,
  mergedAdded: (title: string) => `${title}: nieuw uit het bestand.`,
  mergedRecord: (title: string, parts: string[]) => `${title}: ${parts.join(", ")}.`,
  mergedPart: (field: string, added: number) => {
    const count = (one: string, many: string) => `${added} ${added === 1 ? one : many} erbij`;
    if (field === "positions") return added > 0 ? `${count("positie van een groep", "posities van groepen")} (beide bewaard)` : "posities aangevuld";
    if (field === "afspraken") return added > 0 ? count("afspraak", "afspraken") : "afspraken aangevuld";
    if (field === "votes") return added > 0 ? `${count("stemming", "stemmingen")} (niet opgeteld)` : "stemmingen aangevuld";
    if (field === "notes") return "notities van allebei bewaard";
    return `‘${field}’ aangevuld`;
  },
  lastSaved: (time: string) => `Laatst bewaard in deze browser: ${time}.`,
  exportedAt: (time: string) => `Als bestand gedownload: ${time}.`,
  exportedBefore: (time: string) => `Als bestand gedownload: ${time}. Daarna is er nog iets veranderd.`,
  notExported: "Nog niet als bestand gedownload.",
  kept: "Deze browser bewaart de sessie, ook als hij weinig ruimte heeft.",
  keptRefused: "Let op: deze browser belooft niet dat hij de sessie bewaart. Op een laptop van je werk kan alles weg zijn als je de browser sluit. Download de sessie als JSON aan het eind van de workshop.",
} as const;
