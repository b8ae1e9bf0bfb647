// Presenting a programme (?p=… in the URL of a module page): where the clicker goes next. A stop in another
// module opens that module's page with the same programme; presentation mode starts again there by itself, and
// the presenter view (told through `onLeave`) opens that module's presenter page.
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { parseProgramme } from "../../lib/programme.ts";
import { programmeStep, programmeStops } from "../../lib/programme-walk.ts";
import type { Place, RouteStep } from "../../lib/route.ts";
import { announce } from "../../stores/place.ts";

/** The programme (`p`) of this page's URL, or null. */
export const programmeOfPage = (): string | null => new URLSearchParams(location.search).get("p");

/** The page `path` ("" for the module page, "begeleider/") of another module, with this page's programme. */
export function programmePage(moduleId: string, stepId: string, path = ""): string {
  const p = programmeOfPage();
  const here = new URL(location.href);
  // Module pages live at <base><module>/, their presenter pages one level deeper.
  const up = here.pathname.endsWith("/begeleider/") ? "../../" : "../";
  return new URL(`${up}${moduleId}/${path}${p ? `?p=${p}` : ""}#${stepId}`, here).href;
}

/**
 * The place to go to on this page; "handled" when the programme ends (announced) or another page opens;
 * null without a programme or when the place is not in it (the module's own walk applies).
 */
export function programmeTarget(
  route: RouteStep[],
  moduleId: string,
  place: Place,
  delta: 1 | -1,
  onLeave: (next: { moduleId: string; stepId: string }) => void = () => undefined,
): Place | "handled" | null {
  const value = programmeOfPage();
  if (!value) return null;
  const next = programmeStep(programmeStops(parseProgramme(value).entries, moduleId, route), moduleId, place, delta);
  if (next === null) return null;
  if (next === "end") {
    announce(delta > 0 ? nlWorkshop.programmeAtEnd : nlWorkshop.programmeAtStart);
    return "handled";
  }
  if (next.moduleId === moduleId) return { stepId: next.stepId, ...(next.targetId ? { targetId: next.targetId } : {}) };
  onLeave({ moduleId: next.moduleId, stepId: next.stepId });
  location.assign(programmePage(next.moduleId, next.stepId));
  return "handled";
}
