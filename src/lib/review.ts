// When a module's content was checked and must be checked again: the date the site is built for, which modules
// are overdue, and the change log in reading order. Pure, so that tests can fix the date.
import { parseIsoDay } from "./schema/fields.ts";

export interface ReviewDates {
  lastChecked: Date;
  reviewBefore: Date;
}

/**
 * The day the build speaks for: CONTENT_DATE (JJJJ-MM-DD) when set, so tests give the same result every year,
 * otherwise today (UTC).
 */
export function contentDate(env: { CONTENT_DATE?: string | undefined }, now = new Date()): Date {
  if (env.CONTENT_DATE) {
    const date = parseIsoDay(env.CONTENT_DATE);
    if (!date) throw new Error(`CONTENT_DATE moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2028-01-01 (nu: '${env.CONTENT_DATE}').`);
    return date;
  }
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** True once the day is past `reviewBefore`: on that day itself the module is still within its term. */
export function isOverdue(dates: ReviewDates, today: Date): boolean {
  return today.getTime() > dates.reviewBefore.getTime();
}

export interface ModuleReviewStatus extends ReviewDates {
  id: string;
  title: string;
  overdue: boolean;
}

/** Every module with its dates: overdue ones first, then by the date they are due, soonest first. */
export function reviewStatus(modules: (ReviewDates & { id: string; title: string })[], today: Date): ModuleReviewStatus[] {
  return modules
    .map((m) => ({ id: m.id, title: m.title, lastChecked: m.lastChecked, reviewBefore: m.reviewBefore, overdue: isOverdue(m, today) }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.reviewBefore.getTime() - b.reviewBefore.getTime() || a.id.localeCompare(b.id));
}

/** A change log as readers see it: the newest change on top. */
export function newestFirst<T extends { date: Date }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.date.getTime() - a.date.getTime());
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The table `npm run content:status` prints: one line per module, overdue first, dates as authors write them. */
export function formatReviewStatus(status: ModuleReviewStatus[], today: Date): string {
  const overdue = status.filter((m) => m.overdue);
  const width = Math.max(6, ...status.map((m) => m.id.length));
  const lines = status.map(
    (m) => `${m.overdue ? "TE LAAT " : "        "}${m.id.padEnd(width)}  laatst gecontroleerd ${day(m.lastChecked)}  controleren voor ${day(m.reviewBefore)}`,
  );
  const summary =
    overdue.length === 0
      ? `Geen module is over zijn controledatum (peildatum ${day(today)}).`
      : `${overdue.length === 1 ? "1 module is" : `${overdue.length} modules zijn`} over de controledatum (peildatum ${day(today)}): ${overdue.map((m) => m.id).join(", ")}. Controleer de inhoud, zet 'lastChecked' op de dag van controle en kies een nieuwe 'reviewBefore'.`;
  return [...lines, "", summary].join("\n");
}
