// Every module's steps with their times, for recording inside a programme: the record panel reads it once to keep
// the programme with its titles and times in the session, so the report can print it (src/lib/run-sheet.ts).
import type { APIRoute } from "astro";
import { loadModules } from "../../../data/modules.ts";
import { programmeCatalogue } from "../../../data/programme.ts";

export const GET: APIRoute = async () => new Response(JSON.stringify(programmeCatalogue(await loadModules())), { headers: { "Content-Type": "application/json" } });
