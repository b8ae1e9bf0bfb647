// Under the session in the record panel: when it was last saved in this browser, when it was last downloaded as a
// file, and whether the browser promised to keep it (asked when the session started, stores/workshop.ts).
import { useEffect } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { formatMoment } from "../../i18n/nl.ts";
import { nlRecord as r } from "../../i18n/nl-record.ts";
import type { WorkshopSession } from "../../lib/workshop-record/schema.ts";
import { $exported, $persistence, checkKept } from "../../stores/workshop.ts";

const moment = (iso: string) => {
  const { day, time } = formatMoment(new Date(iso));
  return day === formatMoment(new Date()).day ? time : `${day}, ${time}`;
};

export function RecordSafety({ session }: { session: WorkshopSession | null }) {
  const exported = useStore($exported)[session?.id ?? ""];
  const persistence = useStore($persistence);
  useEffect(() => {
    if (session) void checkKept();
  }, [session?.id]);
  const saved = session && Object.keys(session.records).length > 0;
  const refused = persistence === "refused" || persistence === "unsupported";
  return (
    <div class="record-safety">
      {saved && (
        <p>
          {r.lastSaved(moment(session.updatedAt))}{" "}
          {exported === undefined ? r.notExported : exported < session.updatedAt ? r.exportedBefore(moment(exported)) : r.exportedAt(moment(exported))}
        </p>
      )}
      <p role="status" class={session && refused ? "utrecht-alert utrecht-alert--warning notice" : undefined}>
        {session && refused ? r.keptRefused : session && persistence === "kept" ? r.kept : ""}
      </p>
    </div>
  );
}
