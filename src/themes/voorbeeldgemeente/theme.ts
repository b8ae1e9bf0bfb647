// An example theme for a gemeente: its own name, logo, colours (tokens.css) and contact details.
// Build with THEME=voorbeeldgemeente. All values are neutral examples.
import type { KnownIssue, Status } from "../../accessibility/statement.ts";
import logo from "./logo.svg?raw";

export const theme = {
  name: "Kennisbank Sociaal Domein Voorbeeldstad",
  tagline: "Zo werkt de gemeente Voorbeeldstad in het sociaal domein.",
  organisation: "Gemeente Voorbeeldstad",
  logo,
  contact: {
    intro: "Vragen over deze uitleg? Het team sociaal domein helpt je graag.",
    email: "sociaaldomein@example.org",
    web: { label: "Contact met de gemeente", href: "https://www.example.org/contact" },
  },
  footerLinks: [{ label: "Proclaimer", href: "https://www.example.org/proclaimer" }],
  accessibilityStatement: {
    date: "2026-11-28",
    status: undefined as Status | undefined,
    signedBy: undefined as string | undefined,
    responseDays: 10,
    // How a gemeente fills in a known issue. An example for a page of its own, not a problem of this site.
    knownIssues: [
      {
        problem: "Voorbeeld: de tabel met de openingstijden van het sociaal wijkteam op onze eigen pagina heeft geen kopcellen.",
        criteria: ["1.3.1"],
        cause: "De tabel is gemaakt zonder kopcellen.",
        consequence: "Wie een schermlezer gebruikt, hoort bij een tijd niet bij welke dag die hoort. Bel of mail ons, dan geven we de tijden.",
        measure: "We maken de tabel opnieuw, met een kopcel per dag.",
        plannedDate: "2027-03-01",
      },
    ] as KnownIssue[],
  },
};
