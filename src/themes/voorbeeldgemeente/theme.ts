// An example gemeente: its own name, logo and contact details, and the look of the NL Design System voorbeeld theme
// (the npm package @nl-design-system-unstable/voorbeeld-design-tokens). Build with THEME=voorbeeldgemeente.
// All values are neutral examples.
import type { ThemeSettings } from "../../lib/theme/settings.ts";

export const theme: ThemeSettings = {
  name: "Kennisbank Sociaal Domein Voorbeeldstad",
  tagline: "Zo werkt de gemeente Voorbeeldstad in het sociaal domein.",
  organisation: "Gemeente Voorbeeldstad",
  contact: {
    intro: "Vragen over deze uitleg? Het team sociaal domein helpt je graag.",
    email: "sociaaldomein@example.org",
    web: { label: "Contact met de gemeente", href: "https://www.example.org/contact" },
  },
  footerLinks: [{ label: "Proclaimer", href: "https://www.example.org/proclaimer" }],
  accessibilityStatement: {
    date: "2026-11-28",
    status: undefined,
    signedBy: undefined,
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
    ],
  },
  tokens: { stylesheet: "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css", className: "voorbeeld-theme" },
};
