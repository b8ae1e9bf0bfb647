// The messages between the presentation window and the presenter view (BroadcastChannel, same browser).
// The presentation owns the place; the presenter view asks for it, shows it, and may ask to move or blank.

export type PresenterMessage =
  /** Presenter view → presentation: "where are you?" */
  | { type: "hello" }
  /** Presentation → presenter view: where it is and whether the screen is black. */
  | { type: "place"; stepId: string; targetId?: string; blank: boolean }
  /** Presenter view → presentation: what the clicker does (page within a tall step, or go to the next item). */
  | { type: "move"; delta: 1 | -1 }
  /** Presenter view → presentation: jump to a step, option or dialog (from the overview). */
  | { type: "goto"; stepId: string; targetId?: string }
  /** Presenter view → presentation: make the screen black, or show it again. */
  | { type: "blank" }
  /** Presentation → presenter view: presentation mode stopped. */
  | { type: "ended" }
  /** Presentation → presenter view: the programme goes on in another module, whose page opens now. */
  | { type: "module"; moduleId: string; stepId: string };

export const channelName = (moduleId: string): string => `sdu-workshop:${moduleId}`;

const types = new Set(["hello", "place", "move", "goto", "blank", "ended", "module"]);
const moduleIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Messages come from other windows: check them before use. */
export function isPresenterMessage(value: unknown): value is PresenterMessage {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  if (typeof m.type !== "string" || !types.has(m.type)) return false;
  if (m.type === "place") return typeof m.stepId === "string" && (m.targetId === undefined || typeof m.targetId === "string") && typeof m.blank === "boolean";
  if (m.type === "move") return m.delta === 1 || m.delta === -1;
  if (m.type === "module") return typeof m.moduleId === "string" && moduleIdPattern.test(m.moduleId) && typeof m.stepId === "string";
  if (m.type === "goto") return typeof m.stepId === "string" && (m.targetId === undefined || typeof m.targetId === "string");
  return true;
}

/**
 * Opens the module's channel between the presentation and the presenter view; only well-formed messages reach
 * `onMessage`. Null where the browser has no BroadcastChannel: both windows then work on their own.
 */
export function openPresenterChannel(moduleId: string, onMessage: (message: PresenterMessage) => void): BroadcastChannel | null {
  if (!("BroadcastChannel" in window)) return null;
  const channel = new BroadcastChannel(channelName(moduleId));
  channel.onmessage = (event: MessageEvent) => {
    const message = event.data as unknown;
    if (isPresenterMessage(message)) onMessage(message);
  };
  return channel;
}
