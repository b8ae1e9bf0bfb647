// A beamer shows light colours best: while presenting, the page uses the theme's light colours whatever the laptop's
// dark mode (data-light on <html>; the theme's dark colours skip it). The facilitator can switch it off in the bar;
// that choice is kept in this browser.
import { useLayoutEffect, useState } from "preact/hooks";
import { beamerLightKey } from "../../lib/stored-data.ts";

/** The stored value when the facilitator has switched the light screen off. */
const off = "uit";

function stored(): boolean {
  try {
    return localStorage.getItem(beamerLightKey) !== off;
  } catch {
    return true;
  }
}

/** Whether the presentation uses the light colours, and a setter that remembers the choice. */
export function useBeamerLight(): [boolean, (on: boolean) => void] {
  const [light, setLight] = useState(stored);
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.toggleAttribute("data-light", light);
    return () => root.removeAttribute("data-light");
  }, [light]);
  const choose = (on: boolean) => {
    try {
      if (on) localStorage.removeItem(beamerLightKey);
      else localStorage.setItem(beamerLightKey, off);
    } catch {
      // Storage refused: the choice holds for this presentation only.
    }
    setLight(on);
  };
  return [light, choose];
}
