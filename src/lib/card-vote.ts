// Counting a vote with the printed cards: which answer a card shows (from the corners the detector reports), the
// running tally (a card counts once, its last answer counts) and the result kept in the workshop record.
import { exactly, fields, integer, list, optional, text, type Infer } from "./shape-check.ts";
import { answerLetters, cardNumberOf, type AnswerLetter } from "./vote-cards.ts";

export interface Point {
  x: number;
  y: number;
}

/** What the detector saw of one marker: its id and its four corners, the marker's own top-left first, clockwise. */
export interface SeenMarker {
  id: number;
  corners: Point[];
}

/**
 * The answer on top of the card, from the direction of the marker's top edge (corner 0 → corner 1) in the image:
 * pointing right = A on top; up = B (the card turned a quarter to the left); left = C; down = D.
 */
export function answerFromCorners(corners: Point[]): AnswerLetter {
  const [a, b] = corners as [Point, Point];
  const angle = Math.atan2(b.y - a.y, b.x - a.x);
  const quarter = ((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4;
  // quarter 0 = right, 1 = down, 2 = left, 3 = up (image y grows downwards).
  return (["A", "D", "C", "B"] as const)[quarter]!;
}

/** Card number → the answer it showed last. */
export type Tally = ReadonlyMap<number, AnswerLetter>;

/** Adds one frame's markers to the tally: each of our cards once, the answer it shows now replaces an earlier one. */
export function addFrame(tally: Tally, markers: SeenMarker[]): Tally {
  const next = new Map(tally);
  for (const marker of markers) {
    const card = cardNumberOf(marker.id);
    if (card === null || marker.corners.length !== 4) continue;
    next.set(card, answerFromCorners(marker.corners));
  }
  return next;
}

/** Votes per answer, A to D. */
export type Counts = [number, number, number, number];

export function countsOf(tally: Tally): Counts {
  const counts: Counts = [0, 0, 0, 0];
  for (const answer of tally.values()) counts[answerLetters.indexOf(answer)]! += 1;
  return counts;
}

const fourAnswers = exactly<[string, string, string, string]>(4, (a) => typeof a === "string", "heeft geen vier antwoorden");
const fourCounts = exactly<Counts>(4, (c) => Number.isInteger(c) && (c as number) >= 0, "heeft geen vier aantallen");

/**
 * A finished vote, kept in the record of the step. A round (the dilemma itself, or a "Wat als …?" variant) may be
 * voted more than once, before and after the discussion: every vote is kept, in the order voted.
 */
export const cardVote = fields({
  /** "" for the dilemma itself, else the title of the variant. */
  round: text,
  /** What A–D meant when the room voted. */
  answers: fourAnswers,
  counts: fourCounts,
  /** When "Klaar" was pressed (ISO). */
  at: text,
  /** How many cards were handed out, when the facilitator said so: the report shows "28 van 30". */
  expected: optional(integer),
});
export type CardVote = Infer<typeof cardVote>;

/** The votes of a record, as stored or imported: absent until the room voted with cards. */
export const checkVotes = optional(list(cardVote));
/** What A–D mean on a step, as kept with the dilemma. */
export const voteAnswers = fourAnswers;

/** Keeps a vote beside the earlier ones: voting a round again (after the discussion) keeps both. */
export function withVote(votes: CardVote[] | undefined, vote: CardVote): CardVote[] {
  return [...(votes ?? []), vote];
}

/** Removes one vote (one kept by mistake), found by the moment it was kept. */
export function withoutVote(votes: CardVote[] | undefined, at: string): CardVote[] {
  return (votes ?? []).filter((v) => v.at !== at);
}

/** The card numbers from 1 to `expected` that the camera has not seen yet. */
export function missingCards(tally: Tally, expected: number): number[] {
  return Array.from({ length: expected }, (_, i) => i + 1).filter((n) => !tally.has(n));
}

/**
 * Adds the cards another device counted (the phone's scan): a card seen on both counts once, with the answer the
 * other device saw, as the newer sighting; later frames of this camera overrule it again, as with any card.
 */
export function mergeTally(tally: Tally, other: Tally): { tally: Tally; added: number; known: number } {
  const next = new Map(tally);
  let added = 0;
  for (const [card, answer] of other) {
    if (!next.has(card)) added++;
    next.set(card, answer);
  }
  return { tally: next, added, known: other.size - added };
}


/** The answers when a step names none: the two sides of the dilemma, both, or not sure. */
export function defaultAnswers(perspectives: [string, string], words: { mostly: (side: string) => string; both: string; unsure: string }): [string, string, string, string] {
  return [words.mostly(perspectives[0]), words.mostly(perspectives[1]), words.both, words.unsure];
}

/**
 * The votes of a dilemma side by side: one column per vote, the dilemma's first (named `dilemmaLabel`), then the
 * variants in the order first voted; a round voted more than once gets a column per vote, named by `moment`
 * ("vóór het gesprek", "na het gesprek"). One row per answer; the answers are those of the first vote.
 */
export function voteRows(votes: CardVote[], dilemmaLabel: string, moment: (n: number, of: number) => string = () => "") {
  const rounds = [...new Set(["", ...votes.map((x) => x.round)])];
  const ordered = rounds.flatMap((round) => votes.filter((x) => x.round === round));
  const answers = ordered[0]?.answers ?? ["", "", "", ""];
  const label = (vote: CardVote) => {
    const same = votes.filter((x) => x.round === vote.round);
    const name = vote.round || dilemmaLabel;
    return same.length > 1 ? `${name}, ${moment(same.indexOf(vote) + 1, same.length)}` : name;
  };
  return {
    /** The votes in column order. */
    votes: ordered,
    columns: ordered.map(label),
    rows: answerLetters.map((letter, i) => ({ letter, answer: answers[i]!, counts: ordered.map((x) => x.counts[i]!) })),
    totals: ordered.map((x) => x.counts.reduce((a, b) => a + b, 0)),
    expected: ordered.map((x) => x.expected),
  };
}

/**
 * Whole percentages of the votes per answer that add up to 100 (largest remainder: 1, 1, 1 gives 34, 33, 33);
 * null when nobody voted.
 */
export function voteShares(counts: readonly number[]): number[] | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const exact = counts.map((n) => (n * 100) / total);
  const shares = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const missing = 100 - shares.reduce((a, b) => a + b, 0);
  for (const { i } of order.slice(0, missing)) shares[i]! += 1;
  return shares;
}

/** The votes as Markdown lines: a table with a column per vote, each count with its share ("9 (30 %)"). */
export function votesMarkdown(
  votes: CardVote[],
  words: {
    dilemma: string;
    answer: string;
    total: string;
    countShare: (n: number, share: number) => string;
    moment: (n: number, of: number) => string;
    ofExpected: (n: number, expected: number) => string;
  },
  escape: (text: string) => string,
): string[] {
  const { columns, rows, totals, expected } = voteRows(votes, words.dilemma, words.moment);
  const cell = (text: string) => escape(text).replace(/\|/g, "\\|");
  const shares = columns.map((_, c) => voteShares(rows.map((r) => r.counts[c]!)));
  return [
    `| ${[words.answer, ...columns].map(cell).join(" | ")} |`,
    `| ${["---", ...columns.map(() => "---:")].join(" | ")} |`,
    ...rows.map((r, i) => `| ${[`${r.letter}: ${cell(r.answer)}`, ...r.counts.map((n, c) => (shares[c] ? words.countShare(n, shares[c][i]!) : String(n)))].join(" | ")} |`),
    `| ${[cell(words.total), ...totals.map((n, i) => (expected[i] === undefined ? String(n) : words.ofExpected(n, expected[i]!)))].join(" | ")} |`,
  ];
}
