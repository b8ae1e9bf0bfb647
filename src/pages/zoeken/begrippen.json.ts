// The begrippen with their other names (aliases), for search: the index step adds the other names wherever one
// of them occurs, and the search code marks them on the page a result opens.
import type { APIRoute } from "astro";
import { loadGlossary } from "../../data/modules.ts";
import type { AliasGroup } from "../../lib/search-aliases.ts";

export const GET: APIRoute = async () => {
  const groups: AliasGroup[] = (await loadGlossary())
    .filter((t) => t.entry.data.aliases.length > 0)
    .map((t) => ({ id: t.id, names: [t.entry.data.term, ...t.entry.data.aliases] }));
  return new Response(JSON.stringify(groups), { headers: { "Content-Type": "application/json" } });
};
