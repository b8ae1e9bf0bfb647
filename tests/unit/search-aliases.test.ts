// Other names of a begrip found in a text (src/lib/search-aliases.ts).
import { describe, expect, it } from "vitest";
import { aliasHits, namePattern } from "../../src/lib/search-aliases.ts";

const wmo = { id: "wmo", names: ["Wmo", "Wmo 2015", "Wet maatschappelijke ondersteuning"] };
const pip = { id: "pip", names: ["PIP", "Plan Inburgering en Participatie"] };

describe("aliases", () => {
  it("finds a name as whole words, in any case, and offers the names the text lacks", () => {
    expect(aliasHits("De wet maatschappelijke  ondersteuning helpt.", [wmo])).toEqual([{ group: wmo, end: 38, others: ["Wmo", "Wmo 2015"] }]);
    expect(aliasHits("Een Wmo-consulent", [wmo])[0]?.others).toEqual(["Wmo 2015", "Wet maatschappelijke ondersteuning"]);
    expect(aliasHits("Wmoconsulent", [wmo])).toEqual([]);
  });
  it("matches an abbreviation in capitals only in capitals", () => {
    expect(namePattern("PIP").test("een pip")).toBe(false);
    expect(aliasHits("Het PIP is klaar.", [pip])[0]?.others).toEqual(["Plan Inburgering en Participatie"]);
  });
});
