// The toegankelijkheidsverklaring and the privacy page: reachable from every page's footer, complete without
// JavaScript, no status claimed that the site has not earned, and a button that clears what the site keeps.
import { describe, expect, it } from "vitest";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { focusedText, waitForStepper } from "./walk.ts";

const session = useSession();

const headings = (page: import("playwright-core").Page) => page.locator("main h1, main h2").allInnerTexts();

describe("the toegankelijkheidsverklaring", () => {
  it("is linked from the footer of a module page and reads fully without JavaScript", async () => {
    const page = await session.page({}, { scripts: false });
    await page.goto(`${session.site.url}jeugdzorg/`);
    await page.locator("footer").getByRole("link", { name: "Toegankelijkheid" }).click();
    await page.waitForURL(/\/toegankelijkheid\/$/);
    expect(await headings(page)).toEqual([
      "Toegankelijkheidsverklaring",
      "Voor welke website geldt deze verklaring?",
      "Aan welke eisen moet de website voldoen?",
      "Hoe toegankelijk is de website? (status)",
      "Wat werkt nog niet goed?",
      "Loop je tegen een probleem aan?",
      "Ben je niet tevreden?",
      "Datum en akkoord",
    ]);
    const text = await page.locator("main").innerText();
    expect(text).toContain("Voorbeeldorganisatie wil dat iedereen Sociaal Domein Uitgelegd kan gebruiken");
    expect(text).toContain("EN 301 549");
    expect(text).toContain("WCAG 2.1 op niveau A en AA");
    // No status is claimed until the organisation has set one after its own evaluation.
    expect(text).toContain("Voorbeeldorganisatie heeft de status (A, B, C of D) nog niet vastgesteld");
    expect(text).not.toMatch(/status van deze website is [A-D]/);
    expect(text).toContain("Deze verklaring is opgesteld op 28 november 2026.");
    expect(await page.locator("main a[href='mailto:info@example.nl']").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("has no axe violations in dark mode", async () => {
    const page = await session.page({ colorScheme: "dark" });
    await page.goto(`${session.site.url}toegankelijkheid/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("the privacy page", () => {
  it("reads fully without JavaScript: every kind of stored data, no names, and how to clear it in the browser", async () => {
    const page = await session.page({}, { scripts: false });
    await page.goto(`${session.site.url}index.html`);
    await page.locator("footer").getByRole("link", { name: "Privacy" }).click();
    await page.waitForURL(/\/privacy\/$/);
    expect(await headings(page)).toEqual(["Privacy", "Wat bewaart de website in je browser?", "De camera bij stemmen met kaarten", "Geen namen in een workshopsessie", "Alles wissen", "Vragen over privacy?"]);
    const text = await page.locator("main").innerText();
    expect(text).toContain("Er zijn geen cookies en geen bezoekersstatistieken");
    for (const key of ["sdu:checklists:v1", "sdu:workshop", "sdu:workshop:shortcuts", "sdu:workshop:mode"]) expect(text).toContain(`sleutel ${key}.`);
    expect(text).toContain("Schrijf geen namen van mensen in een workshopsessie");
    expect(text).toContain("Er wordt geen foto, beeld of video bewaard of verstuurd.");
    expect(text).toContain("wis de gegevens van deze website");
    expect(await page.getByRole("button", { name: /Wis alles/ }).count()).toBe(0);
    expect(await page.locator("#camera").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("clears everything this site keeps, after a confirmation, and nothing of other sites", async () => {
    const page = await session.page({ reducedMotion: "reduce" });
    await page.goto(`${session.site.url}wonen/#wat-is-nodig`);
    await waitForStepper(page);
    await page.locator("[data-step='wat-is-nodig'] input[type=checkbox]").first().check();
    await page.evaluate(() => {
      localStorage.setItem("sdu:workshop:shortcuts", "uit");
      localStorage.setItem("andere-toepassing", "blijft");
    });
    await page.goto(`${session.site.url}privacy/`);
    const stored = () => page.evaluate(() => Object.keys(localStorage).sort());
    expect(await stored()).toEqual(["andere-toepassing", "sdu:checklists:v1", "sdu:workshop:shortcuts"]);
    const clear = page.getByRole("button", { name: "Wis alles wat deze website in deze browser bewaart" });
    await clear.click();
    const dialog = page.getByRole("dialog", { name: "Alles wissen?" });
    await expect.poll(() => dialog.evaluate((d) => d.matches(":modal"))).toBe(true);
    // Focus on the safe choice: Enter by habit does not wipe everything.
    expect(await focusedText(page)).toBe("Annuleren");
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Annuleren" }).click();
    expect(await stored()).toEqual(["andere-toepassing", "sdu:checklists:v1", "sdu:workshop:shortcuts"]);
    await clear.click();
    await dialog.getByRole("button", { name: "Ja, wis alles" }).click();
    await expect.poll(stored).toEqual(["andere-toepassing"]);
    expect(await page.getByRole("status").innerText()).toBe("Gewist: 2 onderdelen. Deze browser bewaart niets meer van deze website.");
    expect(await focusedText(page)).toBe("Wis alles wat deze website in deze browser bewaart");
    await page.goto(`${session.site.url}wonen/#wat-is-nodig`);
    await waitForStepper(page);
    expect(await page.locator("[data-step='wat-is-nodig'] input:checked").count()).toBe(0);
    await page.context().close();
  });
});
