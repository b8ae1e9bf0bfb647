// The ids a page itself uses (src/lib/page-ids.ts, src/lib/workshop-ids.ts) are reserved for it (reservedIds in src/lib/content-rules.ts): every fixed id in a template that can stand
// on a module page must be in reservedIds, or an author could give a step or option the same id.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkModule, reservedIds } from "../../src/lib/content-rules.ts";

const root = new URL("../../", import.meta.url).pathname;
/** Templates of pages other than a module page, and the components authors use (their ids come from the content). */
const elsewhere = [
  "src/components/content",
  "src/components/AccessibilityStatement.astro",
  "src/components/AccessibilityReport.astro",
  "src/components/PrivacyStatement.astro",
  "src/islands/ClearStoredData.tsx",
  "src/islands/workshop/ProgrammeBuilder.tsx",
  "src/islands/workshop/ProgrammeOwnItems.tsx",
  "src/islands/workshop/SessionHandout.tsx",
  "src/islands/workshop/SessionDetails.tsx",
  "src/islands/workshop/PresenterView.tsx",
  "src/islands/workshop/StepCountdown.tsx",
];

function templates(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (elsewhere.includes(path)) return [];
    if (entry.isDirectory()) return templates(path);
    return /\.(astro|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Ids written as a literal in a template: id="…", id={"…"}, or a literal template string id={`…`} without ${…}. */
function literalIds(source: string): string[] {
  return [...source.matchAll(/\bid=(?:"([^"]+)"|\{"([^"]+)"\}|\{`([^`$]+)`\})/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

describe("ids of the page itself", () => {
  const files = ["src/layouts", "src/components", "src/islands", "src/pages/[module]"].flatMap(templates);

  it("finds the templates of a module page", () => {
    expect(files).toEqual(expect.arrayContaining(["src/layouts/Base.astro", "src/components/SiteFooter.astro", "src/islands/workshop/Presentation.tsx", "src/islands/workshop/RecordPanel.tsx"]));
  });

  it("reserves every fixed id a module page's templates write", () => {
    const missing = files.flatMap((file) => literalIds(readFileSync(join(root, file), "utf8")).filter((id) => !reservedIds.includes(id)).map((id) => `${file}: ${id}`));
    expect(missing).toEqual([]);
  });

  it("covers the ids of the header, footer, search, route data and workshop views", () => {
    expect(reservedIds).toEqual(expect.arrayContaining(["inhoud", "stappen", "bronnen", "site-header", "site-footer", "footer-contact", "zoek-header", "module-route", "record-panel-title", "qr-dialog-title"]));
  });

  it("stops a module whose step or option takes one of them", () => {
    const step = (file: string, body: string) => ({ entryId: `m/${file}`, filePath: `content/modules/m/${file}.mdx`, body, data: { title: file } });
    const { problems } = checkModule("m", "i", [step("01-footer-contact", "x"), step("02-b", '<Options title="T">\n<Option id="qr-dialog-title" title="Q">\nx\n</Option>\n</Options>')]);
    expect(problems.map((p) => p.problem)).toEqual(["de id 'footer-contact' is gereserveerd voor de pagina zelf.", "de id 'qr-dialog-title' is gereserveerd voor de pagina zelf."]);
  });
});
