// WCAG 1.4.12 text spacing, with a method that works under the site's strict CSP: the spacing goes in as a DevTools
// style sheet (the "inspector style sheet" that Elements → Styles → New style rule creates, over the DevTools
// protocol), which a page's CSP does not govern. A bookmarklet's <style> is refused by that CSP, and this test shows
// it. Then, on 1280 and 320 px: nothing scrolls sideways and no text is cut off by its box.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./browser.ts";
import { openStepped } from "./walk.ts";
import { isVisible } from "./workshop-pages.ts";

const session = useSession();

/** The text spacing of WCAG 1.4.12, as the Understanding document gives it. */
const textSpacingCss =
  "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

/** Adds the spacing as DevTools does; call again after every navigation (the sheet belongs to the document). */
async function addSpacing(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { frameTree } = (await cdp.send("Page.getFrameTree")) as { frameTree: { frame: { id: string } } };
  const { styleSheetId } = (await cdp.send("CSS.createStyleSheet", { frameId: frameTree.frame.id })) as { styleSheetId: string };
  await cdp.send("CSS.setStyleSheetText", { styleSheetId, text: textSpacingCss });
  await cdp.detach();
}

const letterSpacingOfText = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("main p")!).letterSpacing) || 0);

/** Visible text cut off by a box that hides its overflow, and whether the page scrolls sideways. */
function problems(page: Page): Promise<{ clipped: string[]; sideways: boolean }> {
  return page.evaluate(() => {
    const clipped: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>("body *")) {
      const style = getComputedStyle(element);
      if (!/hidden|clip/.test(style.overflowX + style.overflowY) || element.offsetParent === null) continue;
      // Visually hidden text (for screen readers) is a 1 × 1 box on purpose.
      // The presenter view's slide previews are pictures of the beamer, hidden from assistive technology: like the
      // beamer at first, they show the top of a slide; its text is the slide's own, on the screen it pictures.
      if (element.closest("[aria-hidden='true'][inert]")) continue;
      if (element.clientWidth <= 1 || element.clientHeight <= 1 || !element.textContent?.trim()) continue;
      const overY = /hidden|clip/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      const overX = /hidden|clip/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      if (overY || overX) clipped.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.textContent.trim().slice(0, 40)}`);
    }
    return { clipped, sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth };
  });
}

describe("1.4.12 text spacing", () => {
  it("a bookmarklet's style is refused by the CSP; the DevTools style sheet applies", async () => {
    const page = await session.page();
    await page.goto(`${session.site.url}toegankelijkheid/`);
    await page.evaluate((css) => document.head.append(Object.assign(document.createElement("style"), { textContent: css })), textSpacingCss);
    expect(await letterSpacingOfText(page)).toBe(0);
    await addSpacing(page);
    expect(await letterSpacingOfText(page)).toBeGreaterThan(0);
    await page.context().close();
  });

  for (const width of [1280, 320]) {
    it(`at ${width} px: no text cut off and nothing scrolls sideways, on every kind of page`, async () => {
      const page = await session.page({ viewport: { width, height: 720 }, reducedMotion: "reduce" });
      const found: string[] = [];
      const check = async (what: string) => {
        await addSpacing(page);
        expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).letterSpacing)), what).toBeGreaterThan(0);
        const { clipped, sideways } = await problems(page);
        found.push(...clipped.map((c) => `${what}: ${c}`), ...(sideways ? [`${what}: schuift opzij`] : []));
      };
      for (const path of ["", "begrippen/", "zoeken/?q=wachtlijst", "toegankelijkheid/", "toegankelijkheid/rapport/", "privacy/", "workshop/programma/", "jeugdzorg/begeleider/", "deze-pagina-bestaat-niet/"]) {
        await page.goto(`${session.site.url}${path}`);
        if (path.startsWith("zoeken")) await page.locator("main .search-results__list a").first().waitFor();
        await check(path || "home");
      }
      await openStepped(session, "jeugdzorg/#wachtlijsten", {}, page);
      await page.getByRole("button", { name: /^Bekijk de/ }).first().click();
      await check("module met carrousel");
      await openStepped(session, "toegang/#scenario", {}, page);
      await check("scenario");
      await page.keyboard.press("p");
      await expect.poll(() => isVisible(page, ".presentation-bar")).toBe(true);
      await check("presentatie");
      expect(found).toEqual([]);
      await page.context().close();
    });
  }
});
