// After the build: Astro's island style goes from the body into the head of every page, so the HTML is valid.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { moveIslandStyleToHead } from "../lib/island-style.ts";
import { htmlFiles } from "./built-pages.ts";

export function islandStyleIntegration(): AstroIntegration {
  return {
    name: "sdu-island-style",
    hooks: {
      "astro:build:done": ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, "utf8");
          const moved = moveIslandStyleToHead(html);
          if (moved !== html) writeFileSync(file, moved);
        }
      },
    },
  };
}
