// Recording what the group decided (positions, notes, afspraken) by keyboard, sessions, two tabs on one session,
// and saved data: a damaged value is moved aside, a value of the first version is migrated. Every state is checked with axe.
import { describe, expect, it } from "vitest";
import { useSession } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { focusedText } from "./walk.ts";
import { afspraakTexts, addAfspraak, focusedLabel, openJeugdzorg, recordExample } from "./workshop-pages.ts";

const session = useSession();

describe("recording", () => {
  it("records a position and two afspraken, reorders them by keyboard, and finds them after a reload", async () => {
    const page = await openJeugdzorg(session, "#wachtlijsten");
    await recordExample(page);
    expect(await page.getByRole("radio", { name: "Neigt naar Gemeente" }).first().isChecked()).toBe(true);
    expect(await afspraakTexts(page)).toEqual(["Elk kwartaal de wachtlijst bespreken", "Overbruggingszorg na zes weken"]);
    await page.getByRole("button", { name: "Afspraak 2 omhoog" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => afspraakTexts(page)).toEqual(["Overbruggingszorg na zes weken", "Elk kwartaal de wachtlijst bespreken"]);
    // The moved afspraak is first now, so "omhoog" is gone and focus waits on its "omlaag".
    expect(await focusedLabel(page)).toBe("Afspraak 1 omlaag");
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.locator(".record-panel").waitFor();
    expect(await page.getByLabel("Naam van de sessie").inputValue()).toBe("Workshop Gemeente X, 12 maart");
    expect(await page.getByRole("group", { name: "Positie van Hele groep" }).getByRole("radio", { name: "Neigt naar Gemeente" }).isChecked()).toBe(true);
    expect(await page.getByRole("group", { name: "Positie van Zorgaanbieders" }).getByRole("radio", { name: "Neigt naar Zorgaanbieder" }).isChecked()).toBe(true);
    expect(await page.getByLabel("Notities", { exact: true }).inputValue()).toBe("De wachttijd verschilt per wijk.");
    expect(await afspraakTexts(page)).toEqual(["Overbruggingszorg na zes weken", "Elk kwartaal de wachtlijst bespreken"]);
    expect(await page.getByLabel("Wanneer", { exact: true }).nth(1).inputValue()).toBe("2027-04-01");

    await page.getByRole("button", { name: "Afspraak 1 verwijderen" }).click();
    await expect.poll(() => afspraakTexts(page)).toEqual(["Elk kwartaal de wachtlijst bespreken"]);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value)).toBe("Elk kwartaal de wachtlijst bespreken");

    // On a step that is not a dilemma the group leaves notes and afspraken too, without a scale.
    await page.getByRole("button", { name: "Sluiten" }).click();
    await expect.poll(() => focusedText(page)).toBe("Vastleggen");
    await page.evaluate(() => (location.hash = "inleiding"));
    await page.getByRole("button", { name: "Vastleggen" }).click();
    await expect.poll(() => focusedText(page)).toBe("Vastleggen: Inleiding: hetzelfde doel, toch tegenover elkaar");
    expect(await page.getByText("leg je niets vast", { exact: false }).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Waar staat de groep?" }).count()).toBe(0);
    await page.getByLabel("Notities", { exact: true }).fill("Iedereen kent de Jeugdwet.");
    await addAfspraak(page, "Jeugdwet samen doornemen");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("starts, switches and deletes sessions, deleting only after confirmation", async () => {
    const page = await openJeugdzorg(session, "#belangen");
    await page.getByRole("button", { name: "Vastleggen" }).click();
    await page.getByLabel("Naam van de sessie").fill("Ochtend");
    await page.getByLabel("Notities", { exact: true }).fill("Notitie van de ochtend");
    await page.getByRole("button", { name: "Nieuwe sessie" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("record-session-name");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("Middag");
    expect(await page.getByLabel("Notities", { exact: true }).inputValue()).toBe("");
    await page.getByLabel("Sessie", { exact: true }).selectOption({ label: "Ochtend" });
    await expect.poll(() => page.getByLabel("Notities", { exact: true }).inputValue()).toBe("Notitie van de ochtend");

    await page.getByRole("button", { name: "Sessie verwijderen" }).click();
    const confirm = page.getByRole("dialog", { name: "Sessie verwijderen?" });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    expect(await confirm.innerText()).toContain("Wil je de sessie ‘Ochtend’ verwijderen?");
    expect(await focusedText(page)).toBe("Annuleren");
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => confirm.isVisible()).toBe(false);
    expect(await page.getByLabel("Sessie", { exact: true }).locator("option").allInnerTexts()).toEqual(["Ochtend", "Middag"]);

    await page.getByRole("button", { name: "Sessie verwijderen" }).click();
    await confirm.getByRole("button", { name: "Ja, verwijderen" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "verwijderd" }).innerText()).toBe("De sessie ‘Ochtend’ is verwijderd.");
    expect(await page.getByLabel("Sessie", { exact: true }).locator("option").allInnerTexts()).toEqual(["Middag"]);
    expect(await focusedText(page)).toBe("Nieuwe sessie");
    await page.context().close();
  });

  it("keeps the edits of two tabs on the same session: each tab sees the other's", async () => {
    const context = await session.browser.newContext({ reducedMotion: "reduce" });
    const first = await openJeugdzorg(session, "#wachtlijsten", {}, context);
    await first.getByRole("button", { name: "Vastleggen" }).click();
    await first.getByLabel("Naam van de sessie").fill("Twee tabbladen");
    const second = await openJeugdzorg(session, "#wachtlijsten", {}, context);
    await second.getByRole("button", { name: "Vastleggen" }).click();
    expect(await second.getByLabel("Naam van de sessie").inputValue()).toBe("Twee tabbladen");

    await addAfspraak(first, "Uit het eerste tabblad");
    await expect.poll(() => afspraakTexts(second)).toEqual(["Uit het eerste tabblad"]);
    await addAfspraak(second, "Uit het tweede tabblad");
    await second.getByLabel("Notities", { exact: true }).fill("Getypt in het tweede tabblad");
    await expect.poll(() => afspraakTexts(first)).toEqual(["Uit het eerste tabblad", "Uit het tweede tabblad"]);
    await first.getByRole("radio", { name: "In het midden" }).check();
    await expect.poll(() => second.getByRole("radio", { name: "In het midden" }).isChecked()).toBe(true);
    expect(await first.getByLabel("Notities", { exact: true }).inputValue()).toBe("Getypt in het tweede tabblad");

    for (const page of [first, second]) {
      await page.reload();
      await page.locator(".record-panel").waitFor();
      expect(await afspraakTexts(page)).toEqual(["Uit het eerste tabblad", "Uit het tweede tabblad"]);
      expect(await page.getByLabel("Notities", { exact: true }).inputValue()).toBe("Getypt in het tweede tabblad");
      expect(await page.getByRole("radio", { name: "In het midden" }).isChecked()).toBe(true);
    }
    await context.close();
  });
});

describe("saved data", () => {
  it("moves a corrupt saved value aside, says so, and offers the damaged data for download", async () => {
    const page = await openJeugdzorg(session, "#wachtlijsten");
    await page.evaluate(() => localStorage.setItem("sdu:workshop", '{"version":2,"sessions":[{"kapot'));
    await page.reload();
    await page.getByRole("button", { name: "Vastleggen" }).click();
    const notice = page.getByRole("alert").filter({ hasText: "konden niet worden gelezen" });
    expect(await notice.innerText()).toContain(
      "De opgeslagen workshopgegevens konden niet worden gelezen. We zijn opnieuw begonnen en hebben de oude gegevens apart bewaard.",
    );
    const link = notice.getByRole("link", { name: "Download de beschadigde gegevens" });
    expect(decodeURIComponent((await link.getAttribute("href"))!)).toBe('data:application/json;charset=utf-8,{"version":2,"sessions":[{"kapot');
    expect(await page.evaluate(() => localStorage.getItem("sdu:workshop:backup"))).toBe('{"version":2,"sessions":[{"kapot');
    expect(await axeViolations(page)).toEqual([]);
    // Recording works again, and the backup stays.
    await page.getByLabel("Notities", { exact: true }).fill("Nieuw begin");
    await page.reload();
    await page.locator(".record-panel").waitFor();
    expect(await page.getByLabel("Notities", { exact: true }).inputValue()).toBe("Nieuw begin");
    expect(await page.evaluate(() => localStorage.getItem("sdu:workshop:backup"))).toBe('{"version":2,"sessions":[{"kapot');
    await page.context().close();
  });

  it("migrates a saved value of the first version", async () => {
    const page = await openJeugdzorg(session, "#wachtlijsten");
    await page.evaluate(() => {
      const dilemma = { moduleId: "jeugdzorg", moduleTitle: "Dilemma's in de jeugdzorg", stepId: "wachtlijsten", title: "Dilemma 1: wachtlijsten en krapte", number: 2, perspectives: ["Zorgaanbieder", "Gemeente"] };
      const at = "2026-11-01T09:00:00.000Z";
      const record = { dilemma, position: 5, notes: "Uit de oude versie", afspraken: [{ id: "a", text: "Oude afspraak" }] };
      localStorage.setItem("sdu:workshop", JSON.stringify({ version: 1, currentId: "oud", sessions: [{ id: "oud", name: "Oude sessie", createdAt: at, updatedAt: at, records: { "jeugdzorg/wachtlijsten": record } }] }));
    });
    await page.reload();
    await page.getByRole("button", { name: "Vastleggen" }).click();
    expect(await page.getByLabel("Naam van de sessie").inputValue()).toBe("Oude sessie");
    expect(await page.getByRole("radio", { name: "Gemeente", exact: true }).isChecked()).toBe(true);
    expect(await afspraakTexts(page)).toEqual(["Oude afspraak"]);
    expect(await page.getByRole("alert").filter({ hasText: "konden niet worden gelezen" }).count()).toBe(0);
    await page.context().close();
  });
});
