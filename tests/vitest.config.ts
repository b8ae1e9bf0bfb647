// Test projects: unit (pure logic, schema, content rules) and e2e (real Chromium against the built site).
// `npm test` builds the site first; the e2e tests serve dist/ themselves.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      // Relevance of search on the built site's real index (tests/search/queries.json), in Node.
      { extends: true, test: { name: "search", include: ["tests/search/**/*.test.ts"], environment: "node", testTimeout: 60_000 } },
      { extends: true, test: { name: "content", include: ["tests/content/**/*.test.ts"], testTimeout: 120_000, maxConcurrency: 2 } },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          // A page on a busy CI machine may take more than the default second to load and start its islands.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
