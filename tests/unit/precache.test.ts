// The offline list of the service worker (src/lib/precache.ts): which built files, under which URLs, which version.
import { describe, expect, it } from "vitest";
import { isPrecached, serviceWorkerSource, urlOf, versionOf } from "../../src/lib/precache.ts";

describe("precache list", () => {
  it("holds pages, assets and the search index, not host files or Pagefind's unused UIs", () => {
    for (const file of ["index.html", "jeugdzorg/index.html", "404.html", "_astro/Presentation.abc.js", "pagefind/pagefind.js", "pagefind/wasm.nl.pagefind", "pagefind/index/nl_1.pf_index", "pagefind/pagefind-entry.json"]) {
      expect(isPrecached(file), file).toBe(true);
    }
    for (const file of ["_headers", "security-headers.nginx.conf", "sw.js", ".well-known/security.txt", "pagefind/pagefind-ui.js", "pagefind/pagefind-component-ui.css", "pagefind/pagefind-worker.js", "pagefind/wasm.unknown.pagefind"]) {
      expect(isPrecached(file), file).toBe(false);
    }
  });
  it("names pages by their folder, under the base path", () => {
    expect(urlOf("/", "index.html")).toBe("/");
    expect(urlOf("/", "jeugdzorg/index.html")).toBe("/jeugdzorg/");
    expect(urlOf("/kennisbank/", "jeugdzorg/begeleider/index.html")).toBe("/kennisbank/jeugdzorg/begeleider/");
    expect(urlOf("/kennisbank", "_astro/a.js")).toBe("/kennisbank/_astro/a.js");
    expect(urlOf("/", "404.html")).toBe("/404.html");
  });
  it("has a version that changes with any file's content or name, and not with the order of listing", () => {
    const a = { file: "index.html", content: new TextEncoder().encode("<h1>a</h1>") };
    const b = { file: "x.js", content: new TextEncoder().encode("1") };
    expect(versionOf([a, b])).toBe(versionOf([b, a]));
    expect(versionOf([a, { ...b, content: new TextEncoder().encode("2") }])).not.toBe(versionOf([a, b]));
    expect(versionOf([a, { ...b, file: "y.js" }])).not.toBe(versionOf([a, b]));
  });
  it("puts the build's values above the worker's code", () => {
    expect(serviceWorkerSource("self;", "v1", ["/", "/a.js"], "/404.html")).toBe('const VERSION = "v1";\nconst FILES = ["/","/a.js"];\nconst NOT_FOUND = "/404.html";\nself;');
  });
});
