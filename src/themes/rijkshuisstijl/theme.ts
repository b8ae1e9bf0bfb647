// An example of a site in the Rijkshuisstijl, on the tokens of the Rijkshuisstijl community (the npm package
// @rijkshuisstijl-community/design-tokens). Build with THEME=rijkshuisstijl. The Rijkshuisstijl is only for the
// Rijksoverheid and those who work for it (see the package's LICENSE.md); its logo and fonts are not part of this
// example. All values are neutral examples.
import type { ThemeSettings } from "../../lib/theme/settings.ts";

export const theme: ThemeSettings = {
  name: "Sociaal Domein Uitgelegd",
  tagline: "Beleid in het sociaal domein, stap voor stap uitgelegd.",
  organisation: "Voorbeeldministerie",
  contact: {
    intro: "Heb je een vraag over deze uitleg? Neem contact op.",
    email: "info@example.nl",
    web: { label: "Contactformulier", href: "https://www.example.nl/contact" },
  },
  footerLinks: [],
  accessibilityStatement: {
    date: "2026-11-28",
    status: undefined,
    signedBy: undefined,
    /** An example: set your own. */
    responseDays: 5,
    /** This site's own report lists no failures; add your own. */
    knownIssues: [],
  },
  tokens: { stylesheet: "@rijkshuisstijl-community/design-tokens/dist/index.css", className: "rhc-theme" },
};
