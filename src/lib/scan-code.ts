// The phone's count, handed to the laptop without a server: every card the phone saw with its answer, packed into a
// short code of letters and digits that the laptop reads from a QR code with its camera, or that the facilitator
// types. Crockford's base 32 (no I, L, O or U), so a code read aloud or typed from a small screen survives.
import { answerLetters, cardCount, type AnswerLetter } from "./vote-cards.ts";
import type { Tally } from "./card-vote.ts";

const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** What a QR code of ours starts with, so the laptop ignores any other code it sees. */
export const scanCodePrefix = "STEMKAARTEN:";
/** Two check symbols (10 bits): a typing error is caught 1023 times in 1024. */
const checkSymbols = 2;

function checksum(value: bigint): number {
  let hash = 0x2f1;
  for (let v = value; v > 0n; v >>= 8n) hash = (hash * 31 + Number(v & 0xffn)) % 1021;
  return hash;
}

/** The tally as a code: per card up to the highest one seen, 0 (not seen) or 1–4 (A–D), in base 5, then a check. */
export function encodeScan(tally: Tally): string {
  const highest = Math.max(0, ...tally.keys());
  let value = 0n;
  for (let card = highest; card >= 1; card--) {
    const answer = tally.get(card);
    value = value * 5n + BigInt(answer ? answerLetters.indexOf(answer) + 1 : 0);
  }
  value = value * 64n + BigInt(highest);
  let digits = "";
  for (let v = value; v > 0n; v /= 32n) digits = alphabet[Number(v % 32n)]! + digits;
  const check = checksum(value);
  return (digits || "0") + alphabet[check >> 5]! + alphabet[check & 31]!;
}

/** The code in groups of four, as the phone shows it: easier to read out and type. */
export function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, "$1-");
}

/** A code as typed or read: any case, spaces and dashes ignored, I/L read as 1 and O as 0. Null when it is not ours. */
export function decodeScan(input: string): Tally | null {
  const text = input.trim().toUpperCase().replace(scanCodePrefix, "").replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (text.length <= checkSymbols || /[^0-9A-Z]/.test(text)) return null;
  let value = 0n;
  for (const char of text.slice(0, -checkSymbols)) {
    const digit = alphabet.indexOf(char);
    if (digit < 0) return null;
    value = value * 32n + BigInt(digit);
  }
  const check = text.slice(-checkSymbols);
  const expected = checksum(value);
  if (check !== alphabet[expected >> 5]! + alphabet[expected & 31]!) return null;
  const highest = Number(value % 64n);
  if (highest > cardCount) return null;
  let rest = value / 64n;
  const tally = new Map<number, AnswerLetter>();
  for (let card = 1; card <= highest; card++) {
    const state = Number(rest % 5n);
    rest /= 5n;
    if (state > 0) tally.set(card, answerLetters[state - 1]!);
  }
  return rest === 0n ? tally : null;
}

/** The text of the phone's result QR code. */
export const scanQrText = (tally: Tally): string => scanCodePrefix + encodeScan(tally);
