// Recording inside a programme (?p=… on a module page or a presenter page): the session keeps the programme's
// order, so the report lists the dilemmas as the workshop walked them. A session starts with the first thing
// recorded, so this runs again when it does.
import { useEffect } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { parseProgramme, programmeRecordKeys } from "../../lib/programme.ts";
import { $currentSession, followProgramme } from "../../stores/workshop.ts";
import { programmeOfPage } from "./programme-clicker.ts";

export function useProgrammeOrder(): void {
  const id = useStore($currentSession)?.id;
  useEffect(() => {
    const programme = programmeOfPage();
    if (id && programme) followProgramme(programmeRecordKeys(parseProgramme(programme)));
  }, [id]);
}
