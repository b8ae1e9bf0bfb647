// The example values a theme comes with (info@example.nl, Voorbeeldorganisatie): fine for trying the site out, wrong
// on a real publication. Finds them, so a build with SITE_URL can name the fields still to fill in.

/** Example addresses (RFC 2606: example.nl, example.org, …, or a name under .example) and example names
 *  (Voorbeeldorganisatie, Gemeente Voorbeeldstad, Voorbeeldministerie). */
const placeholder = /\bexample\.[a-z]{2,}\b|\.example\b|voorbeeld(organisatie|gemeente|stad|ministerie)/i;

/** The paths ("contact.email", "footerLinks[0].href") of the theme's text fields that still hold an example value.
 *  The logo is left out: it is a picture, not a contact detail. */
export function placeholderFields(theme: object, path = ""): string[] {
  return Object.entries(theme).flatMap(([key, value]) => {
    const at = Array.isArray(theme) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (key === "logo") return [];
    if (typeof value === "string") return placeholder.test(value) ? [at] : [];
    return value && typeof value === "object" ? placeholderFields(value, at) : [];
  });
}
