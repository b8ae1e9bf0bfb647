// What a module page shows around its steps, worked out from the loaded modules so the page only routes:
// the links to the neighbouring modules, the branch of each step (its label and its flow), the sources under a
// step, and the glossary terms the module marks.
import { loadGlossary, type GlossaryTerm, type LoadedModule, type LoadedStep } from "./modules.ts";
import { modulePath } from "../lib/paths.ts";
import { sourcesOfStep, type ModuleSource } from "../lib/step-sources.ts";

export interface ModuleLink {
  href: string;
  title: string;
}

export interface ModuleChain {
  /** "Vorige stap" on the first step goes to the previous module's last step. */
  previous?: ModuleLink;
  /** The start of the previous module, for the chain links under the steps. */
  previousStart?: string;
  next?: ModuleLink;
}

export interface StepFrame {
  /** The label of the choice that leads into this step's branch. */
  branchTitle?: string;
  /** The steps of this step's branch, then the step where the branch ends up (e.g. the shared closing step). */
  flow?: { id: string; title: string }[];
  /** The sources the step names (its own `sources`, never the module's whole list), with the module's check date. */
  sources?: { items: ModuleSource[]; lastChecked: Date };
}

const lastStepOf = (m: LoadedModule) => m.route.at(-1)?.id ?? "";

export function moduleChain(base: string, modules: LoadedModule[], id: string): ModuleChain {
  const index = modules.findIndex((m) => m.id === id);
  const [previous, next] = [modules[index - 1], modules[index + 1]];
  return {
    ...(previous && { previous: { href: modulePath(base, previous.id, lastStepOf(previous)), title: previous.data.title }, previousStart: modulePath(base, previous.id) }),
    ...(next && { next: { href: modulePath(base, next.id), title: next.data.title } }),
  };
}

function flowOf(module: LoadedModule, branch: string): { id: string; title: string }[] {
  const own = module.steps.filter((s) => s.data.branch === branch);
  const end = module.steps.find((s) => s.stepId === own.at(-1)?.data.next);
  return [...own, ...(end ? [end] : [])].map((s) => ({ id: s.stepId, title: s.data.title }));
}

/** The frame of every step of the module: its branch label and flow (on a branch), and its sources. */
export function stepFrames(module: LoadedModule): Map<LoadedStep, StepFrame> {
  const branchTitles = new Map(module.steps.flatMap((s) => s.data.choices ?? []).map((c) => [module.steps.find((s) => s.stepId === c.goto)?.data.branch, c.label]));
  return new Map(
    module.steps.map((step) => {
      const branch = step.data.branch;
      const items = sourcesOfStep(step.data.sources, module.data.sources);
      const sources = items.length > 0 ? { items, lastChecked: module.data.lastChecked } : undefined;
      return [step, { ...(branch ? { branchTitle: branchTitles.get(branch), flow: flowOf(module, branch) } : {}), ...(sources ? { sources } : {}) }];
    }),
  );
}

/** The glossary terms this module marks, A–Z, for the definitions at the end of the page. */
export async function termsOf(module: LoadedModule): Promise<GlossaryTerm[]> {
  const used = new Set(module.steps.flatMap((s) => s.outline.terms.map((t) => t.id)));
  return (await loadGlossary()).filter((t) => used.has(t.id));
}
