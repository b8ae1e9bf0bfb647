// The presenter view: a second window that follows the presentation and moves it with its own keys, and its notes
// as a list without JavaScript.
import { describe, expect, it } from "vitest";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { jeugdzorgUrl, visibleOptions, visibleStepTitles } from "./walk.ts";
import { clickTo, hashOf, openJeugdzorg, openModule, presentByKey } from "./workshop-pages.ts";

const session = useSession();

describe("presenter view", () => {
  it("opens in a second window, follows the presentation, and moves it with its own keys", async () => {
    const page = await openJeugdzorg(session, "", { viewport: { width: 1280, height: 720 } });
    // Readers never see the facilitator notes.
    await page.evaluate(() => (location.hash = "wachtlijsten"));
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Dilemma 1: wachtlijsten en krapte"]);
    expect(await page.getByText("Hoe lang wachten kinderen bij jullie op hulp?").isVisible()).toBe(false);
    await page.evaluate(() => (location.hash = "inleiding"));
    await expect.poll(() => visibleStepTitles(page)).toEqual(["Inleiding: hetzelfde doel, toch tegenover elkaar"]);

    await presentByKey(page);
    const [presenter] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "Begeleidersscherm" }).click()]);
    await presenter.waitForLoadState();
    const now = presenter.locator(".presenter-view__now .presenter-view__place");
    const next = presenter.locator(".presenter-view__next .presenter-view__place");
    await expect.poll(() => now.innerText()).toBe("Stap 1 van 7: Inleiding: hetzelfde doel, toch tegenover elkaar");
    // The clicker opens the "Meer achtergrond" dialog of the step before it moves on.
    expect(await next.innerText()).toBe("Stap 1 van 7: Inleiding: hetzelfde doel, toch tegenover elkaar · Venster: Gemeenten en de Jeugdwet");
    const notes = presenter.locator("[data-presenter-step]:visible");
    // The facilitator's side of the step on screen: what the group does, whatever else its notes say.
    await expect.poll(() => notes.innerText()).toMatch(/^Notities: Inleiding: hetzelfde doel, toch tegenover elkaar\n[\s\S]*Wat de groep doet:?\s+\S/);
    await expect.poll(() => presenter.getByRole("timer", { name: "Tijd", exact: true }).innerText()).toMatch(/^00:0\d$/);

    await page.bringToFront();
    await clickTo(page, "PageDown", "#wachtlijsten");
    await expect.poll(() => now.innerText()).toBe("Stap 2 van 7: Dilemma 1: wachtlijsten en krapte");
    expect(await next.innerText()).toBe("Stap 2 van 7: Dilemma 1: wachtlijsten en krapte · Voorbeeld 1 van 4: Bespreek elk kwartaal de wachtlijst");
    expect(await notes.innerText()).toContain("Hoe lang wachten kinderen bij jullie op hulp?");
    expect(await presenter.getByText("Wie bepaalt bij jullie welke hulp een kind krijgt?").isVisible()).toBe(false);
    // The presenter view records the dilemma on screen, out of sight of the room.
    expect(await presenter.getByRole("heading", { name: "Vastleggen: Dilemma 1: wachtlijsten en krapte" }).isVisible()).toBe(true);
    expect(await axeViolations(presenter)).toEqual([]);

    // The clicker may be pointed at the presenter window: it moves the presentation.
    await presenter.bringToFront();
    await presenter.locator("h1").click();
    // A dilemma is taller than the 720 px screen: the first press pages the presentation down, the next moves on.
    await presenter.keyboard.press("ArrowRight");
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(hashOf(page)).toBe("#wachtlijsten");
    await clickTo(page, "ArrowRight", "#wachtlijst-elk-kwartaal-bespreken", presenter.keyboard);
    await expect.poll(() => visibleOptions(page)).toEqual(["wachtlijst-elk-kwartaal-bespreken"]);
    await expect.poll(() => now.innerText()).toBe("Stap 2 van 7: Dilemma 1: wachtlijsten en krapte · Voorbeeld 1 van 4: Bespreek elk kwartaal de wachtlijst");
    await presenter.getByRole("button", { name: "Terug" }).click();
    await expect.poll(() => hashOf(page)).toBe("#wachtlijsten");
    await presenter.keyboard.press("b");
    await expect.poll(() => page.locator("[data-blank]").count()).toBe(1);
    await expect.poll(() => presenter.getByRole("status").first().innerText()).toBe("Het scherm in de zaal is zwart.");

    await page.bringToFront();
    // On the black screen Escape first brings the room's screen back; the next Escape stops the presentation.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("[data-blank]").count()).toBe(0);
    await expect.poll(() => presenter.getByRole("status").first().innerText()).toBe("");
    await page.keyboard.press("Escape");
    await expect.poll(() => presenter.getByRole("status").first().innerText()).toBe("De presentatie is gestopt. Start ‘Presenteer’ in het andere venster om verder te gaan.");
    await page.context().close();
  });

  it("at 1100 × 760 puts the notes first, with previews of the slide and the next, the time of day, the programme, and a countdown that survives a reload", async () => {
    const programme = "jeugdzorg:inleiding,jeugdzorg:wachtlijsten:overbruggingszorg-bij-lange-wachttijd.contact-met-wachtende-gezinnen,_pauze@15,inburgering:pip";
    const page = await openModule(session, `jeugdzorg/?p=${programme}#wachtlijsten`, { viewport: { width: 1280, height: 720 } });
    await presentByKey(page);
    const [presenter] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "Begeleidersscherm" }).click()]);
    await presenter.setViewportSize({ width: 1100, height: 760 });
    const now = presenter.locator(".presenter-view__now .presenter-view__place");
    const next = presenter.locator(".presenter-view__next .presenter-view__place");
    await expect.poll(() => now.innerText()).toBe("Stap 2 van 3: Dilemma 1: wachtlijsten en krapte");
    // Numbered as the programme: the second of the two examples it chose.
    await expect.poll(() => next.innerText()).toBe("Stap 2 van 3: Dilemma 1: wachtlijsten en krapte · Voorbeeld 1 van 2: Overbruggingszorg bij een lange wachttijd");

    // A tool window: no site header or search above the notes, which come first and are read without scrolling.
    expect(await presenter.locator("#site-header, [role=search]").count()).toBe(0);
    const inView = (box: { y: number; height: number } | null) => box !== null && box.y >= 0 && box.y + box.height <= 760;
    for (const line of ["Hoe houden jullie zicht op kinderen die op jeugdhulp wachten?", "Hoe lang wachten kinderen bij jullie op hulp?", "Welke hulp tijdens het wachten bieden jullie al?"]) {
      expect(inView(await presenter.locator("[data-presenter-step]:visible").getByText(line, { exact: true }).boundingBox()), line).toBe(true);
    }
    // Pictures of the slide in the room and the next one, beside the notes, as the beamer shows them.
    const previews = presenter.locator(".slide-preview");
    await expect.poll(() => previews.nth(1).innerText()).toContain("Overbruggingszorg bij een lange wachttijd");
    expect(await previews.nth(0).innerText()).toContain("We hebben al lang te weinig personeel");
    expect(await previews.nth(1).innerText()).not.toContain("Contact met wachtende gezinnen");
    for (const i of [0, 1]) expect(inView(await previews.nth(i).boundingBox())).toBe(true);
    // The time of day beside the workshop's time, and the step's countdown.
    const wall = presenter.locator(".presenter-view__wall time");
    expect(await wall.innerText()).toBe(await presenter.evaluate(() => new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit" }).format(new Date())));
    const [wallBox, timerBox] = [await wall.boundingBox(), await presenter.getByRole("timer", { name: "Tijd", exact: true }).boundingBox()];
    expect(Math.abs(wallBox!.y - timerBox!.y)).toBeLessThan(16);
    // The programme, with where the walk is.
    const items = presenter.locator(".presenter-programme li");
    expect(await items.allInnerTexts()).toEqual([
      "1. Dilemma's in de jeugdzorg: Inleiding: hetzelfde doel, toch tegenover elkaar",
      "2. Dilemma's in de jeugdzorg: Dilemma 1: wachtlijsten en krapte (nu op het scherm)",
      "Pauze (15 min)",
      "3. Wet inburgering: Het persoonlijk plan inburgering en participatie (PIP)",
    ]);
    expect(await items.nth(1).getAttribute("aria-current")).toBe("step");
    expect(await axeViolations(presenter)).toEqual([]);

    // The countdown goes on where it was when the presenter view reloads; it does not start the step again.
    const countdown = presenter.getByRole("timer", { name: "Deze stap (15 min)" });
    await expect.poll(() => countdown.innerText(), { timeout: 10_000 }).toMatch(/^14:(5[0-6]|[0-4]\d)$/);
    const before = await countdown.innerText();
    await presenter.reload();
    await expect.poll(() => countdown.innerText()).toMatch(/^14:[0-5]\d$/);
    expect(await countdown.innerText() <= before, `${await countdown.innerText()} na ${before}`).toBe(true);
    await page.context().close();
  });

  it("reads as a list of all notes without JavaScript", async () => {
    const page = await session.page({ javaScriptEnabled: false });
    await page.goto(`${jeugdzorgUrl(session)}begeleider/`);
    expect(await page.locator("[data-presenter-step]").count()).toBe(7);
    for (const question of ["Hoe lang wachten kinderen bij jullie op hulp?", "Welke administratie kan bij jullie weg?"]) {
      expect(await page.getByText(question).isVisible()).toBe(true);
    }
    // Only the notes: the text of the steps itself is not repeated.
    expect(await page.getByText("We hebben al lang te weinig personeel").count()).toBe(0);
    await page.context().close();
  });
});
