// Leaving a workshop window (closing it, reloading, going elsewhere) while something recorded was never downloaded
// as a file: the browser asks first, because a municipal laptop may clear its storage when the browser closes.
// Only then; the site's own moves between the pages of a programme are no leaving.
import { useEffect } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { $needsExport } from "../../stores/workshop.ts";

let onPurpose = false;

/** Asks before this window is left while a session needs an export. */
export function useExportGuard(): void {
  const needed = useStore($needsExport);
  useEffect(() => {
    if (!needed) return;
    const onLeave = (event: BeforeUnloadEvent) => {
      // The store, not this render: a download a moment ago counts before this effect is cleaned up.
      if (onPurpose || !$needsExport.get()) return;
      event.preventDefault();
      // Older browsers show the question only when this is set.
      event.returnValue = "";
    };
    addEventListener("beforeunload", onLeave);
    return () => removeEventListener("beforeunload", onLeave);
  }, [needed]);
}

/** Opens `url` in this window as part of the workshop (the next module's presenter page): no question. */
export function moveOn(url: string): void {
  onPurpose = true;
  location.assign(url);
}
