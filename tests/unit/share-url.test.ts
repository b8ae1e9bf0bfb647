// The address in QR codes and printed links (src/lib/share-url.ts): the public one, or the page's own when phones can open it.
import { describe, expect, it } from "vitest";
import { absoluteUrl, reachableFromPhones, shareUrl, siteOrigin } from "../../src/lib/share-url.ts";

describe("site address", () => {
  it("is Astro's site, else SITE_URL, else unknown (never a made-up localhost)", () => {
    expect(siteOrigin(new URL("https://uitleg.example.nl"), "https://anders.example.nl")?.href).toBe("https://uitleg.example.nl/");
    expect(siteOrigin(undefined, "https://anders.example.nl")?.href).toBe("https://anders.example.nl/");
    expect(siteOrigin(undefined, "")).toBeUndefined();
    expect(siteOrigin(undefined, undefined)).toBeUndefined();
  });
  it("joins a path that already holds the base path", () => {
    expect(absoluteUrl(new URL("https://example.nl"), "/kennisbank/jeugdzorg/#privacy")).toBe("https://example.nl/kennisbank/jeugdzorg/#privacy");
  });
});

describe("address of a place", () => {
  it("uses the public module address when the build knew it", () => {
    expect(shareUrl("https://uitleg.example.nl/kennisbank/jeugdzorg/", "http://127.0.0.1:4321/kennisbank/jeugdzorg/?markeer=x#inleiding", "privacy")).toBe(
      "https://uitleg.example.nl/kennisbank/jeugdzorg/#privacy",
    );
  });
  it("else the page's own address, without query or old fragment", () => {
    expect(shareUrl(undefined, "http://192.0.2.7:8080/jeugdzorg/?markeer=x#inleiding", "privacy")).toBe("http://192.0.2.7:8080/jeugdzorg/#privacy");
    expect(shareUrl(undefined, "https://uitleg.example.nl/jeugdzorg/#inleiding")).toBe("https://uitleg.example.nl/jeugdzorg/");
  });
});

describe("reachable from phones", () => {
  it("is false for this machine and for files", () => {
    for (const url of ["http://localhost:4321/", "http://LOCALHOST/", "http://app.localhost/", "http://127.0.0.1:4321/x/", "http://127.1.2.3/", "http://[::1]:4321/", "http://0.0.0.0:4321/", "file:///home/a/dist/jeugdzorg/index.html"]) {
      expect(reachableFromPhones(url), url).toBe(false);
    }
  });
  it("is true for a real host name or a network address", () => {
    for (const url of ["https://uitleg.example.nl/jeugdzorg/", "http://192.168.1.20:4321/", "http://laptop.local:4321/", "http://zaal.test/"]) {
      expect(reachableFromPhones(url), url).toBe(true);
    }
  });
});
