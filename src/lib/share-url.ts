// The address a QR code or printed link holds: the public address when the build knows it (SITE_URL), else the
// address the page is served from. An address of the presenter's own machine is one no phone can open.

/** The public address of the site when the build knows it: Astro's `site`, else SITE_URL; undefined otherwise. */
export function siteOrigin(site: URL | string | undefined, env: string | undefined = process.env.SITE_URL): URL | undefined {
  const known = site ?? env;
  return known ? new URL(known) : undefined;
}

/** An absolute URL for a site-relative path that already includes the base ("/kennisbank/jeugdzorg/"). */
export function absoluteUrl(origin: URL, path: string): string {
  return new URL(path, origin).href;
}

/** Hosts that name the laptop itself: a phone that scans such an address reaches nothing. */
const ownMachine = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i;

/** Whether a phone in the room can open `url`: not a file, not the presenter's own machine. */
export function reachableFromPhones(url: string): boolean {
  const parsed = new URL(url);
  return (parsed.protocol === "https:" || parsed.protocol === "http:") && !ownMachine.test(parsed.hostname);
}

/** The address of a place in a module: the public module address when known (`moduleUrl`), else the page's own. */
export function shareUrl(moduleUrl: string | undefined, pageUrl: string, placeId = ""): string {
  const url = new URL(moduleUrl ?? pageUrl);
  url.search = "";
  url.hash = placeId;
  return url.href;
}

