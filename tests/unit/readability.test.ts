// Flesch-Douma (src/lib/readability.ts), and the content rule that every module scores at least 55.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countSyllables, fleschDouma, mdxToPlainText } from "../../src/lib/readability.ts";

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
  it("reads MDX as text: frontmatter titles, no tags", () => {
    const text = mdxToPlainText('---\ntitle: "Kop"\norder: 2\n---\n<Option id="x" title="Y">\n\nTekst **vet**.\n\n</Option>');
    expect(text).not.toMatch(/Option|order|\*\*/);
    expect(text).toMatch(/Kop\./);
  });
});

describe("every module is easy to read (Flesch-Douma ≥ 55)", () => {
  const root = "content/modules";
  for (const module of readdirSync(root)) {
    it(module, () => {
      const dir = join(root, module);
      const text = readdirSync(dir).filter((f) => f.endsWith(".mdx") && f !== "index.mdx").sort()
        .map((f) => mdxToPlainText(readFileSync(join(dir, f), "utf8"))).join("\n");
      expect(fleschDouma(text).score).toBeGreaterThanOrEqual(55);
    });
  }
});
