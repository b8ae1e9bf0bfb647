// What the workshop islands need to know about a module, worked out at build time from its steps: what each step
// records (every step: notes and afspraken; a position where `record: true`; a card vote where `vote` or a
// position), the labels of its options, and the links they use.
import type { LoadedModule, LoadedStep } from "./modules.ts";
import type { DilemmaRef } from "../lib/workshop-record/schema.ts";
import { absoluteUrl } from "../lib/share-url.ts";
import { joinBase, modulePath } from "../lib/paths.ts";
import { nl } from "../i18n/nl.ts";
import { nlWorkshop } from "../i18n/nl-workshop.ts";
import { nlVotes } from "../i18n/nl-votes.ts";
import { defaultAnswers } from "../lib/card-vote.ts";
import { spans, timeSpan } from "../lib/run-sheet.ts";
import { formatMinutes } from "../lib/step-time.ts";

/** The two sides of a step's scale, when the group takes a position there (`record: true`). */
function perspectivesOf(step: LoadedStep): [string, string] | undefined {
  if (!step.data.record) return undefined;
  const [left, right] = step.outline.perspectives;
  return [left?.title ?? nlWorkshop.sideA, right?.title ?? nlWorkshop.sideB];
}

/** What A–D mean when the room votes with cards at this step: its `vote`, else the sides of its scale; none elsewhere. */
export function voteAnswersOf(step: LoadedStep): [string, string, string, string] | undefined {
  const perspectives = perspectivesOf(step);
  return step.data.vote ?? (perspectives ? defaultAnswers(perspectives, nlVotes) : undefined);
}

/** The question put to the room: the facilitator's (`workshop.question`), else the one the step shows. */
export const roomQuestionOf = (step: LoadedStep): string | undefined => step.data.workshop?.question ?? step.data.question;

/** Every step of the module as something to record on; `moduleUrl` (absolute) gives each a link for the report. */
export function recordableSteps(module: LoadedModule, moduleUrl?: string): DilemmaRef[] {
  return module.steps.map((step, index) => {
    const perspectives = perspectivesOf(step);
    const vote = voteAnswersOf(step);
    const variants = step.outline.variants.map((v) => v.title);
    const question = roomQuestionOf(step);
    return {
      moduleId: module.id,
      moduleTitle: module.data.title,
      stepId: step.stepId,
      title: step.data.title,
      number: index + 1,
      ...(perspectives ? { perspectives } : {}),
      ...(vote ? { vote } : {}),
      ...(variants.length ? { variants } : {}),
      ...(question ? { question } : {}),
      ...(moduleUrl ? { url: `${moduleUrl}#${step.stepId}` } : {}),
    };
  });
}

/** What the presentation and the presenter view call an option or dialog. */
export interface OptionLabel {
  title: string;
  /** Its place: "Voorbeeld 2 van 4", or "Venster" for a dialog. */
  label: string;
  /** An option's noun ("voorbeeld"), to count it among the options a programme chose ("Voorbeeld 1 van 2"). */
  noun?: string;
}

/** Option or dialog id → its title and its place ("Voorbeeld 2 van 4", "Venster"), for the presenter view. */
export function optionLabels(module: LoadedModule): Record<string, OptionLabel> {
  const labels: Record<string, OptionLabel> = {};
  for (const step of module.steps) {
    for (const group of step.outline.optionGroups) {
      const words = nl.optionNouns[group.noun as keyof typeof nl.optionNouns] ?? nl.optionNouns.optie;
      for (const [i, option] of group.options.entries()) labels[option.id] = { title: option.title, label: nl.optionOf(words.one, i + 1, group.options.length), noun: words.one };
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

/** A step's address for a draaiboek: the full address when the build knows the site's (SITE_URL), so paper shows it. */
export function stepAddress(base: string, moduleId: string, stepId: string, origin: URL | undefined): string {
  const path = modulePath(base, moduleId, stepId);
  return origin ? absoluteUrl(origin, path) : path;
}

/** Per step of the module, when it runs in a session of the whole module ("0:15–0:30") and the running total. */
export function moduleRunTimes(module: LoadedModule): { span: string; total: string }[] {
  return spans(module.steps.map((s) => s.data.duration)).map((span) => ({ span: timeSpan(undefined, span), total: formatMinutes(span.to) }));
}
