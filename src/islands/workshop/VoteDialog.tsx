// The vote with cards: the laptop camera looks at the room, a worker finds the cards (src/islands/workshop/
// card-detector.worker.ts), the tally grows live, and "Klaar" keeps the result. Loaded only when the button is pressed;
// the camera is asked for only then, and stops on Klaar or when the dialog closes. No frame leaves this page.
import { useEffect, useRef, useState } from "preact/hooks";
import { nl } from "../../i18n/nl.ts";
import { nlVotes } from "../../i18n/nl-votes.ts";
import { addFrame, countsOf, type CardVote, type SeenMarker, type Tally } from "../../lib/card-vote.ts";
import { answerLetters, cardNumberOf } from "../../lib/vote-cards.ts";
import { voteDialogTitleId, voteRoundId } from "../../lib/page-ids.ts";

const v = nlVotes;

export interface VoteDialogProps {
  title: string;
  answers: [string, string, string, string];
  /** The rounds the room can vote on: "" is the dilemma itself, then the titles of its variants. */
  rounds: string[];
  onDone: (vote: CardVote) => void;
  onClosed: () => void;
}

type Problem = "noCamera" | "refused" | "failed" | "detectorFailed";

function problemOf(error: unknown): Problem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "refused";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "TypeError") return "noCamera";
  return "failed";
}

export default function VoteDialog({ title, answers, rounds, onDone, onClosed }: VoteDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const stopRef = useRef<() => void>(() => {});
  const [round, setRound] = useState(rounds[0] ?? "");
  const [tally, setTally] = useState<Tally>(new Map());
  const [marks, setMarks] = useState<SeenMarker[]>([]);
  const [size, setSize] = useState({ width: 1280, height: 720 });
  const [state, setState] = useState<"starting" | "counting" | Problem>("starting");
  const [spoken, setSpoken] = useState("");
  const tallyRef = useRef<Tally>(tally);
  const stats = useRef({ frames: 0, ms: 0 });

  useEffect(() => {
    dialog.current?.showModal();
    let stopped = false;
    let stream: MediaStream | null = null;
    let worker: Worker | null = null;
    let frame = 0;
    const stop = () => {
      stopped = true;
      cancelAnimationFrame(frame);
      worker?.terminate();
      worker = null;
      for (const track of stream?.getTracks() ?? []) track.stop();
      if (video.current) video.current.srcObject = null;
    };
    stopRef.current = stop;

    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) return setState("noCamera");
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false });
      } catch (error) {
        return setState(problemOf(error));
      }
      if (stopped) return stop();
      const el = video.current!;
      el.srcObject = stream;
      try {
        await el.play();
      } catch {
        // Autoplay of a muted camera is allowed; a refusal here still shows frames once they arrive.
      }
      try {
        worker = new Worker(new URL("./card-detector.worker.ts", import.meta.url));
      } catch {
        stop();
        return setState("detectorFailed");
      }
      worker.onerror = () => {
        stop();
        setState("detectorFailed");
      };
      const canvas = document.createElement("canvas");
      const context = canvas.getContext("2d", { willReadFrequently: true })!;
      const next = () => {
        if (stopped) return;
        if (el.readyState < 2 || el.videoWidth === 0) {
          frame = requestAnimationFrame(next);
          return;
        }
        const width = el.videoWidth;
        const height = el.videoHeight;
        if (canvas.width !== width || canvas.height !== height) {
          canvas.width = width;
          canvas.height = height;
          setSize({ width, height });
        }
        context.drawImage(el, 0, 0, width, height);
        const { data } = context.getImageData(0, 0, width, height);
        worker?.postMessage({ width, height, data }, [data.buffer]);
      };
      worker.onmessage = (event: MessageEvent<{ markers: SeenMarker[]; ms: number }>) => {
        if (stopped) return;
        const found = event.data.markers.filter((m) => cardNumberOf(m.id) !== null);
        stats.current.frames += 1;
        stats.current.ms += event.data.ms;
        dialog.current?.setAttribute("data-frames", String(stats.current.frames));
        dialog.current?.setAttribute("data-detect-ms", String(Math.round(stats.current.ms)));
        tallyRef.current = addFrame(tallyRef.current, found);
        setTally(tallyRef.current);
        setMarks(found);
        frame = requestAnimationFrame(next);
      };
      setState("counting");
      next();
    })();
    return stop;
  }, []);

  const counts = countsOf(tally);
  // The live region speaks the tally at most every two seconds, so a screen reader is not flooded.
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(tally.size ? `${v.cardsSeen(tally.size)}: ${v.politeTally(counts)}` : ""), 2000);
    return () => clearTimeout(timer);
  }, [counts.join()]);

  const done = () => {
    stopRef.current();
    onDone({ round, answers, counts, at: new Date().toISOString() });
    dialog.current?.close();
  };

  const problem = state !== "starting" && state !== "counting" ? state : null;
  return (
    <dialog class="dialog vote-dialog" ref={dialog} aria-labelledby={voteDialogTitleId} onClose={() => {
      stopRef.current();
      onClosed();
    }}>
      <h2 id={voteDialogTitleId} class="dialog__title">
        {v.dialogTitle(title)}
      </h2>
      <p class="vote-dialog__privacy">{v.privacy}</p>
      {rounds.length > 1 && (
        <p class="record-field">
          <label for={voteRoundId}>{v.round}</label>
          <select id={voteRoundId} value={round} onChange={(e) => setRound(e.currentTarget.value)}>
            {rounds.map((r) => (
              <option key={r} value={r}>
                {r || v.roundDilemma}
              </option>
            ))}
          </select>
        </p>
      )}
      <div role="alert">{problem && <p class="utrecht-alert utrecht-alert--warning notice notice--warning">{v[problem]}</p>}</div>
      {!problem && (
        <>
          <p>{state === "starting" ? v.starting : v.intro}</p>
          <div class="vote-dialog__camera">
            <video ref={video} muted playsInline aria-label={v.videoLabel} />
            <svg class="vote-dialog__marks" viewBox={`0 0 ${size.width} ${size.height}`} aria-hidden="true">
              {marks.map((m) => {
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
        </>
      )}
      {!problem && (
        <>
          <h3>{v.answersHeading}</h3>
          <ul class="vote-tally" data-vote-tally>
            {answers.map((answer, i) => (
              <li key={i}>
                <span class="vote-tally__letter">{answerLetters[i]}</span> {answer}: <strong data-count={answerLetters[i]}>{counts[i]}</strong>
              </li>
            ))}
          </ul>
          <p data-cards-seen>{v.cardsSeen(tally.size)}</p>
        </>
      )}
      <p class="visually-hidden" aria-live="polite">
        {spoken}
      </p>
      <div class="record-actions">
        {!problem && (
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={done}>
            {v.done}
          </button>
        )}
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => dialog.current?.close()}>
          {problem ? nl.close : v.stopWithoutSaving}
        </button>
      </div>
    </dialog>
  );
}
