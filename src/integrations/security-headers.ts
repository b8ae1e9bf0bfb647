// After the build: writes the response headers for the host (dist/_headers and dist/security-headers.nginx.conf),
// with one CSP that allows exactly what the pages' own CSPs allow, plus frame-ancestors.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { securityHeaders, toHeadersFile, toNginx } from "../lib/security-headers.ts";
import { htmlFiles } from "./built-pages.ts";


export function securityHeadersIntegration(): AstroIntegration {
  let base = "/";
  return {
    name: "sdu-security-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": ({ dir }) => {
        const out = fileURLToPath(dir);
        const policies = htmlFiles(out).flatMap((file) => {
          const match = /http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, "utf8"));
          return match ? [match[1]!.replace(/&#39;/g, "'")] : [];
        });
        const headers = securityHeaders(policies);
        writeFileSync(join(out, "_headers"), toHeadersFile(headers, base));
        writeFileSync(join(out, "security-headers.nginx.conf"), toNginx(headers));
      },
    },
  };
}
