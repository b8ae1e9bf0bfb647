// The default theme: the site's name, organisation, logo, contact details and footer links.
// A gemeente copies this folder, fills in its own values and builds with THEME=<folder name>.
import logo from "./logo.svg?raw";

export const theme = {
  name: "Sociaal Domein Uitgelegd",
  tagline: "Beleid in het sociaal domein, stap voor stap uitgelegd.",
  organisation: "Voorbeeldorganisatie",
  /** Inline SVG, so the logo costs no extra request. Give it a <title> for screen readers. */
  logo,
  contact: {
    intro: "Heb je een vraag over deze uitleg, of wil je er samen mee aan de slag? Neem contact op.",
    email: "info@example.nl",
    web: { label: "Contactformulier", href: "https://www.example.nl/contact" },
  },
  /** More links in the footer, after the site's own Toegankelijkheid and Privacy pages. */
  footerLinks: [] as { label: string; href: string }[],
  /**
   * The toegankelijkheidsverklaring (/toegankelijkheid/). The organisation fills in the status (A, B, C or D) and who
   * signed it after its own evaluation and the form on toegankelijkheidsverklaring.nl; until then the page says so.
   */
  accessibilityStatement: {
    date: "2026-11-28",
    status: undefined as "A" | "B" | "C" | "D" | undefined,
    /** The role (not the name) of the person who signed the statement, e.g. "Gemeentesecretaris". */
    signedBy: undefined as string | undefined,
  },
};
