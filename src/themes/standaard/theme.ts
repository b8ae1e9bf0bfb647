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
  footerLinks: [
    { label: "Toegankelijkheid", href: "https://www.example.nl/toegankelijkheid" },
    { label: "Privacy", href: "https://www.example.nl/privacy" },
  ],
};
