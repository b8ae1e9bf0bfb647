// In the record of a dilemma: the button "Stemmen met kaarten" and the votes kept so far, side by side (a round
// voted again after the discussion gets its own column), each removable when kept by mistake. The dialog with the
// camera and the detector is loaded only when the button is pressed.
import { useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import type { ComponentType } from "preact";
import { nlVotes } from "../../i18n/nl-votes.ts";
import { voteRows, withoutVote, withVote, type CardVote } from "../../lib/card-vote.ts";
import type { DilemmaRef, WorkshopRecord } from "../../lib/workshop-record/schema.ts";
import { $currentSession, editCurrentRecord, expectCards } from "../../stores/workshop.ts";
import { VoteTable } from "./VoteTable.tsx";
import type { VoteDialogProps } from "./VoteDialog.tsx";

const v = nlVotes;

export function CardVotes({ dilemma, record }: { dilemma: DilemmaRef; record: WorkshopRecord }) {
  const [Dialog, setDialog] = useState<ComponentType<VoteDialogProps> | null>(null);
  const [status, setStatus] = useState("");
  const session = useStore($currentSession);
  const answers = dilemma.vote;
  if (!answers) return null;
  const votes = record.votes ?? [];
  const { columns, votes: ordered } = voteRows(votes, v.roundDilemma, v.moment);

  const open = async () => {
    setStatus("");
    const module = await import("./VoteDialog.tsx");
    setDialog(() => module.default);
  };
  const keep = (vote: CardVote) => {
    editCurrentRecord(dilemma, (r) => ({ ...r, votes: withVote(r.votes, vote) }));
    setStatus(v.saved(dilemma.title));
  };
  const remove = (vote: CardVote, column: string) => {
    editCurrentRecord(dilemma, (r) => ({ ...r, votes: withoutVote(r.votes, vote.at) }));
    setStatus(v.removed(column));
  };

  return (
    <div class="card-votes">
      <h3>{v.votesHeading}</h3>
      {votes.length > 0 && <VoteTable votes={votes} />}
      {ordered.map((vote, i) => (
        <button type="button" class="utrecht-button utrecht-button--subtle" key={vote.at} onClick={() => remove(vote, columns[i]!)}>
          {v.removeVote(columns[i]!)}
        </button>
      ))}
      <p>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={open}>
          {v.open}
        </button>{" "}
        <a href={`${import.meta.env.BASE_URL}workshop/stemkaarten/`} target="_blank">
          {v.cardsLink}
        </a>
      </p>
      <p role="status">{status}</p>
      {Dialog && (
        <Dialog
          title={dilemma.title}
          question={dilemma.question}
          answers={answers}
          rounds={["", ...(dilemma.variants ?? [])]}
          votes={votes}
          expected={session?.cards}
          onExpected={expectCards}
          onDone={keep}
          onClosed={() => setDialog(null)}
        />
      )}
    </div>
  );
}
