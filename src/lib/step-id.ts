// Turns content file paths into module and step ids: "jeugdzorg/02-wachtlijsten.mdx" → module "jeugdzorg", step "wachtlijsten".

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
  const match = /^([^/]+)\/(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(entryId);
  if (!match) return null;
  return { moduleId: match[1]!, order: Number(match[2]), stepId: match[3]! };
}
