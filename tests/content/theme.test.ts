// A theme that cannot be published as it is: the build stops on a toegankelijkheidsverklaring that claims status A
// while the report has open criteria, and a real publication (SITE_URL) with example contact details gets a warning
// that names the fields. One build of the small good-content fixture, with a theme from tests/fixtures/themes/.
import { describe, expect, it } from "vitest";
import { buildSite } from "./build-fixture.ts";

describe("a theme that claims status A with open criteria and example contact details", () => {
  it("does not build, says why and what to do, and names the fields that still hold examples", async () => {
    // THEME is a folder under src/themes/, or a path from the project root.
    const theme = "tests/fixtures/themes/claims-status-a";
    const result = await buildSite({ CONTENT_DIR: "tests/fixtures/good-content", THEME: theme, SITE_URL: "https://uitleg.gemeente.nl" });
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain(`De toegankelijkheidsverklaring in ${theme}/theme.ts klopt niet:`);
    expect(result.output).toContain(
      'accessibilityStatement.status is "A" (voldoet volledig), maar het rapport (src/accessibility/findings.ts) noemt een succescriterium dat nog niet voldoet of niet volledig is vastgesteld: 3.1.2 Taal van onderdelen (niet volledig vastgesteld). Kies status "B"',
    );
    expect(result.output).toContain(
      `[thema] SITE_URL is gezet, dus dit is een echte publicatie, maar ${theme}/theme.ts heeft nog voorbeeldgegevens in: organisation, contact.email, contact.web.href.`,
    );
  });
});
