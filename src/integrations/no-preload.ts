// Vite wraps every dynamic import() of the browser build in a preload helper (about 0.9 KB gzip, loaded by every
// page). With modulePreload off and no CSS behind a dynamic import, it has nothing to preload: this plugin gives the
// helper's module a body that just runs the import, and then writes that one line into each chunk that uses it, so
// no page loads a file (and an import) for it. tests/e2e/js-budget.test.ts checks the built files, so a dynamic
// import that would need a preloaded stylesheet fails the tests instead of arriving without its style.
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
    generateBundle(_options, bundle) {
      const helper = Object.values(bundle).find((file) => file.type === "chunk" && file.moduleIds.length === 1 && file.moduleIds[0] === helperId);
      if (!helper) return;
      const name = helper.fileName.split("/").pop()!.replaceAll(".", "\\.");
      // The minified import of the helper, `import{t as l}from"./preload-helper.x.js";`, becomes `var l=e=>e();`.
      const helperImport = new RegExp(`import\\{(\\w+)(?: as (\\w+))?\\}from"\\./${name}";?`);
      let stillUsed = false;
      for (const file of Object.values(bundle)) {
        if (file.type !== "chunk" || file === helper || !file.imports.includes(helper.fileName)) continue;
        const code = file.code.replace(helperImport, (_, exported: string, local?: string) => `var ${local ?? exported}=e=>e();`);
        if (code === file.code) stillUsed = true;
        else {
          file.code = code;
          file.imports = file.imports.filter((imported) => imported !== helper.fileName);
        }
      }
      if (!stillUsed) delete bundle[helper.fileName];
    },
  };
}
