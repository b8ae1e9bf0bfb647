// The privacy page's button that clears everything this site keeps in the browser, after a confirmation in a
// native modal dialog. Without JavaScript it is absent and the page explains how to clear it in the browser.
import { useRef, useState } from "preact/hooks";
import { nlStatements } from "../i18n/nl-statements.ts";
import { siteKeys } from "../lib/stored-data.ts";

const t = nlStatements.privacy;

function clearSiteKeys(storage: Storage): number {
  const keys = siteKeys(Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? ""));
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}

export default function ClearStoredData() {
  const confirm = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState("");

  const clear = () => {
    let removed = 0;
    try {
      removed = clearSiteKeys(localStorage) + clearSiteKeys(sessionStorage);
    } catch {
      // Storage blocked by the browser: then nothing was stored either.
    }
    confirm.current?.close();
    setStatus(t.cleared(removed));
    opener.current?.focus();
  };

  return (
    <div class="clear-data">
      <button
        type="button"
        class="utrecht-button utrecht-button--primary-action"
        ref={opener}
        onClick={() => {
          setStatus("");
          confirm.current?.showModal();
          // Focus on the safe choice, as in the record panel's own delete: Enter by habit must not wipe everything.
          cancel.current?.focus();
        }}
      >
        {t.clearButton}
      </button>
      <p role="status" class="clear-data__status">{status}</p>
      <dialog class="dialog" ref={confirm} aria-labelledby="wissen-titel" aria-describedby="wissen-tekst">
        <h2 id="wissen-titel" class="dialog__title">{t.confirmTitle}</h2>
        <p id="wissen-tekst">{t.confirmText}</p>
        <p class="dialog__actions clear-data__actions">
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={clear}>{t.confirmYes}</button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" ref={cancel} onClick={() => confirm.current?.close()}>{t.confirmNo}</button>
        </p>
      </dialog>
    </div>
  );
}
