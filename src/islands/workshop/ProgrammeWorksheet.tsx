// On the participants' worksheet of a programme: keeps the programme's steps (from ?p=…) in its order and hides the
// rest; the welcome, breaks and own items are the facilitator's and stay off. On a site built without SITE_URL it
// prints the site's address with a QR code, when phones can open it.
import { useLayoutEffect } from "preact/hooks";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { parseProgramme, programmeProblems, type Catalogue } from "../../lib/programme.ts";
import { runSheet } from "../../lib/run-sheet.ts";
import { reachableFromPhones } from "../../lib/share-url.ts";
import { fillPrintAddress } from "./print-address.ts";
import { arrangeSections } from "./programme-sections.ts";

async function showOwnAddress(): Promise<void> {
  const header = document.querySelector<HTMLElement>("[data-own-address]");
  const url = new URL(import.meta.env.BASE_URL, location.href).href;
  if (!header || !reachableFromPhones(url)) return;
  fillPrintAddress(url);
  const { qrSvg } = await import("../../lib/qr-code.ts");
  header.insertAdjacentHTML("afterbegin", qrSvg(url, `class="print-header__qr" role="img" aria-label="${nlWorkshop.worksheetQrAlt}"`));
}

export default function ProgrammeWorksheet({ catalogue }: { catalogue: Catalogue }) {
  const programme = parseProgramme(new URLSearchParams(location.search).get("p"));
  const steps = runSheet(programme, catalogue).filter((item) => item.key);
  const problems = programmeProblems(programme.entries, catalogue).filter((p): p is string => p !== null);

  useLayoutEffect(() => {
    void showOwnAddress();
    const holder = document.querySelector<HTMLElement>("[data-worksheet-steps]");
    if (steps.length > 0 && holder) arrangeSections(holder, steps, () => null);
  }, []);

  if (steps.length === 0) return <p class="utrecht-alert utrecht-alert--warning notice no-print">{nlWorkshop.worksheetNone}</p>;
  return (
    <>
      {problems.map((p) => (
        <p class="utrecht-alert utrecht-alert--warning notice notice--warning no-print" key={p}>
          {p}
        </p>
      ))}
    </>
  );
}
