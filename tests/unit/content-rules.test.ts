// Content rules beyond the frontmatter (src/lib/content-rules.ts and src/lib/outline.ts): ids, references, perspectives.
import { describe, expect, it } from "vitest";
import { checkGlossary, checkModule, checkModuleOrder, checkStepFolders, formatProblem, type StepSource } from "../../src/lib/content-rules.ts";
import { outlineStepBody, readingMinutes } from "../../src/lib/outline.ts";
import { checkAbbreviations, checkDeclaredAbbreviations, knownAbbreviations, type StepText } from "../../src/lib/abbreviations.ts";
import { checkStepSources, sourcesOfStep } from "../../src/lib/step-sources.ts";

const step = (file: string, body: string, data: Partial<StepSource["data"]> = {}): StepSource => ({
  entryId: `m/${file}`,
  filePath: `content/modules/m/${file}.mdx`,
  body,
  data: { title: file, ...data },
});

const dilemma = `<Perspectives>\n<Perspective title="Zorgaanbieder" icon="care-provider">\n\nWe willen meer tijd.\n\n</Perspective>\n<Perspective title="Gemeente" icon="municipality">\n\nWe willen minder kosten.\n\n</Perspective>\n</Perspectives>\n\n<Options title="Voorbeelden" noun="voorbeeld">\n<Option id="kwartaal" title="Elk kwartaal">\n\nTekst.\n\n</Option>\n</Options>\n<Dialog id="meer" trigger="Meer" title="Meer weten">\n\nX\n\n</Dialog>`;

describe("outline of a step body", () => {
  it("finds options with their carousel, dialogs and perspectives", () => {
    const outline = outlineStepBody(dilemma);
    expect(outline.targets.map((t) => [t.kind, t.id, t.group])).toEqual([
      ["option", "kwartaal", "opties-kwartaal"],
      ["dialog", "meer", undefined],
    ]);
    expect(outline.perspectives.map((p) => [p.title, p.empty])).toEqual([["Zorgaanbieder", false], ["Gemeente", false]]);
    expect(outline.optionGroups).toMatchObject([{ title: "Voorbeelden", noun: "voorbeeld", optionCount: 1 }]);
  });
  it("reads the MDX tree, so quotes, self-closing tags and text that looks like a tag do not mislead it", () => {
    const body = `Een regel met code: \`<Option id="nep" title="Nep">\`.\n\n<Options title='Twee'>\n<Option id='een' title="Een" />\n<Option id="twee" title="Twee">\n\nTekst met <Begrip id="wmo">Wmo</Begrip>.\n\n</Option>\n</Options>\n\n<Scenario title="S">\n<Situation id="start" title="Start">\n<Choice goto="einde">Door</Choice>\n</Situation>\n<Outcome id="einde" title="Einde" back="start">\nKlaar\n</Outcome>\n</Scenario>`;
    const outline = outlineStepBody(body);
    expect(outline.targets.map((t) => [t.kind, t.id, t.group, t.line])).toEqual([
      ["option", "een", "opties-een", 4],
      ["option", "twee", "opties-een", 5],
      ["scene", "start", undefined, 13],
      ["scene", "einde", undefined, 16],
    ]);
    expect(outline.optionGroups.map((g) => [g.id, g.optionCount])).toEqual([["opties-een", 2]]);
    expect(outline.terms).toEqual([{ id: "wmo", line: 7 }]);
    expect(outline.choiceTargets.map((c) => c.goto)).toEqual(["einde", "start"]);
  });
  it("names the line of MDX it cannot read", () => {
    const { problems } = checkModule("m", "i", [step("01-a", "Tekst\n\n<Options title=\"x\">\n<Option id=\"a\" title=\"A\">\n")]);
    expect(problems.map((p) => [p.field, p.problem.startsWith("de tekst kan niet gelezen worden")])).toEqual([["MDX (regel 3)", true]]);
  });
  it("gives at least one minute of reading", () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(900)).toBe(5);
  });
});

describe("module rules", () => {
  it("accepts a valid module in file order", () => {
    const result = checkModule("m", "content/modules/m/index.mdx", [step("02-wachtlijsten", dilemma), step("01-inleiding", "Hallo")]);
    expect(result.problems).toEqual([]);
    expect(result.steps.map((s) => s.stepId)).toEqual(["inleiding", "wachtlijsten"]);
  });
  it("names file, field and fix for a duplicate id", () => {
    const { problems } = checkModule("m", "i", [step("01-kwartaal", "x"), step("02-wachtlijsten", dilemma)]);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe(
      "content/modules/m/02-wachtlijsten.mdx\n  veld: <Option id> (regel 15)\n  probleem: de id 'kwartaal' komt twee keer voor in module 'm' (ook in content/modules/m/01-kwartaal.mdx).\n  wat te doen: geef elke stap, optie, dialoog en checklist in een module een eigen id.",
    );
  });
  it("reports an unknown step in next and in choices", () => {
    const { problems } = checkModule("m", "i", [step("01-kies", "x", { choices: [{ goto: "b" }, { goto: "nergens" }] }), step("02-b", "y", { next: "weg" })]);
    expect(problems.map((p) => [p.file, p.field, p.problem])).toEqual([
      ["content/modules/m/01-kies.mdx", "choices[1].goto", "de stap 'nergens' bestaat niet in module 'm'."],
      ["content/modules/m/02-b.mdx", "next", "de stap 'weg' bestaat niet in module 'm'."],
    ]);
    expect(problems[0]!.fix).toBe("kies een van deze stap-ids: kies, b.");
  });
  it("reports an empty perspective, an option without id, an empty carousel and an empty module", () => {
    const body = `<Perspectives>\n<Perspective title="Gemeente" icon="municipality">\n\n</Perspective>\n<Perspective title="Zorgaanbieder" icon="care-provider">\nJa\n</Perspective>\n</Perspectives>\n<Options title="Leeg">\n</Options>\n<Options title="X">\n<Option title="Zonder id">\nx\n</Option>\n</Options>`;
    const { problems } = checkModule("m", "i", [step("01-a", body)]);
    expect(problems.map((p) => p.problem)).toEqual([
      "<Option> mist het attribuut 'id'.",
      "het perspectief 'Gemeente' is leeg.",
      "deze carrousel heeft geen opties.",
    ]);
    expect(checkModule("leeg", "content/modules/leeg/index.mdx", []).problems[0]).toMatchObject({ field: "stappen", problem: "de module 'leeg' heeft geen stappen." });
  });
  it("asks for a known icon on each side of a dilemma, with the icons to choose from", () => {
    const body = `<Perspectives>\n<Perspective title="Gemeente" icon="kasteel">\n\nA.\n\n</Perspective>\n<Perspective title="Inwoner">\n\nB.\n\n</Perspective>\n</Perspectives>`;
    const { problems } = checkModule("m", "i", [step("01-a", body)]);
    expect(problems.map((p) => [p.field, p.problem])).toEqual([
      ["<Perspective icon> (regel 7)", "<Perspective> mist het attribuut 'icon'."],
      ['<Perspective icon="kasteel"> (regel 2)', "het pictogram 'kasteel' bestaat niet."],
    ]);
    expect(problems[1]!.fix).toMatch(/^kies een van deze pictogrammen: child, family, .*municipality, care-provider/);
  });
  it("asks for the NN-id file name", () => {
    const { problems } = checkModule("m", "i", [step("Inleiding", "x")]);
    expect(problems[0]).toMatchObject({ field: "bestandsnaam" });
  });
});

describe("rules across modules", () => {
  it("names an unknown related begrip, a step folder without index.mdx and a shared order", () => {
    expect(checkGlossary([{ id: "wmo", file: "content/begrippen/wmo.md", related: ["jeugdwet", "wmo"] }]).map((p) => [p.file, p.field, p.problem])).toEqual([
      ["content/begrippen/wmo.md", "related", "het verwante begrip 'jeugdwet' staat niet in de begrippenlijst."],
    ]);
    expect(checkStepFolders(new Set(["jeugdzorg"]), [{ entryId: "jeugdzorg/01-a", file: "a" }, { entryId: "wees/01-b", file: "content/modules/wees/01-b.mdx" }]).map((p) => p.problem)).toEqual([
      "de map 'wees' heeft stappen maar geen index.mdx met de gegevens van de module.",
    ]);
    expect(checkModuleOrder([{ id: "a", file: "a", order: 1 }, { id: "b", file: "content/modules/b/index.mdx", order: 1 }, { id: "c", file: "c", order: 2 }]).map((p) => [p.file, p.problem])).toEqual([
      ["content/modules/b/index.mdx", "module 'b' heeft dezelfde 'order' (1) als module 'a'."],
    ]);
  });
});

describe("the sources of a step", () => {
  const sources = [
    { key: "wet", title: "De wet", url: "https://wetten.overheid.nl/BWBR0035362" },
    { key: "brief", title: "De brief" },
    { key: "nota", title: "De nota" },
  ];
  it("are the ones the step names, in its own order, never the module's whole list", () => {
    expect(sourcesOfStep(["nota", "wet"], sources).map((s) => s.title)).toEqual(["De nota", "De wet"]);
    expect(sourcesOfStep([], sources)).toEqual([]);
  });
  it("name file, field and the keys to choose from when a key is unknown", () => {
    const problems = checkStepSources("content/modules/m/index.mdx", sources, [
      { filePath: "content/modules/m/01-a.mdx", keys: ["wet"] },
      { filePath: "content/modules/m/02-b.mdx", keys: ["brief", "routekaart"] },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      "content/modules/m/02-b.mdx\n  veld: sources\n  probleem: de bron 'routekaart' staat niet in de 'sources' van content/modules/m/index.mdx.\n  wat te doen: kies een key uit content/modules/m/index.mdx (wet, brief, nota), of zet daar de bron bij 'sources' met key: routekaart.",
    ]);
    expect(checkStepSources("i.mdx", [{ title: "Zonder key" }], [{ filePath: "a", keys: ["x"] }])[0]!.fix).toBe("geef de bron in i.mdx onder 'sources' een key (key: x) en noem die key hier.");
  });
});

describe("every abbreviation explained at its first use", () => {
  const known = knownAbbreviations([
    { id: "vng", term: "VNG", aliases: ["Vereniging van Nederlandse Gemeenten"], abbreviation: "VNG" },
    { id: "azc", term: "Azc", aliases: ["asielzoekerscentrum"], abbreviation: "azc" },
    { id: "wmo", term: "Wmo", aliases: ["Wmo 2015", "Wet maatschappelijke ondersteuning"], abbreviation: "Wmo" },
  ]);
  const text = (file: string, body: string, title = "Titel"): StepText => ({
    filePath: `content/modules/m/${file}.mdx`,
    blocks: [{ field: "title", line: 1, runs: [{ text: title }] }, ...outlineStepBody(body, 3).text],
  });
  const check = (...steps: StepText[]) => checkAbbreviations("m", steps, known).map((p) => [p.file, p.field, p.problem]);

  it("keeps only the names that write an abbreviation out", () => {
    expect(known.find((k) => k.id === "wmo")!.writtenOut).toEqual(["Wet maatschappelijke ondersteuning"]);
  });
  it("accepts the full name in the same sentence, or a link to the begrip", () => {
    expect(check(text("01-a", "De Vereniging van Nederlandse Gemeenten (VNG) helpt. De VNG weet veel.\n\nIn het <Begrip id=\"azc\">azc</Begrip> wacht hij. Een Azc is druk.\n\nDe Wet maatschappelijke ondersteuning, de Wmo, geldt."))).toEqual([]);
  });
  it("names the first use when it is not explained, even if a later use is", () => {
    expect(check(text("01-a", "Gemeenten werken samen."), text("02-b", "De VNG helpt. De VNG is de Vereniging van Nederlandse Gemeenten.\n\nMet een <Begrip id=\"vng\">VNG</Begrip>-link."))).toEqual([
      ["content/modules/m/02-b.mdx", "tekst (regel 4)", "de afkorting 'VNG' staat hier voor het eerst in module 'm', maar wordt niet uitgelegd."],
    ]);
  });
  it("counts a title, a shown attribute and a link to another begrip, but not a facilitator's note or a longer word", () => {
    expect(check(text("01-a", "Tekst.", "Het azc"))).toEqual([["content/modules/m/01-a.mdx", "title", "de afkorting 'azc' staat hier voor het eerst in module 'm', maar wordt niet uitgelegd."]]);
    expect(check(text("01-a", "<Option id=\"o\" title=\"Bel de VNG\">\n\nDe Vereniging van Nederlandse Gemeenten (VNG).\n\n</Option>"))).toEqual([["content/modules/m/01-a.mdx", "tekst (regel 4)", "de afkorting 'VNG' staat hier voor het eerst in module 'm', maar wordt niet uitgelegd."]]);
    expect(check(text("01-a", "Het <Begrip id=\"wmo\">VNG-overleg</Begrip>."))).toHaveLength(1);
    expect(check(text("01-a", "<Begeleidersnotitie>\n\nVraag de VNG.\n\n</Begeleidersnotitie>\n\nDe VNGers en de Wmoloket zijn geen afkortingen hier."))).toEqual([]);
  });
  it("says what to write, with the full name", () => {
    const [problem] = checkAbbreviations("m", [text("01-a", "De VNG.")], known);
    expect(problem!.fix).toBe(`schrijf hem de eerste keer voluit in dezelfde zin, zoals 'Vereniging van Nederlandse Gemeenten (VNG)', of link hem naar de begrippenlijst: <Begrip id="vng">VNG</Begrip>.`);
  });
  it("asks a begrip for a searchable abbreviation with a full name, declared once", () => {
    const problems = checkDeclaredAbbreviations([
      { id: "vng", file: "vng.md", term: "VNG", aliases: ["Vereniging van Nederlandse Gemeenten"], abbreviation: "VNG" },
      { id: "uwv", file: "uwv.md", term: "Uitvoeringsinstituut Werknemersverzekeringen", aliases: [], abbreviation: "UWV" },
      { id: "dso", file: "dso.md", term: "DSO", aliases: [], abbreviation: "DSO" },
      { id: "vng2", file: "vng2.md", term: "Gemeentevereniging", aliases: ["VNG"], abbreviation: "VNG" },
    ]);
    expect(problems.map((p) => [p.file, p.field, p.problem])).toEqual([
      ["uwv.md", "abbreviation", "de afkorting 'UWV' is niet de 'term' en staat niet in 'aliases'."],
      ["dso.md", "aliases", "het begrip heeft de afkorting 'DSO', maar geen naam voluit."],
      ["vng2.md", "abbreviation", "de afkorting 'VNG' hoort ook al bij het begrip 'vng'."],
    ]);
  });
});
