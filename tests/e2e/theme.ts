// The theme a test looks at: its settings (name, organisation, contact) and the values of its tokens, computed as the
// build computes them, so a test can hold what the browser shows against the theme's own values.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { themeStyles } from "../../src/integrations/theme.ts";
import { parseColour } from "../../src/lib/theme/contrast.ts";
import type { ThemeSettings } from "../../src/lib/theme/settings.ts";

/** The three themes that ship with the site. */
export const shippedThemes = ["standaard", "voorbeeldgemeente", "rijkshuisstijl"];

/** The theme dist/ was built with (`THEME=x npm test` builds and tests theme x). */
export const builtTheme = process.env.THEME ?? "standaard";

export interface Theme {
  name: string;
  settings: ThemeSettings;
  /** A colour token as the browser reports a computed colour: "rgb(21, 66, 115)". */
  colour(token: string, scheme?: "licht" | "donker"): string;
}

export async function loadTheme(name: string): Promise<Theme> {
  const dir = resolve("src/themes", name);
  const { theme: settings } = (await import(pathToFileURL(`${dir}/theme.ts`).href)) as { theme: ThemeSettings };
  const styles = themeStyles(dir, settings.tokens);
  return {
    name,
    settings,
    colour(token, scheme = "licht") {
      const value = styles.value(token, scheme);
      const rgba = value === undefined ? null : parseColour(value);
      if (!rgba) throw new Error(`Thema ${name}: ${token} is geen kleur (${value}).`);
      const [r, g, b, a] = rgba.map((c, i) => (i < 3 ? Math.round(c) : c));
      return a === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${a})`;
    },
  };
}
