// The QR code in presentation mode: the step's address, encoded in the browser when the code is shown (the
// encoder loads then, by import()). An address that phones cannot open (this laptop, a file) is said, not drawn.
import { useEffect, useState } from "preact/hooks";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { reachableFromPhones } from "../../lib/share-url.ts";

interface Props {
  /** The step's address: the public one from the build (SITE_URL), else this page's own. */
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
        if (current) setShown({ url, reachable: true, image: qrDataUrl(url) });
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
        <p class="qr-dialog__url">{shown.url}</p>
        <p>{w.qrUnreachableHelp}</p>
      </div>
    );
  }
  return (
    <>
      <img class="qr-dialog__code" src={shown.image!} alt={w.qrAlt(title)} width={480} height={480} />
      <p class="qr-dialog__hint">
        {w.qrHint} <span class="qr-dialog__url">{shown.url}</span>
      </p>
    </>
  );
}
