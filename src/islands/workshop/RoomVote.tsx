// The card vote on the beamer, inside presentation mode: the answers A–D over the slide when the facilitator asks
// (key A or the bar's button), and the vote screen while a vote runs in another window of this browser (the
// presenter view), with the live count. While a vote runs, the clicker (or any key) does nothing here, so no press
// moves the slides under it; showing the answers ends at the next clicker press, which moves on as usual.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { nlVotes } from "../../i18n/nl-votes.ts";
import { clickerStep, isPlainKey } from "../../lib/clicker-keys.ts";
import { modalOpen } from "../../lib/keys.ts";
import { openVoteChannel, type VoteMessage, type VoteScreenState } from "../../lib/vote-messages.ts";
import type { DilemmaRef } from "../../lib/workshop-record/schema.ts";
import { $answersShown } from "../../stores/vote-screen.ts";
import { roomVoteTitleId as titleId } from "../../lib/workshop-ids.ts";
import DialogClose from "./DialogClose.tsx";
import { VoteScreen } from "./VoteScreen.tsx";

const v = nlVotes;

export default function RoomVote({ dilemma, shortcuts }: { dilemma: DilemmaRef | null; shortcuts: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [vote, setVote] = useState<VoteScreenState | null>(null);
  const answersShown = useStore($answersShown);
  const answers: VoteScreenState | null = dilemma?.vote ? { question: dilemma.question ?? dilemma.title, answers: dilemma.vote } : null;
  const screen = vote ?? (answersShown ? answers : null);
  const live = useRef({ vote, answersShown, shortcuts, answers });
  live.current = { vote, answersShown, shortcuts, answers };

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (screen && !el.open) el.showModal();
    if (!screen && el.open) el.close();
  }, [screen !== null]);

  useEffect(() => {
    const bc = openVoteChannel((message) => {
      if (message.type === "vote") setVote(message.screen);
      else if (message.type === "vote-end") setVote(null);
    });
    bc?.postMessage({ type: "vote-hello" } satisfies VoteMessage);
    return () => {
      bc?.close();
      $answersShown.set(false);
    };
  }, []);

  // Before the presentation's own keys (this island's effect runs first, and both listen in the capture phase).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { vote, answersShown, shortcuts, answers } = live.current;
      // While the room votes, no key moves, pages, blanks or scrolls the slides behind the vote (Tab still moves focus).
      if (vote && event.key !== "Tab") {
        event.preventDefault();
        event.stopImmediatePropagation();
      } else if (answersShown && clickerStep(event.key) !== 0) {
        $answersShown.set(false);
      } else if (shortcuts && answers && isPlainKey(event) && (event.key === "a" || event.key === "A") && (answersShown || !modalOpen())) {
        event.preventDefault();
        event.stopImmediatePropagation();
        $answersShown.set(!answersShown);
      }
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, []);

  return (
    <dialog
      class="dialog vote-beamer"
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // The vote ends where it is counted, not here.
        if (live.current.vote) event.preventDefault();
      }}
      onClose={() => $answersShown.set(false)}
    >
      <h2 id={titleId} class="dialog__title">
        {vote ? v.votingNow : v.answersTitle}
      </h2>
      {screen && <VoteScreen screen={screen} />}
      {!vote && <DialogClose />}
    </dialog>
  );
}
