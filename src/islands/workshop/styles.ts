// Loads the workshop styles (presentation, record panel, voting with cards) on demand. Imported as a URL, so Astro does not add
// them to every module page for readers; the launcher waits for them before it shows a workshop view.
import href from "../../styles/workshop.css?url";

let loading: Promise<void> | undefined;

export function loadWorkshopStyles(): Promise<void> {
  loading ??= new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    // A failed stylesheet must not block the facilitator: the views still work unstyled.
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return loading;
}
