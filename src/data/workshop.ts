// What the workshop islands need to know about a module, worked out at build time from its steps:
// its dilemmas (steps with record: true), the labels of its options, and the links they use.
import type { LoadedModule, LoadedStep } from "./modules.ts";
import type { DilemmaRef } from "../lib/workshop-record/schema.ts";
import { absoluteUrl } from "../lib/share-url.ts";
import { joinBase, modulePath } from "../lib/paths.ts";
import { nl } from "../i18n/nl.ts";
import { nlWorkshop } from "../i18n/nl-workshop.ts";
import { nlVotes } from "../i18n/nl-votes.ts";
import { defaultAnswers } from "../lib/card-vote.ts";

/** The two sides of a step's dilemma: its two perspectives, or the general words for them. */
function sidesOf(step: LoadedStep): [string, string] {
  const [left, right] = step.outline.perspectives;
  return [left?.title ?? nlWorkshop.sideA, right?.title ?? nlWorkshop.sideB];
}

/** What A–D mean when the room votes with cards on this step (frontmatter `vote`, or the default for a dilemma). */
export function voteAnswersOf(step: LoadedStep): [string, string, string, string] | undefined {
  return step.data.vote ?? (step.data.record ? defaultAnswers(sidesOf(step), nlVotes) : undefined);
}

/** The module's dilemmas; `moduleUrl` (absolute) gives each a link to its step for the report. */
export function dilemmasOf(module: LoadedModule, moduleUrl?: string): DilemmaRef[] {
  return module.steps.flatMap((step, index) => {
    if (!step.data.record) return [];
    const perspectives = sidesOf(step);
    const variants = step.outline.variants.map((v) => v.title);
    return [
      {
        moduleId: module.id,
        moduleTitle: module.data.title,
        stepId: step.stepId,
        title: step.data.title,
        number: index + 1,
        perspectives,
        vote: voteAnswersOf(step)!,
        ...(variants.length ? { variants } : {}),
        ...(step.data.question ? { question: step.data.question } : {}),
        ...(moduleUrl ? { url: `${moduleUrl}#${step.stepId}` } : {}),
      },
    ];
  });
}

/** Option or dialog id → its title and its place ("Voorbeeld 2 van 4", "Venster"), for the presenter view. */
export function optionLabels(module: LoadedModule): Record<string, { title: string; label: string }> {
  const labels: Record<string, { title: string; label: string }> = {};
  for (const step of module.steps) {
    for (const group of step.outline.optionGroups) {
      const words = nl.optionNouns[group.noun as keyof typeof nl.optionNouns] ?? nl.optionNouns.optie;
      for (const [i, option] of group.options.entries()) labels[option.id] = { title: option.title, label: nl.optionOf(words.one, i + 1, group.options.length) };
    }
    // The clicker opens dialogs too ("Meer achtergrond"), so the presenter view names them.
    for (const dialog of step.outline.targets.filter((t) => t.kind === "dialog")) labels[dialog.id] = { title: dialog.title, label: nlWorkshop.dialogLabel };
  }
  return labels;
}

/** Step id → suggested minutes (frontmatter `duration`), for the presenter view's countdown. */
export function durationsOf(module: LoadedModule): Record<string, number> {
  return Object.fromEntries(module.steps.flatMap((step) => (step.data.duration ? [[step.stepId, step.data.duration]] : [])));
}

/** Module id → its title and step titles: the presenter view names a programme's next stop in another module. */
export function stepTitlesOf(modules: LoadedModule[]): Record<string, { title: string; steps: Record<string, string> }> {
  return Object.fromEntries(modules.map((m) => [m.id, { title: m.data.title, steps: Object.fromEntries(m.steps.map((s) => [s.stepId, s.data.title])) }]));
}

export interface WorkshopLinks {
  /** The presenter view of this module. */
  presenter: string;
  /** The printable handout of a session. */
  handout: string;
  /** The module's public address when the build knows it (SITE_URL); without it, QR codes use the page's own address. */
  moduleUrl?: string;
}

export function workshopLinks(base: string, moduleId: string, origin: URL | undefined): WorkshopLinks {
  return {
    presenter: joinBase(base, `${moduleId}/begeleider/`),
    handout: joinBase(base, "workshop/verslag/"),
    ...(origin ? { moduleUrl: absoluteUrl(origin, modulePath(base, moduleId)) } : {}),
  };
}
