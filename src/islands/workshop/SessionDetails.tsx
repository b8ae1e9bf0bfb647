// On the report, not on paper: the day of the session (today's when it was started, until the facilitator says
// otherwise), where it was and who took part (numbers and roles, no names). Saved as typed, in this browser only.
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import type { WorkshopSession } from "../../lib/workshop-record/schema.ts";
import { sessionDay } from "../../lib/workshop-report.ts";
import { setDetails } from "../../stores/workshop.ts";

const w = nlWorkshop;

export function SessionDetails({ session }: { session: WorkshopSession }) {
  const set = (field: "date" | "place" | "participants", value: string) => setDetails(session.id, { [field]: value });
  return (
    <fieldset class="session-details no-print">
      <legend>{w.detailsHeading}</legend>
      <p class="record-field__hint">{w.detailsHint}</p>
      <p class="record-field">
        <label for="verslag-datum">{w.detailsDate}</label>
        <input id="verslag-datum" type="date" value={sessionDay(session)} onChange={(e) => set("date", e.currentTarget.value)} />
      </p>
      <p class="record-field">
        <label for="verslag-plaats">{w.detailsPlace}</label>
        <input id="verslag-plaats" type="text" value={session.place ?? ""} onInput={(e) => set("place", e.currentTarget.value)} />
      </p>
      <p class="record-field">
        <label for="verslag-deelnemers">{w.detailsParticipants}</label>
        <input id="verslag-deelnemers" type="text" aria-describedby="verslag-deelnemers-hint" value={session.participants ?? ""} onInput={(e) => set("participants", e.currentTarget.value)} />
        <span id="verslag-deelnemers-hint" class="record-field__hint">
          {w.detailsParticipantsHint}
        </span>
      </p>
    </fieldset>
  );
}
