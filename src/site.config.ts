// The site's name, organisation, logo, contact details and footer links come from the theme chosen at build
// time (THEME=<folder in src/themes/, or a path to one>, default "standaard"). Neutral example values only: never a
// person's name, e-mail address or phone number. Every build checks the theme here, once: a toegankelijkheidsverklaring
// that cannot be published stops the build, and a real publication (SITE_URL) with example contact details gets a warning.
import { theme } from "@theme/theme.ts";
/** Inline SVG, so the logo costs no extra request. */
import logo from "@theme/logo.svg?raw";
import { evaluation } from "./accessibility/evaluation.ts";
import { statementProblems } from "./accessibility/statement.ts";
import { themeFolder } from "./lib/theme/folder.ts";
import { placeholderFields } from "./lib/theme-check.ts";

const themeFile = `${themeFolder(process.env.THEME)}theme.ts`;

const examples = import.meta.env.SITE ? placeholderFields(theme) : [];
if (examples.length > 0) {
  console.warn(
    `[thema] SITE_URL is gezet, dus dit is een echte publicatie, maar ${themeFile} heeft nog voorbeeldgegevens in: ${examples.join(", ")}. Vul de naam en de contactgegevens van je eigen organisatie in; bezoekers gebruiken ze om een probleem te melden.`,
  );
}

const problems = statementProblems(theme.accessibilityStatement, evaluation);
if (problems.length > 0) {
  throw new Error(`De toegankelijkheidsverklaring in ${themeFile} klopt niet:\n${problems.map((p) => `- ${p}`).join("\n")}`);
}

export const siteConfig = { ...theme, logo };
