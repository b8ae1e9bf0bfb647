// The frontmatter schemas (src/lib/schema.ts): a valid and an invalid example of each shape, with the message an author sees.
import { describe, expect, it } from "vitest";
import { moduleSchema, stepSchema, termSchema } from "../../src/lib/schema.ts";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

const validModule = { title: "Wet inburgering", summary: "Wat de gemeente doet.", icon: "language", order: 2, lastChecked: "2026-11-27", reviewBefore: "2027-06-01", sources: [{ title: "Wet inburgering 2021", url: "https://wetten.overheid.nl/BWBR0044770" }] };

describe("module frontmatter", () => {
  it("accepts a complete module and reads the date", () => {
    const result = moduleSchema.safeParse(validModule);
    expect(result.success).toBe(true);
    expect(result.data?.lastChecked.toISOString().slice(0, 10)).toBe("2026-11-27");
  });
  it("asks for an icon from the site's set, and names them", () => {
    const { icon: _, ...withoutIcon } = validModule;
    for (const module of [withoutIcon, { ...validModule, icon: "kasteel" }]) {
      expect(messages(moduleSchema.safeParse(module))).toEqual([
        'icon: Het veld \'icon\' moet een van deze pictogrammen zijn: child, family, language, home, map, door, puzzle, handshake, shield, municipality, care-provider, resident, school, work. Bijvoorbeeld: icon: "family"',
      ]);
    }
  });
  it("says what to add when the title is missing", () => {
    const { title: _title, ...rest } = validModule;
    expect(messages(moduleSchema.safeParse(rest))).toEqual([`title: Het veld 'title' ontbreekt. Voeg het toe aan de frontmatter, bijvoorbeeld: title: "Dilemma's in de jeugdzorg"`]);
  });
  it("rejects a date that is not a date", () => {
    expect(messages(moduleSchema.safeParse({ ...validModule, lastChecked: "vorige week" }))[0]).toMatch(/^lastChecked: .*JJJJ-MM-DD/);
  });
  it("rejects a wrong type, an empty source list and a bad url", () => {
    expect(messages(moduleSchema.safeParse({ ...validModule, order: "twee" }))[0]).toMatch(/^order: .*heel getal/);
    expect(messages(moduleSchema.safeParse({ ...validModule, sources: [] }))[0]).toMatch(/^sources: Noem minstens één bron/);
    expect(messages(moduleSchema.safeParse({ ...validModule, sources: [{ title: "X", url: "wetten" }] }))[0]).toMatch(/^sources\.0\.url: /);
  });
});

describe("step frontmatter, each shape", () => {
  it("accepts a plain step, a dilemma, a branch step and a choice", () => {
    for (const step of [
      { title: "Inleiding" },
      { title: "Wachtlijsten", question: "Waarom word ik niet direct geholpen?", record: true },
      { title: "Eenvoudige aanvraag", branch: "eenvoudig", next: "slot" },
      { title: "Kies", choices: [{ label: "Eenvoudig", goto: "eenvoudige-aanvraag" }, { label: "Complex", goto: "complexe-aanvraag", description: "Met omgevingstafel." }] },
    ]) {
      expect(messages(stepSchema.safeParse(step))).toEqual([]);
    }
  });
  it("rejects an empty title, a one-way choice and a malformed step reference", () => {
    expect(messages(stepSchema.safeParse({ title: "  " }))[0]).toMatch(/^title: Het veld 'title' is leeg/);
    expect(messages(stepSchema.safeParse({ title: "Kies", choices: [{ label: "Alleen", goto: "een" }] }))[0]).toMatch(/minstens twee/);
    expect(messages(stepSchema.safeParse({ title: "X", next: "Slot Stap" }))[0]).toMatch(/^next: .*kleine letters/);
  });
  it("reads a suggested time in minutes and says how to write it when it is not a number", () => {
    expect(stepSchema.safeParse({ title: "Wachtlijsten", duration: 15 }).data?.duration).toBe(15);
    expect(messages(stepSchema.safeParse({ title: "X", duration: "15 minuten" }))).toEqual([
      "duration: Het veld 'duration' is het aantal minuten voor deze stap in een workshop, als getal zonder aanhalingstekens, bijvoorbeeld: duration: 15",
    ]);
    expect(messages(stepSchema.safeParse({ title: "X", duration: 0 }))[0]).toMatch(/^duration: .*1 minuut of meer/);
    expect(messages(stepSchema.safeParse({ title: "X", duration: 7.5 }))[0]).toMatch(/^duration: .*heel aantal minuten/);
  });
});

const law = { law: "Wet maatschappelijke ondersteuning 2015", bwb: "BWBR0035362", article: "2.3.2" };
const policy = { title: "Hervormingsagenda Jeugd 2023-2028", publisher: "Rijksoverheid", date: "2023-06-20", url: "https://www.rijksoverheid.nl/documenten" };

describe("sources: a key per module source, and the keys a step rests on", () => {
  it("reads a source's key and a step's keys; a step without sources has none", () => {
    const module = moduleSchema.safeParse({ ...validModule, sources: [{ key: "wet-inburgering", title: "Wet inburgering 2021" }, { title: "Zonder key" }] });
    expect(module.data?.sources.map((s) => s.key)).toEqual(["wet-inburgering", undefined]);
    expect(stepSchema.parse({ title: "Stap", sources: ["wet-inburgering"] }).sources).toEqual(["wet-inburgering"]);
    expect(stepSchema.parse({ title: "Stap" }).sources).toEqual([]);
  });
  it("rejects a key twice in the module, a key that is not a short name, and the old sourceNote", () => {
    expect(messages(moduleSchema.safeParse({ ...validModule, sources: [{ key: "wet", title: "A" }, { key: "wet", title: "B" }] }))).toEqual([
      "sources.1.key: De key 'wet' staat twee keer in 'sources'. Geef elke bron een eigen key.",
    ]);
    expect(messages(stepSchema.safeParse({ title: "Stap", sources: ["Routekaart VNG"] }))).toEqual([
      "sources.0: 'sources[]' moet een korte naam zijn: kleine letters, cijfers en streepjes (zoals 'hersteloperatie-routekaart').",
    ]);
    expect(messages(stepSchema.safeParse({ title: "Stap", sourceNote: true }))).toEqual([
      "sourceNote: Het veld 'sourceNote' bestaat niet meer. Noem onder 'sources' de bronnen van deze stap, met hun key uit de 'sources' van index.mdx, bijvoorbeeld: sources: [hersteloperatie-routekaart]",
    ]);
  });
});

describe("reviewBefore: when the module must be checked again", () => {
  it("is required, with an example of what to write", () => {
    const { reviewBefore: _reviewBefore, ...rest } = validModule;
    expect(messages(moduleSchema.safeParse(rest))).toEqual(["reviewBefore: Het veld 'reviewBefore' ontbreekt. Voeg het toe aan de frontmatter, bijvoorbeeld: reviewBefore: 2027-06-01"]);
  });
  it("takes a date as YAML gives it (a date) or as quoted text, and nothing else", () => {
    expect(moduleSchema.parse({ ...validModule, reviewBefore: new Date("2027-06-01") }).reviewBefore.toISOString()).toBe("2027-06-01T00:00:00.000Z");
    for (const wrong of ["1-6-2027", "2027-02-30", "over een half jaar"]) {
      expect(messages(moduleSchema.safeParse({ ...validModule, reviewBefore: wrong }))).toEqual([
        "reviewBefore: Het veld 'reviewBefore' moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld: reviewBefore: 2027-06-01",
      ]);
    }
  });
  it("must lie after lastChecked, and the message suggests a date half a year on", () => {
    for (const early of ["2026-11-27", "2026-01-01"]) {
      expect(messages(moduleSchema.safeParse({ ...validModule, reviewBefore: early }))).toEqual([
        `reviewBefore: De datum in 'reviewBefore' (${early}) ligt niet na 'lastChecked' (2026-11-27). Kies de datum waarop de module opnieuw gecontroleerd moet zijn, na de laatste controle, bijvoorbeeld een half jaar later: reviewBefore: 2027-05-27`,
      ]);
    }
    expect(moduleSchema.safeParse({ ...validModule, reviewBefore: "2026-11-28" }).success).toBe(true);
  });
});

describe("legal: the laws and documents a module or step rests on", () => {
  it("reads a law, a law with an article and a policy document, and says which kind each is", () => {
    const result = moduleSchema.parse({ ...validModule, legal: [{ law: "Jeugdwet", bwb: "BWBR0034925" }, law, policy] });
    expect(result.legal).toEqual([
      { kind: "law", law: "Jeugdwet", bwb: "BWBR0034925" },
      { kind: "law", ...law },
      { kind: "document", ...policy, date: new Date("2023-06-20T00:00:00Z") },
    ]);
    expect(stepSchema.parse({ title: "Stap", legal: [law] }).legal).toEqual([{ kind: "law", ...law }]);
  });
  it("is optional: a module or step without it has an empty list", () => {
    expect(moduleSchema.parse(validModule).legal).toEqual([]);
    expect(stepSchema.parse({ title: "Stap" }).legal).toEqual([]);
  });
  it("rejects a malformed BWB id and names the value, the form and where to find the id", () => {
    for (const bwb of ["BWBR003536", "bwbr0035362", "BWBX0035362", "0035362"]) {
      expect(messages(moduleSchema.safeParse({ ...validModule, legal: [{ ...law, bwb }] }))).toEqual([
        `legal.0.bwb: '${bwb}' is geen geldig BWB-id. Een BWB-id is BWBR (of BWBV) met zeven cijfers, bijvoorbeeld: bwb: "BWBR0035362". Kopieer het uit de link naar de wet op wetten.overheid.nl.`,
      ]);
    }
    expect(messages(stepSchema.safeParse({ title: "Stap", legal: [{ law: "Jeugdwet" }] }))[0]).toMatch(/^legal\.0\.bwb: Bij een wet hoort het veld 'legal\[\]\.bwb'/);
  });
  it("rejects an article written with the word 'artikel'", () => {
    expect(messages(moduleSchema.safeParse({ ...validModule, legal: [{ ...law, article: "artikel 2.3.2" }] }))).toEqual([
      "legal.0.article: 'artikel 2.3.2' is geen artikelnummer. Schrijf alleen het nummer, zonder het woord 'artikel', bijvoorbeeld: article: \"2.3.2\"",
    ]);
  });
  it("rejects a document with a malformed date or without its url", () => {
    expect(messages(moduleSchema.safeParse({ ...validModule, legal: [{ ...policy, date: "20-06-2023" }] }))).toEqual([
      "legal.0.date: Het veld 'legal[].date' moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld: legal[].date: 2023-06-20",
    ]);
    const { url: _url, ...withoutUrl } = policy;
    expect(messages(moduleSchema.safeParse({ ...validModule, legal: [withoutUrl] }))[0]).toMatch(/^legal\.0\.url: Bij een document hoort het veld 'legal\[\]\.url'/);
  });
  it("rejects an item that is neither a law nor a document, or mixes the two", () => {
    expect(messages(moduleSchema.safeParse({ ...validModule, legal: [law, { naam: "Jeugdwet" }] }))).toEqual([
      "legal.1: Dit item in 'legal' is geen wet en geen document. Een wet heeft 'law' en 'bwb' (en eventueel 'article'); een document heeft 'title', 'publisher', 'date' en 'url'.",
    ]);
    expect(messages(moduleSchema.safeParse({ ...validModule, legal: ["Jeugdwet"] }))[0]).toMatch(/^legal\.0: Dit item in 'legal' is geen wet en geen document/);
    expect(messages(moduleSchema.safeParse({ ...validModule, legal: [{ ...law, url: "https://wetten.overheid.nl" }] }))[0]).toMatch(/^legal\.0: .*mengt een wet .* Maak er twee items van\.$/);
  });
});

describe("changelog: what changed in the module", () => {
  it("reads dated entries with their changes, and is optional", () => {
    const result = moduleSchema.parse({ ...validModule, changelog: [{ date: "2026-11-28", changes: ["De stap over geld is nieuw."] }] });
    expect(result.changelog).toEqual([{ date: new Date("2026-11-28T00:00:00Z"), changes: ["De stap over geld is nieuw."] }]);
    expect(moduleSchema.parse(validModule).changelog).toEqual([]);
  });
  it("rejects an entry without a date or without changes", () => {
    expect(messages(moduleSchema.safeParse({ ...validModule, changelog: [{ changes: ["Iets."] }] }))).toEqual([
      "changelog.0.date: Het veld 'changelog[].date' ontbreekt. Voeg het toe aan de frontmatter, bijvoorbeeld: changelog[].date: 2026-11-28",
    ]);
    expect(messages(moduleSchema.safeParse({ ...validModule, changelog: [{ date: "2026-11-28", changes: [] }] }))).toEqual([
      "changelog.0.changes: Noem in 'changelog[].changes' minstens één verandering.",
    ]);
  });
});

describe("begrip frontmatter", () => {
  it("reads other names (aliases), and none when the field is absent", () => {
    expect(termSchema.parse({ term: "Wmo", aliases: ["Wmo 2015", "Wet maatschappelijke ondersteuning"] }).aliases).toEqual(["Wmo 2015", "Wet maatschappelijke ondersteuning"]);
    expect(termSchema.parse({ term: "Triage" }).aliases).toEqual([]);
  });
  it("says how to write aliases when they are not a list of names", () => {
    expect(messages(termSchema.safeParse({ term: "Wmo", aliases: "Wmo 2015" }))[0]).toMatch(/^aliases: Het veld 'aliases' moet een lijst van namen zijn/);
    expect(messages(termSchema.safeParse({ term: "Wmo", aliases: [""] }))[0]).toMatch(/Het veld 'aliases' is leeg/);
  });
});

describe("begrip frontmatter: abbreviation", () => {
  it("reads one word, and rejects a phrase", () => {
    expect(termSchema.parse({ term: "VNG", aliases: ["Vereniging van Nederlandse Gemeenten"], abbreviation: "VNG" }).abbreviation).toBe("VNG");
    expect(messages(termSchema.safeParse({ term: "VNG", abbreviation: "V.N.G." }))).toEqual([`abbreviation: Het veld 'abbreviation' is één woord zonder spaties of punten, bijvoorbeeld: abbreviation: "VNG"`]);
  });
});

describe("step frontmatter: vote (voting with cards)", () => {
  it("accepts four answers and says how to write them when there are not four", () => {
    const vote = ["Vooral de aanbieder", "Vooral de gemeente", "Allebei", "Weet ik niet"];
    expect(stepSchema.safeParse({ title: "Dilemma", vote }).data?.vote).toEqual(vote);
    expect(messages(stepSchema.safeParse({ title: "Dilemma", vote: vote.slice(0, 3) }))[0]).toMatch(/^vote: Het veld 'vote' noemt de vier antwoorden A, B, C en D/);
  });
});

describe("step frontmatter, the facilitator's block", () => {
  const workshop = { goal: "De groep ziet waarom wachten lastig is.", question: "Hoe houden jullie zicht op wie wacht?" };
  it("accepts goal and question, with follow-ups and a cue", () => {
    const result = stepSchema.safeParse({ title: "Wachtlijsten", workshop: { ...workshop, ask: ["Wie merkt het eerst?"], cue: "afspraken" } });
    expect(messages(result)).toEqual([]);
    expect(result.data?.workshop?.ask).toEqual(["Wie merkt het eerst?"]);
  });
  it("says what is missing, what a cue can be, and refuses an unknown key", () => {
    expect(messages(stepSchema.safeParse({ title: "X", workshop: { goal: workshop.goal } }))[0]).toMatch(/^workshop\.question: Het veld 'workshop\.question' ontbreekt/);
    expect(messages(stepSchema.safeParse({ title: "X", workshop: { ...workshop, cue: "stem" } }))[0]).toMatch(/^workshop\.cue: .*bespreken, stemmen, vastleggen, afspraken/);
    expect(messages(stepSchema.safeParse({ title: "X", workshop: { ...workshop, notes: "x" } }))).toEqual(["workshop: Het blok 'workshop' kent 'notes' niet. Gebruik alleen: goal, question, ask, expect, then en cue."]);
  });
});
