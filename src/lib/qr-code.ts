// QR codes as small SVG, made at build time (uqr encodes; we draw one path), and the absolute URLs they hold.
// Only .astro pages and endpoints import this file, so no QR code is ever computed in the browser.
import { encode } from "uqr";

/** Where the site lives, for links that leave the page (QR codes): Astro's `site`, else SITE_URL, else localhost. */
export function siteOrigin(site: URL | string | undefined, env: string | undefined = process.env.SITE_URL): URL {
  return new URL(site ?? (env || "http://localhost:4321"));
}

/** An absolute URL for a site-relative path that already includes the base ("/kennisbank/jeugdzorg/"). */
export function absoluteUrl(origin: URL, path: string): string {
  return new URL(path, origin).href;
}

/**
 * The QR code for `text` as an SVG document: dark modules drawn as one path of horizontal runs, with the
 * standard quiet zone of four modules. Medium error correction survives a projector's glare.
 */
export function qrSvg(text: string, attributes = ""): string {
  const { data, size } = encode(text, { ecc: "M", border: 4 });
  let d = "";
  for (const [y, row] of data.entries()) {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      d += `M${x} ${y}h${end - x + 1}v1h${-(end - x + 1)}z`;
      x = end;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"${attributes ? ` ${attributes}` : ""}>` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}
