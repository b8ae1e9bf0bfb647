// The QR code in presentation mode: the address of what is on screen (the step, or the voorbeeld or dialog open),
// encoded in the browser when the code is shown (the encoder loads then, by import()). The code carries ?qr, so a
// phone that follows it gets no workshop bar; the link printed under it leaves that out and breaks only at a slash
// or before "#". An address that phones cannot open (this laptop, a file) is said, not drawn.
import type { RefObject } from "preact";
import { useEffect, useState } from "preact/hooks";
import { qrDialogTitleId } from "../../lib/workshop-ids.ts";
import DialogClose from "./DialogClose.tsx";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { reachableFromPhones } from "../../lib/share-url.ts";
import { phoneUrl, urlPieces } from "../../lib/phone-url.ts";

interface Props {
  /** The place's address: the public one from the build (SITE_URL), else this page's own. */
  url: string;
  title: string;
}

type Shown = { url: string; reachable: boolean; image: string | null };

export default function QrCode({ url, title }: Props) {
  const w = nlWorkshop;
  const [shown, setShown] = useState<Shown | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    // An address no phone can open gets no code: the encoder is not even loaded.
    if (!reachableFromPhones(url)) {
      setShown({ url, reachable: false, image: null });
      return;
    }
    import("../../lib/qr-code.ts").then(
      ({ qrDataUrl }) => {
        if (current) setShown({ url, reachable: true, image: qrDataUrl(phoneUrl(url)) });
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [url]);

  if (failed) return <p class="qr-dialog__warning">{w.qrFailed}</p>;
  if (!shown) return <p class="qr-dialog__hint">{w.qrLoading}</p>;
  if (!shown.reachable) {
    return (
      <div class="qr-dialog__warning" role="alert">
        <p>{w.qrUnreachable}</p>
        <PrintedUrl url={shown.url} />
        <p>{w.qrUnreachableHelp}</p>
      </div>
    );
  }
  return (
    <>
      <img class="qr-dialog__code" src={shown.image!} alt={w.qrAlt(title)} width={480} height={480} />
      <p class="qr-dialog__hint">
        {w.qrHint} <PrintedUrl url={shown.url} />
      </p>
    </>
  );
}

/** The address as text, with a line break allowed only between its pieces (global.css: .url-piece). */
function PrintedUrl({ url }: { url: string }) {
  return (
    <span class="qr-dialog__url">
      {urlPieces(url).map((piece, i) => (
        <>
          {i > 0 && <wbr />}
          <span class="url-piece">{piece}</span>
        </>
      ))}
    </span>
  );
}

/** The dialog Q opens, with the code of `url` while it is open (the encoder loads then). */
export function QrDialog({ dialog, shown, onClose, url, title }: Props & { dialog: RefObject<HTMLDialogElement>; shown: boolean; onClose: () => void }) {
  return (
    <dialog class="qr-dialog" ref={dialog} aria-labelledby={qrDialogTitleId} onClose={onClose}>
      <h2 id={qrDialogTitleId} class="qr-dialog__title">
        {nlWorkshop.qrTitle}
      </h2>
      {shown && <QrCode url={url} title={title} />}
      <DialogClose />
    </dialog>
  );
}
