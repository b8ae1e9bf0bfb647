// The facilitator's controls stay out of the room's way: the bar is one row at 1024 × 768, fades out when the mouse
// rests and with H, comes back for the mouse and for Tab, and never covers the focused control (WCAG 2.4.11). A
// clicker's start key (F5) starts presenting; a beamer gets light colours whatever the laptop's dark mode; the
// presenter, not the room, is warned about example contact details; phones that come through the QR code get no
// workshop bar; the QR code points at the example on screen and its printed link breaks only at a slash or "#".
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { visibleOptions } from "./walk.ts";
import { hashOf, isVisible, openModule, presentByKey } from "./workshop-pages.ts";
import { builtTheme, loadTheme } from "./theme.ts";

const session = useSession();

const bar = (page: Page) => page.locator(".presentation-bar");
const barShown = (page: Page) => bar(page).evaluate((b) => getComputedStyle(b).opacity === "1");
/** The key presses the page itself took from the browser (preventDefault), e.g. F5's reload; read once each press
 *  has gone through all of the page's listeners. */
const takenKeys = (page: Page) =>
  page.evaluate(() => {
    const taken: string[] = [];
    addEventListener("keydown", (event: KeyboardEvent) => setTimeout(() => event.defaultPrevented && taken.push(`${event.shiftKey ? "Shift+" : ""}${event.key}`)), true);
    (window as unknown as { taken: string[] }).taken = taken;
  });
const taken = (page: Page) => page.evaluate(() => (window as unknown as { taken: string[] }).taken);

describe("the presentation bar", () => {
  it("is one row at 1024 × 768, fades out when the mouse rests and with H, comes back for the mouse and Tab, and never covers the focused control", async () => {
    const page = await session.page({ viewport: { width: 1024, height: 768 }, reducedMotion: "reduce" });
    await page.clock.install();
    await page.goto(`${session.site.url}jeugdzorg/?p=inburgering:pip,inburgering:azc,inburgering:inleiding,inburgering:b1-route,inburgering:onderwijsroute,inburgering:regievoering,inburgering:afsluiting,jeugdzorg:inleiding,jeugdzorg:belangen,jeugdzorg:resultaten,jeugdzorg:privacy,jeugdzorg:wachtlijsten#wachtlijsten`);
    await page.locator(".workshop-launcher").waitFor();
    await presentByKey(page);
    // The widest position a programme of twelve steps gives, and every control (with "Antwoorden" of a step the room
    // votes on), on one row.
    await expect.poll(() => page.locator(".presentation-bar__position").innerText()).toBe("Stap 12 van 12");
    expect(await bar(page).getByRole("button", { name: "Antwoorden (A)" }).isVisible()).toBe(true);
    // One row: every control shares a band of the bar's height.
    const boxes = await bar(page).evaluate((b) => [...b.querySelectorAll(":is(button, label, p):not(dialog *)")].map((e) => e.getBoundingClientRect().toJSON()));
    expect(Math.max(...boxes.map((box) => box.top))).toBeLessThan(Math.min(...boxes.map((box) => box.bottom)));
    expect((await bar(page).boundingBox())!.height).toBeLessThan(60);

    // The mouse at rest: after a few seconds the bar fades out, the step is all the room sees.
    await page.clock.runFor(3500);
    await expect.poll(() => barShown(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.mouse.move(500, 300);
    await expect.poll(() => barShown(page)).toBe(true);
    await page.mouse.move(510, 310);
    await page.clock.runFor(3500);
    await expect.poll(() => barShown(page)).toBe(false);
    // H shows it and hides it again.
    await page.keyboard.press("h");
    await expect.poll(() => barShown(page)).toBe(true);
    await page.keyboard.press("h");
    await expect.poll(() => barShown(page)).toBe(false);

    // Tab through the step with the bar shown: no focused control under it. Tab into the faded bar shows it.
    await page.mouse.move(500, 320);
    const top = (await bar(page).boundingBox())!.y;
    for (let tabs = 0; tabs < 40; tabs++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => ({ inBar: !!document.activeElement?.closest(".presentation-bar"), ...document.activeElement!.getBoundingClientRect().toJSON() }));
      if (focused.inBar) break;
      expect(focused.bottom, `${tabs}`).toBeLessThanOrEqual(top + 1);
      expect(focused.top).toBeGreaterThanOrEqual(-1);
    }
    await page.keyboard.press("h");
    await expect.poll(() => bar(page).getAttribute("class")).toContain("presentation-bar--hidden");
    expect(await barShown(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest(".presentation-bar") !== null)).toBe(true);
    await page.context().close();
  });

  it("starts presenting on F5 or Shift+F5; while presenting F5 reloads nothing; with the shortcuts off F5 is the browser's again", async () => {
    const page = await openModule(session, "jeugdzorg/#belangen");
    await takenKeys(page);
    await page.keyboard.press("F5");
    await expect.poll(() => isVisible(page, ".presentation-bar")).toBe(true);
    expect(hashOf(page)).toBe("#belangen");
    await page.keyboard.press("F5");
    await page.keyboard.press("Escape");
    await expect.poll(() => isVisible(page, "#site-header")).toBe(true);
    await page.keyboard.press("Shift+F5");
    await expect.poll(() => isVisible(page, ".presentation-bar")).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => isVisible(page, "#site-header")).toBe(true);
    expect(await taken(page)).toEqual(["F5", "F5", "Escape", "Shift+F5", "Escape"]);
    await page.getByRole("group", { name: "Voor een workshop" }).getByRole("checkbox", { name: /^Sneltoetsen/ }).uncheck();
    await page.locator("h2#belangen").focus();
    await page.keyboard.press("F5");
    expect(await taken(page)).toEqual(["F5", "F5", "Escape", "Shift+F5", "Escape"]);
    expect(await isVisible(page, ".presentation-bar")).toBe(false);
    await page.context().close();
  });

  it("presents in light colours on a laptop in dark mode, remembers the switch, and warns the presenter, not the room, about example contact details", async () => {
    // The theme's colours for the page: a theme without a dark variant shows its light ones on a dark laptop anyway.
    const theme = await loadTheme(builtTheme);
    const [light, dark] = [theme.colour("--basis-color-default-bg-document"), theme.colour("--basis-color-default-bg-document", "donker")];
    const page = await openModule(session, "jeugdzorg/#wachtlijsten", { colorScheme: "dark" });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe(dark);
    const warning = page.locator(".workshop-launcher__warning");
    expect(await warning.innerText()).toContain(`Let op: de contactgegevens op de laatste stap zijn nog de voorbeelden van het thema (${theme.settings.contact.email}, `);
    await presentByKey(page);
    expect(await warning.isVisible()).toBe(false);
    expect(await background()).toBe(light);
    expect(await axeViolations(page)).toEqual([]);
    const lightSwitch = page.getByRole("checkbox", { name: "Licht scherm" });
    await lightSwitch.uncheck();
    await expect.poll(background).toBe(dark);
    expect(await axeViolations(page)).toEqual([]);
    // Kept in this browser: presenting after a reload uses the laptop's colours again.
    await page.reload();
    await expect.poll(() => isVisible(page, ".presentation-bar")).toBe(true);
    expect(await lightSwitch.isChecked()).toBe(false);
    expect(await background()).toBe(dark);
    await page.keyboard.press("Escape");
    await expect.poll(() => isVisible(page, "#site-header")).toBe(true);
    await page.context().close();
  });

  it("gives a phone from the QR code no workshop bar; the code points at the example on screen, its link breaks only at a slash or #", async () => {
    const phone = await session.page({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${session.site.url}jeugdzorg/?qr#overbruggingszorg-bij-lange-wachttijd`);
    await expect.poll(() => visibleOptions(phone)).toEqual(["overbruggingszorg-bij-lange-wachttijd"]);
    expect(await phone.locator(".workshop-launcher").isVisible()).toBe(false);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.context().close();

    // A window where the link needs two lines, and each piece of it fits one.
    const page = await openModule(session, "jeugdzorg/#wachtlijst-elk-kwartaal-bespreken", { viewport: { width: 800, height: 600 } });
    await presentByKey(page);
    await page.keyboard.press("q");
    const dialog = page.getByRole("dialog", { name: "Volg mee op je telefoon" });
    const url = dialog.locator(".qr-dialog__url");
    await expect.poll(() => url.innerText()).toBe(`${session.site.url}jeugdzorg/#wachtlijst-elk-kwartaal-bespreken`);
    // Where the lines of the printed link end, measured in the page: after a slash, or before "#".
    const breaks = await url.evaluate((element) => {
      const range = document.createRange();
      const text = element.textContent!;
      const lineOf = (i: number) => {
        let node: Node = element.firstChild!;
        let offset = i;
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (offset < n.textContent!.length) {
            node = n;
            break;
          }
          offset -= n.textContent!.length;
        }
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return Math.round(range.getBoundingClientRect().top);
      };
      const tops = [...text].map((_, i) => lineOf(i));
      return tops.flatMap((top, i) => (i > 0 && top !== tops[i - 1] ? [text.slice(i - 1, i + 1)] : []));
    });
    expect(breaks.length).toBeGreaterThan(0);
    for (const pair of breaks) expect(pair, `breekt tussen ${pair}`).toMatch(/^\/.|.#$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
