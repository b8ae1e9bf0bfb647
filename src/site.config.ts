// The site's name, organisation, logo, contact details and footer links come from the theme chosen at build
// time (THEME=<folder in src/themes/>, default "standaard"). Neutral example values only: never a person's
// name, e-mail address or phone number.
import { theme } from "@theme/theme.ts";
/** Inline SVG, so the logo costs no extra request. */
import logo from "@theme/logo.svg?raw";

export const siteConfig = { ...theme, logo };
