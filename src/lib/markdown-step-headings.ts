// A Markdown (mdast) plugin for step files: a heading an author writes inside a step ("## Welke afspraken…")
// sits one level below the step title (h2 → h3), and its anchor starts with the step id, so anchors stay
// unique on a module page and a link to one opens the right step.
import { fileURLToPath } from "node:url";
import { basename } from "node:path";
import { defineMdastPlugin } from "satteri";
import { parseStepFileName } from "./step-id.ts";

/** "…/02-wachtlijsten.mdx" → "wachtlijsten"; null for files that are not steps. */
export function stepIdFromPath(path: string): string | null {
  return path.endsWith(".mdx") ? (parseStepFileName(basename(path, ".mdx"))?.stepId ?? null) : null;
}

/** "Welke afspraken kunnen we maken?" → "welke-afspraken-kunnen-we-maken" */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const stepHeadings = defineMdastPlugin({
  name: "sdu-step-headings",
  heading(node, ctx) {
    const stepId = ctx.fileURL ? stepIdFromPath(fileURLToPath(ctx.fileURL)) : null;
    if (!stepId) return;
    ctx.setProperty(node, "depth", Math.min(6, node.depth + 1) as typeof node.depth);
    ctx.setProperty(node, "data", { hProperties: { id: `${stepId}-${slugify(ctx.textContent(node))}` } });
  },
});
