// Flesch-Douma (src/lib/readability.ts). Every module page is scored as a reader sees it in tests/e2e/modules.test.ts.
import { describe, expect, it } from "vitest";
import { countSyllables, fleschDouma } from "../../src/lib/readability.ts";

describe("Flesch-Douma", () => {
  it("counts Dutch syllables by vowel groups", () => {
    expect(countSyllables("gemeente")).toBe(3);
    expect(countSyllables("zorgaanbieder")).toBe(4);
    expect(countSyllables("beëindigd")).toBe(4);
  });
  it("scores short plain sentences higher than long ones", () => {
    const plain = fleschDouma("De gemeente helpt. Je krijgt snel hulp. Bel ons als je vragen hebt.");
    const hard = fleschDouma("Gemeenten worden opgeroepen om alvast te starten met het vergroten van hun regierol en de huidige inburgeraars extra te gaan begeleiden.");
    expect(plain.score).toBeGreaterThan(80);
    expect(hard.score).toBeLessThan(40);
  });
});
