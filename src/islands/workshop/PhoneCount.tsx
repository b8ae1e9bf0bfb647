// In the vote dialog: a phone as a second scanner. The link (and QR code) to the scan page for the phone, then the
// phone's count back without a server: the laptop's camera reads the QR code on the phone's screen (a small reader
// in a worker, loaded only now), or the facilitator types the code. The dialog merges it into the tally.
import { useEffect, useRef, useState } from "preact/hooks";
import { nlVotes } from "../../i18n/nl-votes.ts";
import { decodeScan, scanCodePrefix } from "../../lib/scan-code.ts";
import type { Tally } from "../../lib/card-vote.ts";
import { phoneCodeErrorId, phoneCodeId } from "../../lib/workshop-ids.ts";
import QrCode from "./QrCode.tsx";
import type { Frame } from "./use-card-camera.ts";

const v = nlVotes;

interface Props {
  expected?: number;
  /** The laptop's camera runs, so it can read the phone's screen. */
  cameraOn: boolean;
  /** Hands the dialog a reader for camera frames, or null to stop reading. */
  onReader: (read: ((frame: Frame) => void) | null) => void;
  /** Merges a phone's count; returns what to say. */
  onMerge: (tally: Tally) => string;
}

/** The scan page for phones: the public address when the build knows it (SITE_URL), else this page's own. */
function scanPageUrl(expected?: number): string {
  const url = new URL(`${import.meta.env.BASE_URL}workshop/tellen/`, import.meta.env.SITE ?? location.href);
  if (expected) url.searchParams.set("kaarten", String(expected));
  return url.href;
}

export function PhoneCount({ expected, cameraOn, onReader, onMerge }: Props) {
  const [reading, setReading] = useState(false);
  const [code, setCode] = useState("");
  const [status, setStatus] = useState("");
  const [wrong, setWrong] = useState(false);
  const worker = useRef<Worker | null>(null);
  const merged = useRef(new Set<string>());

  const stopReading = () => {
    worker.current?.terminate();
    worker.current = null;
    onReader(null);
    setReading(false);
  };
  useEffect(() => stopReading, []);
  useEffect(() => {
    if (!cameraOn && reading) stopReading();
  }, [cameraOn]);

  /** One phone's code counts once, however long it is held up. */
  const take = (text: string): boolean => {
    const tally = decodeScan(text);
    if (!tally) return false;
    const key = text.replace(/[\s-]/g, "").toUpperCase();
    if (!merged.current.has(key)) {
      merged.current.add(key);
      setStatus(onMerge(tally));
    }
    return true;
  };

  const read = () => {
    try {
      worker.current = new Worker(new URL("./qr-reader.worker.ts", import.meta.url));
    } catch {
      return setStatus(v.readerFailed);
    }
    let busy = false;
    worker.current.onmessage = (event: MessageEvent<{ text: string | null }>) => {
      busy = false;
      const text = event.data.text;
      if (text?.startsWith(scanCodePrefix) && take(text)) stopReading();
    };
    worker.current.onerror = () => {
      stopReading();
      setStatus(v.readerFailed);
    };
    onReader((frame) => {
      if (busy || !worker.current) return;
      busy = true;
      worker.current.postMessage(frame, [frame.data.buffer]);
    });
    setReading(true);
    setStatus(v.readingPhone);
  };

  return (
    <details class="phone-count">
      <summary>{v.phoneHeading}</summary>
      <p>{v.phoneIntro}</p>
      <QrCode url={scanPageUrl(expected)} title={v.phoneLinkTitle} />
      {cameraOn && (
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={reading ? stopReading : read} aria-pressed={reading}>
          {v.readPhone}
        </button>
      )}
      <form
        class="phone-count__code"
        onSubmit={(event) => {
          event.preventDefault();
          const ok = take(code);
          setWrong(!ok);
          if (ok) setCode("");
        }}
      >
        <label for={phoneCodeId}>{v.phoneCodeLabel}</label>
        <input id={phoneCodeId} type="text" autocomplete="off" spellcheck={false} value={code} aria-invalid={wrong ? "true" : undefined} aria-describedby={wrong ? phoneCodeErrorId : undefined} onInput={(e) => setCode(e.currentTarget.value)} />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {v.phoneCodeAdd}
        </button>
        {wrong && (
          <p id={phoneCodeErrorId} class="utrecht-alert utrecht-alert--warning notice notice--warning">
            {v.phoneCodeWrong}
          </p>
        )}
      </form>
      <p role="status">{status}</p>
    </details>
  );
}
