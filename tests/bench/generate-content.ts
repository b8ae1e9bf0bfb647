// Generates a site with N times the real modules (each copied under a new name and order) into a temp folder,
// to measure how the build time grows with content. Not committed content: made fresh for each benchmark.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function generateContent(times: number, source = "content"): string {
  const target = mkdtempSync(join(tmpdir(), `sdu-content-x${times}-`));
  cpSync(join(source, "begrippen"), join(target, "begrippen"), { recursive: true });
  const modules = readdirSync(join(source, "modules"));
  let order = 0;
  for (let copy = 1; copy <= times; copy++) {
    for (const module of modules) {
      const from = join(source, "modules", module);
      const to = join(target, "modules", copy === 1 ? module : `${module}-${copy}`);
      mkdirSync(to, { recursive: true });
      order++;
      for (const file of readdirSync(from)) {
        let text = readFileSync(join(from, file), "utf8");
        if (file === "index.mdx") {
          text = text.replace(/^order: \d+$/m, `order: ${order}`).replace(/^title: "(.*)"$/m, (_m, t: string) => `title: "${t}${copy === 1 ? "" : ` (${copy})`}"`);
        }
        writeFileSync(join(to, file), text);
      }
    }
  }
  return target;
}
