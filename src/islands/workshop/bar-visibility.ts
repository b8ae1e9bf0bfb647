// The presentation bar gets out of the room's way: it fades out after a few seconds without mouse movement (any
// movement brings it back, as with a video player), and H hides or shows it. It stays while it holds keyboard focus
// (it shows again as soon as Tab reaches it, WCAG 2.4.11), while the pointer is on it, and while it has something to
// say (`hold`). Faded, it keeps its place: focus scrolling keeps controls above it either way, so showing it again
// never covers the focused one.
import { useEffect, useRef, useState } from "preact/hooks";

/** How long the bar stays after the last mouse movement. */
export const barIdleMs = 3000;

export function useBarVisibility(bar: { current: HTMLElement | null }, hold: boolean): { hidden: boolean; toggle: () => void } {
  const [hidden, setHidden] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const live = useRef(hold);
  live.current = hold;

  const later = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const element = bar.current;
      if (live.current || !element || element.matches(":has(:focus-visible), :hover")) return later();
      setHidden(true);
    }, barIdleMs);
  };

  useEffect(() => {
    const onMove = () => {
      setHidden(false);
      later();
    };
    addEventListener("pointermove", onMove);
    later();
    return () => {
      removeEventListener("pointermove", onMove);
      clearTimeout(timer.current);
    };
  }, []);

  // Something to say (a notice) brings the bar back.
  useEffect(() => {
    if (hold) setHidden(false);
  }, [hold]);

  const toggle = () => {
    clearTimeout(timer.current);
    setHidden((was) => {
      if (was) later();
      return !was;
    });
  };
  return { hidden, toggle };
}
