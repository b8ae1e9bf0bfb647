// The toegankelijkheidsverklaring and the privacy page: reachable from every page's footer, complete without
// JavaScript, no status claimed that the site has not earned, and a button that clears what the site keeps.
import { describe, expect, it } from "vitest";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { focusedText, waitForStepper } from "./walk.ts";
import { builtTheme, loadTheme } from "./theme.ts";
import { wcag22All } from "../wcag22.ts";

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
      "Hoe is de website onderzocht?",
      "Wat werkt nog niet goed?",
      "Wat is niet onderzocht?",
      "Loop je tegen een probleem aan?",
      "Ben je niet tevreden?",
      "Datum en akkoord",
    ]);
    const text = await page.locator("main").innerText();
    // Who publishes the site and how to reach them come from the theme.
    const { organisation, name, contact, accessibilityStatement } = (await loadTheme(builtTheme)).settings;
    expect(text).toContain(`${organisation} wil dat iedereen ${name} kan gebruiken`);
    expect(text).toContain("EN 301 549");
    expect(text).toContain("WCAG 2.1 op niveau A en AA");
    // No status is claimed until the organisation has set one after its own evaluation.
    expect(text).toContain(`${organisation} heeft de status (A, B, C of D) nog niet vastgesteld`);
    expect(text).not.toMatch(/status van deze website is [A-D]/);
    expect(text).toContain("Deze verklaring is opgesteld op 28 november 2026.");
    expect(await page.locator(`main a[href='mailto:${contact.email}']`).count()).toBe(1);
    // The response time and the known issues are the theme's too (the voorbeeldgemeente has an example issue).
    const { responseDays, knownIssues } = accessibilityStatement;
    expect(text).toContain(`Je krijgt binnen ${responseDays} werkdagen antwoord.`);
    expect(await page.locator("#beperkingen ~ article.known-issue h3").allInnerTexts()).toEqual(knownIssues.map((issue) => issue.problem));
    expect(text.includes("We kennen op dit moment geen onderdelen die niet aan de eisen voldoen.")).toBe(knownIssues.length === 0);
    expect(await axeViolations(page)).toEqual([]);
    const notEvaluated = await page.locator("#niet-onderzocht + p + ul > li").allInnerTexts();
    expect(notEvaluated.join("\n")).toMatch(/Schermlezers[\s\S]*Spraakbesturing[\s\S]*hoog contrast van Windows[\s\S]*Andere browsers/);

    // The report, one link away: WCAG-EM's parts, every criterion with its result and where it was checked.
    await page.getByRole("link", { name: "Lees het rapport van het onderzoek" }).click();
    await page.waitForURL(/\/toegankelijkheid\/rapport\/$/);
    expect(await page.locator("main h2").allInnerTexts()).toEqual([
      "Samenvatting",
      "Wat is onderzocht",
      "Steekproef: pagina's en toestanden",
      "Methode en hulpmiddelen",
      "Uitkomst per succescriterium",
      "Gevonden en opgelost",
      "Wat is niet onderzocht",
      "Goed om te weten",
    ]);
    const criteria = await page.locator("[data-criterion]").evaluateAll((sections) =>
      sections.map((s) => ({
        id: (s as HTMLElement).dataset.criterion!,
        result: s.querySelector(".report-criterion__result")?.textContent?.trim() ?? "",
        on: s.querySelector(".report-criterion__on")?.textContent?.trim() ?? "",
      })),
    );
    expect(criteria.map((c) => c.id).filter((id) => id !== "4.1.1").sort()).toEqual([...wcag22All].sort());
    for (const c of criteria) {
      expect(["Voldoet", "Voldoet niet", "Niet van toepassing", "Niet volledig vastgesteld"], c.id).toContain(c.result);
      expect(c.on.length, c.id).toBeGreaterThan(5);
    }
    // One source: the statement says what was not evaluated in the report's words.
    expect(await page.locator("#niet-onderzocht + ul > li").allInnerTexts()).toEqual(notEvaluated);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("has no axe violations in dark mode, nor has the report", async () => {
    const page = await session.page({ colorScheme: "dark" });
    await page.goto(`${session.site.url}toegankelijkheid/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${session.site.url}toegankelijkheid/rapport/`);
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
