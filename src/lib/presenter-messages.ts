// The messages between the presentation window and the presenter view (BroadcastChannel, same browser).
// The presentation owns the place; the presenter view asks for it, shows it, and may ask to move or blank.
// A new kind of message is one member of the union and one check in `checks` (TypeScript asks for both).

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
  /** Presentation → presenter view: the programme goes on in another module, whose page is shown now. */
  | { type: "module"; moduleId: string; stepId: string };

export const channelName = (moduleId: string): string => `sdu-workshop:${moduleId}`;

const moduleIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isText = (value: unknown): value is string => typeof value === "string";
const isOptionalText = (value: unknown) => value === undefined || isText(value);

/** Per kind of message, whether the rest of it has the right shape. */
const checks: { [T in PresenterMessage["type"]]: (m: Record<string, unknown>) => boolean } = {
  hello: () => true,
  place: (m) => isText(m.stepId) && isOptionalText(m.targetId) && typeof m.blank === "boolean",
  move: (m) => m.delta === 1 || m.delta === -1,
  goto: (m) => isText(m.stepId) && isOptionalText(m.targetId),
  blank: () => true,
  ended: () => true,
  module: (m) => isText(m.moduleId) && moduleIdPattern.test(m.moduleId) && isText(m.stepId),
};

/** Messages come from other windows: check them before use. */
export function isPresenterMessage(value: unknown): value is PresenterMessage {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  return typeof m.type === "string" && Object.hasOwn(checks, m.type) && checks[m.type as PresenterMessage["type"]](m);
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
