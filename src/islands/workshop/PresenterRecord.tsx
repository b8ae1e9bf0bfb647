// The record panel in the presenter view: for the dilemma the presentation shows, so the room does not see it.
import { useStore } from "@nanostores/preact";
import type { DilemmaRef } from "../../lib/workshop-record/schema.ts";
import { $presenterPlace } from "../../stores/presenter.ts";
import { RecordPanel } from "./RecordPanel.tsx";
import { useProgrammeOrder } from "./programme-order.ts";

export default function PresenterRecord({ dilemmas, handoutHref }: { dilemmas: DilemmaRef[]; handoutHref: string }) {
  const place = useStore($presenterPlace);
  useProgrammeOrder();
  const dilemma = dilemmas.find((d) => d.stepId === place?.stepId) ?? null;
  return <RecordPanel dilemma={dilemma} handoutHref={handoutHref} />;
}
