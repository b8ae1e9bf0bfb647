// Astro configuration: a static site; BASE_PATH hosts it under a sub-path (e.g. /kennisbank/).
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import { satteri } from "@astrojs/markdown-satteri";
import { stepHeadings } from "./src/lib/markdown-step-headings.ts";

const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  output: "static",
  base,
  trailingSlash: "always",
  outDir: process.env.OUT_DIR ?? "./dist",
  // Fixture builds in the tests use their own cache, so they never mix with the real content.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? "./node_modules/.astro",
  // Dutch running text with links and <strong> must keep its spaces.
  compressHTML: false,
  markdown: { processor: satteri({ mdastPlugins: [stepHeadings] }) },
  integrations: [mdx(), preact()],
  build: { format: "directory" },
  devToolbar: { enabled: false },
});
