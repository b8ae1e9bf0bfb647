import { serveSite } from "./tests/serve.ts";
import { launchBrowser } from "./tests/e2e/browser.ts";
const out = "/tmp/room";
const site = await serveSite(process.env.DIST ?? "dist", "/", 0);
const browser = await launchBrowser();
const tag = process.env.TAG ?? "std";
for (const [w, h] of [[1024, 768], [1280, 720]]) {
  for (const slug of (process.env.MODULES ?? "wonen,omgevingswet").split(",")) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(`${site.url}${slug}/`);
    await page.locator("[data-stepper-root][data-enhanced]").waitFor({ state: "attached" });
    await page.keyboard.press("F5");
    await page.waitForTimeout(800);
    for (let i = 0; i < 4; i++) {
      await page.screenshot({ path: `${out}/${tag}-${slug}-${w}-${i}.png` });
      await page.keyboard.press("PageDown");
      await page.waitForTimeout(600);
    }
    await page.waitForTimeout(3500);
    await page.screenshot({ path: `${out}/${tag}-${slug}-${w}-bar-hidden.png` });
    await page.close();
  }
}
// home
for (const [w, h] of [[1280, 800], [390, 844]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(site.url);
  await page.screenshot({ path: `${out}/${tag}-home-${w}.png` });
  await page.close();
}
await browser.close();
site.server?.close?.();
process.exit(0);
