// In the record of a dilemma: the button "Stemmen met kaarten" and the votes kept so far, per round. The dialog with
// the camera and the detector is loaded only when the button is pressed.
import { useState } from "preact/hooks";
import type { ComponentType } from "preact";
import { nlVotes } from "../../i18n/nl-votes.ts";
import { withVote, type CardVote } from "../../lib/card-vote.ts";
import type { DilemmaRef, WorkshopRecord } from "../../lib/workshop-record/schema.ts";
import { editCurrentRecord } from "../../stores/workshop.ts";
import { VoteTable } from "./VoteTable.tsx";
import type { VoteDialogProps } from "./VoteDialog.tsx";

const v = nlVotes;

export function CardVotes({ dilemma, record }: { dilemma: DilemmaRef; record: WorkshopRecord }) {
  const [Dialog, setDialog] = useState<ComponentType<VoteDialogProps> | null>(null);
  const [status, setStatus] = useState("");
  const answers = dilemma.vote;
  if (!answers) return null;

  const open = async () => {
    setStatus("");
    const module = await import("./VoteDialog.tsx");
    setDialog(() => module.default);
  };
  const keep = (vote: CardVote) => {
    editCurrentRecord(dilemma, (r) => ({ ...r, votes: withVote(r.votes, vote) }));
    setStatus(v.saved(dilemma.title));
  };

  return (
    <div class="card-votes">
      <h3>{v.votesHeading}</h3>
      {record.votes && record.votes.length > 0 && <VoteTable votes={record.votes} />}
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={open}>
        {v.open}
      </button>{" "}
      <a href={`${import.meta.env.BASE_URL}workshop/stemkaarten/`} target="_blank">
        {v.cardsLink}
      </a>
      <p role="status">{status}</p>
      {Dialog && <Dialog title={dilemma.title} answers={answers} rounds={["", ...(dilemma.variants ?? [])]} onDone={keep} onClosed={() => setDialog(null)} />}
    </div>
  );
}
