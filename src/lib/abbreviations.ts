// The abbreviation rule: the first time a module uses an abbreviation the glossary knows (VNG, Wmo, azc), a
// reader must learn what it stands for. Either the same sentence writes it out ("de Vereniging van Nederlandse
// Gemeenten (VNG)") or the abbreviation is linked to its begrip (<Begrip id="vng">VNG</Begrip>).
import type { ContentProblem } from "./content-rules.ts";
import type { TextBlock } from "./outline.ts";
import { namePattern } from "./search-aliases.ts";

/** A begrip that declares an abbreviation, with the names that write it out. */
export interface KnownAbbreviation {
  /** The begrip's id: a <Begrip id> with this id explains the abbreviation. */
  id: string;
  abbreviation: string;
  /** The begrip's names without the abbreviation in them: "Vereniging van Nederlandse Gemeenten". */
  writtenOut: string[];
}

/** The abbreviations the glossary declares: each begrip's `abbreviation` and its other names. */
export function knownAbbreviations(terms: { id: string; term: string; aliases: string[]; abbreviation?: string | undefined }[]): KnownAbbreviation[] {
  return terms.flatMap((t) => {
    if (!t.abbreviation) return [];
    const abbreviation = t.abbreviation;
    const writtenOut = [t.term, ...t.aliases].filter((name) => !namePattern(abbreviation).test(name));
    return [{ id: t.id, abbreviation, writtenOut }];
  });
}

/** The reading text of one step, in reading order: frontmatter text first, the body, then the choices. */
export interface StepText {
  filePath: string;
  blocks: (TextBlock & { field?: string })[];
}

/** Sentences end at . ? ! ; or : followed by a space, or at the end of a block. */
const sentenceEnd = /[.?!;:](?=\s|$)/g;

function sentenceAround(text: string, index: number): string {
  let start = 0;
  for (const match of text.matchAll(sentenceEnd)) {
    if (match.index >= index) return text.slice(start, match.index + 1);
    start = match.index + 1;
  }
  return text.slice(start);
}

/** Where an abbreviation is first used in a module, and whether that first use explains it. */
function firstUse(steps: StepText[], known: KnownAbbreviation) {
  for (const step of steps) {
    for (const block of step.blocks) {
      const text = block.runs.map((r) => r.text).join("");
      const match = namePattern(known.abbreviation).exec(text);
      if (!match) continue;
      let offset = 0;
      const run = block.runs.find((r) => (offset += r.text.length) > match.index);
      const sentence = sentenceAround(text, match.index).toLowerCase();
      const explained = run?.term === known.id || known.writtenOut.some((name) => sentence.includes(name.toLowerCase()));
      return { step, block, word: match[0], explained };
    }
  }
  return undefined;
}

/** Every known abbreviation whose first use in the module is neither written out nor linked to its begrip. */
export function checkAbbreviations(moduleId: string, steps: StepText[], known: KnownAbbreviation[]): ContentProblem[] {
  return known.flatMap((k) => {
    const use = firstUse(steps, k);
    if (!use || use.explained) return [];
    const example = k.writtenOut[0] ? `'${k.writtenOut[0]} (${k.abbreviation})'` : `de naam voluit met '(${k.abbreviation})' erachter`;
    return [{
      file: use.step.filePath,
      field: use.block.field ?? `tekst (regel ${use.block.line})`,
      problem: `de afkorting '${use.word}' staat hier voor het eerst in module '${moduleId}', maar wordt niet uitgelegd.`,
      fix: `schrijf hem de eerste keer voluit in dezelfde zin, zoals ${example}, of link hem naar de begrippenlijst: <Begrip id="${k.id}">${use.word}</Begrip>.`,
    }];
  });
}

/** A begrip's abbreviation must be one of its names (so search finds it), with a name that writes it out, and only
 *  one begrip may declare it. */
export function checkDeclaredAbbreviations(terms: { id: string; file: string; term: string; aliases: string[]; abbreviation?: string | undefined }[]): ContentProblem[] {
  const owners = new Map<string, string>();
  return terms.flatMap((t) => {
    if (!t.abbreviation) return [];
    const problems: ContentProblem[] = [];
    const names = [t.term, ...t.aliases].map((name) => name.toLowerCase());
    if (!names.includes(t.abbreviation.toLowerCase())) {
      problems.push({ file: t.file, field: "abbreviation", problem: `de afkorting '${t.abbreviation}' is niet de 'term' en staat niet in 'aliases'.`, fix: `zet '${t.abbreviation}' bij 'aliases' (of als 'term'), zodat zoeken het begrip ook onder de afkorting vindt.` });
    }
    if (knownAbbreviations([t])[0]!.writtenOut.length === 0) {
      problems.push({ file: t.file, field: "aliases", problem: `het begrip heeft de afkorting '${t.abbreviation}', maar geen naam voluit.`, fix: `zet de naam voluit bij 'aliases', bijvoorbeeld: aliases: ["Vereniging van Nederlandse Gemeenten"].` });
    }
    const owner = owners.get(t.abbreviation);
    if (owner) problems.push({ file: t.file, field: "abbreviation", problem: `de afkorting '${t.abbreviation}' hoort ook al bij het begrip '${owner}'.`, fix: "geef een afkorting aan één begrip." });
    else owners.set(t.abbreviation, t.id);
    return problems;
  });
}
