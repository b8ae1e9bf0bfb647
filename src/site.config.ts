// The one place for the site's name, organisation and contact details. Neutral example values:
// a gemeente replaces them with its own (never a person's name, e-mail address or phone number).
export const siteConfig = {
  name: "Sociaal Domein Uitgelegd",
  tagline: "Beleid in het sociaal domein, stap voor stap uitgelegd.",
  organisation: "Voorbeeldorganisatie",
  contact: {
    intro: "Heb je een vraag over deze uitleg, of wil je er samen mee aan de slag? Neem contact op.",
    email: "info@example.nl",
    web: { label: "Contactformulier", href: "https://www.example.nl/contact" },
  },
  footerLinks: [
    { label: "Toegankelijkheid", href: "https://www.example.nl/toegankelijkheid" },
    { label: "Privacy", href: "https://www.example.nl/privacy" },
  ],
} as const;

export type SiteConfig = typeof siteConfig;
