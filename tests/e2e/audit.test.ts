// The failures of the manual accessibility evaluation (WCAG 2.2 AA), one test each, as a person meets them:
// skip link on a module page, a term inside a dialog, Tab past a term pop-up, reflow at 320 px, non-text
// contrast of focus rings and field borders, keys with a pop-up open, the import error, the glossary letters.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { borderContrast, focusContrast } from "./contrast.ts";
import { focusedText, openStepped, openTermByKey, scrollsSideways, termPopoverOpen, visibleStepTitles, waitForStepper } from "./walk.ts";

const session = useSession();

const modulePages = /^(jeugdzorg|inburgering)\//;

async function open(path: string, options = {}): Promise<Page> {
  if (modulePages.test(path)) return openStepped(session, path, { reducedMotion: "reduce", ...options });
  const page = await session.page({ reducedMotion: "reduce", ...options });
  await page.goto(session.site.url + path);
  return page;
}

/** Two animation frames: long enough for a key press to have changed the step, if it was going to. */
const settled = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Names of the nodes with `role` that Chromium exposes in its accessibility tree (ignored nodes left out). */
async function accessibleNames(page: Page, role: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? "");
}

describe("2.4.1 the skip link on a module page", () => {
  it("goes to the content and leaves the reader on the step they were reading", async () => {
    const page = await open("jeugdzorg/#belangen");
    await expect.poll(() => visibleStepTitles(page)).toHaveLength(1);
    const step = await visibleStepTitles(page);
    await page.getByRole("link", { name: "Naar de inhoud" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("inhoud");
    expect(await visibleStepTitles(page)).toEqual(step);
    expect(await page.getByText("bestaat niet in deze module").count()).toBe(0);
    // The next Tab goes on inside the content, not back to the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
    // The URL still names the step: a reload (or the link, shared) opens the same step, not step 1.
    expect(new URL(page.url()).hash).toBe("#belangen");
    await page.reload();
    await waitForStepper(page);
    expect(await visibleStepTitles(page)).toEqual(step);
    await page.context().close();
  });

  it("a deep link to the content itself opens the module without a notice", async () => {
    const page = await open("jeugdzorg/#inhoud");
    expect(await page.getByText("bestaat niet in deze module").count()).toBe(0);
    expect(new URL(page.url()).hash).toBe("#inhoud");
    await page.context().close();
  });
});

describe("2.1.1 / 4.1.2 a term inside a modal dialog", () => {
  it("opens a pop-up whose links the keyboard reaches and which is in the accessibility tree", async () => {
    const page = await open("jeugdzorg/");
    await page.getByRole("button", { name: "Meer achtergrond" }).click();
    const term = await openTermByKey(page, "dialog[data-dialog] a.term[data-term='jeugdwet']");
    await expect.poll(() => focusedText(page)).toBe("Jeugdwet");
    await page.keyboard.press("Tab");
    await expect.poll(() => focusedText(page)).toBe("Meer over Jeugdwet in de begrippenlijst");
    expect(await accessibleNames(page, "dialog")).toContain("Jeugdwet");
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => termPopoverOpen(page)).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.term)).toBe("jeugdwet");
    expect(await page.locator("dialog[data-dialog]").evaluate((d) => d.matches(":modal"))).toBe(true);
    await page.context().close();
  });
});

describe("2.4.3 leaving a term pop-up with Tab", () => {
  it("closes the pop-up and goes on after the term, not to the footer", async () => {
    const page = await open("inburgering/#azc");
    const term = await openTermByKey(page, "[data-step='azc'] a.term[data-term='brede-intake']");
    await page.getByRole("button", { name: "Sluiten" }).focus();
    await page.keyboard.press("Tab");
    await expect.poll(() => termPopoverOpen(page)).toBe(false);
    const where = await page.evaluate(() => {
      const active = document.activeElement!;
      const term = document.querySelector("[data-step='azc'] a.term[data-term='brede-intake']")!;
      return { inFooter: Boolean(active.closest("footer")), afterTerm: Boolean(term.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) };
    });
    expect(where).toEqual({ inFooter: false, afterTerm: true });
    await page.context().close();
  });

  it("Shift+Tab from the pop-up's first link goes back to the term", async () => {
    const page = await open("inburgering/#azc");
    await page.locator("[data-step='azc'] a.term[data-term='brede-intake']").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => termPopoverOpen(page)).toBe(true);
    await page.keyboard.press("Tab");
    expect(await focusedText(page)).toBe("Meer over Brede intake in de begrippenlijst");
    await page.keyboard.press("Shift+Tab");
    await expect.poll(() => termPopoverOpen(page)).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.term)).toBe("brede-intake");
    await page.context().close();
  });
});

describe("1.4.10 reflow at 320 CSS px", () => {
  for (const path of ["zoeken/", "deze-pagina-bestaat-niet/"]) {
    it(`${path}: the module filter fits, nothing scrolls sideways`, async () => {
      const page = await open(path, { viewport: { width: 320, height: 640 } });
      expect(await scrollsSideways(page)).toBe(false);
      const select = page.locator("select").first();
      if (await select.count()) expect((await select.boundingBox())!.width).toBeLessThanOrEqual(320);
      await page.context().close();
    });
  }

  it("a term pop-up at 320 × 256 stays on screen and scrolls", async () => {
    const page = await open("inburgering/#azc", { viewport: { width: 320, height: 256 } });
    const term = await openTermByKey(page, "[data-step='azc'] a.term[data-term='brede-intake']");
    const popover = page.locator(".term-popover");
    const box = (await popover.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(256);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // Everything in it can be reached: scrolled to its end, the close button is inside the screen.
    await popover.evaluate((e) => e.scrollTo(0, e.scrollHeight));
    const close = (await popover.getByRole("button", { name: "Sluiten" }).boundingBox())!;
    expect(close.y).toBeGreaterThanOrEqual(0);
    expect(close.y + close.height).toBeLessThanOrEqual(256);
    await page.context().close();
  });
});

describe("1.4.11 non-text contrast", () => {
  it("a focused module card has a focus ring of at least 3:1", async () => {
    for (const path of ["", "deze-pagina-bestaat-niet/"]) {
      const page = await open(path);
      await page.locator(".module-card__title a").first().focus();
      expect(await focusContrast(page.locator(".module-card").first())).toBeGreaterThanOrEqual(3);
      await page.context().close();
    }
  });

  it("search field, filter and record form borders are at least 3:1", async () => {
    const page = await open("zoeken/");
    expect(await borderContrast(page.locator("#zoek-page"))).toBeGreaterThanOrEqual(3);
    expect(await borderContrast(page.locator("#zoek-filter"))).toBeGreaterThanOrEqual(3);
    await page.goto(`${session.site.url}jeugdzorg/#wachtlijsten`);
    await waitForStepper(page);
    await page.getByRole("button", { name: "Vastleggen" }).click();
    expect(await borderContrast(page.getByLabel("Notities", { exact: true }))).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it("in dark mode the focus ring in the header and on the page is at least 3:1", async () => {
    const page = await open("jeugdzorg/", { colorScheme: "dark" });
    for (const link of [page.locator(".site-header__name"), page.locator(".site-nav a").first(), page.locator("[data-overview-link]").first()]) {
      await link.focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      expect(await focusContrast(link)).toBeGreaterThanOrEqual(3);
    }
    await page.context().close();
  });
});

describe("minor findings", () => {
  it("with a term pop-up open, arrows and PageDown do not change the step underneath", async () => {
    const page = await open("inburgering/#azc");
    const before = await visibleStepTitles(page);
    await page.locator("[data-step='azc'] a.term[data-term='brede-intake']").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => termPopoverOpen(page)).toBe(true);
    for (const key of ["ArrowRight", "PageDown", "ArrowLeft", "PageUp"]) {
      await page.keyboard.press(key);
      await settled(page);
      expect(await visibleStepTitles(page), key).toEqual(before);
      expect(new URL(page.url()).hash).toBe("#azc");
    }
    // Closed, the same key steps on again: the keys were heard, the pop-up held them back.
    await page.keyboard.press("Escape");
    await expect.poll(() => termPopoverOpen(page)).toBe(false);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => visibleStepTitles(page)).not.toEqual(before);
    await page.context().close();
  });

  it("a failed import marks the file field invalid, names the error, and the error goes with the next edit", async () => {
    const page = await open("jeugdzorg/#wachtlijsten");
    await page.getByRole("button", { name: "Vastleggen" }).click();
    const input = page.getByLabel("JSON-bestand importeren");
    await input.setInputFiles({ name: "sessie.json", mimeType: "application/json", buffer: Buffer.from("{kapot") });
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    const described = await input.evaluate((e) => (e.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" "));
    expect(described).toContain("Dit bestand kunnen we niet lezen");
    await page.getByLabel("Notities", { exact: true }).fill("Verder met de sessie");
    await expect.poll(() => page.getByText("Dit bestand kunnen we niet lezen").count()).toBe(0);
    expect(await input.getAttribute("aria-invalid")).toBeNull();
    await page.context().close();
  });

  it("the begrippenlijst letter for terms that start with a digit has a name that says so", async () => {
    const page = await open("begrippen/");
    const letters = page.getByRole("navigation", { name: "Naar letter" }).getByRole("link");
    const names = await letters.evaluateAll((links) => links.map((a) => a.textContent?.trim()));
    expect(names).not.toContain("#");
    expect(names[0]).toBe("0–9");
    await letters.first().click();
    expect(await page.locator(":target").innerText()).toBe("0–9");
    expect(await page.locator(":target + article h3").innerText()).toBe("1Gezin1Plan");
    await page.context().close();
  });
});
