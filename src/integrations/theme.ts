// The theme's look: its NL Design System token package, trimmed to the tokens the site's styles read, becomes one
// stylesheet (`virtual:sdu-theme.css`, after the site's own defaults, which lose the tokens the theme sets); the NLDS
// component stylesheets lose the rules for classes the site never uses; and each build prints the colour pairs the
// theme leaves below WCAG AA.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { AstroIntegration } from "astro";
import postcss, { type Plugin as PostcssPlugin } from "postcss";
import {
  componentClasses, dropOverriddenDefaults, pruneComponentRules, reachableTokens, readTokens, referencedTokens, resolveToken, styleReads, trimThemeCss,
  unconditionalTokens, type StyleReads, type TokenSet,
} from "../lib/theme/tokens.ts";
import { contrastProblems, describeFallback, describeProblem, readableFallback, type ContrastProblem, type TokenLayer } from "../lib/theme/contrast.ts";
import type { ThemeTokens } from "../lib/theme/settings.ts";

export const themeModuleId = "virtual:sdu-theme.css";
const root = process.cwd();
const require = createRequire(join(root, "package.json"));

function filesIn(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every utrecht-/nl- class the site's source names: the components it uses. */
function usedClasses(): Set<string> {
  return new Set(filesIn(join(root, "src"), /\.(astro|tsx?|css)$/).flatMap((file) => [...componentClasses(readFileSync(file, "utf8"))]));
}

/** A PostCSS step for every stylesheet: rules of NLDS components for classes the site does not use go. */
export function pruneComponentCss(): PostcssPlugin {
  return { postcssPlugin: "sdu-prune-component-css", Once: (css) => pruneComponentRules(css, usedClasses()) };
}

/** A PostCSS step for the site's default tokens (src/styles/tokens/): what the theme sets without condition is left
 *  out, so a page carries each token once. */
function dropDefaultsTheThemeSets(themeDir: string, tokens: ThemeTokens | undefined): PostcssPlugin {
  return {
    postcssPlugin: "sdu-theme-defaults",
    Once(css) {
      if (!css.source?.input.file?.startsWith(join(root, "src/styles/tokens/"))) return;
      dropOverriddenDefaults(css, unconditionalTokens(themeStyles(themeDir, tokens).css, tokens?.className));
    },
  };
}

/** What the site's pages read: its own stylesheets and the NLDS component stylesheets they import (pruned). */
function siteReads(): StyleReads {
  const own = filesIn(join(root, "src/styles"), /\.css$/).map((file) => readFileSync(file, "utf8"));
  const used = usedClasses();
  const imported = own.flatMap((css) => [...css.matchAll(/@import\s+["']([^./"'][^"']*)["']/g)].map((m) => m[1]!));
  const tree = postcss.parse(own.join("\n"));
  for (const spec of new Set(imported)) {
    const component = postcss.parse(readFileSync(require.resolve(spec), "utf8"));
    pruneComponentRules(component, used);
    tree.append(component.nodes);
  }
  return styleReads(tree);
}

export interface ThemeStyles {
  /** The stylesheet of the theme: the trimmed package and the folder's own tokens.css. */
  css: string;
  className: string | undefined;
  /** Pairs below AA that the theme set itself: the build names them. */
  problems: ContrastProblem[];
  /** Pairs the theme set only one side of, made readable by the build (readableFallback). */
  fallbacks: { problem: ContrastProblem; fallback: { token: string; value: string } }[];
  files: string[];
  /** A token's value in this theme, every var() resolved: what the browser computes on <html>. */
  value(token: string, scheme?: "licht" | "donker"): string | undefined;
}

function packagePath(stylesheet: string): string {
  try {
    return require.resolve(stylesheet);
  } catch {
    const name = stylesheet.split("/").slice(0, stylesheet.startsWith("@") ? 2 : 1).join("/");
    throw new Error(`Het thema noemt ${stylesheet}, maar dat bestand is er niet. Installeer het pakket (npm install --save-dev ${name}) en kijk of het pad in het pakket klopt.`);
  }
}

/** Reads a theme folder's tokens (package and tokens.css), trims them and checks the contrast of its colour pairs. */
export function themeStyles(themeDir: string, tokens: ThemeTokens | undefined): ThemeStyles {
  const defaultsFiles = ["basis.css", "components.css"].map((f) => join(root, "src/styles/tokens", f));
  const defaults = readTokens(defaultsFiles.map((f) => readFileSync(f, "utf8")).join("\n"));
  const folderFile = join(themeDir, "tokens.css");
  const folderCss = existsSync(folderFile) ? readFileSync(folderFile, "utf8") : "";
  const folder = readTokens(folderCss);
  const packageFile = tokens ? packagePath(tokens.stylesheet) : undefined;
  const packageCss = packageFile ? readFileSync(packageFile, "utf8") : "";
  const pkg: TokenSet = tokens ? readTokens(packageCss, tokens.className) : { light: new Map(), dark: new Map() };
  if (tokens && pkg.light.size === 0 && pkg.dark.size === 0) {
    throw new Error(`Het thema noemt ${tokens.stylesheet} met de class '${tokens.className}', maar dat bestand zet geen tokens op .${tokens.className}. Kijk in het bestand welke class (of :root) het gebruikt.`);
  }

  const reads = siteReads();
  const keep = reachableTokens(reads.properties, [reads.custom, pkg.light, pkg.dark, folder.light, folder.dark]);
  // A palette token that neither the site nor the folder's tokens.css reads, with one plain value: written in place.
  const read = new Set([...reads.properties, ...[...reads.custom.values(), folderCss].flatMap((css) => [...referencedTokens(css)])]);
  const inline = new Map([...pkg.light].filter(([name, value]) => !read.has(name) && !pkg.dark.has(name) && !folder.light.has(name) && !value.includes("var(")));
  const trimmed = tokens ? trimThemeCss(packageCss, tokens.className, keep, inline) : "";

  // As the cascade on <html> has it: the folder's tokens.css after the package, both over the site's defaults.
  const light: TokenLayer[] = [{ tokens: folder.light, theme: true }, { tokens: pkg.light, theme: true }, { tokens: defaults.light, theme: false }];
  const hasDark = folder.dark.size > 0 || pkg.dark.size > 0;
  const dark: TokenLayer[] = hasDark ? [{ tokens: folder.dark, theme: true }, { tokens: pkg.dark, theme: true }, ...light] : light;
  const lightCheck = checkScheme(light, "licht");
  const darkCheck = hasDark ? checkScheme(dark, "donker") : undefined;
  const fallbackCss = [
    declarations(":root", lightCheck.fixes.tokens),
    // Not in the light beamer mode (data-light on <html>): there the light colours hold on a dark laptop too.
    darkCheck ? `@media screen and (prefers-color-scheme: dark) {\n${declarations(":root:not([data-light])", darkCheck.fixes.tokens)}\n}` : "",
  ].filter((css) => !/\{\s*\}/.test(css)).join("\n");
  return {
    css: [trimmed, folderCss, fallbackCss].join("\n"),
    className: tokens?.className,
    problems: [...lightCheck.problems, ...(darkCheck?.problems ?? [])],
    fallbacks: [...lightCheck.fallbacks, ...(darkCheck?.fallbacks ?? [])],
    files: [folderFile, ...(packageFile ? [packageFile] : []), ...defaultsFiles],
    value: (token, scheme = "licht") => resolveToken(token, scheme === "licht" ? [lightCheck.fixes, ...light] : [(darkCheck ?? lightCheck).fixes, ...dark]).value,
  };
}

/** The pairs below AA in one colour scheme; a pair the theme only half set is made readable (readableFallback). */
function checkScheme(layers: TokenLayer[], scheme: ContrastProblem["scheme"]) {
  const fixes: TokenLayer = { tokens: new Map(), theme: true };
  const fallbacks: { problem: ContrastProblem; fallback: { token: string; value: string } }[] = [];
  for (const problem of contrastProblems(layers, scheme)) {
    const fallback = readableFallback(problem);
    if (fallback && !fixes.tokens.has(fallback.token)) {
      fixes.tokens.set(fallback.token, fallback.value);
      fallbacks.push({ problem, fallback });
    }
  }
  return { fixes, fallbacks, problems: contrastProblems([fixes, ...layers], scheme) };
}

function declarations(selector: string, tokens: Map<string, string>): string {
  return `${selector} {${[...tokens].map(([name, value]) => ` ${name}: ${value};`).join("")} }`;
}

/** The Vite plugin that serves the theme's stylesheet, and the Astro integration that reports its contrast. */
export function themeIntegration(name: string, themeDir: string, tokens: ThemeTokens | undefined): AstroIntegration {
  const resolved = `\0${themeModuleId}`;
  return {
    name: "sdu-theme",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [{
              name: "sdu-theme-css",
              resolveId: (id) => (id === themeModuleId ? resolved : undefined),
              load(id) {
                if (id !== resolved) return undefined;
                const styles = themeStyles(themeDir, tokens);
                for (const file of styles.files) if (existsSync(file)) this.addWatchFile(file);
                return styles.css;
              },
            }],
            css: { postcss: { plugins: [pruneComponentCss(), dropDefaultsTheThemeSets(themeDir, tokens)] } },
          },
        });
      },
      "astro:build:start": ({ logger }) => {
        const { problems, fallbacks } = themeStyles(themeDir, tokens);
        for (const { problem, fallback } of fallbacks) logger.info(`Thema ${name}: ${describeFallback(problem, fallback)}`);
        if (problems.length === 0) {
          logger.info(`Thema ${name}: alle kleurparen halen het contrast van WCAG AA.`);
          return;
        }
        logger.warn(`Thema ${name}: ${problems.length === 1 ? "1 kleurpaar haalt" : `${problems.length} kleurparen halen`} het contrast van WCAG AA niet. Maak in het thema een van de twee kleuren donkerder of lichter:`);
        for (const problem of problems) logger.warn(`  ${describeProblem(problem)}`);
      },
    },
  };
}
