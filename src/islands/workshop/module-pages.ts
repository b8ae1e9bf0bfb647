// The built pages of other modules, fetched when presenting a programme starts (or the presenter view opens): their
// route for the walk through the programme, and their content for the module change without a page load
// (module-swap.ts) and for the presenter view's previews. Offline they come from the service worker's store.
import { routeDataId } from "../../lib/page-ids.ts";
import { parseRoute, type RouteStep } from "../../lib/route.ts";

export interface ModulePage {
  moduleId: string;
  /** The page's address, without query or hash. */
  url: string;
  doc: Document;
  route: RouteStep[];
}

/**
 * The address of a page of `moduleId`: "" its module page, "begeleider/" its presenter view. Module pages live at
 * <base><module>/ and their presenter pages one level deeper; this works from either.
 */
export function modulePageUrl(moduleId: string, path = ""): URL {
  const up = location.pathname.endsWith("/begeleider/") ? "../../" : "../";
  return new URL(`${up}${moduleId}/${path}`, location.href);
}

const pages = new Map<string, Promise<ModulePage | null>>();

/** A module's built page; null when the site has no such module. Rejects when it cannot load (offline, never stored). */
export function modulePage(moduleId: string): Promise<ModulePage | null> {
  let page = pages.get(moduleId);
  if (!page) {
    const url = modulePageUrl(moduleId).href;
    page = fetch(url).then(async (response) => {
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      const doc = new DOMParser().parseFromString(await response.text(), "text/html");
      return { moduleId, url, doc, route: parseRoute(doc.getElementById(routeDataId)?.textContent) };
    });
    // A failed load is tried again the next time it is asked for.
    page.catch(() => pages.delete(moduleId));
    pages.set(moduleId, page);
  }
  return page;
}
