// Dutch compound words split into their parts (src/lib/decompound.ts), with a small word list.
import { describe, expect, it } from "vitest";
import { createDecompounder, lexiconFromHunspell } from "../../src/lib/decompound.ts";

const lexicon = new Set(
  "jeugd hulp omgeving vergunning tafel intake kind opvang toeslag gemeente gemeen status statu houder kennis kennisnet netwerk werk onder wijs onderwijs wacht lijst overbrugging zorg leerbaarheid toets stoet dienst verlening vers lag verslag maat schappelijk".split(" "),
);
const { parts } = createDecompounder(lexicon);

describe("decompounding", () => {
  it("splits a compound into the words it is made of, linking sounds left out", () => {
    expect(parts("jeugdhulp")).toEqual(["jeugd", "hulp"]);
    expect(parts("Omgevingsvergunning")).toEqual(["omgeving", "vergunning"]);
    expect(parts("kinderopvangtoeslag")).toEqual(["kind", "opvang", "toeslag"]);
    expect(parts("overbruggingszorg")).toEqual(["overbrugging", "zorg"]);
  });
  it("keeps the ending on the last part: Pagefind's Dutch stemming takes it from there", () => {
    expect(parts("wachtlijsten")).toEqual(["wacht", "lijsten"]);
  });
  it("prefers the head of the compound whole, a bare last part, and no linking sound", () => {
    expect(parts("kennisnetwerk")).toEqual(["kennis", "netwerk"]);
    expect(parts("leerbaarheidstoets")).toEqual(["leerbaarheid", "toets"]);
    expect(parts("statushouder")).toEqual(["status", "houder"]);
  });
  it("leaves alone words that only look like compounds: prefixes, suffixes, inflected words", () => {
    expect(parts("onderwijs")).toEqual([]);
    expect(parts("gemeenten")).toEqual([]);
    expect(parts("verslag")).toEqual([]);
    expect(parts("maatschappelijk")).toEqual([]);
    expect(parts("hulp")).toEqual([]);
    expect(parts("B1-route")).toEqual([]);
  });
  it("reads a hunspell word list: flags dropped, ĳ as ij, proper names left out", () => {
    expect([...lexiconFromHunspell("3\nlĳst/Za\nAmsterdam/Zb\ntafel\n")]).toEqual(["lijst", "tafel"]);
  });
});
