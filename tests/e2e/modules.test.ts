// Every module, walked as a person with a keyboard would: each step in turn, every carousel, dialog and
// scenario opened, axe on each state, and the chain from one module into the next and back. Without JavaScript,
// each page is read as an article: its reading ease (Flesch-Douma) and the sources under each step.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openSession, type Session } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { focusedText, modalOpen, openStepped, overview, stepPosition, visibleStepTitles, waitForStepper } from "./walk.ts";
import { fleschDouma, minimumReadingEase } from "../../src/lib/readability.ts";
import { parseStepFileName } from "../../src/lib/step-id.ts";

let session: Session;
let modules: { href: string; title: string }[] = [];
/** The module folders, known before the tests run, so that each module is a test of its own. */
const slugs = readdirSync("content/modules", { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

beforeAll(async () => {
  session = await openSession();
  const home = await session.page();
  await home.goto(session.site.url);
  modules = await home.$$eval(".module-card__title a", (links) => links.map((a) => ({ href: (a as HTMLAnchorElement).href, title: a.textContent?.trim() ?? "" })));
  await home.context().close();
});
afterAll(() => session?.close());

const open = (url: string) => openStepped(session, url, { reducedMotion: "reduce" });

const visible = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);

describe("the home page", () => {
  it("groups the modules, numbered in chain order", async () => {
    const page = await session.page();
    await page.goto(session.site.url);
    const groups = await page.$$eval(".module-group", (sections) =>
      sections.map((s) => ({ name: s.querySelector("h3")?.textContent, count: s.querySelectorAll(".module-card").length })),
    );
    expect(groups).toEqual([
      { name: "Beleid per onderwerp", count: 4 },
      { name: "Zo organiseer je het sociaal domein", count: 3 },
    ]);
    expect(await page.locator(".module-card__number").allInnerTexts()).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("lists every module in chain order with steps and reading time", async () => {
    expect(modules.map((m) => m.title).slice(0, 4)).toEqual([
      "Dilemma's in de jeugdzorg",
      "Wet inburgering",
      "Van beschermd naar begeleid wonen",
      "Omgevingswet en serviceformules",
    ]);
    const page = await session.page();
    await page.goto(session.site.url);
    for (const meta of await page.locator(".module-card__meta").allInnerTexts()) expect(meta).toMatch(/^\d+ stappen · \d+ min lezen$/);
    await page.context().close();
  });
});

describe("every module by keyboard, with axe on every step and every opened carousel, dialog and scene", () => {
  it("finds every module on the home page", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(4);
    expect(modules.map((m) => new URL(m.href).pathname.split("/").at(-2)).sort()).toEqual(slugs);
  });

  it.for(slugs)("walks %s from start to end", { timeout: 180_000 }, async (slug) => {
    const page = await open(`${session.site.url}${slug}/`);
    const steps = await overview(page);
    const seen: string[] = [];
    let opened = 0;
    for (let guard = 0; guard < 40; guard++) {
      const [title] = await visibleStepTitles(page);
      expect(await visibleStepTitles(page), slug).toHaveLength(1);
      seen.push(title!);
      expect(await axeViolations(page), `${slug} · ${title}`).toEqual([]);
      const stepId = new URL(page.url()).hash.slice(1) || steps[0]!.id;
      opened += await openEverything(page, stepId, `${slug} · ${title}`);
      if (await page.getByRole("link", { name: /Volgende stap/ }).count()) break;
      const position = await stepPosition(page);
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => stepPosition(page)).not.toBe(position);
      expect(await focusedText(page)).toBe((await visibleStepTitles(page))[0]);
    }
    // Every step on the path was shown; a module with branches shows its default path here.
    expect(seen[0]).toBe(steps[0]!.title);
    expect(seen.at(-1)).toBe(steps.at(-1)!.title);
    // Every module has carousels, dialogs or a scenario: proof that the walk opened something.
    expect(opened, slug).toBeGreaterThan(0);
    await page.context().close();
  });
});

/** Opens every carousel (each option in turn), dialog and scenario scene in the current step, checking axe.
 *  Returns how many it opened. */
async function openEverything(page: Page, stepId: string, label: string): Promise<number> {
  let opened = 0;
  const step = page.locator(`[data-step="${stepId}"]`);
  const carousels = step.locator(".carousel__open");
  for (let i = 0; i < (await carousels.count()); i++) {
    await carousels.nth(i).focus();
    await page.keyboard.press("Enter");
    const group = step.locator(".options").nth(i);
    const total = await group.locator(".option").count();
    for (let n = 1; n <= total; n++) {
      await expect.poll(() => group.locator(".carousel__position").innerText()).toMatch(new RegExp(` ${n} van ${total}$`));
      expect(await visible(page, `[data-step="${stepId}"] .option`)).toBe(1);
      expect(await axeViolations(page), `${label} · optie ${n}`).toEqual([]);
      opened++;
      if (n < total) await group.locator(".carousel__controls button").nth(1).click();
    }
    await group.getByRole("button", { name: "Sluiten" }).click();
  }
  const dialogs = step.locator("[data-dialog-block] > astro-island button");
  for (let i = 0; i < (await dialogs.count()); i++) {
    await dialogs.nth(i).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => modalOpen(page)).toBe(true);
    expect(await axeViolations(page), `${label} · dialoog ${i + 1}`).toEqual([]);
    opened++;
    await page.keyboard.press("Escape");
    await expect.poll(() => modalOpen(page)).toBe(false);
  }
  const scenes = await step.locator("[data-scene]").evaluateAll((s) => s.map((e) => e.getAttribute("data-scene")!));
  for (const scene of scenes) {
    await page.evaluate((id) => (location.hash = id), scene);
    await expect.poll(() => visible(page, `[data-step="${stepId}"] [data-scene]`)).toBe(1);
    expect(await page.locator(`[data-scene="${scene}"]`).isVisible()).toBe(true);
    expect(await axeViolations(page), `${label} · ${scene}`).toEqual([]);
    opened++;
  }
  if (scenes.length) await page.evaluate((id) => (location.hash = id), stepId);
  return opened;
}

describe("every module without JavaScript", () => {
  it.for(slugs)("reads %s as an article: all steps, options, dialogs and scenes shown, with anchors, and no axe violations", async (slug) => {
    const page = await session.page({ reducedMotion: "reduce" }, { scripts: false });
    await page.goto(`${session.site.url}${slug}/`);
    for (const selector of ["[data-step]", ".option", "dialog[data-dialog]", "[data-scene]"]) {
      const all = await page.locator(selector).count();
      expect(await visible(page, selector), `${slug}: ${selector}`).toBe(all);
    }
    const anchors = await page.$$eval("[data-overview-link]", (links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    expect(anchors.length, slug).toBeGreaterThan(0);
    for (const id of anchors) expect(await page.locator(`h2[id="${id}"]`).count(), `${slug}#${id}`).toBe(1);
    // What a reader reads: every step with its options, dialogs and the source lines under it.
    const reading = fleschDouma(await page.locator("[data-stepper-root]").innerText());
    expect(reading.score, `${slug}: Flesch-Douma ${JSON.stringify(reading)}`).toBeGreaterThanOrEqual(minimumReadingEase);
    expect(await sourceLines(page), slug).toEqual(ownSources(slug));
    expect(await axeViolations(page), slug).toEqual([]);
    await page.context().close();
  });
});

/** The frontmatter of a content file. */
const frontmatter = (file: string) => load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"))![1]!) as Record<string, unknown>;

/** Per step with a "Bron:" line, the titles the step's own `sources` keys stand for in the module's list. */
function ownSources(slug: string): Record<string, string[]> {
  const dir = join("content/modules", slug);
  const listed = frontmatter(join(dir, "index.mdx")).sources as { key?: string; title: string }[];
  const own: Record<string, string[]> = {};
  for (const file of readdirSync(dir).filter((f) => f !== "index.mdx" && f.endsWith(".mdx"))) {
    const keys = (frontmatter(join(dir, file)).sources ?? []) as string[];
    if (keys.length > 0) own[parseStepFileName(file.replace(/\.mdx$/, ""))!.stepId] = keys.map((k) => listed.find((s) => s.key === k)!.title);
  }
  return own;
}

/** Per step, the titles its "Bron:" line names, as a reader reads them. */
async function sourceLines(page: Page): Promise<Record<string, string[]>> {
  const lines = await page.$$eval("[data-step] > p.step__source", (ps) => ps.map((p) => [p.closest("[data-step]")!.getAttribute("data-step")!, (p as HTMLElement).innerText]));
  return Object.fromEntries(lines.map(([step, text]) => {
    const named = /^Bron(?:nen)?: (.*?)\.? Laatst gecontroleerd: \d{1,2} \p{L}+ \d{4}\.$/u.exec(text!)?.[1] ?? `(geen bronregel: ${text})`;
    return [step!, named.split("; ")];
  }));
}

describe("the chain of modules", () => {
  // Seven modules there and back in one test: on a busy machine this takes more than the default minute.
  it("leads from the last step of one module to the first of the next, and back", { timeout: 180_000 }, async () => {
    for (const [i, module] of modules.entries()) {
      const next = modules[i + 1];
      if (!next) break;
      const page = await open(module.href);
      const steps = await overview(page);
      await page.evaluate((id) => (location.hash = id), steps.at(-1)!.id);
      const forward = page.getByRole("link", { name: /Volgende stap/ });
      await expect.poll(() => forward.innerText()).toContain(`Volgende module: ${next.title}`);
      await forward.click();
      await page.waitForURL(next.href);
      await waitForStepper(page);
      expect(await stepPosition(page)).toMatch(/^Stap 1 van/);
      const back = page.getByRole("link", { name: /Vorige stap/ });
      expect(await back.innerText()).toContain(`Vorige module: ${module.title}`);
      await back.click();
      await page.waitForURL(`${module.href}#${steps.at(-1)!.id}`);
      await waitForStepper(page);
      await expect.poll(() => visibleStepTitles(page)).toEqual([steps.at(-1)!.title]);
      await page.context().close();
    }
  });
});
