// The app shell: navigation and deep links to every section (across the two bundles), the
// language switch, no console errors, no request leaving localhost, screenshots.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { appReady, DESKTOP, openPage, pathOf, PHONE, screenshot, useApp } from "./harness.mjs";

const SECTIONS = [
  { path: "/iuran", id: "Iuran", en: "Contributions" },
  { path: "/manfaat", id: "Manfaat", en: "Benefits" },
  { path: "/anggaran", id: "Anggaran", en: "Budget" },
  { path: "/cakupan", id: "Cakupan", en: "Coverage" },
];

const app = useApp();

describe("app shell", () => {
  for (const [size, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    test(`every section opens from the navigation (${size})`, async () => {
      const { context, page, problems } = await openPage(app.browser, viewport);
      await page.goto(app.url + "/");
      await appReady(page);
      await screenshot(page, `home-${size}`);
      for (const section of SECTIONS) {
        const link = page.locator(`nav a[href="${section.path}"]`);
        assert.equal(await link.isVisible(), true, `${section.path} link visible`);
        await link.click();
        // Pages write their inputs into the query, so only the path is compared; a planner tool
        // is another bundle, an ordinary page load (the host answers /anggaran at /anggaran/).
        await page.waitForURL((url) => pathOf(url) === section.path);
        await appReady(page);
        assert.equal(await link.getAttribute("aria-current"), "page");
        const heading = await page.locator("main h1").textContent();
        assert.ok(heading.length > 3, `heading on ${section.path}`);
        await screenshot(page, `section${section.path.replace("/", "-")}-${size}`);
      }
      await page.goBack();
      await page.waitForURL((url) => pathOf(url) === "/anggaran");
      assert.equal(await page.locator('nav a[href="/anggaran"]').getAttribute("aria-current"), "page");
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= viewport.width, `no horizontal scrolling (${width}px)`);
      assert.deepEqual(problems.console, []);
      assert.deepEqual(problems.external, []);
      await context.close();
    });
  }

  test("deep links open each section with or without a trailing slash, unknown paths say so", async () => {
    const { context, page, problems } = await openPage(app.browser);
    for (const section of SECTIONS) {
      for (const link of [section.path + "?x=1", section.path + "/", section.path + "/?x=1"]) {
        await page.goto(app.url + link);
        await appReady(page);
        assert.equal(await page.locator(`nav a[href="${section.path}"]`).getAttribute("aria-current"), "page", link);
        assert.equal(await page.getAttribute("html", "data-bundle"), ["/anggaran", "/cakupan"].includes(section.path) ? "planner" : "public");
      }
    }
    await page.goto(app.url + "/tidak-ada");
    await appReady(page);
    assert.match(await page.locator("main h1").textContent(), /tidak ditemukan/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("the language switch changes the text and persists across a reload", async () => {
    const { context, page, problems } = await openPage(app.browser);
    await page.goto(app.url + "/iuran");
    await appReady(page);
    assert.equal(await page.getAttribute("html", "lang"), "id");
    assert.equal(await page.locator('nav a[href="/iuran"] .nav-text').textContent(), "Iuran");
    await page.getByRole("button", { name: "Switch to English" }).click();
    assert.equal(await page.locator('nav a[href="/iuran"] .nav-text').textContent(), "Contributions");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await page.reload();
    await appReady(page);
    assert.equal(await page.locator('nav a[href="/iuran"] .nav-text').textContent(), "Contributions");
    await screenshot(page, "home-en-phone");
    await page.goto(app.url + "/manfaat?lang=id");
    await appReady(page);
    assert.equal(await page.locator('nav a[href="/manfaat"] .nav-text').textContent(), "Manfaat");
    await page.goto(app.url + "/manfaat?lang=en");
    await appReady(page);
    assert.equal(await page.locator('nav a[href="/manfaat"] .nav-text').textContent(), "Benefits");
    assert.match(await page.locator("footer").textContent(), /simulations, not official/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("a browser without WebAssembly gets a plain message instead of a blank page", async () => {
    const { context, page } = await openPage(app.browser);
    await page.addInitScript(() => {
      delete window.WebAssembly;
    });
    await page.goto(app.url + "/iuran");
    await page.waitForSelector(".boot-old");
    assert.match(await page.locator("#boot-text").textContent(), /terlalu lama.*too old/s);
    await context.close();
  });
});
