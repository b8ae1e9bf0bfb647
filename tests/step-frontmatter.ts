// The frontmatter of the steps as authors wrote it, read with the step schema: for tests that must hold whatever
// the content says (the workshop's readiness, the times and questions a run sheet should show).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { stepSchema } from "../src/lib/schema.ts";
import { parseStepFileName } from "../src/lib/step-id.ts";

const root = "content/modules";

export const moduleIds = (): string[] => readdirSync(root).sort();

/** Every step of a module in order: its file, id and checked frontmatter. */
export function stepsOf(module: string) {
  const dir = join(root, module);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".mdx") && file !== "index.mdx")
    .sort()
    .map((file) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), "utf8"))?.[1] ?? "";
      return { file, stepId: parseStepFileName(file.replace(/\.mdx$/, ""))?.stepId ?? file, data: stepSchema.parse(load(frontmatter)) };
    });
}

export function stepOf(module: string, stepId: string) {
  const step = stepsOf(module).find((s) => s.stepId === stepId);
  if (!step) throw new Error(`De stap ${module}:${stepId} bestaat niet meer in content/modules/${module}/.`);
  return step.data;
}
