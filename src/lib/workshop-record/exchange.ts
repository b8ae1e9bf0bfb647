// A session as a JSON file, to take it to another laptop: export, and an import that never throws (a damaged or
// foreign file gives a plain-Dutch message), plus the file name from the session name.
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { isObject } from "../shape-check.ts";
import { describeImportProblem } from "./import-problem.ts";
import { exportFormat, sessionChecks, workshopVersion, type WorkshopSession } from "./schema.ts";
import { migrateSession } from "./storage.ts";

export function toExportJson(session: WorkshopSession, now: Date): string {
  return `${JSON.stringify({ format: exportFormat, version: workshopVersion, exportedAt: now.toISOString(), session }, null, 2)}\n`;
}

export type ImportResult = { ok: true; session: WorkshopSession } | { ok: false; message: string };

/** Largest file we accept: far above any real session, small enough to never hang the page. */
export const maxImportBytes = 2_000_000;

/** Reads an exported file. Never throws: a damaged or foreign file gives a Dutch message instead. */
export function parseImport(text: string): ImportResult {
  const w = nlWorkshop;
  if (text.length > maxImportBytes) return { ok: false, message: w.importTooLarge };
  if (text.trim() === "") return { ok: false, message: w.importEmpty };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, message: w.importNotJson };
  }
  if (!isObject(data) || data.format !== exportFormat) return { ok: false, message: w.importForeign };
  if (typeof data.version !== "number" || !Number.isInteger(data.version) || data.version < 1) return { ok: false, message: w.importDamaged("de versie ontbreekt") };
  if (data.version > workshopVersion) return { ok: false, message: w.importNewer };
  const problem = sessionChecks[data.version]!(data.session, "session");
  if (problem) return { ok: false, message: describeImportProblem(problem, data) };
  return { ok: true, session: migrateSession(data.session, data.version) };
}

/** A file name from the session name: "Workshop Gemeente X, 12 maart" → "workshop-gemeente-x-12-maart". */
export function fileNameFor(session: Pick<WorkshopSession, "name">): string {
  const slug = session.name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug || "workshop";
}
