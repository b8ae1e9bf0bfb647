// The legal basis of a module or step (`legal`) and its change log (`changelog`): a law by its BWB id, or a
// policy document by title, publisher, date and url. Messages say which kind an item is and what it misses.
import { z } from "astro/zod";
import { isoDate, text } from "./fields.ts";

/** A BWB id as wetten.overheid.nl gives it: BWBR (a national regulation) or BWBV (a treaty) and seven digits. */
export const bwbPattern = /^BWB[RV]\d{7}$/;
/** An article number as the law writes it: 2.3.2, 3:40, 7a, 10. */
const articlePattern = /^[0-9A-Za-z]+(?:[.:][0-9A-Za-z]+)*$/;

const lawKeys = ["law", "bwb", "article"];
const documentKeys = ["title", "publisher", "date", "url"];

const lawSchema = z.object({
  law: text("legal[].law", "Wet maatschappelijke ondersteuning 2015"),
  bwb: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `Bij een wet hoort het veld 'legal[].bwb' met het BWB-id van de wet, bijvoorbeeld: bwb: "BWBR0035362". Je vindt het id in de link naar de wet op wetten.overheid.nl.`
          : `Het veld 'legal[].bwb' moet tekst zijn, bijvoorbeeld: bwb: "BWBR0035362"`,
    })
    .trim()
    .regex(bwbPattern, {
      error: (issue) =>
        `'${String(issue.input)}' is geen geldig BWB-id. Een BWB-id is BWBR (of BWBV) met zeven cijfers, bijvoorbeeld: bwb: "BWBR0035362". Kopieer het uit de link naar de wet op wetten.overheid.nl.`,
    }),
  article: z
    .preprocess(
      (value) => (typeof value === "number" ? String(value) : value),
      z
        .string({ error: `Het veld 'legal[].article' moet het nummer van een artikel zijn, bijvoorbeeld: article: "2.3.2"` })
        .trim()
        .regex(articlePattern, {
          error: (issue) =>
            `'${String(issue.input)}' is geen artikelnummer. Schrijf alleen het nummer, zonder het woord 'artikel', bijvoorbeeld: article: "2.3.2"`,
        }),
    )
    .optional(),
});

const documentSchema = z.object({
  title: text("legal[].title", "Hervormingsagenda Jeugd 2023-2028"),
  publisher: text("legal[].publisher", "Rijksoverheid"),
  date: isoDate("legal[].date", "2023-06-20"),
  url: z.url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined
        ? `Bij een document hoort het veld 'legal[].url' met het webadres, bijvoorbeeld: url: "https://www.rijksoverheid.nl/..."`
        : `De 'legal[].url' moet een volledig webadres zijn (https://…).`,
  }),
});

export type LawReference = z.infer<typeof lawSchema> & { kind: "law" };
export type DocumentReference = z.infer<typeof documentSchema> & { kind: "document" };
export type LegalReference = LawReference | DocumentReference;

const neither =
  "Dit item in 'legal' is geen wet en geen document. Een wet heeft 'law' en 'bwb' (en eventueel 'article'); een document heeft 'title', 'publisher', 'date' en 'url'.";
const both =
  "Dit item in 'legal' mengt een wet ('law', 'bwb', 'article') met een document ('title', 'publisher', 'date', 'url'). Maak er twee items van.";

/** One item: a law or a document, decided by its keys, so the message can name the field that is wrong. */
const legalReference = z.unknown().transform((input, ctx): LegalReference => {
  const keys = input !== null && typeof input === "object" && !Array.isArray(input) ? Object.keys(input) : [];
  const isLaw = keys.some((k) => lawKeys.includes(k));
  const isDocument = keys.some((k) => documentKeys.includes(k));
  if (isLaw === isDocument) {
    ctx.addIssue({ code: "custom", message: isLaw ? both : neither });
    return z.NEVER;
  }
  const result = isLaw ? lawSchema.safeParse(input) : documentSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    return z.NEVER;
  }
  return { ...result.data, kind: isLaw ? "law" : "document" } as LegalReference;
});

export const legalList = z
  .array(legalReference, { error: "Het veld 'legal' moet een lijst zijn: elk item een wet (law, bwb) of een document (title, publisher, date, url)." })
  .default([])
  .describe("De wetten en beleidsstukken waar de uitleg op rust; ze staan onder 'Bronnen en stand van zaken' of bij de stap.");

export const changelogList = z
  .array(
    z.object({
      date: isoDate("changelog[].date", "2026-11-28"),
      changes: z
        .array(text("changelog[].changes[]", "Eén korte zin per verandering."), {
          error: `Het veld 'changelog[].changes' moet een lijst van zinnen zijn, bijvoorbeeld:\n  changes:\n    - "Eén korte zin per verandering."`,
        })
        .min(1, "Noem in 'changelog[].changes' minstens één verandering."),
    }),
    { error: "Het veld 'changelog' moet een lijst zijn, elk item met een 'date' en 'changes'." },
  )
  .default([])
  .describe("Wat er in de module veranderd is, per datum; op de pagina staat het nieuwste bovenaan.");

export type ChangelogEntry = z.infer<typeof changelogList>[number];
