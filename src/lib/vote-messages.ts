// The vote on the beamer: the window that counts (the vote dialog, often in the presenter view) tells the
// presentation what the room should see, over a BroadcastChannel of this browser. Nothing leaves the laptop.

/** What the room sees of a vote (VoteScreen): without counts, only the question and the answers. */
export interface VoteScreenState {
  question: string;
  answers: [string, string, string, string];
  counts?: [number, number, number, number];
  seen?: number;
  expected?: number;
  missing?: number[];
}

export type VoteMessage =
  /** Counting window → presentation: show this, and keep the clicker away from the slides. */
  | { type: "vote"; screen: VoteScreenState }
  /** Counting window → presentation: the vote is over (kept or closed). */
  | { type: "vote-end" }
  /** Presentation → counting window: "is a vote running?" (a presentation started during a vote). */
  | { type: "vote-hello" };

export const voteChannelName = "sdu-workshop:stemming";

const isText = (v: unknown): v is string => typeof v === "string";
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function isVoteScreen(value: unknown): value is VoteScreenState {
  if (typeof value !== "object" || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    isText(s.question) &&
    Array.isArray(s.answers) && s.answers.length === 4 && s.answers.every(isText) &&
    (s.counts === undefined || (Array.isArray(s.counts) && s.counts.length === 4 && s.counts.every(isCount))) &&
    (s.seen === undefined || isCount(s.seen)) &&
    (s.expected === undefined || isCount(s.expected)) &&
    (s.missing === undefined || (Array.isArray(s.missing) && s.missing.every(isCount)))
  );
}

/** Messages come from other windows: check them before use. */
export function isVoteMessage(value: unknown): value is VoteMessage {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.type === "vote") return isVoteScreen(m.screen);
  return m.type === "vote-end" || m.type === "vote-hello";
}

/** Opens the vote channel; only well-formed messages reach `onMessage`. Null where there is no BroadcastChannel. */
export function openVoteChannel(onMessage: (message: VoteMessage) => void): BroadcastChannel | null {
  if (!("BroadcastChannel" in window)) return null;
  const channel = new BroadcastChannel(voteChannelName);
  channel.onmessage = (event: MessageEvent) => {
    if (isVoteMessage(event.data)) onMessage(event.data);
  };
  return channel;
}
