// Presenting a programme (?p=… in the URL of a module page or presenter page): its stops across modules, with the
// routes of the other modules as their pages arrive, where the clicker goes next, and where the walk is now
// ("Stap 4 van 12"). Moving into another module is module-swap.ts; the presenter view follows (presenter-messages.ts).
import { useEffect, useMemo, useState } from "preact/hooks";
import { nl } from "../../i18n/nl.ts";
import { isStep, parseProgramme, type ProgrammeEntry } from "../../lib/programme.ts";
import { optionsLeftOut, programmePosition, programmeStops, type ProgrammePlace, type ProgrammeStop } from "../../lib/programme-walk.ts";
import { placeFromHash, type Place, type RouteStep } from "../../lib/route.ts";
import { $optionsLeftOut, $place, pageRoute } from "../../stores/place.ts";
import { modulePage, modulePageUrl } from "./module-pages.ts";
import { showModule } from "./module-swap.ts";

/** The programme (`p`) of this page's URL, or null. */
export const programmeOfPage = (): string | null => new URLSearchParams(location.search).get("p");

/** The page `path` ("" for the module page, "begeleider/") of another module, with this page's programme. */
export function programmePage(moduleId: string, stepId: string, path = ""): string {
  const url = modulePageUrl(moduleId, path);
  url.search = location.search;
  url.hash = stepId;
  return url.href;
}

export interface Programme {
  entries: ProgrammeEntry[];
  stops: ProgrammeStop[];
}

/**
 * The programme this page walks, or null without one. It loads the pages of the programme's other modules at once,
 * so the walk knows their options and the module change finds the next page ready.
 */
export function useProgramme(moduleId: string): Programme | null {
  const [value] = useState(programmeOfPage);
  const entries = useMemo(() => parseProgramme(value).entries, [value]);
  const [routes, setRoutes] = useState<Record<string, RouteStep[]>>({});
  useEffect(() => {
    const modules = new Set(entries.flatMap((e) => (isStep(e) ? [e.moduleId] : [])));
    for (const id of modules) {
      // Offline and never visited: that module stays one stop per step until it can load.
      modulePage(id).then((page) => setRoutes((known) => ({ ...known, [id]: page?.route ?? [] })), () => undefined);
    }
  }, [entries]);
  if (value === null) return null;
  return { entries, stops: programmeStops(entries, { ...routes, [moduleId]: pageRoute() }) };
}

export const placeOf = (stop: Pick<ProgrammeStop, "stepId" | "targetId">): Place => ({ stepId: stop.stepId, ...(stop.targetId ? { targetId: stop.targetId } : {}) });

/** "Stap 4 van 12" for a place of a programme (null when it is not in it). */
export function programmeStepText(programme: Programme, place: ProgrammePlace): string | null {
  const position = programmePosition(programme.stops, place);
  return position ? nl.stepOf(position.step, position.steps) : null;
}

/** Carousels count only the options the programme of this page chose for the steps of `moduleId`. */
export function leaveOutOptions(moduleId: string, route: RouteStep[]): void {
  const value = programmeOfPage();
  $optionsLeftOut.set(value ? optionsLeftOut(parseProgramme(value).entries, moduleId, route) : []);
}

export interface ModuleArrival {
  /** Before the other module's page is put in place (the presenter view can go there too). */
  onLeave: (moduleId: string, place: Place) => void;
  /** Its content is in place, its islands not started: the view takes the new module's data. */
  onSwap: () => void;
  /** Its islands show the place; the room sees it next. */
  onShown: (place: Place) => void;
}

/**
 * Presents module `moduleId` of the programme at `to` (null after Back or Forward: where the URL says) without a page
 * load. Rejects when its page cannot load.
 */
export async function presentModule(moduleId: string, to: Place | null, how: "push" | "pop", arrival: ModuleArrival): Promise<void> {
  const page = await modulePage(moduleId);
  if (!page) throw new Error(`No module ${moduleId} on this site`);
  const arrive = to ?? placeFromHash(page.route, location.hash);
  arrival.onLeave(page.moduleId, arrive);
  await showModule(page, arrive, how, {
    onSwap: () => {
      leaveOutOptions(page.moduleId, page.route);
      $place.set(arrive);
      arrival.onSwap();
    },
    onShown: () => arrival.onShown(arrive),
  });
}
