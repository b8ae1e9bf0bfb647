// The shape of a workshop record, written once as checks: the TypeScript types below are derived from them,
// and the same checks read stored sessions and imported files (version 1, the first release, and version 2).
import { checkVotes, voteAnswers } from "../card-vote.ts";
import { dateText, dict, fields, integer, list, optional, scalePoint, text, textPair, type Check, type Infer } from "../shape-check.ts";

/** The version of the storage and export format. Older versions are migrated on read. */
export const workshopVersion = 2;
/** Marks an exported JSON file as ours, so a foreign file is refused with a clear message. */
export const exportFormat = "sociaal-domein-uitgelegd/workshop-sessie";

/** 1 = fully the first perspective (Zorgaanbieder) … 5 = fully the second (Gemeente). */
export type Position = 1 | 2 | 3 | 4 | 5;
const position = scalePoint<Position>(5);

/** The step a record is about (a dilemma or any other step), copied from the page so an export reads without the site. */
const dilemmaRef = fields({
  moduleId: text,
  moduleTitle: text,
  stepId: text,
  title: text,
  /** Step number in the module, for the order of the handout. */
  number: integer,
  /** The two sides of the scale, e.g. ["Zorgaanbieder", "Gemeente"]: only on a step where the group takes a
   *  position (`record: true`). Any other step records notes, afspraken and, with `vote`, a card vote. */
  perspectives: optional(textPair),
  /** The question put to the room (`workshop.question`, else the step's `question`); absent in old records. */
  question: optional(text),
  /** The step's web address, for the link in the report; absent in records saved before it was kept. */
  url: optional(text),
  /** Card vote: what A–D mean on this step (frontmatter `vote`, or the default for a dilemma). */
  vote: optional(voteAnswers),
  /** Card vote: the titles of the step's "Wat als …?" variants, each a round to vote on. */
  variants: optional(list(text)),
});

/** Where one group stands: "Hele groep", or a participant group such as "Gemeenten". */
const groupPosition = fields({ id: text, group: text, value: position });

/** An afspraak: who acts on it (a role or team, typed by the facilitator) and by when (YYYY-MM-DD, or ""). */
const afspraak = fields({ id: text, text, owner: text, due: dateText });

/** Card votes (src/lib/card-vote.ts), one per round; absent until the room voted with cards. */
const workshopRecord = fields({ dilemma: dilemmaRef, positions: list(groupPosition), notes: text, afspraken: list(afspraak), votes: checkVotes });

/** The programme a session followed, as the report prints it: the start time ("13:30") and every item with its
 *  title, module, record key ("module/step", for a step) and minutes. Copied, so a report reads without the site. */
const agenda = fields({
  start: optional(text),
  items: list(fields({ title: text, module: optional(text), key: optional(text), minutes: optional(integer) })),
});

const workshopSession = fields({
  id: text,
  name: text,
  createdAt: text,
  updatedAt: text,
  /** The day of the session (YYYY-MM-DD), asked on the report; absent in old sessions: then the day it was started. */
  date: optional(dateText),
  /** Where the session was held, and who took part (numbers and roles, never names); optional, for the report. */
  place: optional(text),
  participants: optional(text),
  /** Keyed by recordKey(dilemma): "jeugdzorg/wachtlijsten". */
  records: dict(workshopRecord),
  /** Record keys in the order of the programme this session follows, when it was recorded in a programme. */
  programme: optional(list(text)),
  /** Card vote: how many cards were handed out (cards 1 to this number), typed once per session. */
  cards: optional(integer),
  agenda: optional(agenda),
});

/** Version 1 (the first release) had one position per dilemma and afspraken without owner and date. */
const recordV1 = fields({ dilemma: dilemmaRef, position, notes: text, afspraken: list(fields({ id: text, text })) });
const sessionV1 = fields({ id: text, name: text, createdAt: text, updatedAt: text, records: dict(recordV1) });

export type DilemmaRef = Infer<typeof dilemmaRef>;
export type Agenda = Infer<typeof agenda>;
export type GroupPosition = Infer<typeof groupPosition>;
export type Afspraak = Infer<typeof afspraak>;
export type WorkshopRecord = Infer<typeof workshopRecord>;
export type WorkshopSession = Infer<typeof workshopSession>;
export type SessionV1 = Infer<typeof sessionV1>;

export interface WorkshopState {
  version: typeof workshopVersion;
  currentId: string | null;
  sessions: WorkshopSession[];
}

/** The check of a session, per format version. */
export const sessionChecks: Record<number, Check<unknown>> = { 1: sessionV1, 2: workshopSession };

export const emptyState = (): WorkshopState => ({ version: workshopVersion, currentId: null, sessions: [] });

export const recordKey = (d: Pick<DilemmaRef, "moduleId" | "stepId">): string => `${d.moduleId}/${d.stepId}`;

/** A short, unique enough id without crypto.randomUUID (which needs a secure context). */
export function newId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
