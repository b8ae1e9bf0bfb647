// The vote with cards, as the room and the facilitator see it. First the facilitator says how many cards are out
// and picks the round (buttons, which a clicker cannot change); then the round is fixed while the camera counts
// (use-card-camera.ts) and the dialog is the vote screen (VoteScreen), mirrored on the beamer when the vote runs in
// another window (vote-messages.ts). Counts can be typed by hand, a phone's count merged in (PhoneCount), and
// "Klaar" keeps the result. Loaded only when the button is pressed; the camera stops on Klaar or when it closes.
import { useEffect, useRef, useState } from "preact/hooks";
import { nl } from "../../i18n/nl.ts";
import { nlVotes } from "../../i18n/nl-votes.ts";
import { countsOf, mergeTally, missingCards, type CardVote, type Counts, type Tally } from "../../lib/card-vote.ts";
import { answerLetters, cardCount, cardNumberOf } from "../../lib/vote-cards.ts";
import { voteDialogTitleId, voteExpectedHintId, voteExpectedId, voteHandErrorId, voteHandIds } from "../../lib/workshop-ids.ts";
import { openVoteChannel, type VoteMessage, type VoteScreenState } from "../../lib/vote-messages.ts";
import { clickerStep } from "../../lib/clicker-keys.ts";
import { useCardCamera, type Frame } from "./use-card-camera.ts";
import { VoteScreen } from "./VoteScreen.tsx";
import { PhoneCount } from "./PhoneCount.tsx";

const v = nlVotes;

export interface VoteDialogProps {
  title: string;
  /** The step's question, shown above the answers for the dilemma itself. */
  question?: string;
  answers: [string, string, string, string];
  /** The rounds the room can vote on: "" is the dilemma itself, then the titles of its variants. */
  rounds: string[];
  /** The votes kept so far: a round voted before is offered as "Tel opnieuw" (after the discussion). */
  votes: CardVote[];
  /** How many cards the session handed out, when said before. */
  expected?: number;
  onExpected: (cards: number) => void;
  onDone: (vote: CardVote) => void;
  onClosed: () => void;
}

/** Keys a clicker sends: inside the dialog they do nothing, so no press moves a slide or changes a choice. */
const clickerKey = (event: KeyboardEvent) => clickerStep(event.key) !== 0 || ["ArrowUp", "ArrowDown", "b", "B", "."].includes(event.key);
const isTextField = (target: EventTarget | null) => target instanceof HTMLInputElement && target.type === "text";

export default function VoteDialog({ title, question, answers, rounds, votes, expected, onExpected, onDone, onClosed }: VoteDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const [round, setRound] = useState<string | null>(null);
  const [expectedText, setExpectedText] = useState(expected ? String(expected) : "");
  const [byHand, setByHand] = useState(false);
  const [typed, setTyped] = useState(["", "", "", ""]);
  const [handError, setHandError] = useState(false);
  const [previewShown, setPreviewShown] = useState(true);
  const [reader, setReader] = useState<((frame: Frame) => void) | null>(null);
  const [spoken, setSpoken] = useState("");
  const camera = useCardCamera(video, { facing: "user", on: round !== null && !byHand, onFrame: reader, stats: dialog });
  const problem = camera.state !== "off" && camera.state !== "starting" && camera.state !== "counting" ? camera.state : null;
  const manual = byHand || problem !== null;
  const cards = Number.parseInt(expectedText, 10);
  const expectedCards = Number.isInteger(cards) && cards > 0 && cards <= cardCount ? cards : undefined;
  const counts = countsOf(camera.tally);
  const missing = expectedCards ? missingCards(camera.tally, expectedCards) : [];

  const firstRound = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    // A button: the clicker's keys cannot change it (a select or a radio button would change with an arrow key).
    firstRound.current?.focus();
  }, []);

  // The room's view, also for a presentation in another window of this browser.
  const screen: VoteScreenState | null =
    round === null ? null : { question: round || question || title, answers, ...(manual ? {} : { counts, seen: camera.tally.size, missing, ...(expectedCards ? { expected: expectedCards } : {}) }) };
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(screen);
  latest.current = screen;
  useEffect(() => {
    const bc = openVoteChannel((message) => {
      if (message.type === "vote-hello" && latest.current) bc?.postMessage({ type: "vote", screen: latest.current } satisfies VoteMessage);
    });
    channel.current = bc;
    return () => {
      bc?.postMessage({ type: "vote-end" } satisfies VoteMessage);
      bc?.close();
    };
  }, []);
  useEffect(() => {
    if (screen) channel.current?.postMessage({ type: "vote", screen } satisfies VoteMessage);
  }, [JSON.stringify(screen)]);

  // The live region speaks the tally at most every two seconds, so a screen reader is not flooded.
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(camera.tally.size ? `${v.cardsSeen(camera.tally.size)}: ${v.politeTally(counts)}` : ""), 2000);
    return () => clearTimeout(timer);
  }, [counts.join()]);

  const start = (chosen: string) => {
    if (expectedCards) onExpected(expectedCards);
    setRound(chosen);
    requestAnimationFrame(() => heading.current?.focus());
  };

  const switchToHand = () => {
    setTyped(camera.tally.size ? counts.map(String) : typed);
    setByHand(true);
    camera.stop();
  };

  const merge = (other: Tally) => {
    const merged = mergeTally(camera.tallyNow(), other);
    camera.setTally(merged.tally);
    if (manual) setTyped(countsOf(merged.tally).map(String));
    return v.phoneMerged(merged.added, merged.known);
  };

  const done = () => {
    let result: Counts = counts;
    if (manual) {
      const numbers = typed.map((t) => (/^\s*\d+\s*$/.test(t) ? Number.parseInt(t, 10) : NaN));
      if (numbers.some((n) => !Number.isInteger(n))) return setHandError(true);
      result = numbers as Counts;
    }
    camera.stop();
    onDone({ round: round ?? "", answers, counts: result, at: new Date().toISOString(), ...(expectedCards ? { expected: expectedCards } : {}) });
    dialog.current?.close();
  };

  const roundLabel = (r: string) => r || v.roundDilemma;
  return (
    <dialog
      class="dialog vote-dialog"
      ref={dialog}
      aria-labelledby={voteDialogTitleId}
      onKeyDown={(event) => {
        if (clickerKey(event) && !isTextField(event.target)) {
          event.preventDefault();
          event.stopPropagation();
        }
      }}
      onClose={() => {
        camera.stop();
        onClosed();
      }}
    >
      <h2 id={voteDialogTitleId} class="dialog__title vote-dialog__title" tabindex={-1} ref={heading}>
        {v.dialogTitle(title)}
        {round !== null && <span class="vote-dialog__round">{roundLabel(round)}</span>}
      </h2>
      <p class="vote-dialog__privacy">{v.privacy}</p>

      {round === null && (
        <div class="vote-dialog__setup">
          <p class="record-field">
            <label for={voteExpectedId}>{v.expectedLabel}</label>
            <input id={voteExpectedId} type="text" inputmode="numeric" autocomplete="off" size={4} aria-describedby={voteExpectedHintId} value={expectedText} onInput={(e) => setExpectedText(e.currentTarget.value.replace(/\D/g, ""))} />
            <span id={voteExpectedHintId} class="record-field__hint">
              {v.expectedHint}
            </span>
          </p>
          <h3>{v.roundsHeading}</h3>
          <p>{v.roundsHint}</p>
          <div class="vote-dialog__rounds">
            {rounds.map((r, i) => (
              <button type="button" class="utrecht-button utrecht-button--primary-action" key={r} ref={i === 0 ? firstRound : undefined} onClick={() => start(r)}>
                {votes.some((x) => x.round === r) ? v.againRound(roundLabel(r)) : v.startRound(roundLabel(r))}
              </button>
            ))}
          </div>
        </div>
      )}

      {round !== null && (
        <div class="vote-dialog__body">
          <div class="vote-dialog__main">
            {screen && <VoteScreen screen={screen} />}
            <div role="alert">{problem && <p class="utrecht-alert utrecht-alert--warning notice notice--warning">{v[problem]}</p>}</div>
            {manual && (
              <fieldset class="vote-dialog__hand">
                <legend>{v.byHandIntro}</legend>
                {answers.map((answer, i) => (
                  <p class="record-field" key={i}>
                    <label for={voteHandIds[answerLetters[i]!].field}>{v.handCount(answerLetters[i]!, answer)}</label>
                    <input
                      id={voteHandIds[answerLetters[i]!].field}
                      type="text"
                      inputmode="numeric"
                      autocomplete="off"
                      size={4}
                      value={typed[i]}
                      aria-invalid={handError && !/^\s*\d+\s*$/.test(typed[i]!) ? "true" : undefined}
                      aria-describedby={handError ? voteHandErrorId : undefined}
                      onInput={(e) => setTyped(typed.map((t, k) => (k === i ? e.currentTarget.value : t)))}
                    />
                  </p>
                ))}
                {handError && (
                  <p id={voteHandErrorId} class="utrecht-alert utrecht-alert--warning notice notice--warning">
                    {v.handInvalid}
                  </p>
                )}
              </fieldset>
            )}
          </div>
          <div class="vote-dialog__side">
            {!manual && (
              <>
                <div class="vote-dialog__camera" hidden={!previewShown}>
                  <video ref={video} muted playsInline aria-label={v.videoLabel} />
                  <svg class="vote-dialog__marks" viewBox={`0 0 ${camera.size.width} ${camera.size.height}`} aria-hidden="true">
                    {camera.marks.map((m) => {
                      const cx = m.corners.reduce((s, c) => s + c.x, 0) / 4;
                      const cy = m.corners.reduce((s, c) => s + c.y, 0) / 4;
                      return (
                        <g key={m.id}>
                          <polygon points={m.corners.map((c) => `${c.x},${c.y}`).join(" ")} />
                          <text x={cx} y={cy} text-anchor="middle" dominant-baseline="central">
                            {cardNumberOf(m.id)}
                          </text>
                        </g>
                      );
                    })}
                  </svg>
                </div>
                <p>{camera.state === "starting" ? v.starting : ""}</p>
                <button type="button" class="utrecht-button utrecht-button--subtle" aria-pressed={!previewShown} onClick={() => setPreviewShown(!previewShown)}>
                  {previewShown ? v.hidePreview : v.showPreview}
                </button>
              </>
            )}
            <PhoneCount expected={expectedCards} cameraOn={!manual && camera.state === "counting"} onReader={(read) => setReader(() => read)} onMerge={merge} />
          </div>
        </div>
      )}

      <p class="visually-hidden" aria-live="polite">
        {spoken}
      </p>
      <div class="record-actions vote-dialog__actions">
        {round !== null && (
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={done}>
            {v.done}
          </button>
        )}
        {round !== null && !manual && (
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={switchToHand}>
            {v.byHand}
          </button>
        )}
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => dialog.current?.close()}>
          {round === null ? nl.close : v.stopWithoutSaving}
        </button>
      </div>
    </dialog>
  );
}
