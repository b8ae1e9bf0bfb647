// The default theme: the site's name, organisation, logo, contact details and footer links.
// A gemeente copies this folder, fills in its own values and builds with THEME=<folder name>.
import type { KnownIssue, Status } from "../../accessibility/statement.ts";
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
   * Status A only when the report (src/accessibility/) has no open criteria and knownIssues is empty: the build checks.
   */
  accessibilityStatement: {
    date: "2026-11-28",
    status: undefined as Status | undefined,
    /** The role (not the name) of the person who signed the statement, e.g. "Gemeentesecretaris". */
    signedBy: undefined as string | undefined,
    /** Within how many working days someone who reports a problem gets an answer. An example: set your own. */
    responseDays: 5,
    /**
     * What does not meet WCAG yet, each with problem, criteria, cause, consequence, measure and plannedDate
     * (JJJJ-MM-DD), as in the Dutch model statement. This site's own report lists no failures; add your own.
     */
    knownIssues: [] as KnownIssue[],
  },
};
