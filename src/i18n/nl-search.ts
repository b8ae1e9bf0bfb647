// UI strings of search, in their own file so that reading pages do not load them (part of the Dutch dictionary).

/** Search strings: a separate export, so reading pages do not carry them in their JavaScript. */
export const nlSearch = {
    label: "Zoeken op deze site",
    pageLabel: "Zoeken met filter per module",
    button: "Zoeken",
    placeholder: "Bijvoorbeeld: taaltoets",
    shortcut: "Sneltoets: / of Ctrl+K",
    pageTitle: "Zoeken",
    pageIntro: "Zoek een woord. Je komt direct bij de stap die het uitlegt.",
    filterLabel: "Zoek in",
    allModules: "Alle modules en de begrippenlijst",
    noScript: "Zoeken werkt alleen met JavaScript. Hieronder vind je het overzicht van alle modules en stappen.",
    overviewHeading: "Alle modules en stappen",
    count: (n: number, q: string) => `${n} ${n === 1 ? "resultaat" : "resultaten"} voor ‘${q}’`,
    none: (q: string) => `Geen resultaten voor ‘${q}’`,
    failed: (q: string) => `Zoeken lukt nu niet, dus er zijn geen resultaten voor ‘${q}’. Is er geen internet? Open deze site één keer met internet, dan werkt zoeken daarna ook zonder.`,
    suggest: "Probeer een ander woord, of kies een module:",
    resultsLabel: "Zoekresultaten",
    definitionLabel: "Begrip",
    definitionLink: (term: string) => `${term} in de begrippenlijst`,
    countWithDefinition: (n: number, q: string) => `Begrip ‘${q}’ gevonden, met uitleg. ${n} ${n === 1 ? "resultaat" : "resultaten"} voor ‘${q}’`,
    allResults: "Alle resultaten op de zoekpagina",
} as const;
