// The rules the content must follow beyond its frontmatter schema: ids, references, perspectives,
// options, related begrippen, step folders and the order of the modules.
// Each problem names the file, the field and what to do, because authors read it in the build output.
// The rules that need more than a step's outline live beside it: step-sources.ts (a step cites keys of its module's
// sources) and abbreviations.ts (an abbreviation is explained where a module first uses it).
import { iconList, isIconName } from "./icons.ts";
import { outlineStepBody, type StepBodyOutline } from "./outline.ts";
import { parseStepEntryId } from "./step-id.ts";
import { tagsOfKind } from "./content-components.ts";
import * as pageIds from "./page-ids.ts";
import * as workshopIds from "./workshop-ids.ts";

/** What the rules need of a step's frontmatter; the loader passes the full, validated data through. */
export interface StepShape {
  title: string;
  next?: string | undefined;
  choices?: { goto: string }[] | undefined;
  branch?: string | undefined;
}

export interface StepSource<D extends StepShape = StepShape> {
  /** Entry id as the loader gives it: "jeugdzorg/02-wachtlijsten". */
  entryId: string;
  /** Path of the file, for messages: "content/modules/jeugdzorg/02-wachtlijsten.mdx". */
  filePath: string;
  body: string;
  /** Lines of frontmatter before the body, so that line numbers in messages match the file. */
  lineOffset?: number;
  data: D;
}

/** Ids that the page uses as anchors or labels (page-ids.ts and workshop-ids.ts, every export); a step, option, dialog
 *  or checklist may not take them. */
export const reservedIds: readonly string[] = Object.values({ ...pageIds, ...workshopIds }).flatMap((value) =>
  typeof value === "string" ? [value] : Object.values(value).flatMap((ids) => Object.values(ids)),
);

export interface ContentProblem {
  file: string;
  field: string;
  problem: string;
  fix: string;
}


export function formatProblem(p: ContentProblem): string {
  return `${p.file}\n  veld: ${p.field}\n  probleem: ${p.problem}\n  wat te doen: ${p.fix}`;
}

export function formatProblems(problems: ContentProblem[]): string {
  return `De inhoud bevat ${problems.length === 1 ? "een fout" : `${problems.length} fouten`}:\n\n${problems.map(formatProblem).join("\n\n")}`;
}

export interface CheckedStep<D extends StepShape = StepShape> extends StepSource<D> {
  stepId: string;
  order: number;
  outline: StepBodyOutline;
}

/** Checks one module's steps; returns the steps in reading order with their outlines, and every problem found. */
export function checkModule<D extends StepShape, S extends StepSource<D>>(
  moduleId: string,
  moduleFile: string,
  steps: S[],
  /** Ids of the glossary entries; when given, every <Begrip id> must be one of them. */
  glossaryIds?: Set<string>,
): { steps: (S & CheckedStep<D>)[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const checked: (S & CheckedStep<D>)[] = [];
  for (const step of steps) {
    const name = parseStepEntryId(step.entryId);
    if (!name) {
      problems.push({
        file: step.filePath,
        field: "bestandsnaam",
        problem: "de naam van het bestand begint niet met een volgnummer en een stap-id.",
        fix: "noem het bestand zoals '02-wachtlijsten.mdx': een nummer, een streepje en een id in kleine letters.",
      });
      continue;
    }
    checked.push({ ...step, stepId: name.stepId, order: name.order, outline: outlineStepBody(step.body, step.lineOffset) });
  }
  checked.sort((a, b) => a.order - b.order || a.stepId.localeCompare(b.stepId));

  if (steps.length === 0) {
    problems.push({
      file: moduleFile,
      field: "stappen",
      problem: `de module '${moduleId}' heeft geen stappen.`,
      fix: `zet naast index.mdx minstens één stap, zoals '01-inleiding.mdx'.`,
    });
  }

  const seen = new Map<string, string>();
  const claim = (id: string, file: string, field: string) => {
    if (reservedIds.includes(id)) {
      problems.push({ file, field, problem: `de id '${id}' is gereserveerd voor de pagina zelf.`, fix: "kies een andere id." });
      return;
    }
    const earlier = seen.get(id);
    if (earlier) {
      problems.push({
        file,
        field,
        problem: `de id '${id}' komt twee keer voor in module '${moduleId}' (ook in ${earlier}).`,
        fix: "geef elke stap, optie, dialoog en checklist in een module een eigen id.",
      });
    } else seen.set(id, file);
  };

  for (const step of checked) {
    claim(step.stepId, step.filePath, "stap-id (bestandsnaam)");
    for (const target of step.outline.targets) {
      if (target.id) claim(target.id, step.filePath, `<${tagsOfKind(target.kind)} id> (regel ${target.line})`);
    }
    if (step.outline.syntaxError) {
      const { message, line } = step.outline.syntaxError;
      problems.push({
        file: step.filePath,
        field: `MDX (regel ${line})`,
        problem: `de tekst kan niet gelezen worden: ${message}`,
        fix: "sluit elke <Tag> af met </Tag> (of schrijf <Tag … />) en gebruik {/* … */} in plaats van <!-- … -->.",
      });
    }
    for (const missing of step.outline.missingAttributes) {
      problems.push({
        file: step.filePath,
        field: `<${missing.tag} ${missing.attribute}> (regel ${missing.line})`,
        problem: `<${missing.tag}> mist het attribuut '${missing.attribute}'.`,
        fix: `schrijf het zo: <${missing.tag} ${missing.attribute}="…">.`,
      });
    }
    for (const perspective of step.outline.perspectives) {
      if (perspective.icon && !isIconName(perspective.icon)) {
        problems.push({
          file: step.filePath,
          field: `<Perspective icon="${perspective.icon}"> (regel ${perspective.line})`,
          problem: `het pictogram '${perspective.icon}' bestaat niet.`,
          fix: `kies een van deze pictogrammen: ${iconList}.`,
        });
      }
      if (perspective.empty) {
        problems.push({
          file: step.filePath,
          field: `<Perspective title="${perspective.title}"> (regel ${perspective.line})`,
          problem: `het perspectief '${perspective.title}' is leeg.`,
          fix: "schrijf in een paar zinnen hoe deze partij het dilemma ziet, tussen <Perspective> en </Perspective>.",
        });
      }
    }
    if (step.outline.perspectives.length === 1) {
      problems.push({
        file: step.filePath,
        field: "<Perspectives>",
        problem: "een dilemma heeft maar één perspectief.",
        fix: "zet er minstens twee naast elkaar, zoals Zorgaanbieder en Gemeente.",
      });
    }
    for (const group of step.outline.optionGroups) {
      if (group.optionCount === 0) {
        problems.push({
          file: step.filePath,
          field: `<Options title="${group.title}"> (regel ${group.line})`,
          problem: "deze carrousel heeft geen opties.",
          fix: 'zet er minstens één <Option id="…" title="…"> in.',
        });
      }
    }
  }

  const stepIds = checked.map((s) => s.stepId);
  const known = stepIds.join(", ");
  const places = new Set([...stepIds, ...checked.flatMap((s) => s.outline.targets.map((t) => t.id))]);
  for (const step of checked) {
    for (const choice of step.outline.choiceTargets) {
      if (!places.has(choice.goto)) {
        problems.push({
          file: step.filePath,
          field: `<Choice goto> / <Outcome back> (regel ${choice.line})`,
          problem: `'${choice.goto}' is geen situatie, uitkomst of stap in module '${moduleId}'.`,
          fix: "verwijs naar de id van een <Situation>, <Outcome> of stap in deze module.",
        });
      }
    }
    if (glossaryIds) {
      for (const term of step.outline.terms) {
        if (!glossaryIds.has(term.id)) {
          problems.push({
            file: step.filePath,
            field: `<Begrip id="${term.id}"> (regel ${term.line})`,
            problem: `het begrip '${term.id}' staat niet in de begrippenlijst.`,
            fix: `maak content/begrippen/${term.id}.md met een 'term' en een korte uitleg, of gebruik de id van een bestaand begrip.`,
          });
        }
      }
    }
  }
  for (const step of checked) {
    const refs: [string, string][] = [];
    if (step.data.next) refs.push(["next", step.data.next]);
    step.data.choices?.forEach((c, i) => refs.push([`choices[${i}].goto`, c.goto]));
    for (const [field, ref] of refs) {
      if (!stepIds.includes(ref)) {
        problems.push({
          file: step.filePath,
          field,
          problem: `de stap '${ref}' bestaat niet in module '${moduleId}'.`,
          fix: `kies een van deze stap-ids: ${known}.`,
        });
      }
    }
  }
  return { steps: checked, problems };
}

/** Every related term of a begrip must be a begrip itself. */
export function checkGlossary(terms: { id: string; file: string; related: string[] }[]): ContentProblem[] {
  const ids = new Set(terms.map((t) => t.id));
  return terms.flatMap((term) =>
    term.related
      .filter((related) => !ids.has(related))
      .map((related) => ({
        file: term.file,
        field: "related",
        problem: `het verwante begrip '${related}' staat niet in de begrippenlijst.`,
        fix: "gebruik de id (bestandsnaam zonder .md) van een bestaand begrip, of haal het weg.",
      })),
  );
}

/** Every folder with steps has an index.mdx with the module's data. */
export function checkStepFolders(moduleIds: Set<string>, steps: { entryId: string; file: string }[]): ContentProblem[] {
  return steps.flatMap((step) => {
    const moduleId = step.entryId.split("/")[0]!;
    if (moduleIds.has(moduleId)) return [];
    return [{
      file: step.file,
      field: "index.mdx",
      problem: `de map '${moduleId}' heeft stappen maar geen index.mdx met de gegevens van de module.`,
      fix: "maak index.mdx met title, summary, order, lastChecked, reviewBefore en sources.",
    }];
  });
}

/** Every module has its own place in the chain. */
export function checkModuleOrder(modules: { id: string; file: string; order: number }[]): ContentProblem[] {
  const orders = new Map<number, string>();
  return modules.flatMap((m) => {
    const other = orders.get(m.order);
    if (other === undefined) orders.set(m.order, m.id);
    return other === undefined ? [] : [{
      file: m.file,
      field: "order",
      problem: `module '${m.id}' heeft dezelfde 'order' (${m.order}) als module '${other}'.`,
      fix: "geef elke module een eigen volgnummer in 'order'.",
    }];
  });
}
