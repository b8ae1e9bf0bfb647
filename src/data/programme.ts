// What the programme page can choose from, worked out at build time: every module with its steps, their times,
// and the options and dialogs the clicker opens in each step.
import type { LoadedModule } from "./modules.ts";
import type { Catalogue } from "../lib/programme.ts";
import { clickerWalks } from "../lib/presentation-sequence.ts";

export interface CatalogueWithTimes {
  catalogue: Catalogue;
  /** "module/step" → suggested minutes. */
  minutes: Record<string, number>;
}

export function programmeCatalogue(modules: LoadedModule[]): CatalogueWithTimes {
  const catalogue: Catalogue = {};
  const minutes: Record<string, number> = {};
  for (const module of modules) {
    catalogue[module.id] = {
      title: module.data.title,
      steps: module.steps.map((step) => {
        if (step.data.duration) minutes[`${module.id}/${step.stepId}`] = step.data.duration;
        const options = step.outline.targets.filter((t) => clickerWalks.includes(t.kind)).map((t) => ({ id: t.id, title: t.title }));
        return { id: step.stepId, title: step.data.title, options };
      }),
    };
  }
  return { catalogue, minutes };
}
