// Links to wetten.overheid.nl (src/lib/legal.ts): a law by its BWB id, an article by its Juriconnect reference.
import { describe, expect, it } from "vitest";
import { lawUrl } from "../../src/lib/legal.ts";

describe("lawUrl", () => {
  it("links a law to its page on wetten.overheid.nl", () => {
    expect(lawUrl("BWBR0035362")).toBe("https://wetten.overheid.nl/BWBR0035362");
  });
  it("links an article with the Juriconnect reference wetten.overheid.nl resolves", () => {
    expect(lawUrl("BWBR0035362", "2.3.2")).toBe("https://wetten.overheid.nl/jci1.3:c:BWBR0035362&artikel=2.3.2");
    expect(lawUrl("BWBR0005537", "4:13")).toBe("https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:13");
  });
  it("refuses an id that is not a BWB id, so no broken link is built", () => {
    expect(() => lawUrl("BWBR003536")).toThrow("'BWBR003536' is geen geldig BWB-id");
  });
});
