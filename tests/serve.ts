// A small static file server for the built site (dist/), used by `npm start`, the browser tests and the benchmark.
// It serves the site under its base path (BASE_PATH) and answers unknown URLs with the site's 404 page.
import { createServer, type Server } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { parseHeadersFile } from "../src/lib/security-headers.ts";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Page policies (CSP, frame and permission rules) only matter on HTML; every response gets the rest. */
const documentOnly = new Set(["Content-Security-Policy", "Permissions-Policy", "X-Frame-Options", "Cross-Origin-Opener-Policy"]);

function headersFor(security: Record<string, string>, file: string): Record<string, string> {
  if (file.endsWith(".html")) return security;
  return Object.fromEntries(Object.entries(security).filter(([name]) => !documentOnly.has(name)));
}

const compressible = new Set([".html", ".js", ".css", ".svg", ".json", ".txt", ".wasm"]);

export interface StaticSite {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves `dir` under `base` on a free port of 127.0.0.1 (or `port`). */
export function serveSite(dir: string, base = "/", port = 0): Promise<StaticSite> {
  const root = resolve(dir);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  // Send the headers the build wrote for hosts, as a real host would, so tests see the site as it will run.
  const security = existsSync(join(root, "_headers")) ? parseHeadersFile(readFileSync(join(root, "_headers"), "utf8")) : {};
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (!path.startsWith(prefix) && `${path}/` !== prefix) return send404(response, root, security);
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) return send404(response, root, security);
    try {
      if ((await stat(file)).isDirectory()) {
        if (!path.endsWith("/")) {
          response.writeHead(301, { location: `${path}/` }).end();
          return;
        }
        file = join(file, "index.html");
      }
      let body = await readFile(file);
      const headers: Record<string, string> = { ...headersFor(security, file), "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" };
      // Compress text as a real host does, so transfer sizes in the benchmark are what readers download.
      if (compressible.has(extname(file)) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
        body = gzipSync(body, { level: 9 });
        headers["content-encoding"] = "gzip";
        headers.vary = "accept-encoding";
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      send404(response, root, security);
    }
  });
  return new Promise((ready) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      ready({
        url: `http://127.0.0.1:${actualPort}${prefix}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

async function send404(response: import("node:http").ServerResponse, root: string, headers: Record<string, string>): Promise<void> {
  const page = await readFile(join(root, "404.html")).catch(() => Buffer.from("Niet gevonden"));
  response.writeHead(404, { ...headers, "content-type": "text/html; charset=utf-8" }).end(page);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = await serveSite(process.env.OUT_DIR ?? "dist", process.env.BASE_PATH ?? "/", Number(process.env.PORT ?? 4321));
  console.log(`\nDe site draait op ${site.url}\nStoppen: Ctrl+C\n`);
}
