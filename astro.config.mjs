// Astro configuration: a static site; BASE_PATH hosts it under a sub-path (e.g. /kennisbank/).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import { satteri } from "@astrojs/markdown-satteri";
import { stepHeadings } from "./src/lib/markdown-step-headings.ts";
import { securityHeadersIntegration } from "./src/integrations/security-headers.ts";
import { islandStyleIntegration } from "./src/integrations/island-style.ts";
import { noPreloadHelper } from "./src/integrations/no-preload.ts";
import { sharedChunks } from "./src/integrations/shared-chunks.ts";
import { islandLoaderIntegration } from "./src/integrations/island-loader.ts";
import { themeIntegration } from "./src/integrations/theme.ts";
import { themeFolder } from "./src/lib/theme/folder.ts";
import { foldOverviewScript, jsEnabledScript } from "./src/lib/inline-scripts.ts";

const base = process.env.BASE_PATH ?? "/";
/** The theme: a folder in src/themes/ (or a path to one) with theme.ts (name, logo, contact, the NL Design System
 *  token package) and logo.svg, maybe tokens.css (NLDS tokens of its own). */
const theme = process.env.THEME ?? "standaard";
const themeDir = `${resolve(fileURLToPath(new URL(".", import.meta.url)), themeFolder(theme))}/`;
if (!existsSync(`${themeDir}theme.ts`)) {
  throw new Error(`THEME=${theme}: de map ${themeFolder(theme)} met theme.ts bestaat niet. Kies een van: ${readdirSync("./src/themes").join(", ")}.`);
}
const { theme: themeSettings } = await import(pathToFileURL(`${themeDir}theme.ts`).href);

/** The inline scripts (src/lib/inline-scripts.ts) are allowed in the CSP by their hashes. */
const inlineHashes = [jsEnabledScript, foldOverviewScript].map((code) => `sha256-${createHash("sha256").update(code).digest("base64")}`);

/** Astro keeps parsed entries between builds and drops them only when src/content.config.ts itself changes; the
 *  schemas live in src/lib/schema*, so the cache is kept per version of them, or a changed schema would build with
 *  entries the old one parsed. */
const schemaFiles = ["src/lib/schema.ts", ...readdirSync("src/lib/schema").sort().map((file) => `src/lib/schema/${file}`)];
const schemaDigest = createHash("sha256").update(schemaFiles.map((file) => readFileSync(file, "utf8")).join("\n")).digest("hex").slice(0, 12);

/** Without SITE_URL the build cannot put the public address in QR codes and print: say so at every build. */
function siteUrlWarning() {
  return {
    name: "sdu-site-url",
    hooks: {
      "astro:build:start": ({ logger }) => {
        if (!process.env.SITE_URL) {
          logger.warn("SITE_URL is niet gezet. QR-codes gebruiken dan het adres waarop de pagina draait; op localhost zegt de presentatie dat telefoons dat niet kunnen openen. Zet het webadres van de site, bijvoorbeeld SITE_URL=https://uitleg.gemeente.nl npm run build.");
        }
      },
    },
  };
}

export default defineConfig({
  output: "static",
  base,
  // The public address of the site, for the QR codes in workshop mode and print (see README, Workshopmodus).
  site: process.env.SITE_URL || undefined,
  trailingSlash: "always",
  outDir: process.env.OUT_DIR ?? "./dist",
  // Fixture builds in the tests use their own cache, so they never mix with the real content.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? `./node_modules/.astro/schema-${schemaDigest}`,
  // Dutch running text with links and <strong> must keep its spaces.
  compressHTML: false,
  markdown: { processor: satteri({ mdastPlugins: [stepHeadings] }) },
  integrations: [mdx(), preact(), islandLoaderIntegration(), themeIntegration(theme, themeDir, themeSettings.tokens), islandStyleIntegration(), securityHeadersIntegration(), siteUrlWarning()],
  build: { format: "directory" },
  devToolbar: { enabled: false },
  // A strict Content Security Policy in a <meta> on every page: scripts and styles only from this site or by
  // hash (Astro hashes its bundles and islands), no inline handlers, no eval. Pagefind needs WebAssembly
  // ('wasm-unsafe-eval'); it runs without a worker. frame-ancestors cannot be set in a <meta>: see the
  // dist/_headers and dist/security-headers.nginx.conf, which the build writes (src/integrations/security-headers.ts).
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineHashes },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    resolve: { alias: { "@theme": themeDir } },
    // No preload helper in every page: dynamic imports (search, workshop) load their chunks when used. Fewer, larger
    // shared files for the islands (src/integrations/shared-chunks.ts).
    plugins: [noPreloadHelper(), sharedChunks()],
  },
});
