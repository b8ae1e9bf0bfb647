// Vastleggen on a module page: the record panel for the step on screen. Inside a programme (?p=…) the session
// follows the programme, so the report keeps its order.
import { useEffect } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { parseProgramme, programmeRecordKeys } from "../../lib/programme.ts";
import { $place } from "../../stores/place.ts";
import { followProgramme } from "../../stores/workshop.ts";
import { RecordPanel } from "./RecordPanel.tsx";
import type { WorkshopViewProps } from "./WorkshopLauncher.tsx";

/** On a module page: the record panel for the step on screen. */
export default function ModuleRecorder({ dilemmas, links, onClose }: WorkshopViewProps) {
  const place = useStore($place);
  // Recording inside a programme (?p=…): the report follows the programme's order.
  useEffect(() => {
    const programme = new URLSearchParams(location.search).get("p");
    if (programme) followProgramme(programmeRecordKeys(parseProgramme(programme)));
  }, []);
  const dilemma = dilemmas.find((d) => d.stepId === place?.stepId) ?? null;
  return <RecordPanel dilemma={dilemma} handoutHref={links.handout} onClose={onClose} focusOnOpen />;
}
