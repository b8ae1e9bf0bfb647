// Recording inside a programme (?p=… on a module page or a presenter page): the session keeps the programme's
// order, so the report lists the dilemmas as the workshop walked them.
import { useEffect } from "preact/hooks";
import { parseProgramme, programmeRecordKeys } from "../../lib/programme.ts";
import { followProgramme } from "../../stores/workshop.ts";
import { programmeOfPage } from "./programme-clicker.ts";

export function useProgrammeOrder(): void {
  useEffect(() => {
    const programme = programmeOfPage();
    if (programme) followProgramme(programmeRecordKeys(parseProgramme(programme)));
  }, []);
}
