// An example theme for a gemeente: its own name, logo, colours (tokens.css) and contact details.
// Build with THEME=voorbeeldgemeente. All values are neutral examples.
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
    status: undefined as "A" | "B" | "C" | "D" | undefined,
    signedBy: undefined as string | undefined,
  },
};
