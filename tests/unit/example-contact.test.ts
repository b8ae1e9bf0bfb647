// Which contact details of a theme are still its examples (src/lib/example-contact.ts).
import { describe, expect, it } from "vitest";
import { exampleContact } from "../../src/lib/example-contact.ts";
import { theme as standaard } from "../../src/themes/standaard/theme.ts";
import { theme as rijkshuisstijl } from "../../src/themes/rijkshuisstijl/theme.ts";
import { theme as voorbeeldgemeente } from "../../src/themes/voorbeeldgemeente/theme.ts";

describe("example contact details", () => {
  it("finds the examples of every theme that ships with the site", () => {
    expect(exampleContact(standaard)).toEqual(["info@example.nl", "https://www.example.nl/contact", "Voorbeeldorganisatie"]);
    expect(exampleContact(voorbeeldgemeente)).toEqual(["sociaaldomein@example.org", "https://www.example.org/contact", "Gemeente Voorbeeldstad"]);
    expect(exampleContact(rijkshuisstijl)).toEqual(["info@example.nl", "https://www.example.nl/contact", "Voorbeeldministerie"]);
  });

  it("finds nothing in a gemeente's own details", () => {
    const own = { organisation: "Gemeente Dorp", contact: { email: "sociaaldomein@dorp.nl", web: { href: "https://www.dorp.nl/contact" } } };
    expect(exampleContact(own)).toEqual([]);
    // A domain that only looks like the example one is the gemeente's own.
    expect(exampleContact({ ...own, contact: { ...own.contact, email: "info@myexample.nl" } })).toEqual([]);
  });
});
