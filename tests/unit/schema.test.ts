// The frontmatter schemas (src/lib/schema.ts): a valid and an invalid example of each shape, with the message an author sees.
import { describe, expect, it } from "vitest";
import { moduleSchema, stepSchema, termSchema } from "../../src/lib/schema.ts";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

const validModule = { title: "Wet inburgering", summary: "Wat de gemeente doet.", order: 2, lastChecked: "2026-11-27", sources: [{ title: "Wet inburgering 2021", url: "https://wetten.overheid.nl/BWBR0044770" }] };

describe("module frontmatter", () => {
  it("accepts a complete module and reads the date", () => {
    const result = moduleSchema.safeParse(validModule);
    expect(result.success).toBe(true);
    expect(result.data?.lastChecked.toISOString().slice(0, 10)).toBe("2026-11-27");
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
