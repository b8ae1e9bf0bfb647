// Presenting a programme (?p=… in the URL of a module page): where the clicker goes next. A stop in another
// module opens that module's page with the same programme; presentation mode starts again there by itself.
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { parseProgramme } from "../../lib/programme.ts";
import { programmeStep, programmeStops } from "../../lib/programme-walk.ts";
import type { Place, RouteStep } from "../../lib/route.ts";
import { announce } from "../../stores/place.ts";

/**
 * The place to go to on this page; "handled" when the programme ends (announced) or another page opens;
 * null without a programme or when the place is not in it (the module's own walk applies).
 */
export function programmeTarget(route: RouteStep[], moduleId: string, place: Place, delta: 1 | -1): Place | "handled" | null {
  const value = new URLSearchParams(location.search).get("p");
  if (!value) return null;
  const next = programmeStep(programmeStops(parseProgramme(value), moduleId, route), moduleId, place, delta);
  if (next === null) return null;
  if (next === "end") {
    announce(delta > 0 ? nlWorkshop.programmeAtEnd : nlWorkshop.programmeAtStart);
    return "handled";
  }
  if (next.moduleId === moduleId) return { stepId: next.stepId, ...(next.targetId ? { targetId: next.targetId } : {}) };
  location.assign(new URL(`../${next.moduleId}/${location.search}#${next.stepId}`, location.href).href);
  return "handled";
}
