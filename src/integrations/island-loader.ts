// A smaller island loader in the built site: Astro's inline <astro-island> script (2.0 KB gzip on every page with an
// island) and @astrojs/preact's client (0.7 KB) handle slots, nested islands, signals and every prop type; the
// islands here need none of that. The build puts src/islands/astro-island.ts (inline, its hash in the CSP) and
// src/islands/preact-renderer.ts in their place. `astro dev` keeps Astro's own (its loader reports more).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { minifySync, transformWithOxc, type Plugin } from "vite";

const elementSource = fileURLToPath(new URL("../islands/astro-island.ts", import.meta.url));
const renderer = fileURLToPath(new URL("../islands/preact-renderer.ts", import.meta.url));

/** The element as Astro inlines it: types stripped, minified. */
async function islandScript(): Promise<string> {
  const { code } = await transformWithOxc(readFileSync(elementSource, "utf8"), elementSource);
  const minified = minifySync("astro-island.js", code, { compress: true, mangle: { toplevel: true } });
  if (minified.errors.length) throw new Error(`${elementSource}: ${minified.errors.map((e) => e.message).join("; ")}`);
  return minified.code.trim();
}

function islandLoaderPlugin(script: string): Plugin {
  return {
    name: "sdu-island-loader",
    enforce: "pre",
    // The string Astro's renderer inlines before the first island of a page (the production one, not the dev one).
    load: (id) => (/[\\/]astro[\\/]dist[\\/]runtime[\\/]server[\\/]astro-island\.prebuilt\.js$/.test(id) ? `export default ${JSON.stringify(script)};` : undefined),
    // The module each island's renderer-url points to.
    resolveId: (id) => (id === "@astrojs/preact/client.js" ? renderer : undefined),
  };
}

export function islandLoaderIntegration(): AstroIntegration {
  return {
    name: "sdu-island-loader",
    hooks: {
      "astro:config:setup": async ({ config, updateConfig }) => {
        const script = await islandScript();
        updateConfig({ vite: { plugins: [islandLoaderPlugin(script)] } });
        // The inline element is allowed by its hash, as Astro's own is.
        const csp = config.security.csp;
        const hash = `sha256-${createHash("sha256").update(script).digest("base64")}` as const;
        if (csp) updateConfig({ security: { csp: { algorithm: csp === true ? "SHA-256" : csp.algorithm, scriptDirective: { hashes: [hash] } } } });
      },
    },
  };
}
