import { describe, expect, it } from "vitest";
import { moveIslandStyleToHead } from "../../src/lib/island-style.ts";

const style = "<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>";

describe("moveIslandStyleToHead", () => {
  it("moves Astro's island style from the body to the end of the head, once", () => {
    const page = `<html><head><title>x</title></head><body><div>${style}<astro-island></astro-island></div></body></html>`;
    expect(moveIslandStyleToHead(page)).toBe(`<html><head><title>x</title>${style}</head><body><div><astro-island></astro-island></div></body></html>`);
  });

  it("leaves a page without islands, or with the style already in the head, as it is", () => {
    const plain = "<html><head></head><body><p>Tekst</p></body></html>";
    expect(moveIslandStyleToHead(plain)).toBe(plain);
    const done = `<html><head>${style}</head><body></body></html>`;
    expect(moveIslandStyleToHead(done)).toBe(done);
  });
});
