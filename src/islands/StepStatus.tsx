// Above the steps: where the reader is ("Stap 3 van 7", a progress bar) and the notice for an unknown link.
import { useStore } from "@nanostores/preact";
import { nlReading as nl } from "../i18n/nl-reading.ts";
import { positionOf } from "../lib/route.ts";
import { $branch, $place, pageRoute } from "../stores/place.ts";

export default function StepStatus() {
  const route = pageRoute();
  const place = useStore($place);
  const branch = useStore($branch);
  if (!place) return null;
  const { index, total } = positionOf(route, place.stepId, branch);
  return (
    <div class="step-status">
      {place.unknown !== undefined && (
        <p class="utrecht-alert utrecht-alert--warning notice" role="status">
          {nl.unknownStep(place.unknown)}
        </p>
      )}
      <p class="step-status__position" aria-hidden="true">
        {nl.stepOf(index, total)}
      </p>
      <progress class="step-status__bar" max={total} value={index} aria-label={nl.stepOf(index, total)} />
    </div>
  );
}
