// Recording inside a programme (?p=… on a module page or a presenter page): the session keeps the programme's
// order, so the report lists the steps as the workshop walked them, and its agenda (titles and times of every item,
// from the site's list of steps), so the report prints the programme. Offline before that list was ever loaded,
// the order is kept and the agenda waits for the next time. A session starts with the first thing recorded, so
// this runs again when it does.
import { useEffect } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { parseProgramme, programmeRecordKeys, type Catalogue } from "../../lib/programme.ts";
import { agendaOf } from "../../lib/run-sheet.ts";
import { $currentSession, followProgramme } from "../../stores/workshop.ts";
import { programmeOfPage } from "./programme-clicker.ts";

let catalogue: Promise<Catalogue | undefined> | undefined;

function loadCatalogue(): Promise<Catalogue | undefined> {
  catalogue ??= fetch(`${import.meta.env.BASE_URL}workshop/programma/stappen.json`)
    .then((response) => (response.ok ? (response.json() as Promise<Catalogue>) : undefined))
    .catch(() => undefined);
  return catalogue;
}

export function useProgrammeOrder(): void {
  const id = useStore($currentSession)?.id;
  useEffect(() => {
    const value = programmeOfPage();
    if (!id || !value) return;
    const programme = parseProgramme(value);
    const keys = programmeRecordKeys(programme.entries);
    followProgramme(keys);
    void loadCatalogue().then((steps) => steps && followProgramme(keys, agendaOf(programme, steps)));
  }, [id]);
}
