// Where the reader is in the module (step, and option or dialog inside it), kept in sync with the URL hash.
// Islands read and write the place only through this store, so Back and Forward work for all of them; they read
// the route (steps and the typed places in them) from the page through pageRoute().
import { atom } from "nanostores";
import { hashForPlace, isPlaceHash, parseRoute, placeFromHash, type Place, type RouteStep } from "../lib/route.ts";
import { routeDataId } from "../lib/page-ids.ts";

export const $place = atom<Place | null>(null);
/** The branch the reader last walked through, for "Vorige stap" where branches meet. */
export const $branch = atom<string | undefined>(undefined);
/** What the live region says after a change ("Stap 4 van 7: …"). */
export const $announcement = atom("");
/** True when the change came from the reader (not from the first page load): islands then move focus. */
export const $moved = atom(false);
/** Options a workshop programme leaves out while it is presented: carousels count and show only the others. */
export const $optionsLeftOut = atom<string[]>([]);

let route: RouteStep[] = [];

/**
 * The module's route as the page carries it, in a <script type="application/json"> (RouteData.astro). Read each
 * time, not kept: presenting a programme puts the next module's page in place without a page load.
 */
export const pageRoute = (): RouteStep[] => parseRoute(document.getElementById(routeDataId)?.textContent);

function apply(place: Place, moved: boolean): void {
  const branch = route.find((s) => s.id === place.stepId)?.branch;
  if (branch) $branch.set(branch);
  $moved.set(moved);
  $place.set(place);
}

/**
 * True when the hash names something on the page that is not a place in the module (the skip link's
 * "#inhoud", the footer): such links do what a browser does, and the stepper stays where it is.
 */
export function isPageAnchor(hash: string): boolean {
  if (isPlaceHash(route, hash)) return false;
  let id = hash.replace(/^#/, "");
  try {
    id = decodeURIComponent(id);
  } catch {
    return false;
  }
  return id !== "" && document.getElementById(id) !== null;
}

/** Starts the sync with the URL; called once by the stepper with the module's route. */
export function startPlaceSync(steps: RouteStep[]): void {
  route = steps;
  const pageAnchor = isPageAnchor(location.hash);
  const initial = pageAnchor ? placeFromHash(route, "") : placeFromHash(route, location.hash);
  if (initial.unknown) history.replaceState(history.state, "", `${location.pathname}${location.search}${hashForPlace(initial)}`);
  apply(initial, false);
  const fromUrl = () => {
    if (isPageAnchor(location.hash)) return;
    const place = placeFromHash(route, location.hash);
    const current = $place.get();
    if (current && hashForPlace(current) === hashForPlace(place)) return;
    apply(place, true);
  };
  window.addEventListener("popstate", fromUrl);
  window.addEventListener("hashchange", fromUrl);
}

/** Moves to a place and records it in the browser history (or replaces the entry). */
export function goTo(place: Place, options: { replace?: boolean } = {}): void {
  const url = `${location.pathname}${location.search}${hashForPlace(place)}`;
  if (options.replace) history.replaceState(history.state, "", url);
  else history.pushState(history.state, "", url);
  apply(place, true);
}

export function goToHash(hash: string, options: { replace?: boolean } = {}): void {
  goTo(placeFromHash(route, hash), options);
}

export function announce(text: string): void {
  // Clearing first makes screen readers repeat an identical message.
  $announcement.set("");
  queueMicrotask(() => $announcement.set(text));
}
