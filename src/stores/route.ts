// The module's route (steps, branches and the typed places in each step), as the page carries it once in a
// <script type="application/json"> (RouteData.astro). Islands read it here instead of each getting a copy.
import { parseRoute, type RouteStep } from "../lib/route.ts";
import { routeDataId } from "../lib/page-ids.ts";

let route: RouteStep[] | undefined;

export function pageRoute(): RouteStep[] {
  route ??= parseRoute(document.getElementById(routeDataId)?.textContent);
  return route;
}
