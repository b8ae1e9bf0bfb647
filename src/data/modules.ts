// Loads all modules with their steps from the content collections, checks them, and fails the build
// with one clear message listing every content mistake. Pages get modules only through here.
import { readFileSync } from "node:fs";
import { getCollection, type CollectionEntry } from "astro:content";
import { checkGlossary, checkModule, checkModuleOrder, checkStepFolders, formatProblems, type CheckedStep, type ContentProblem } from "../lib/content-rules.ts";
import { checkAbbreviations, checkDeclaredAbbreviations, knownAbbreviations, type StepText } from "../lib/abbreviations.ts";
import { checkStepSources } from "../lib/step-sources.ts";
import { readingMinutes } from "../lib/outline.ts";
import { type RouteStep } from "../lib/route.ts";

export interface LoadedStep extends CheckedStep<CollectionEntry<"steps">["data"]> {
  entry: CollectionEntry<"steps">;
}

export interface LoadedModule {
  id: string;
  data: CollectionEntry<"modules">["data"];
  entry: CollectionEntry<"modules">;
  steps: LoadedStep[];
  route: RouteStep[];
  /** All steps, on every branch. */
  stepCount: number;
  minutes: number;
}

let cache: Promise<LoadedModule[]> | undefined;

/** All modules in chain order (by `order`, then id). Throws when the content breaks a rule. */
export function loadModules(): Promise<LoadedModule[]> {
  cache ??= load();
  return cache;
}

async function load(): Promise<LoadedModule[]> {
  const [moduleEntries, stepEntries, termEntries] = await Promise.all([getCollection("modules"), getCollection("steps"), getCollection("begrippen")]);
  const problems: ContentProblem[] = [];
  const glossaryIds = new Set(termEntries.map((t) => t.id));
  const terms = termEntries.map((t) => ({ id: t.id, file: t.filePath ?? t.id, ...t.data }));
  problems.push(...checkGlossary(terms), ...checkDeclaredAbbreviations(terms));
  const abbreviations = knownAbbreviations(terms);
  const modules: LoadedModule[] = [];

  problems.push(...checkStepFolders(new Set(moduleEntries.map((m) => m.id)), stepEntries.map((s) => ({ entryId: s.id, file: s.filePath ?? s.id }))));

  for (const entry of moduleEntries) {
    const sources = stepEntries
      .filter((s) => s.id.startsWith(`${entry.id}/`))
      .map((s) => ({ entryId: s.id, filePath: s.filePath ?? s.id, body: s.body ?? "", lineOffset: frontmatterLines(s.filePath, s.body), data: s.data, entry: s }));
    const result = checkModule(entry.id, entry.filePath ?? entry.id, sources, glossaryIds);
    problems.push(...result.problems);
    const steps: LoadedStep[] = result.steps;
    const moduleFile = entry.filePath ?? entry.id;
    problems.push(...checkStepSources(moduleFile, entry.data.sources, steps.map((s) => ({ filePath: s.filePath, keys: s.data.sources }))));
    problems.push(...checkAbbreviations(entry.id, steps.map(readingText), abbreviations));
    const route: RouteStep[] = steps.map((s) => ({
      id: s.stepId,
      title: s.data.title,
      ...(s.data.branch ? { branch: s.data.branch } : {}),
      ...(s.data.next ? { next: s.data.next } : {}),
      ...(s.data.choices ? { choices: s.data.choices.map((c) => ({ label: c.label, goto: c.goto })) } : {}),
      targets: s.outline.targets.map((t) => ({ id: t.id, kind: t.kind })),
    }));
    const words = steps.reduce((sum, s) => sum + s.outline.words, 0);
    modules.push({
      id: entry.id,
      data: entry.data,
      entry,
      steps,
      route,
      stepCount: steps.length,
      minutes: readingMinutes(words),
    });
  }

  problems.push(...checkModuleOrder(modules.map((m) => ({ id: m.id, file: m.entry.filePath ?? m.id, order: m.data.order }))));

  if (problems.length > 0) throw new Error(formatProblems(problems));
  return modules.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** What a reader reads of a step, in order: its title and question, its body, then the labels of its choices. */
function readingText(step: LoadedStep): StepText {
  const { title, question, choices } = step.data;
  const field = (name: string, text: string | undefined) => (text ? [{ field: name, line: 1, runs: [{ text }] }] : []);
  return {
    filePath: step.filePath,
    blocks: [
      ...field("title", title),
      ...field("question", question),
      ...step.outline.text,
      ...(choices ?? []).flatMap((c, i) => [...field(`choices[${i}].label`, c.label), ...field(`choices[${i}].description`, c.description)]),
    ],
  };
}

/** How many lines precede the body in the file, so messages can give the line as the author sees it. */
function frontmatterLines(filePath: string | undefined, body: string | undefined): number {
  if (!filePath || !body) return 0;
  try {
    const raw = readFileSync(filePath, "utf8");
    const at = raw.indexOf(body.slice(0, 200));
    return at <= 0 ? 0 : raw.slice(0, at).split("\n").length - 1;
  } catch {
    return 0;
  }
}

/** The routes of the pages per module (/<module>/, draaiboek, begeleider): the module, all modules and its place. */
export async function modulePaths() {
  const modules = await loadModules();
  return modules.map((module, index) => ({ params: { module: module.id }, props: { module, modules, index } }));
}

export interface GlossaryTerm {
  id: string;
  entry: CollectionEntry<"begrippen">;
  /** Modules whose text marks this term, in chain order. */
  usedIn: { id: string; title: string }[];
}

/** The glossary A–Z (Dutch collation), with the modules that mark each term. */
export async function loadGlossary(): Promise<GlossaryTerm[]> {
  const [modules, terms] = await Promise.all([loadModules(), getCollection("begrippen")]);
  const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });
  return terms
    .map((entry) => ({
      id: entry.id,
      entry,
      usedIn: modules
        .filter((m) => m.steps.some((s) => s.outline.terms.some((t) => t.id === entry.id)))
        .map((m) => ({ id: m.id, title: m.data.title })),
    }))
    .sort((a, b) => collator.compare(a.entry.data.term, b.entry.data.term));
}
