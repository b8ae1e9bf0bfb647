// A workshop record that cannot get lost: no session until something is recorded, the browser asked to keep the
// site's storage when one starts (granted and refused, set through the browser's own permission), "laatst bewaard",
// a question before leaving while nothing was downloaded, default names that differ, and a second laptop's session
// merged into the one here, keeping both groups.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { openJeugdzorg } from "./workshop-pages.ts";

const session = useSession();

/** Sets what this browser answers when the site asks to keep its storage (navigator.storage.persist). */
async function keepStorage(browser: Browser, page: Page, setting: "granted" | "denied"): Promise<void> {
  const { targetInfo } = await (await page.context().newCDPSession(page)).send("Target.getTargetInfo");
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send("Browser.setPermission", {
    permission: { name: "persistent-storage" },
    setting,
    origin: new URL(session.site.url).origin,
    browserContextId: targetInfo.browserContextId,
  });
}

/** Counts the page's requests to keep its storage. */
const countAsks = (context: BrowserContext) =>
  context.addInitScript(() => {
    const ask = navigator.storage.persist.bind(navigator.storage);
    (window as unknown as { asks: number }).asks = 0;
    navigator.storage.persist = () => {
      (window as unknown as { asks: number }).asks++;
      return ask();
    };
  });
const asks = (page: Page) => page.evaluate(() => (window as unknown as { asks: number }).asks);

const sessionNames = (page: Page) => page.getByLabel("Sessie", { exact: true }).locator("option").allInnerTexts();
const safety = (page: Page) => page.locator(".record-safety").innerText();
const time = /\d\d:\d\d/.source;

async function openRecorder(setting: "granted" | "denied"): Promise<Page> {
  const page = await openJeugdzorg(session, "#wachtlijsten");
  await countAsks(page.context());
  await page.reload();
  await page.locator(".workshop-launcher").waitFor();
  await keepStorage(session.browser, page, setting);
  await page.getByRole("button", { name: "Vastleggen" }).click();
  await page.getByLabel("Naam van de sessie").waitFor();
  return page;
}

describe("a record that cannot get lost", () => {
  it("starts a session with the first thing recorded, asks the browser to keep it, shows when it was saved, and asks before leaving until it is downloaded", async () => {
    const page = await openRecorder("granted");
    // Opening the panel recorded nothing: no session, nothing asked.
    expect(await sessionNames(page)).toEqual([]);
    expect(await asks(page)).toBe(0);

    await page.getByRole("group", { name: "Positie van Hele groep" }).getByRole("radio", { name: "Neigt naar Gemeente" }).check();
    await expect.poll(() => sessionNames(page)).toHaveLength(1);
    // A default name with the time, so two sessions of one day differ.
    expect((await sessionNames(page))[0]).toMatch(new RegExp(`^Workshop \\d{1,2} \\w+ \\d{4}, ${time}$`));
    expect(await asks(page)).toBe(1);
    await expect.poll(() => safety(page)).toMatch(new RegExp(`^Laatst bewaard in deze browser: ${time}\\. Nog niet als bestand gedownload\\.\\n+Deze browser bewaart de sessie, ook als hij weinig ruimte heeft\\.$`));
    expect(await axeViolations(page)).toEqual([]);

    // Leaving now asks first (the record is only in this browser) …
    const asked: string[] = [];
    page.on("dialog", (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(["beforeunload"]);
    expect(page.isClosed()).toBe(false);

    // … until it is downloaded as a file.
    await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download als JSON" }).click()]);
    await expect.poll(() => safety(page)).toMatch(new RegExp(`Als bestand gedownload: ${time}\\.`));
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(asked).toEqual(["beforeunload"]);
    await page.context().close();
  });

  it("says so when the browser refuses to keep it, and gives a second session another name", async () => {
    const page = await openRecorder("denied");
    await page.getByLabel("Notities", { exact: true }).fill("Eerste groep.");
    await expect.poll(() => page.locator(".record-safety .notice").innerText()).toBe(
      "Let op: deze browser belooft niet dat hij de sessie bewaart. Op een laptop van je werk kan alles weg zijn als je de browser sluit. Download de sessie als JSON aan het eind van de workshop.",
    );
    expect(await asks(page)).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Nieuwe sessie" }).click();
    await expect.poll(() => sessionNames(page)).toHaveLength(2);
    const [first, second] = await sessionNames(page);
    expect(second).not.toBe(first);
    expect(await asks(page)).toBe(2);
    await page.context().close();
  });

  it("merges a session from a second laptop: both groups' positions and notes stay, and the panel says what came in", async () => {
    // Laptop 1 records the first breakout group.
    const first = await openJeugdzorg(session, "#wachtlijsten");
    await first.getByRole("button", { name: "Vastleggen" }).click();
    await first.getByLabel("Naam van de sessie").fill("Workshop Gemeente X");
    await first.getByRole("group", { name: "Positie van Hele groep" }).getByRole("radio", { name: "Neigt naar Zorgaanbieder" }).check();
    await first.getByLabel("Notities", { exact: true }).fill("Groep A wil eerst de wachttijd meten.");

    // Laptop 2, another browser: the second group, taken along as a file.
    const second = await openJeugdzorg(session, "#wachtlijsten");
    await second.getByRole("button", { name: "Vastleggen" }).click();
    await second.getByLabel("Naam van de sessie").fill("Groep B");
    await second.getByRole("group", { name: "Positie van Hele groep" }).getByRole("radio", { name: "Gemeente", exact: true }).check();
    await second.getByLabel("Notities", { exact: true }).fill("Groep B wil overbruggingszorg.");
    const [download] = await Promise.all([second.waitForEvent("download"), second.getByRole("button", { name: "Download als JSON" }).click()]);
    const file = { name: download.suggestedFilename(), mimeType: "application/json", buffer: await readFile((await download.path())!) };
    await second.context().close();

    await first.getByLabel("JSON-bestand importeren").setInputFiles(file);
    const choice = first.getByRole("dialog", { name: "Wat wil je met deze sessie doen?" });
    await expect.poll(() => choice.isVisible()).toBe(true);
    expect(await axeViolations(first)).toEqual([]);
    await choice.getByRole("button", { name: "Voeg samen met ‘Workshop Gemeente X’" }).click();

    await expect.poll(() => first.locator(".record-panel__status").innerText()).toBe("De sessie ‘Groep B’ is samengevoegd met ‘Workshop Gemeente X’.");
    expect(await first.locator(".record-merged li").allInnerTexts()).toEqual([
      "Dilemma 1: wachtlijsten en krapte: 1 positie van een groep erbij (beide bewaard), notities van allebei bewaard.",
    ]);
    expect(await sessionNames(first)).toEqual(["Workshop Gemeente X"]);
    expect(await first.getByRole("group", { name: "Positie van Hele groep", exact: true }).getByRole("radio", { name: "Neigt naar Zorgaanbieder" }).isChecked()).toBe(true);
    expect(await first.getByRole("group", { name: "Positie van Hele groep (Groep B)" }).getByRole("radio", { name: "Gemeente", exact: true }).isChecked()).toBe(true);
    expect(await first.getByLabel("Notities", { exact: true }).inputValue()).toBe("Groep A wil eerst de wachttijd meten.\n\nGroep B:\nGroep B wil overbruggingszorg.");
    expect(await axeViolations(first)).toEqual([]);
    await first.context().close();
  });
});
