// The two bundles and the static host: what each first visit keeps for offline use, the page for a
// tool never downloaded, a new deployment replacing the old caches, the language and saved work
// carrying across bundles, and a server that survives malformed requests.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appReady, bundleKept, openPage, PHONE, screenshot, startServer, useApp } from "./harness.mjs";

const app = useApp();
const DIST = new URL("../../dist", import.meta.url).pathname;

/** The names of this origin's caches and, per cache, which bundle entry pages it holds. */
const cached = (page) =>
  page.evaluate(async () => {
    const out = {};
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      out[key] = [];
      for (const shell of ["/index.html", "/anggaran/index.html"]) if (await cache.match(shell)) out[key].push(shell);
    }
    return out;
  });

describe("bundles, offline and hosting", () => {
  test("a public visit keeps only the public bundle; offline, the planner says it was never downloaded", async () => {
    const own = await startServer();
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await page.goto(own.url + "/manfaat");
    await appReady(page);
    await bundleKept(page, "/index.html");
    assert.deepEqual(Object.values(await cached(page)), [["/index.html"]], "no planner entry kept");
    await own.stop();

    await page.goto(own.url + "/iuran/?segmen=bpu&penghasilan=1000000");
    await appReady(page);
    assert.equal(await page.locator('nav a[href="/iuran"]').getAttribute("aria-current"), "page");

    await page.goto(own.url + "/anggaran?pekerja=100000");
    assert.match(await page.locator("h1").textContent(), /belum diunduh/);
    assert.match(await page.locator("body").textContent(), /Buka alat ini sekali saat ada koneksi/);
    await screenshot(page, "offline-planner-not-downloaded-phone");
    await page.goto(own.url + "/cakupan");
    assert.match(await page.locator("h1").textContent(), /belum diunduh/);
    assert.deepEqual(problems.external, []);
    await context.close();
  });

  test("the page for a tool never downloaded speaks the language last chosen", async () => {
    const own = await startServer();
    const { context, page } = await openPage(app.browser, PHONE);
    await page.goto(own.url + "/iuran");
    await appReady(page);
    await bundleKept(page, "/index.html");
    await page.getByRole("button", { name: "Switch to English" }).click();
    const saved = () => page.evaluate(async () => (await caches.match("/__jaring/lang"))?.text());
    for (let i = 0; i < 50 && (await saved()) !== "en"; i++) await page.waitForTimeout(100);
    assert.equal(await saved(), "en");
    await own.stop();
    await page.goto(own.url + "/cakupan");
    assert.match(await page.locator("h1").textContent(), /has not been downloaded yet/);
    await context.close();
  });

  test("after a planner visit every planner page opens offline with any query; language and work carry across", async () => {
    const own = await startServer();
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await page.goto(own.url + "/iuran?lang=en");
    await appReady(page);
    await page.goto(own.url + "/anggaran");
    await appReady(page);
    assert.equal(await page.getAttribute("html", "data-bundle"), "planner");
    assert.equal(await page.locator('nav a[href="/anggaran"] .nav-text').textContent(), "Budget", "English carried across");
    await bundleKept(page, "/anggaran/index.html");
    await own.stop();
    for (const link of ["/cakupan?x=1", "/anggaran/?pekerja=5", "/cakupan/"]) {
      await page.goto(own.url + link);
      await appReady(page);
      assert.equal(await page.getAttribute("html", "data-bundle"), "planner", link);
    }
    assert.deepEqual(problems.external, []);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("a new deployment replaces the old caches of both bundles", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jaring-deploy-"));
    cpSync(DIST, dir, { recursive: true });
    const own = await startServer({ dir });
    const { context, page } = await openPage(app.browser, PHONE);
    await page.goto(own.url + "/manfaat");
    await appReady(page);
    await bundleKept(page, "/index.html");
    await page.goto(own.url + "/cakupan");
    await appReady(page);
    await bundleKept(page, "/anggaran/index.html");
    const before = Object.keys(await cached(page));
    assert.equal(before.length, 1);

    // A deployment: same files, another service worker version.
    const sw = join(dir, "sw.js");
    writeFileSync(sw, readFileSync(sw, "utf8").replace(/const CACHE = "jaring-([0-9a-f]+)"/, 'const CACHE = "jaring-$1next"'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const deadline = Date.now() + 30_000;
    let after = {};
    while (Date.now() < deadline) {
      after = await cached(page);
      if (!after[before[0]] && Object.values(after).some((shells) => shells.length === 2)) break;
      await page.waitForTimeout(200);
    }
    assert.deepEqual(Object.values(after), [["/index.html", "/anggaran/index.html"]], "one new cache with both bundles");
    await context.close();
    await own.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the server answers malformed requests with an error and keeps serving", async () => {
    for (const path of ["/%zz", "/%E0%A4%A", "/..%2f..%2fetc/passwd", "/%00"]) {
      const response = await fetch(app.url + path);
      assert.ok([400, 404].includes(response.status) || response.status === 200, `${path}: ${response.status}`);
      if (response.status === 200) assert.match(await response.text(), /data-bundle="public"/, `${path} gets the app, not a file`);
    }
    assert.equal((await fetch(app.url + "/%zz")).status, 400);
    const home = await fetch(app.url + "/manfaat?x=1", { headers: { "Accept-Encoding": "gzip" } });
    assert.equal(home.status, 200);
    assert.equal(home.headers.get("cache-control"), "max-age=600");
    assert.ok(home.headers.get("last-modified"));
    const redirect = await fetch(app.url + "/anggaran?pekerja=5", { redirect: "manual" });
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get("location"), "/anggaran/?pekerja=5");
  });

  test("a link's own text never reaches the screen", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    const fake = "PENGUMUMAN_RESMI_BPJS_TRANSFER_KE_REKENING_INI_".repeat(20);
    await page.goto(`${app.url}/manfaat?${fake}=1&upah=${fake}`);
    await appReady(page);
    const notice = await page.locator(".notice").innerText();
    assert.ok(!notice.includes("PENGUMUMAN"), "the parameter's text is not shown");
    assert.match(notice, /1 parameter tidak dikenal/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });
});
