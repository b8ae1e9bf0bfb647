// The themes ship neutral example contact details (info@example.nl, "Voorbeeldorganisatie") until a gemeente fills
// in its own. The last slide of a module shows them, so the presenter is warned before a room sees them as real.

interface ThemeContact {
  organisation: string;
  contact: { email: string; web: { href: string } };
}

/** example.nl, www.example.org, anything under .example: domains kept for examples, that nobody answers. */
const exampleHost = /(^|\.)example(\.[a-z]+)?$/i;

/** The theme's contact details that are still examples, as they appear on the page; empty when none are. */
export function exampleContact({ organisation, contact }: ThemeContact): string[] {
  const host = (value: string) => {
    try {
      return new URL(value).hostname;
    } catch {
      return "";
    }
  };
  return [
    exampleHost.test(contact.email.split("@")[1] ?? "") ? contact.email : "",
    exampleHost.test(host(contact.web.href)) ? contact.web.href : "",
    /voorbeeld/i.test(organisation) ? organisation : "",
  ].filter(Boolean);
}
