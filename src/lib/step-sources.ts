// The sources a step rests on: a step names keys from its module's `sources` (index.mdx), the page shows those
// under the step as "Bron:", and a key the module does not have stops the build.
import type { ContentProblem } from "./content-rules.ts";

export interface ModuleSource {
  key?: string | undefined;
  title: string;
  url?: string | undefined;
  publisher?: string | undefined;
}

/** The module sources a step names, in the step's order; keys the module lacks are left out (see checkStepSources). */
export function sourcesOfStep<S extends ModuleSource>(keys: readonly string[], sources: readonly S[]): S[] {
  return keys.flatMap((key) => sources.filter((s) => s.key === key).slice(0, 1));
}

/** Every key a step names that is not the key of a source of its module. */
export function checkStepSources(
  moduleFile: string,
  sources: readonly ModuleSource[],
  steps: readonly { filePath: string; keys: readonly string[] }[],
): ContentProblem[] {
  const known = sources.flatMap((s) => (s.key ? [s.key] : []));
  return steps.flatMap((step) =>
    step.keys
      .filter((key) => !known.includes(key))
      .map((key) => ({
        file: step.filePath,
        field: "sources",
        problem: `de bron '${key}' staat niet in de 'sources' van ${moduleFile}.`,
        fix: known.length > 0
          ? `kies een key uit ${moduleFile} (${known.join(", ")}), of zet daar de bron bij 'sources' met key: ${key}.`
          : `geef de bron in ${moduleFile} onder 'sources' een key (key: ${key}) en noem die key hier.`,
      })),
  );
}
