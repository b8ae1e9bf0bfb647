// QR codes made at build time (src/lib/qr-code.ts): the site address they point at, and the SVG they draw.
import { describe, expect, it } from "vitest";
import { encode } from "uqr";
import { absoluteUrl, qrSvg, siteOrigin } from "../../src/lib/qr-code.ts";

describe("site address for QR codes", () => {
  it("prefers Astro's site, then SITE_URL, then localhost", () => {
    expect(siteOrigin(new URL("https://uitleg.example.nl"), "https://anders.example.nl").href).toBe("https://uitleg.example.nl/");
    expect(siteOrigin(undefined, "https://anders.example.nl").href).toBe("https://anders.example.nl/");
    expect(siteOrigin(undefined, "").href).toBe("http://localhost:4321/");
  });
  it("joins a path that already holds the base path", () => {
    expect(absoluteUrl(new URL("https://example.nl"), "/kennisbank/jeugdzorg/#privacy")).toBe("https://example.nl/kennisbank/jeugdzorg/#privacy");
  });
});

describe("QR code as SVG", () => {
  it("draws every dark module of the code, inside a quiet zone", () => {
    const text = "http://localhost:4321/jeugdzorg/#wachtlijsten";
    const svg = qrSvg(text, 'role="img" aria-label="QR"');
    const { data, size } = encode(text, { ecc: "M", border: 4 });
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${size} ${size}"[^>]* role="img" aria-label="QR">`));
    // Paint the path's runs back onto a grid and compare it with the encoder's matrix.
    const painted = data.map((row) => row.map(() => false));
    for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)/g)) for (let i = 0; i < Number(w); i++) painted[Number(y)]![Number(x) + i] = true;
    expect(painted).toEqual(data);
    expect(data.slice(0, 4).flat().every((dark) => !dark)).toBe(true);
  });
});
