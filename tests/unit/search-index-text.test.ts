// What the index step adds to a page before Pagefind reads it (src/lib/search-index-text.ts).
import { describe, expect, it } from "vitest";
import { createDecompounder } from "../../src/lib/decompound.ts";
import { withIndexText } from "../../src/lib/search-index-text.ts";

const decompounder = createDecompounder(new Set(["jeugd", "hulp", "intake", "tafel", "omgeving"]));
const aliases = [{ id: "wmo", names: ["Wmo", "Wet maatschappelijke ondersteuning"] }];
const page = (body: string) => `<html lang="nl"><body><main data-pagefind-body="">${body}</main></body></html>`;
const index = (body: string, ownNames?: Map<string, string[]>) => withIndexText(page(body), { decompounder, aliases, ownNames });

describe("index text", () => {
  it("puts the parts of a compound right after it, once per place (a labelled step, option or begrip)", () => {
    const a = `<section aria-labelledby="a"><h2 id="a">Hulp</h2><p>Vraag jeugdhulp aan.</p><h3 id="a-meer">Meer</h3><p>Over jeugdhulp.</p></section>`;
    const b = `<section aria-labelledby="b"><h2 id="b">Meer</h2><p>Jeugdhulp!</p></section>`;
    expect(index(a + b)).toBe(
      page(
        `<section aria-labelledby="a"><h2 id="a">Hulp</h2><p>Vraag jeugdhulp<span data-pagefind-weight="0.5"> ‹jeugd hulp› </span> aan.</p><h3 id="a-meer">Meer</h3><p>Over jeugdhulp.</p></section>` +
          `<section aria-labelledby="b"><h2 id="b">Meer</h2><p>Jeugdhulp<span data-pagefind-weight="0.5"> ‹jeugd hulp› </span>!</p></section>`,
      ),
    );
  });
  it("adds a heading's parts after the heading, weighted as a title, so the result's title stays the heading", () => {
    expect(index(`<h1>Omgevingstafel</h1><section aria-labelledby="intaketafel"><h2 id="intaketafel">De intaketafel</h2></section>`)).toBe(
      page(`<h1>Omgevingstafel</h1><span data-pagefind-weight="5"> ‹omgeving tafel› </span><section aria-labelledby="intaketafel"><h2 id="intaketafel">De intaketafel</h2><span data-pagefind-weight="5"> ‹intake tafel› </span></section>`),
    );
  });
  it("adds a begrip's other names where one of them occurs, and all of them after the begrip itself", () => {
    expect(index(`<p>De Wmo geldt.</p>`)).toBe(page(`<p>De Wmo<span data-pagefind-weight="1"> ‹Wet maatschappelijke ondersteuning› </span> geldt.</p>`));
    expect(index(`<h3 id="wmo">Wmo</h3>`, new Map([["wmo", ["Wmo 2015", "Wet maatschappelijke ondersteuning"]]]))).toContain(
      `<h3 id="wmo">Wmo</h3><span data-pagefind-weight="8"> ‹Wmo 2015 · Wet maatschappelijke ondersteuning› </span>`,
    );
  });
  it("adds the other names of a begrip in a heading after the name in the running text, with the weight of text", () => {
    expect(index(`<section aria-labelledby="route"><h2 id="route">De route in de Wmo</h2><p>De Wmo geldt.</p></section>`)).toBe(
      page(`<section aria-labelledby="route"><h2 id="route">De route in de Wmo</h2><p>De Wmo<span data-pagefind-weight="1"> ‹Wet maatschappelijke ondersteuning› </span> geldt.</p></section>`),
    );
  });
  it("leaves out what Pagefind leaves out, and pages without data-pagefind-body", () => {
    expect(index(`<p data-pagefind-ignore="">jeugdhulp</p><template>jeugdhulp</template>`)).toBe(page(`<p data-pagefind-ignore="">jeugdhulp</p><template>jeugdhulp</template>`));
    const plain = `<html><body><p>jeugdhulp</p></body></html>`;
    expect(withIndexText(plain, { decompounder, aliases })).toBe(plain);
  });
});
