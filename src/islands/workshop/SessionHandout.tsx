// The report of a workshop session, to print or send the next day: the day, place and participants, the programme
// with its times, per step what was recorded (where the groups stand, the card votes with a chart, the notes, the
// afspraken) and all afspraken in one list. Only what was recorded is printed. It reads the session from this
// browser only (nothing was ever sent anywhere); the day, place and participants are asked here, off paper.
import { useStore } from "@nanostores/preact";
import { formatDate } from "../../i18n/nl.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { nlVotes } from "../../i18n/nl-votes.ts";
import { currentSession } from "../../lib/workshop-record/edits.ts";
import { recordKey, type WorkshopRecord } from "../../lib/workshop-record/schema.ts";
import { afspraakMeta, agendaRows, allAfspraken, chosenPositions, describePosition, handoutSections, noteParagraphs, recordTimes, reportFacts } from "../../lib/workshop-report.ts";
import { $workshop, switchSession } from "../../stores/workshop.ts";
import { SessionDetails } from "./SessionDetails.tsx";
import { VoteTable } from "./VoteTable.tsx";

const w = nlWorkshop;

export default function SessionHandout() {
  const state = useStore($workshop);
  const asked = new URLSearchParams(location.search).get("sessie");
  const session = state.sessions.find((s) => s.id === asked) ?? currentSession(state) ?? state.sessions.at(-1);
  if (!session) return <p class="utrecht-alert utrecht-alert--warning notice">{w.noSession}</p>;
  const sections = handoutSections(session);
  const agenda = agendaRows(session);
  const times = recordTimes(session);
  return (
    <div class="handout">
      <div class="handout__actions no-print">
        {state.sessions.length > 1 && (
          <p class="record-field">
            <label for="handout-session">{w.handoutChoose}</label>
            <select
              id="handout-session"
              value={session.id}
              onChange={(e) => {
                const id = e.currentTarget.value;
                switchSession(id);
                history.replaceState(null, "", `?sessie=${encodeURIComponent(id)}`);
              }}
            >
              {state.sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </p>
        )}
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => print()}>
          {w.print}
        </button>
      </div>
      <SessionDetails session={session} />
      <h2 class="handout__session">{session.name}</h2>
      <dl class="handout__facts">
        {reportFacts(session).map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {agenda.length > 0 && (
        <section class="handout__programme" aria-labelledby="verslag-programma">
          <h3 id="verslag-programma">{w.reportProgramme}</h3>
          <table class="handout__agenda">
            <thead>
              <tr>
                <th scope="col">{w.reportTime}</th>
                <th scope="col">{w.reportItem}</th>
                <th scope="col">{w.reportMinutes}</th>
              </tr>
            </thead>
            <tbody>
              {agenda.map((row, i) => (
                <tr key={i}>
                  <td>{row.time}</td>
                  <td>
                    {row.title}
                    {row.module && <span class="handout__meta-line"> ({row.module})</span>}
                  </td>
                  <td>{row.minutes ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {sections.length === 0 && <p class="no-print">{w.nothingRecorded}</p>}
      {sections.map((section, i) => (
        <section class="handout__module" key={`${i}-${section.moduleId}`} aria-labelledby={`verslag-${i + 1}-${section.moduleId}`}>
          <h3 id={`verslag-${i + 1}-${section.moduleId}`}>{section.moduleTitle}</h3>
          {section.records.map((record) => (
            <RecordReport key={recordKey(record.dilemma)} record={record} time={times.get(recordKey(record.dilemma))} />
          ))}
        </section>
      ))}
      <AllAfspraken sections={sections} />
      <p class="handout__meta">
        {w.savedWith} {w.updated(formatDate(new Date(session.updatedAt)))}
      </p>
    </div>
  );
}

/** What was recorded on one step; a part that was not filled in is left out, heading and all. */
function RecordReport({ record, time }: { record: WorkshopRecord; time: string | undefined }) {
  const { dilemma } = record;
  const id = `verslag-${dilemma.moduleId}-${dilemma.stepId}`;
  const positions = chosenPositions(record);
  const afspraken = record.afspraken.filter((a) => a.text.trim());
  const notes = noteParagraphs(record.notes);
  return (
    <article class="handout__dilemma" aria-labelledby={id}>
      <h4 id={id}>{dilemma.title}</h4>
      {time && (
        <p class="handout__time">
          <span class="handout__label-inline">{w.reportTime}:</span> {time}
        </p>
      )}
      {dilemma.question && (
        <p class="handout__question">
          <span class="handout__label-inline">{w.reportQuestion}:</span> {dilemma.question}
        </p>
      )}
      {dilemma.url && (
        <p class="handout__link">
          <a href={dilemma.url}>{w.reportStepLink(dilemma.title)}</a>
        </p>
      )}
      {positions.length > 0 && dilemma.perspectives && (
        <>
          <h5 class="handout__label">{w.positionHeading}</h5>
          <p class="handout__scale-hint">{w.reportScale(...dilemma.perspectives)}</p>
          <ul class="handout__positions">
            {positions.map((p, i) => (
              <li key={i}>
                <span class="handout__scale" aria-hidden="true">
                  {[1, 2, 3, 4, 5].map((v) => (v === p.value ? "●" : "○")).join(" ")}
                </span>{" "}
                {p.name}: {describePosition(p.value, dilemma.perspectives!)}
              </li>
            ))}
          </ul>
        </>
      )}
      {record.votes && record.votes.length > 0 && (
        <>
          <h5 class="handout__label">{nlVotes.votesHeading}</h5>
          <VoteTable votes={record.votes} shares />
        </>
      )}
      {notes.length > 0 && (
        <>
          <h5 class="handout__label">{w.notes}</h5>
          {notes.map((lines, i) => (
            <p class="handout__notes" key={i}>
              {lines.map((line, j) => (
                <>
                  {j > 0 && <br />}
                  {line}
                </>
              ))}
            </p>
          ))}
        </>
      )}
      {afspraken.length > 0 && (
        <>
          <h5 class="handout__label">{w.afspraken}</h5>
          <ol class="handout__afspraken">
            {afspraken.map((a) => (
              <li key={a.id}>
                {a.text.trim()}
                {afspraakMeta(a) && <span class="handout__meta-line"> ({afspraakMeta(a)})</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}

/** One list of every afspraak at the end, with owner and date: what the group takes home. */
function AllAfspraken({ sections }: { sections: ReturnType<typeof handoutSections> }) {
  const all = allAfspraken(sections);
  if (all.length === 0) return null;
  return (
    <section class="handout__all" aria-labelledby="verslag-alle-afspraken">
      <h3 id="verslag-alle-afspraken">{w.allAfspraken}</h3>
      <ol class="handout__afspraken">
        {all.map(({ afspraak, dilemma }) => (
          <li key={afspraak.id}>
            {afspraak.text.trim()} <span class="handout__meta-line">({[afspraakMeta(afspraak), w.fromDilemma(dilemma)].filter(Boolean).join("; ")})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
