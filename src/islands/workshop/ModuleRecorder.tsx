// Vastleggen on a module page: the record panel for the step on screen. Inside a programme (?p=…) the session
// follows the programme, so the report keeps its order.
import { useStore } from "@nanostores/preact";
import { $place } from "../../stores/place.ts";
import { RecordPanel } from "./RecordPanel.tsx";
import { useProgrammeOrder } from "./programme-order.ts";
import type { WorkshopViewProps } from "./types.ts";

/** On a module page: the record panel for the step on screen. */
export default function ModuleRecorder({ dilemmas, links, onClose }: WorkshopViewProps) {
  const place = useStore($place);
  useProgrammeOrder();
  const dilemma = dilemmas.find((d) => d.stepId === place?.stepId) ?? null;
  return <RecordPanel dilemma={dilemma} handoutHref={links.handout} onClose={onClose} focusOnOpen />;
}
