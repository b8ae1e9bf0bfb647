// QR codes as small SVG (uqr encodes; we draw one path). Print pages use it at build time; the browser loads it
// only when a QR code is shown (import()), so readers never download the encoder.
import { encode } from "uqr";

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

/** The QR code as a data: URL for an <img> (allowed by the CSP's img-src data:). */
export function qrDataUrl(text: string): string {
  return `data:image/svg+xml,${encodeURIComponent(qrSvg(text))}`;
}
