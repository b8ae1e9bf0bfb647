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
  },
  tokens: { stylesheet: "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css", className: "voorbeeld-theme" },
};
