// Builds the site from a fixture content folder (CONTENT_DIR) into a temporary folder, for content and sub-path tests.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeServiceWorker } from "../../src/offline/write-service-worker.ts";

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/** Where test builds go (ignored by git, under node_modules so no tool mistakes them for sources). */
const buildsDir = join("node_modules", ".cache", "sdu-test-builds");

/** Builds of earlier runs (older than a day) go, so the folder does not grow run after run. */
function removeOldBuilds(): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of readdirSync(buildsDir).filter((name) => name !== "lock")) {
    const path = join(buildsDir, name);
    if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}

/** One Astro build at a time across the test workers: every build writes its content store to the project's own
 *  .astro/ folder (Astro ties it to the project root), and two at once break each other's files. */
const lockDir = join(buildsDir, "lock");

async function withBuildLock<T>(run: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // A lock left by a test run that was killed mid-build is older than any real build.
      if (Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 10 * 60_000) rmSync(lockDir, { recursive: true, force: true });
      await new Promise((wait) => setTimeout(wait, 250));
    }
  }
  try {
    return await run();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** The environment without what vitest sets for its own Vite (BASE_URL, MODE, …), which would leak into the build. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST", "VITEST", "VITEST_MODE", "VITEST_POOL_ID", "VITEST_WORKER_ID"]) delete env[key];
  return env;
}

/** Runs `astro build` with the given environment; resolves with the exit code and all output (ANSI colours removed). */
export function buildSite(env: Record<string, string>): Promise<BuildResult> {
  // Inside the project: Astro writes a build's pages first to <outDir>/.prerender/ when outDir is below the working
  // directory, but to the shared ./.astro/.prerender/ when it is not, and two builds at once then break each other.
  mkdirSync(buildsDir, { recursive: true });
  removeOldBuilds();
  const work = mkdtempSync(join(buildsDir, "build-"));
  const outDir = env.OUT_DIR ?? join(work, "dist");
  return withBuildLock(() => new Promise<BuildResult>((done) => {
    const child = spawn(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], {
      env: { ...cleanEnvironment(), ASTRO_CACHE_DIR: join(work, "cache"), OUT_DIR: outDir, NO_COLOR: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => done({ code, output: output.replace(/\u001b\[[0-9;]*m/g, ""), outDir }));
  }));
}

/** Runs the index step (Pagefind, with the parts of compound words and the other names of begrippen) over a built
 *  site and writes its service worker, as `npm run build` does. */
export function indexSite(outDir: string, base = "/"): Promise<BuildResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["src/search/build-index.ts", outDir], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      if (code === 0) writeServiceWorker(outDir, base);
      done({ code, output, outDir });
    });
  });
}
