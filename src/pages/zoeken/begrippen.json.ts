// The begrippen with their other names (aliases), for the index step of the build (src/search/build-index.ts): it
// adds the other names wherever one of them occurs.
import type { APIRoute } from "astro";
import { loadGlossary } from "../../data/modules.ts";
import type { AliasGroup } from "../../lib/search-aliases.ts";

export const GET: APIRoute = async () => {
  const groups: AliasGroup[] = (await loadGlossary())
    .filter((t) => t.entry.data.aliases.length > 0)
    .map((t) => ({ id: t.id, names: [t.entry.data.term, ...t.entry.data.aliases] }));
  return new Response(JSON.stringify(groups), { headers: { "Content-Type": "application/json" } });
};
