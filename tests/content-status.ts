// `npm run content:status`: every module's lastChecked and reviewBefore, overdue first, read straight from
// content/modules/*/index.mdx (or CONTENT_DIR). CONTENT_DATE=JJJJ-MM-DD sets the day to compare with.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { moduleSchema } from "../src/lib/schema.ts";
import { contentDate, formatReviewStatus, reviewStatus, type ReviewDates } from "../src/lib/review.ts";

/** Frontmatter between the opening and closing ---, parsed with the YAML parser Astro uses. */
function frontmatter(file: string): unknown {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, "utf8"));
  return match ? load(match[1]!) : {};
}

const modulesDir = join(process.env.CONTENT_DIR ?? "content", "modules");
const modules: (ReviewDates & { id: string; title: string })[] = [];
const problems: string[] = [];
for (const id of readdirSync(modulesDir).sort()) {
  const file = join(modulesDir, id, "index.mdx");
  if (!existsSync(file)) continue;
  const result = moduleSchema.safeParse(frontmatter(file));
  if (result.success) modules.push({ id, ...result.data });
  else problems.push(`${file}\n${result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
}

const today = contentDate(process.env);
console.log(formatReviewStatus(reviewStatus(modules, today), today));
if (problems.length > 0) {
  console.error(`\nDeze modules konden niet worden gelezen:\n\n${problems.join("\n\n")}`);
  process.exitCode = 1;
}
