// Presenting a programme moves on to the next module without loading a page: the next module's built page
// (module-pages.ts) takes the place of the content of <main>, inside a view transition where the browser has one,
// so the room keeps seeing the last slide until the first slide of the next module is ready, and fullscreen stays.
// What lives on across modules ([data-keep]: the workshop bar with the presentation in it, the term pop-up) moves
// over; the new page's islands start as they do on a page load (Astro's islands unmount on "astro:after-swap"); the
// URL moves with history.pushState, so every step keeps its own address and Back and Forward work.
import { mainId } from "../../lib/page-ids.ts";
import { hashForPlace, type Place } from "../../lib/route.ts";
import type { ModulePage } from "./module-pages.ts";

/** The longest wait for the new page's islands; past it the page is shown as it is. */
const startTimeout = 3000;

/** The path of the module page now in place: history entries with another path belong to another module. */
let shownPath = location.pathname;
/** What to do when Back or Forward leads to another module's entry (the presentation sets it while it runs). */
let follow: ((moduleId: string) => void) | null = null;
let following = false;

/** While a presentation runs, Back and Forward into another module go through `handler`; null: through a page load. */
export function followHistory(handler: ((moduleId: string) => void) | null): void {
  follow = handler;
}

/** Runs before the stepper (capture phase), which knows only the module it started on. */
function onHistory(event: Event): void {
  if (location.pathname === shownPath) return;
  event.stopImmediatePropagation();
  const moduleId = location.pathname.split("/").filter(Boolean).at(-1) ?? "";
  if (follow) follow(moduleId);
  else location.reload();
}

export interface Arrival {
  /** Right after the new content is in place, before its islands start (the room still sees the last slide). */
  onSwap?: () => void;
  /** Once its islands show the place, before the room sees it. */
  onShown?: () => void;
}

/**
 * Shows `page` at `place`. "push" adds a history entry (the clicker moved on), "pop" follows one the browser
 * already went to (Back, Forward). Resolves once the new module is on screen.
 */
export async function showModule(page: ModulePage, place: Place, how: "push" | "pop", arrival: Arrival = {}): Promise<void> {
  if (!following) {
    following = true;
    addEventListener("popstate", onHistory, true);
    addEventListener("hashchange", onHistory, true);
  }
  if (how === "push") {
    const url = new URL(page.url);
    url.search = location.search;
    url.hash = hashForPlace(place);
    history.pushState(history.state, "", url);
  }
  await loadAssets(page);
  const update = async () => {
    swapMain(page.doc);
    shownPath = location.pathname;
    arrival.onSwap?.();
    await started(document.getElementById(mainId)!);
    arrival.onShown?.();
  };
  const root = document.documentElement;
  if (!document.startViewTransition) {
    // Without view transitions the room sees the background for a moment, never the reading page.
    root.dataset.moduleChange = "";
    await update().finally(() => delete root.dataset.moduleChange);
    return;
  }
  await document.startViewTransition(update).updateCallbackDone;
}

/** The next page's stylesheets and scripts that this page does not have yet (module pages mostly share theirs). */
async function loadAssets({ doc, url }: ModulePage): Promise<void> {
  const absolute = (element: Element, attribute: string) => new URL(element.getAttribute(attribute)!, url).href;
  const styles = new Set([...document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]")].map((l) => l.href));
  const scripts = new Set([...document.querySelectorAll<HTMLScriptElement>("script[type=module][src]")].map((s) => s.src));
  const loads = [...doc.querySelectorAll("link[rel=stylesheet]")]
    .map((link) => absolute(link, "href"))
    .filter((href) => !styles.has(href))
    .map(
      (href) =>
        new Promise<void>((resolve) => {
          const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href });
          link.onload = link.onerror = () => resolve();
          document.head.append(link);
        }),
    );
  for (const script of doc.querySelectorAll("script[type=module][src]")) {
    const src = absolute(script, "src");
    if (!scripts.has(src)) loads.push(import(/* @vite-ignore */ src).then(() => undefined, () => undefined));
  }
  await Promise.all(loads);
}

/** Puts the content of the other page's <main> in place, keeping the live [data-keep] parts, and its title. */
function swapMain(doc: Document): void {
  const main = document.getElementById(mainId)!;
  const fresh = document.createDocumentFragment();
  fresh.append(...[...doc.getElementById(mainId)!.childNodes].map((node) => document.importNode(node, true)));
  // A live part the next page has no place for stays anyway, at the end: the module after it may need it again.
  for (const live of main.querySelectorAll<HTMLElement>("[data-keep]")) {
    const place = fresh.querySelector(`[data-keep="${CSS.escape(live.dataset.keep!)}"]`);
    if (place) place.replaceWith(live);
    else fresh.append(live);
  }
  main.replaceChildren(fresh);
  document.title = doc.title;
  const title = doc.documentElement.dataset.moduleTitle;
  if (title) document.documentElement.dataset.moduleTitle = title;
  const description = doc.querySelector<HTMLMetaElement>('meta[name="description"]')?.content;
  if (description) document.querySelector<HTMLMetaElement>('meta[name="description"]')?.setAttribute("content", description);
  // Astro's islands that left the page unmount on this event (the protocol of its own client router).
  document.dispatchEvent(new Event("astro:after-swap"));
}

/** Resolves when the islands in `main` have started and the stepper shows its place (or after the timeout). */
function started(main: HTMLElement): Promise<void> {
  const ready = () => main.querySelector("astro-island[ssr]") === null && main.querySelector("[data-stepper-root][data-enhanced]") !== null;
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timeout);
      // The stepper's place arrives in an effect; its render (which hides the other steps) follows in a task.
      setTimeout(resolve);
    };
    const observer = new MutationObserver(() => ready() && done());
    const timeout = setTimeout(done, startTimeout);
    observer.observe(main, { subtree: true, attributes: true, attributeFilter: ["ssr", "data-enhanced"] });
    if (ready()) done();
  });
}
