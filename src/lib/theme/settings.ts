// What a theme folder (src/themes/<theme>/theme.ts) sets: who publishes the site, how to reach them, and which
// NL Design System token package gives it its look. Plain data, so the build configuration can read it too.
import type { StatementSettings } from "../../accessibility/statement.ts";

/** An NL Design System theme as a package ships it: a CSS file of design tokens, and the class it sets them on. */
export interface ThemeTokens {
  /** The package's CSS file as an import path, e.g. "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css". */
  stylesheet: string;
  /** The class in that file, without the dot (e.g. "voorbeeld-theme"); the site puts it on <html>. */
  className: string;
}

export interface ThemeSettings {
  name: string;
  tagline: string;
  organisation: string;
  contact: {
    intro: string;
    email: string;
    web: { label: string; href: string };
  };
  /** More links in the footer, after the site's own Toegankelijkheid and Privacy pages. */
  footerLinks: { label: string; href: string }[];
  /**
   * The toegankelijkheidsverklaring (/toegankelijkheid/). The organisation fills in the status (A, B, C or D) and who
   * signed it after its own evaluation and the form on toegankelijkheidsverklaring.nl; until then the page says so.
   * Status A only when the report (src/accessibility/) has no open criteria and knownIssues is empty: the build checks.
   * Also how many working days an answer to a reported problem takes (responseDays), and what does not meet WCAG
   * yet (knownIssues, in the fields of the Dutch model statement).
   */
  accessibilityStatement: StatementSettings;
  /** The look: an NL Design System token package. Without it, the site's own look (src/styles/tokens/). */
  tokens?: ThemeTokens;
}
