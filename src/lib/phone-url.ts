// The address in a QR code for the room, and the link printed under it. Apart from share-url.ts, which every module
// page loads for its printed address: these are needed only where a code is drawn.

/** The address a QR code holds: `url` marked as opened by a phone in the room (?qr), whose page shows no workshop bar. */
export function phoneUrl(url: string): string {
  const marked = new URL(url);
  marked.search = "?qr";
  return marked.href;
}

/**
 * An address in pieces that may each start a new line: after a slash (not inside "//") and before "#" or "?", so a
 * printed link never breaks inside a word.
 */
export function urlPieces(url: string): string[] {
  return url.split(/(?<=\/)(?!\/)|(?=[#?])/).filter(Boolean);
}
