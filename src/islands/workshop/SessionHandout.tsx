// The printable handout of a workshop session: per dilemma the group's position, the notes and the afspraken, each
// under its own heading (h5, below the dilemma's h4), so they can be found as headings, not only seen as bold lines.
// It reads the session from this browser only (nothing was ever sent anywhere), and prints tidily.
import { useStore } from "@nanostores/preact";
import { formatDate } from "../../i18n/nl.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { currentSession } from "../../lib/workshop-record/edits.ts";
import { afspraakMeta, allAfspraken, describePosition, handoutSections, noteParagraphs } from "../../lib/workshop-report.ts";
import { $workshop, switchSession } from "../../stores/workshop.ts";
import { nlVotes } from "../../i18n/nl-votes.ts";
import { VoteTable } from "./VoteTable.tsx";

export default function SessionHandout() {
  const w = nlWorkshop;
  const state = useStore($workshop);
  const asked = new URLSearchParams(location.search).get("sessie");
  const session = state.sessions.find((s) => s.id === asked) ?? currentSession(state) ?? state.sessions.at(-1);
  if (!session) return <p class="notice">{w.noSession}</p>;
  const sections = handoutSections(session);
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
        <button type="button" class="button" onClick={() => print()}>
          {w.print}
        </button>
      </div>
      <h2 class="handout__session">{session.name}</h2>
      <p class="handout__meta">
        {w.savedWith} {w.updated(formatDate(new Date(session.updatedAt)))}
      </p>
      {sections.length === 0 && <p>{w.nothingRecorded}</p>}
      {sections.map((section) => (
        <section class="handout__module" key={section.moduleId} aria-labelledby={`verslag-${section.moduleId}`}>
          <h3 id={`verslag-${section.moduleId}`}>{section.moduleTitle}</h3>
          {section.records.map((record) => {
            const id = `verslag-${section.moduleId}-${record.dilemma.stepId}`;
            const afspraken = record.afspraken.filter((a) => a.text.trim());
            return (
              <article class="handout__dilemma" key={id} aria-labelledby={id}>
                <h4 id={id}>{record.dilemma.title}</h4>
                {record.dilemma.question && (
                  <p class="handout__question">
                    <span class="handout__label-inline">{w.reportQuestion}:</span> {record.dilemma.question}
                  </p>
                )}
                {record.dilemma.url && (
                  <p class="handout__link">
                    <a href={record.dilemma.url}>{w.reportStepLink(record.dilemma.title)}</a>
                  </p>
                )}
                <h5 class="handout__label">
                  {w.positionHeading} ({record.dilemma.perspectives.join(" … ")})
                </h5>
                <ul class="handout__positions">
                  {record.positions.map((p, i) => (
                    <li key={p.id}>
                      <span class="handout__scale" aria-hidden="true">
                        {[1, 2, 3, 4, 5].map((v) => (v === p.value ? "●" : "○")).join(" ")}
                      </span>{" "}
                      {p.group.trim() || w.unnamedGroup(i + 1)}: {describePosition(p.value, record.dilemma.perspectives)}
                    </li>
                  ))}
                </ul>
                {record.votes && record.votes.length > 0 && (
                  <>
                    <h5 class="handout__label">{nlVotes.votesHeading}</h5>
                    <VoteTable votes={record.votes} />
                  </>
                )}
                {record.notes.trim() && (
                  <>
                    <h5 class="handout__label">{w.notes}</h5>
                    {noteParagraphs(record.notes).map((lines, i) => (
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
                <h5 class="handout__label">{w.afspraken}</h5>
                {afspraken.length === 0 ? (
                  <p>{w.noAfspraken}</p>
                ) : (
                  <ol class="handout__afspraken">
                    {afspraken.map((a) => (
                      <li key={a.id}>
                        {a.text.trim()}
                        {afspraakMeta(a) && <span class="handout__meta-line"> ({afspraakMeta(a)})</span>}
                      </li>
                    ))}
                  </ol>
                )}
              </article>
            );
          })}
        </section>
      ))}
      <AllAfspraken sections={sections} />
    </div>
  );
}

/** One list of every afspraak at the end, with owner and date: what the group takes home. */
function AllAfspraken({ sections }: { sections: ReturnType<typeof handoutSections> }) {
  const w = nlWorkshop;
  const all = allAfspraken(sections);
  if (all.length === 0) return null;
  return (
    <section class="handout__all" aria-labelledby="verslag-alle-afspraken">
      <h3 id="verslag-alle-afspraken">{w.allAfspraken}</h3>
      <ol class="handout__afspraken">
        {all.map(({ afspraak, dilemma }) => (
          <li key={afspraak.id}>
            {afspraak.text.trim()} <span class="handout__meta-line">({[afspraakMeta(afspraak) || w.noOwnerDue, w.fromDilemma(dilemma)].join("; ")})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
