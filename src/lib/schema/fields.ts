// Field builders shared by the frontmatter schemas: text and dates, each with a message that says what to write.
import { z } from "astro/zod";

/** A text field that must be filled in: one message for "missing", another for "wrong type". */
export function text(field: string, example: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `Het veld '${field}' ontbreekt. Voeg het toe aan de frontmatter, bijvoorbeeld: ${field}: "${example}"`
          : `Het veld '${field}' moet tekst zijn. Zet de waarde tussen aanhalingstekens, bijvoorbeeld: ${field}: "${example}"`,
    })
    .trim()
    .min(1, `Het veld '${field}' is leeg. Vul het in, bijvoorbeeld: ${field}: "${example}"`);
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2027-06-01" as a date at midnight UTC, or undefined when the text is not a real day in that form. */
export function parseIsoDay(value: string): Date | undefined {
  const match = isoDay.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * A day written as JJJJ-MM-DD. YAML turns an unquoted 2027-06-01 into a date and leaves a quoted one as text;
 * both are accepted, anything else ("volgende week", "1-6-2027") is not.
 */
export function isoDate(field: string, example: string) {
  return z.preprocess(
    (value) => (typeof value === "string" ? (parseIsoDay(value) ?? value) : value),
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? `Het veld '${field}' ontbreekt. Voeg het toe aan de frontmatter, bijvoorbeeld: ${field}: ${example}`
          : `Het veld '${field}' moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld: ${field}: ${example}`,
    }),
  );
}
