// Which modules share a file in the browser build. Left to itself, the bundler gives every set of modules that the
// same islands and scripts share a file of its own: a module page loaded some 20 small files, each gzipped on its
// own, so each pays for its own header and starts its compression over. Four groups instead:
// - "keys": the keyboard shortcuts (keys.ts) and Vite's import() helper, which every page's search starter uses;
// - "preact": Preact (with its hooks and JSX runtime) and the island renderer, used by every page with an island;
// - "reading": nanostores' atom with the hook islands read it with (@nanostores/preact), and what every module
//   page's islands share (the place store, the route, the page ids, the clicker's keys, the reading strings). The
//   workshop report, which uses stores but no steps, loads these few too. computed() and the lifecycle (persistent
//   stores) stay apart: only the workshop uses them. "keys" goes first, so "reading" leaves keys.ts (which
//   clicker-keys.ts imports) to every page;
// - "address": a page's own address, for print (print-address.ts) and for phones (share-url.ts), which every module
//   page's workshop bar and the worksheet use together;
// - "saved": what reads and writes saved state (a checklist's ticks, the workshop record), which always go together.
import type { Plugin } from "vite";

const groups = [
  { name: "keys", test: /src[\\/]lib[\\/]keys\.ts$|vite[\\/]preload-helper/, priority: 1 },
  { name: "preact", test: /node_modules[\\/]preact[\\/]|src[\\/]islands[\\/]preact-renderer\.ts$/ },
  {
    name: "reading",
    test: /node_modules[\\/](nanostores[\\/](atom|listen-keys)[\\/]|@nanostores[\\/]preact[\\/])|src[\\/](stores[\\/]place|lib[\\/]route|lib[\\/]page-ids|lib[\\/]clicker-keys|i18n[\\/]nl-reading)\.ts$/,
  },
  { name: "address", test: /src[\\/](islands[\\/]workshop[\\/]print-address|lib[\\/]share-url)\.ts$/ },
  { name: "saved", test: /src[\\/](stores[\\/]saved|lib[\\/]saved-state)\.ts$/ },
];

export function sharedChunks(): Plugin {
  return {
    name: "sdu-shared-chunks",
    applyToEnvironment: (environment) => environment.name === "client",
    configEnvironment: (name) => (name === "client" ? { build: { rolldownOptions: { output: { codeSplitting: { groups } } } } } : undefined),
  };
}
