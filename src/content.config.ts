// Content collections: modules (content/modules/<slug>/index.mdx) and their steps (NN-<step-id>.mdx).
// The schemas live in src/lib/schema.ts so that unit tests can check them without Astro.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { moduleSchema, stepSchema, termSchema } from "./lib/schema.ts";
import { moduleIdFromEntry, stepEntryId } from "./lib/step-id.ts";

/** Where the modules live; tests point this at a fixture folder. */
const contentDir = process.env.CONTENT_DIR ?? "./content";

export const collections = {
  modules: defineCollection({
    loader: glob({ base: `${contentDir}/modules`, pattern: "*/index.mdx", generateId: ({ entry }) => moduleIdFromEntry(entry) }),
    schema: moduleSchema,
  }),
  steps: defineCollection({
    loader: glob({ base: `${contentDir}/modules`, pattern: "*/!(index).mdx", generateId: ({ entry }) => stepEntryId(entry) }),
    schema: stepSchema,
  }),
  begrippen: defineCollection({
    loader: glob({ base: `${contentDir}/begrippen`, pattern: "*.md" }),
    schema: termSchema,
  }),
};
