// The id grammar (lower case letters, digits and single hyphens) and how content file paths become module and step
// ids: "jeugdzorg/02-wachtlijsten.mdx" → module "jeugdzorg", step "wachtlijsten". The one place this grammar is written.

const idGrammar = "[a-z0-9]+(?:-[a-z0-9]+)*";

/** An id an author may write: "wachtlijsten", "brede-intake". */
export const idPattern = new RegExp(`^${idGrammar}$`);

const stepFilePattern = new RegExp(`^(\\d+)-(${idGrammar})$`);

/** "02-wachtlijsten" → order 2, step "wachtlijsten"; null when the name lacks the "NN-" prefix. */
export function parseStepFileName(name: string): { order: number; stepId: string } | null {
  const match = stepFilePattern.exec(name);
  return match ? { order: Number(match[1]), stepId: match[2]! } : null;
}

/** "jeugdzorg/index.mdx" → "jeugdzorg" */
export function moduleIdFromEntry(entry: string): string {
  return entry.split("/")[0] ?? entry;
}

/** "jeugdzorg/02-wachtlijsten.mdx" → "jeugdzorg/02-wachtlijsten" (unique, keeps the order prefix). */
export function stepEntryId(entry: string): string {
  return entry.replace(/\.mdx$/, "");
}

export interface StepFileName {
  moduleId: string;
  order: number;
  stepId: string;
}

/** Splits "jeugdzorg/02-wachtlijsten" into its parts; null when the file name lacks the "NN-" prefix. */
export function parseStepEntryId(entryId: string): StepFileName | null {
  const [moduleId, file, ...rest] = entryId.split("/");
  const name = rest.length === 0 && file !== undefined ? parseStepFileName(file) : null;
  return name && moduleId ? { moduleId, ...name } : null;
}
