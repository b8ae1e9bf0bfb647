// QR codes (src/lib/qr-code.ts): the SVG they draw.
import { describe, expect, it } from "vitest";
import { encode } from "uqr";
import { qrDataUrl, qrSvg } from "../../src/lib/qr-code.ts";

describe("QR code as SVG", () => {
  it("draws every dark module of the code, inside a quiet zone", () => {
    const text = "https://uitleg.example.nl/jeugdzorg/#wachtlijsten";
    const svg = qrSvg(text, 'role="img" aria-label="QR"');
    const { data, size } = encode(text, { ecc: "M", border: 4 });
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${size} ${size}"[^>]* role="img" aria-label="QR">`));
    // Paint the path's runs back onto a grid and compare it with the encoder's matrix.
    const painted = data.map((row) => row.map(() => false));
    for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)/g)) for (let i = 0; i < Number(w); i++) painted[Number(y)]![Number(x) + i] = true;
    expect(painted).toEqual(data);
    expect(data.slice(0, 4).flat().every((dark) => !dark)).toBe(true);
  });
  it("fits in an image's data: URL", () => {
    const url = qrDataUrl("https://uitleg.example.nl/");
    expect(url.startsWith("data:image/svg+xml,%3Csvg")).toBe(true);
    expect(decodeURIComponent(url.slice("data:image/svg+xml,".length))).toBe(qrSvg("https://uitleg.example.nl/"));
  });
});
