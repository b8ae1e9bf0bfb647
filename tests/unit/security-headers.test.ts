// Response headers for hosts (src/lib/security-headers.ts).
import { describe, expect, it } from "vitest";
import { mergePolicies, parseHeadersFile, securityHeaders, toHeadersFile, toNginx } from "../../src/lib/security-headers.ts";

describe("security headers", () => {
  it("merges the pages' policies per directive", () => {
    expect(mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self';script-src 'self' 'sha256-b'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'",
    );
  });
  it("adds what only a header can carry, and the headers internet.nl rates good", () => {
    const headers = securityHeaders(["default-src 'self'"]);
    expect(headers["Content-Security-Policy"]).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(headers["Strict-Transport-Security"]).toMatch(/max-age=31536000/);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("no-referrer");
    // Voting with cards uses the camera of this site only; nothing else may ask for camera or microphone.
    expect(headers["Permissions-Policy"]!.split(", ")).toContain("camera=(self)");
    expect(headers["Permissions-Policy"]!.split(", ")).toContain("microphone=()");
  });
  it("writes a _headers file that reads back, and an nginx snippet", () => {
    const headers = securityHeaders(["default-src 'self'"]);
    expect(parseHeadersFile(toHeadersFile(headers, "/kennisbank/"))).toEqual(headers);
    expect(toHeadersFile(headers, "/kennisbank/")).toContain("\n/kennisbank/*\n");
    expect(toNginx(headers)).toContain(`add_header X-Frame-Options "DENY" always;`);
  });
});
