// The scan page on a phone (/workshop/tellen/): the facilitator walks through the room and the phone counts the cards
// with its back camera, in the same worker as the laptop. "Klaar" shows the count as a QR code for the laptop's
// camera and as a short code to type (src/lib/scan-code.ts): nothing goes over a network.
import { useRef, useState } from "preact/hooks";
import { nlVotes } from "../../i18n/nl-votes.ts";
import { countsOf, missingCards } from "../../lib/card-vote.ts";
import { encodeScan, groupCode, scanQrText } from "../../lib/scan-code.ts";
import { answerLetters, cardCount } from "../../lib/vote-cards.ts";
import { phoneScanResultId } from "../../lib/workshop-ids.ts";
import { useCardCamera } from "./use-card-camera.ts";

const v = nlVotes;

function expectedFromPage(): number | undefined {
  const n = Number.parseInt(new URLSearchParams(location.search).get("kaarten") ?? "", 10);
  return Number.isInteger(n) && n > 0 && n <= cardCount ? n : undefined;
}

export default function PhoneScan() {
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [result, setResult] = useState<{ image: string; code: string; cards: number } | null>(null);
  const [expected] = useState(expectedFromPage);
  const camera = useCardCamera(video, { facing: "environment", on });
  const counts = countsOf(camera.tally);
  const missing = expected ? missingCards(camera.tally, expected) : [];
  const problem = camera.state !== "off" && camera.state !== "starting" && camera.state !== "counting" ? camera.state : null;

  const finish = async () => {
    setOn(false);
    const tally = camera.tallyNow();
    const { qrDataUrl } = await import("../../lib/qr-code.ts");
    setResult({ image: qrDataUrl(scanQrText(tally)), code: groupCode(encodeScan(tally)), cards: tally.size });
  };

  if (result) {
    return (
      <section class="phone-scan__result" aria-labelledby={phoneScanResultId}>
        <h2 id={phoneScanResultId}>{v.resultHeading}</h2>
        <img class="phone-scan__code" src={result.image} alt={v.resultAlt(result.cards)} width={320} height={320} />
        <p>{v.resultHint}</p>
        <p class="phone-scan__typed" data-scan-code>
          {result.code}
        </p>
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          onClick={() => {
            setResult(null);
            setOn(true);
          }}
        >
          {v.scanAgain}
        </button>
      </section>
    );
  }

  return (
    <div class="phone-scan">
      <div role="alert">{problem && <p class="utrecht-alert utrecht-alert--warning notice notice--warning">{v[problem]}</p>}</div>
      {!on && (
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => setOn(true)}>
          {v.scanStart}
        </button>
      )}
      {on && (
        <>
          <div class="phone-scan__camera">
            <video ref={video} muted playsInline aria-label={v.videoLabel} />
          </div>
          <ul class="phone-scan__counts" data-vote-tally>
            {answerLetters.map((letter, i) => (
              <li key={letter}>
                {letter}: <strong data-count={letter}>{counts[i]}</strong>
              </li>
            ))}
          </ul>
          <p>
            <strong data-cards-seen>{expected ? v.seenOf(camera.tally.size, expected) : v.cardsSeen(camera.tally.size)}</strong>
            {expected ? <> <span data-cards-missing>{missing.length ? v.missing(missing) : v.allSeen}</span></> : null}
          </p>
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => void finish()}>
            {v.scanDone}
          </button>
        </>
      )}
    </div>
  );
}
