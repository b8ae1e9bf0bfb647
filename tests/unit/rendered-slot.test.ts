// Reading a component's rendered slot as a tree (src/lib/rendered-slot.ts): options, scenes, notes, checklist boxes.
import { describe, expect, it } from "vitest";
import { markedContents, markedIds, withCheckboxes } from "../../src/lib/rendered-slot.ts";

describe("a rendered slot", () => {
  it("names the options it holds, in order, also when an attribute is written in another order or a text mentions one", () => {
    const html = `<p>Over data-option="nep" in tekst.</p><section aria-labelledby="a" data-option="a" class="option"><h4 id="a">A</h4></section><section class="option" data-option="b"><h4 id="b">B</h4></section>`;
    expect(markedIds(html, "data-option")).toEqual(["a", "b"]);
  });

  it("keeps the facilitator notes with their markup, nested elements included", () => {
    const html = `<p>Lezerstekst</p><aside class="facilitator-notes" data-facilitator-notes hidden><p>Vraag <em>eerst</em></p><aside>binnen</aside><p>Daarna</p></aside>`;
    expect(markedContents(html, "data-facilitator-notes")).toEqual(["<p>Vraag <em>eerst</em></p><aside>binnen</aside><p>Daarna</p>"]);
  });

  it("gives each item of a checklist a box labelled with its own text", () => {
    const { html, count } = withCheckboxes("<ul>\n<li>Bel de <strong>wijkteam</strong>-coach</li>\n<li>Plan een gesprek</li>\n</ul>", "voorbereiden");
    expect(count).toBe(2);
    expect(html).toBe(
      '<ul>\n<li><input type="checkbox" id="voorbereiden-0" data-item="0"><label for="voorbereiden-0">Bel de <strong>wijkteam</strong>-coach</label></li>\n' +
        '<li><input type="checkbox" id="voorbereiden-1" data-item="1"><label for="voorbereiden-1">Plan een gesprek</label></li>\n</ul>',
    );
  });

  it("keeps a nested list whole: the item's label holds only its own text, the sub-items get their own boxes", () => {
    const { html, count } = withCheckboxes("<ul>\n<li>Documenten\n<ul>\n<li>Paspoort</li>\n<li>Huurcontract</li>\n</ul>\n</li>\n<li>Afspraak maken</li>\n</ul>", "mee");
    expect(count).toBe(4);
    expect(html).toBe(
      '<ul>\n<li><input type="checkbox" id="mee-0" data-item="0"><label for="mee-0">Documenten\n</label><ul>\n' +
        '<li><input type="checkbox" id="mee-1" data-item="1"><label for="mee-1">Paspoort</label></li>\n' +
        '<li><input type="checkbox" id="mee-2" data-item="2"><label for="mee-2">Huurcontract</label></li>\n</ul>\n</li>\n' +
        '<li><input type="checkbox" id="mee-3" data-item="3"><label for="mee-3">Afspraak maken</label></li>\n</ul>',
    );
  });
});
