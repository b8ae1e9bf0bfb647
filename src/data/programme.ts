// What the programme pages can choose from, worked out at build time: every module with its steps, their times,
// and the options and dialogs the clicker opens in each step.
import type { LoadedModule } from "./modules.ts";
import type { Catalogue } from "../lib/programme.ts";
import { clickerWalks } from "../lib/presentation-sequence.ts";

export function programmeCatalogue(modules: LoadedModule[]): Catalogue {
  return Object.fromEntries(
    modules.map((module) => [
      module.id,
      {
        title: module.data.title,
        steps: module.steps.map((step) => ({
          id: step.stepId,
          title: step.data.title,
          ...(step.data.duration ? { minutes: step.data.duration } : {}),
          options: step.outline.targets.filter((t) => clickerWalks.includes(t.kind)).map((t) => ({ id: t.id, title: t.title })),
        })),
      },
    ]),
  );
}
