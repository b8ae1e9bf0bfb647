// The module shapes beyond dilemmas: compare side by side, stakeholder carousel, checklist kept in the browser,
// branches drawn as a flow with dialogs, a branching scenario, and terms opened in place.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { focusedText, holdBackIsland, openDialogId, openStepped, openTermByKey, stepPosition, termPopoverOpen, waitForStepper } from "./walk.ts";

const session = useSession();

const open = (path: string, page?: Page) => openStepped(session, path, { reducedMotion: "reduce" }, page);

const visibleIds = (p: Page, selector: string, attribute: string) =>
  p.$$eval(selector, (els, attr) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute(attr)), attribute);

describe("van beschermd naar begeleid wonen", () => {
  it("compares the three forms of support side by side", async () => {
    const p = await open("wonen/#drie-vormen");
    const columns = p.locator("[data-step='drie-vormen'] .compare__column");
    expect(await columns.locator("h3").allInnerTexts()).toEqual(["Woonvoorzieningen", "Begeleid wonen", "Beschermd wonen"]);
    const tops = await columns.evaluateAll((c) => c.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await p.context().close();
  });

  it("opens a stakeholder by deep link, with Vorige/Volgende betrokkene and Sluiten", async () => {
    const p = await open("wonen/#woningcorporaties");
    await expect.poll(() => visibleIds(p, "[data-option]", "data-option")).toEqual(["woningcorporaties"]);
    expect(await focusedText(p)).toBe("Woningcorporaties");
    const controls = p.locator("[data-step='betrokkenen'] .carousel__controls");
    expect(await controls.getByRole("button").allInnerTexts()).toEqual(["Vorige betrokkene", "Volgende betrokkene", "Sluiten"]);
    expect(await controls.locator(".carousel__position").innerText()).toBe("Betrokkene 4 van 6");
    await controls.getByRole("button", { name: "Volgende betrokkene" }).click();
    await expect.poll(() => visibleIds(p, "[data-option]", "data-option")).toEqual(["veiligheidspartners"]);
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });

  it("keeps ticked conditions after a reload and shows another tab's ticks, in this browser only", async () => {
    const p = await open("wonen/#wat-is-nodig");
    const boxes = p.locator("[data-step='wat-is-nodig'] input[type=checkbox]");
    expect(await boxes.count()).toBe(10);
    await boxes.nth(0).check();
    await boxes.nth(3).check();
    await expect.poll(() => p.locator(".checklist__status [aria-live]").innerText()).toBe("2 van 10 afgevinkt");
    // A second tab starts from these ticks, and what it ticks shows here too, so neither tab overwrites the other.
    const tab = await open("wonen/#wat-is-nodig", await p.context().newPage());
    const tabBoxes = tab.locator("[data-step='wat-is-nodig'] input[type=checkbox]");
    await expect.poll(() => tab.locator(".checklist__status [aria-live]").innerText()).toBe("2 van 10 afgevinkt");
    await tabBoxes.nth(5).check();
    await expect.poll(() => p.locator(".checklist__status [aria-live]").innerText()).toBe("3 van 10 afgevinkt");
    await boxes.nth(3).uncheck();
    await expect.poll(() => tabBoxes.evaluateAll((b) => b.map((x) => (x as HTMLInputElement).checked))).toEqual([true, false, false, false, false, true, false, false, false, false]);
    await tab.close();
    await p.reload();
    await waitForStepper(p);
    await expect.poll(() => boxes.evaluateAll((b) => b.map((x) => (x as HTMLInputElement).checked))).toEqual([true, false, false, false, false, true, false, false, false, false]);
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });

  it("keeps damaged saved ticks aside, says so, and starts clean", async () => {
    const p = await session.page({ reducedMotion: "reduce" });
    await p.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("sdu:checklists:v1", "{kapot");
        sessionStorage.setItem("seeded", "1");
      }
    });
    await open("wonen/#wat-is-nodig", p);
    await expect.poll(() => p.locator(".checklist__status [role=alert]").innerText()).toContain("konden niet worden gelezen");
    expect(await p.evaluate(() => localStorage.getItem("sdu:checklists:v1:backup"))).toBe("{kapot");
    expect(await p.locator("[data-step='wat-is-nodig'] input:checked").count()).toBe(0);
    expect(await p.locator(".checklist__status a[download]").innerText()).toBe("Download de oude gegevens");
    await p.context().close();
  });
});

describe("omgevingswet: two branches drawn as a flow, with dialogs", () => {
  it("follows the complex branch from the choice to the shared end, and back through it", async () => {
    const p = await open("omgevingswet/#het-idee");
    await p.locator("[data-step='het-idee'] a.choice", { hasText: "Complexe aanvraag" }).click();
    await expect.poll(() => visibleIds(p, "[data-step]", "data-step")).toEqual(["complexe-aanvraag"]);
    const flow = p.locator("[data-step='complexe-aanvraag'] .flow");
    expect(await flow.getAttribute("aria-label")).toBe("Route: Complexe aanvraag");
    expect(await flow.locator("[aria-current=step]").innerText()).toBe(await p.locator("#complexe-aanvraag").innerText());
    const path: string[] = [];
    for (let i = 0; i < 5; i++) {
      await p.getByRole("button", { name: "Volgende stap" }).click();
      await expect.poll(async () => (await visibleIds(p, "[data-step]", "data-step"))[0]).not.toBe(path.at(-1) ?? "complexe-aanvraag");
      path.push((await visibleIds(p, "[data-step]", "data-step"))[0]!);
    }
    expect(path).toEqual(["intaketafel", "omgevingstafel", "indienen", "vergunning", "slot"]);
    expect(await stepPosition(p)).toBe("Stap 9 van 9");
    await p.getByRole("button", { name: "Vorige stap" }).click();
    await expect.poll(() => visibleIds(p, "[data-step]", "data-step")).toEqual(["vergunning"]);
    await p.context().close();
  });

  it("reaches the simple branch by deep link; it ends at the same closing step", async () => {
    const p = await open("omgevingswet/#eenvoudige-aanvraag");
    expect(await stepPosition(p)).toBe("Stap 4 van 5");
    await p.getByRole("button", { name: "Volgende stap" }).click();
    await expect.poll(() => visibleIds(p, "[data-step]", "data-step")).toEqual(["slot"]);
    await p.getByRole("button", { name: "Vorige stap" }).click();
    await expect.poll(() => visibleIds(p, "[data-step]", "data-step")).toEqual(["eenvoudige-aanvraag"]);
    await p.context().close();
  });

  it("opens a 'Hoe ga je hiermee aan de slag?' dialog by its own link", async () => {
    const p = await open("omgevingswet/#aan-de-slag-intaketafel");
    await expect.poll(() => openDialogId(p)).toBe("aan-de-slag-intaketafel");
    expect(await visibleIds(p, "[data-step]", "data-step")).toEqual(["intaketafel"]);
    expect(await axeViolations(p)).toEqual([]);
    await p.getByRole("button", { name: "Sluiten" }).click();
    await expect.poll(() => new URL(p.url()).hash).toBe("#intaketafel");
    expect(await focusedText(p)).toBe("Hoe ga je hiermee aan de slag?");
    await p.context().close();
  });
});

describe("toegang: the branching scenario", () => {
  const scene = (p: Page) => visibleIds(p, "[data-scene]", "data-scene");

  it("takes two different paths, goes back and chooses differently", async () => {
    const p = await open("toegang/#scenario");
    await expect.poll(() => scene(p)).toEqual(["inwoner-1"]);
    // Path 1: a route that does not fit, then "Kies opnieuw".
    await p.locator("[data-scene='inwoner-1'] a.choice[href='#inwoner-1-consulent']").click();
    await expect.poll(() => scene(p)).toEqual(["inwoner-1-consulent"]);
    expect(new URL(p.url()).hash).toBe("#inwoner-1-consulent");
    expect(await focusedText(p)).toBe(await p.locator("#inwoner-1-consulent").innerText());
    await p.getByRole("link", { name: "Kies opnieuw" }).click();
    await expect.poll(() => scene(p)).toEqual(["inwoner-1"]);
    // Path 2: a route that fits, on to the next inwoner, through a second decision point.
    await p.locator("[data-scene='inwoner-1'] a.choice[href='#inwoner-1-website']").click();
    await expect.poll(() => scene(p)).toEqual(["inwoner-1-website"]);
    await p.locator("[data-scene='inwoner-1-website'] a.choice[href='#inwoner-2']").click();
    await p.locator("[data-scene='inwoner-2'] a.choice[href='#inwoner-2-consulent']").click();
    await expect.poll(() => scene(p)).toEqual(["inwoner-2-consulent"]);
    await p.locator("[data-scene='inwoner-2-consulent'] a.choice[href='#inwoner-2-plan-met']").click();
    await expect.poll(() => scene(p)).toEqual(["inwoner-2-plan-met"]);
    expect(await axeViolations(p)).toEqual([]);
    // Browser Back undoes the last choice.
    await p.goBack();
    await expect.poll(() => scene(p)).toEqual(["inwoner-2-consulent"]);
    await p.context().close();
  });

  it("reads without JavaScript as a list of situations with their routes", async () => {
    const p = await session.page({ javaScriptEnabled: false });
    await p.goto(`${session.site.url}toegang/`);
    const scenes = p.locator("[data-scene]");
    expect(await scenes.count()).toBeGreaterThanOrEqual(9);
    for (let i = 0; i < (await scenes.count()); i++) expect(await scenes.nth(i).isVisible()).toBe(true);
    await p.context().close();
  });
});

describe("begrippen", () => {
  it("opens a marked term's definition in place by keyboard, and closes it back to the term", async () => {
    const p = await open("inburgering/#azc");
    await openTermByKey(p, "[data-step='azc'] a.term[data-term='brede-intake']");
    const popover = p.locator(".term-popover");
    expect(await popover.locator("h2").innerText()).toBe("Brede intake");
    expect(await focusedText(p)).toBe("Brede intake");
    expect(new URL(p.url()).pathname).toBe("/inburgering/");
    expect(await axeViolations(p)).toEqual([]);
    await p.keyboard.press("Escape");
    await expect.poll(() => termPopoverOpen(p)).toBe(false);
    expect(await p.evaluate(() => (document.activeElement as HTMLElement).dataset.term)).toBe("brede-intake");
    await p.context().close();
  });

  it("opens a term by touch on a phone", async () => {
    const p = await session.page({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, reducedMotion: "reduce" });
    await open("wonen/#wat-is-nodig", p);
    await p.locator("a.term[data-term='woonplaatsbeginsel']").tap();
    await expect.poll(() => termPopoverOpen(p)).toBe(true);
    expect(await p.locator("[data-step='wat-is-nodig'] input:checked").count()).toBe(0);
    await p.context().close();
  });

  it("without JavaScript a term is a link to its entry in the begrippenlijst", async () => {
    const p = await session.page({ javaScriptEnabled: false });
    await p.goto(`${session.site.url}inburgering/`);
    await p.locator("a.term[data-term='brede-intake']").first().click();
    await p.waitForURL(/\/begrippen\/#brede-intake$/);
    expect(await p.locator("h3#brede-intake").innerText()).toBe("Brede intake");
    await p.context().close();
  });

  it("loads the pop-up's code on the first term, and goes to the begrippenlijst when that code cannot load", async () => {
    const p = await session.page({ reducedMotion: "reduce" });
    const asked: string[] = [];
    await p.route(/\/_astro\/TermPopover\.[\w-]+\.js$/, (route) => (asked.push(route.request().url()), route.abort("internetdisconnected")));
    await open("inburgering/#azc", p);
    expect(asked).toEqual([]);
    await p.locator("[data-step='azc'] a.term[data-term='brede-intake']").click();
    await p.waitForURL(/\/begrippen\/#brede-intake$/);
    expect(asked).toHaveLength(1);
    expect(await p.locator("h3#brede-intake").innerText()).toBe("Brede intake");
    await p.context().close();
  });

  it("lists at least 40 terms A–Z, each with an anchor, related terms and the modules that use it", async () => {
    const p = await session.page({ reducedMotion: "reduce" });
    await p.goto(`${session.site.url}begrippen/`);
    const terms = await p.locator(".glossary__term h3").allInnerTexts();
    expect(terms.length).toBeGreaterThanOrEqual(40);
    const sorted = [...terms].sort(new Intl.Collator("nl", { sensitivity: "base", numeric: true }).compare);
    expect(terms).toEqual(sorted);
    expect(await p.locator("#brede-intake ~ .glossary__meta").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining("Komt voor in: Wet inburgering")]));
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });
});

describe("dienstverlening: facts that age fast", () => {
  it("shows the step's own sources, linked, and the module's 'laatst gecontroleerd' date under the step a reader is on", async () => {
    const p = await open("dienstverlening/#hersteloperatie");
    const note = p.locator("[data-step='hersteloperatie'] > p.step__source");
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toMatch(/^Bronnen: Catshuisregeling; .+\. Laatst gecontroleerd: 3 december 2026\.$/);
    expect(await note.getByRole("link", { name: "Catshuisregeling" }).getAttribute("href")).toBe("https://herstel.toeslagen.nl/herstelregelingen/catshuisregeling/");
    expect(await note.innerText()).not.toContain("Toekomstscenario");
    await p.context().close();
  });
});

describe("a deep link opens its place whichever island starts first", () => {
  const cases = [
    {
      island: "DialogTrigger",
      path: "omgevingswet/#aan-de-slag-intaketafel",
      shown: openDialogId,
      expected: "aan-de-slag-intaketafel",
    },
    {
      island: "Carousel",
      path: "inburgering/#taaltoets-en-leerbaarheidstoets",
      shown: (p: Page) => visibleIds(p, "[data-option]", "data-option").then((ids) => ids.join()),
      expected: "taaltoets-en-leerbaarheidstoets",
    },
    {
      island: "ScenarioPlayer",
      path: "toegang/#inwoner-2-consulent",
      shown: (p: Page) => visibleIds(p, "[data-scene]", "data-scene").then((ids) => ids.join()),
      expected: "inwoner-2-consulent",
    },
  ];
  for (const { island, path, shown, expected } of cases) {
    for (const late of [island, "Stepper"]) {
      it(`${path} with ${late} starting last`, async () => {
        const p = await session.page({ reducedMotion: "reduce" });
        const held = await holdBackIsland(p, late);
        await open(path, p);
        await expect.poll(() => shown(p)).toBe(expected);
        expect(held()).toBe(1);
        await p.context().close();
      });
    }
  }
});
