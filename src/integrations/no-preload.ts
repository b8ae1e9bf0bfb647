// Vite wraps every dynamic import() of the browser build in a preload helper (about 0.9 KB gzip, loaded by every
// page). With modulePreload off and no CSS behind a dynamic import, it has nothing to preload: this plugin gives the
// helper's module a body that just runs the import. tests/e2e/js-budget.test.ts checks the built files, so a
// dynamic import that would need a preloaded stylesheet fails the tests instead of arriving without its style.
import type { Plugin } from "vite";

const helperId = "\0vite/preload-helper.js";

export function noPreloadHelper(): Plugin {
  return {
    name: "sdu-no-preload-helper",
    enforce: "pre",
    applyToEnvironment: (environment) => environment.name === "client",
    configEnvironment: (name) => (name === "client" ? { build: { modulePreload: false } } : undefined),
    resolveId: (id) => (id === helperId ? helperId : undefined),
    load: (id) => (id === helperId ? "export const __vitePreload = (load) => load();" : undefined),
  };
}
