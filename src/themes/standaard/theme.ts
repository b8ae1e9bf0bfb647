// The default theme: the site's name, organisation, contact details and footer links; the logo is logo.svg
// beside this file, the look the site's own (src/styles/tokens/) with a dark variant in tokens.css.
// A gemeente copies this folder, fills in its own values and builds with THEME=<folder name> (README: Je eigen huisstijl).
import type { ThemeSettings } from "../../lib/theme/settings.ts";

export const theme: ThemeSettings = {
  name: "Sociaal Domein Uitgelegd",
  tagline: "Beleid in het sociaal domein, stap voor stap uitgelegd.",
  organisation: "Voorbeeldorganisatie",
  contact: {
    intro: "Heb je een vraag over deze uitleg, of wil je er samen mee aan de slag? Neem contact op.",
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
};
