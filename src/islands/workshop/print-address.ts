// A module printed from a site built without SITE_URL: the printed header names the page's own address, when
// phones can open it. A laptop-only address (localhost, a file) is left off the paper instead of misleading.
import { reachableFromPhones, shareUrl } from "../../lib/share-url.ts";

export function fillPrintAddress(): void {
  const header = document.querySelector<HTMLElement>("[data-own-address]");
  const text = header?.querySelector("[data-own-address-url]");
  const url = shareUrl(undefined, location.href);
  if (!header || !text || !reachableFromPhones(url)) return;
  text.textContent = url;
  header.hidden = false;
}
