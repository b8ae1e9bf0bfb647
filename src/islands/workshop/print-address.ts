// A page printed from a site built without SITE_URL: the printed header names the address the page runs on (a
// module's own address, or the site's home for the worksheet), when phones can open it. A laptop-only address
// (localhost, a file) is left off the paper instead of misleading.
import { reachableFromPhones, shareUrl } from "../../lib/share-url.ts";

export function fillPrintAddress(url = shareUrl(undefined, location.href)): void {
  const header = document.querySelector<HTMLElement>("[data-own-address]");
  const text = header?.querySelector("[data-own-address-url]");
  if (!header || !text || !reachableFromPhones(url)) return;
  text.textContent = url;
  header.hidden = false;
}
