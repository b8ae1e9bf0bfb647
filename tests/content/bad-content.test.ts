// Each fixture in tests/fixtures/bad-content/ holds one content mistake; the build must fail and say
// which file, which field, and what to do.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSite } from "./build-fixture.ts";

const fixture = (name: string) => `tests/fixtures/bad-content/${name}`;

const cases: { name: string; file: string; expected: string[] }[] = [
  {
    name: "missing-title",
    file: "modules/m/01-inleiding.mdx",
    expected: ["title: Het veld 'title' ontbreekt. Voeg het toe aan de frontmatter, bijvoorbeeld: title: \"Wachtlijsten en krapte\""],
  },
  {
    name: "wrong-type",
    file: "modules/m/index.mdx",
    expected: ["order: Het veld 'order' moet een heel getal zijn (1 = eerste module), bijvoorbeeld: order: 2"],
  },
  {
    name: "bad-date",
    file: "modules/m/index.mdx",
    expected: ["lastChecked: Het veld 'lastChecked' moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld: lastChecked: 2026-11-27"],
  },
  {
    name: "bad-duration",
    file: "modules/m/01-dilemma.mdx",
    expected: ["duration: Het veld 'duration' is het aantal minuten voor deze stap in een workshop, als getal zonder aanhalingstekens, bijvoorbeeld: duration: 15"],
  },
  {
    name: "unknown-step",
    file: "modules/m/02-kies.mdx",
    expected: ["veld: choices[1].goto", "probleem: de stap 'omgevingstafel' bestaat niet in module 'm'.", "wat te doen: kies een van deze stap-ids: inleiding, kies."],
  },
  {
    name: "duplicate-id",
    file: "modules/m/02-opties.mdx",
    expected: ["veld: <Option id> (regel 5)", "probleem: de id 'inleiding' komt twee keer voor in module 'm'", "wat te doen: geef elke stap, optie, dialoog en checklist in een module een eigen id."],
  },
  {
    name: "empty-perspective",
    file: "modules/m/01-dilemma.mdx",
    expected: ['veld: <Perspective title="Gemeente"> (regel 10)', "probleem: het perspectief 'Gemeente' is leeg.", "wat te doen: schrijf in een paar zinnen"],
  },
  {
    name: "empty-module",
    file: "modules/m/index.mdx",
    expected: ["veld: stappen", "probleem: de module 'm' heeft geen stappen.", "wat te doen: zet naast index.mdx minstens één stap"],
  },
  {
    name: "unknown-term",
    file: "modules/m/01-inleiding.mdx",
    expected: ['veld: <Begrip id="plan-van-aanpak"> (regel 4)', "probleem: het begrip 'plan-van-aanpak' staat niet in de begrippenlijst.", "wat te doen: maak content/begrippen/plan-van-aanpak.md"],
  },
  {
    name: "unknown-source-key",
    file: "modules/m/01-inleiding.mdx",
    expected: [
      "veld: sources",
      "probleem: de bron 'hersteloperatie-routekaart' staat niet in de 'sources' van tests/fixtures/bad-content/unknown-source-key/modules/m/index.mdx.",
      "wat te doen: kies een key uit tests/fixtures/bad-content/unknown-source-key/modules/m/index.mdx (wmo), of zet daar de bron bij 'sources' met key: hersteloperatie-routekaart.",
    ],
  },
  {
    name: "unexplained-abbreviation",
    file: "modules/m/01-inleiding.mdx",
    expected: [
      "veld: tekst (regel 6)",
      "probleem: de afkorting 'VNG' staat hier voor het eerst in module 'm', maar wordt niet uitgelegd.",
      `wat te doen: schrijf hem de eerste keer voluit in dezelfde zin, zoals 'Vereniging van Nederlandse Gemeenten (VNG)', of link hem naar de begrippenlijst: <Begrip id="vng">VNG</Begrip>.`,
    ],
  },
  {
    name: "unknown-choice",
    file: "modules/m/01-scenario.mdx",
    expected: ["veld: <Choice goto> / <Outcome back> (regel 10)", "probleem: 'inwoner-1-website' is geen situatie, uitkomst of stap in module 'm'.", "wat te doen: verwijs naar de id van een <Situation>, <Outcome> of stap in deze module."],
  },
  {
    name: "bad-bwb",
    file: "modules/m/01-inleiding.mdx",
    expected: [`legal.0.bwb: 'BWBR003536' is geen geldig BWB-id. Een BWB-id is BWBR (of BWBV) met zeven cijfers, bijvoorbeeld: bwb: "BWBR0035362". Kopieer het uit de link naar de wet op wetten.overheid.nl.`],
  },
  {
    name: "bad-legal-date",
    file: "modules/m/index.mdx",
    expected: ["legal.0.date: Het veld 'legal[].date' moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld: legal[].date: 2023-06-20"],
  },
  {
    name: "not-law-or-document",
    file: "modules/m/index.mdx",
    expected: ["legal.0: Dit item in 'legal' is geen wet en geen document. Een wet heeft 'law' en 'bwb' (en eventueel 'article'); een document heeft 'title', 'publisher', 'date' en 'url'."],
  },
  {
    name: "missing-review-before",
    file: "modules/m/index.mdx",
    expected: ["reviewBefore: Het veld 'reviewBefore' ontbreekt. Voeg het toe aan de frontmatter, bijvoorbeeld: reviewBefore: 2027-06-01"],
  },
  {
    name: "review-before-too-early",
    file: "modules/m/index.mdx",
    expected: [
      "reviewBefore: De datum in 'reviewBefore' (2026-06-01) ligt niet na 'lastChecked' (2026-11-28). Kies de datum waarop de module opnieuw gecontroleerd moet zijn, na de laatste controle, bijvoorbeeld een half jaar later: reviewBefore: 2027-05-28",
    ],
  },
];

describe.concurrent("a content mistake fails the build with file, field and fix", () => {
  for (const { name, file, expected } of cases) {
    it(name, async () => {
      const result = await buildSite({ CONTENT_DIR: fixture(name) });
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toContain(`${fixture(name)}/${file}`);
      for (const line of expected) expect(result.output).toContain(line);
    });
  }
});

describe("the good fixture builds", () => {
  it("a module with every shape builds without errors, and the build names what a host or a theme must still fix", async () => {
    // With a theme whose colours do not read well (tests/fixtures/bad-theme/): the build goes on, and says so.
    const result = await buildSite({ CONTENT_DIR: "tests/fixtures/good-content", SITE_URL: "", THEME: "tests/fixtures/bad-theme" });
    expect(result.code, result.output).toBe(0);
    // Without SITE_URL the build cannot know the public address for QR codes and print: it says so.
    expect(result.output).toMatch(/SITE_URL is niet gezet\. QR-codes gebruiken dan het adres waarop de pagina draait/);
    // A pair the theme set itself below WCAG AA: named with both tokens, their values and the ratio.
    expect(result.output).toContain("Thema tests/fixtures/bad-theme: 2 kleurparen halen het contrast van WCAG AA niet.");
    expect(result.output).toContain(
      "Stille tekst (aantallen, leestijd) op de pagina (licht): --basis-color-default-color-subtle (#9a9a9a) op --basis-color-default-bg-document (#ffffff) heeft contrast 2,81:1, WCAG AA vraagt 4,5:1.",
    );
    // A background the theme set under text it left to the default: that text becomes readable, and the build says how.
    expect(result.output).toContain(
      "Kop van de site (licht): --basis-color-accent-1-inverse-color-default (#ffffff) op --basis-color-accent-1-inverse-bg-default (#ffbf47) heeft contrast 1,64:1, WCAG AA vraagt 4,5:1. Het thema zet alleen de achtergrond; --basis-color-accent-1-inverse-color-default wordt daarom #000000.",
    );
    const css = readdirSync(`${result.outDir}/_astro`).filter((f) => f.endsWith(".css")).map((f) => readFileSync(`${result.outDir}/_astro/${f}`, "utf8")).join("");
    expect(css).toMatch(/:root\{[^}]*--basis-color-accent-1-inverse-color-default:#000(000)?[;}]/);
  });
});
