// The presentation's end of its channel with the presenter view. The channel is the module's: after a programme's
// module change the presenter view opens that module's page and asks there, so the channel follows `moduleId`. On
// opening it answers as if asked (the presenter view may be there already); when the presentation stops, it says so.
import { useEffect, useRef } from "preact/hooks";
import { openPresenterChannel, type PresenterMessage } from "../../lib/presenter-messages.ts";

/** Opens the module's channel; `onMessage` (the latest one given) gets each message from the presenter view. */
export function usePresenterChannel(moduleId: string, onMessage: (message: PresenterMessage) => void): { current: BroadcastChannel | null } {
  const channel = useRef<BroadcastChannel | null>(null);
  const handle = useRef(onMessage);
  handle.current = onMessage;
  // Before the channel's own clean-up below (effects clean up in order): the presenter view hears the end.
  useEffect(() => () => channel.current?.postMessage({ type: "ended" } satisfies PresenterMessage), []);
  useEffect(() => {
    const bc = openPresenterChannel(moduleId, (message) => handle.current(message));
    channel.current = bc;
    handle.current({ type: "hello" });
    return () => {
      bc?.close();
      if (channel.current === bc) channel.current = null;
    };
  }, [moduleId]);
  return channel;
}
