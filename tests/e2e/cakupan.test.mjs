// The coverage simulator (/cakupan, planner bundle): presets load with the model line, the Monte
// Carlo band and the observed points they are calibrated to; a share link reproduces the
// numbers; a bad link is named; typing stays responsive while the Monte Carlo runs; the yearly
// CSV is written for Indonesian spreadsheets; phone and desktop screenshots are written.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { appReady, DESKTOP, openPage, PHONE, screenshot, useApp } from "./harness.mjs";

const app = useApp();

async function open(page, path) {
  await page.goto(app.url + path);
  await appReady(page);
  await page.waitForSelector(".cakupan-summary .cov-start");
}

/** Waits until the Monte Carlo of the current inputs has finished. */
async function mcDone(page, timeout = 30_000) {
  await page.waitForSelector(".mc-status[data-done=true]", { timeout });
}

/** Waits until the Monte Carlo and the goal seeking of the current inputs have finished. */
async function ready(page) {
  await mcDone(page);
  await page.waitForSelector(".goals[data-pending=false]", { timeout: 30_000 });
}

const text = (page, selector) => page.locator(selector).first().innerText();

async function noHorizontalScroll(page, viewport) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= viewport.width, `no horizontal scrolling (${width}px)`);
}

/** What a planner reads: summary, goals, KPIs and the Monte Carlo table. */
async function numbers(page) {
  return {
    summary: await text(page, ".cakupan-summary"),
    goals: await text(page, ".goals"),
    kpis: await text(page, ".kpis"),
    mc: await text(page, ".mc-table"),
  };
}

describe("/cakupan", () => {
  test("NTT: model line, band, observed points, tornado, goals and KPIs (phone)", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, "/cakupan?preset=ntt-2025");
    assert.equal(await page.getAttribute("html", "data-bundle"), "planner");
    assert.equal(await text(page, ".cov-start"), "13,9%");
    assert.equal(await page.locator(".chart-coverage path.model-line").count(), 1);
    assert.equal(await page.locator(".chart-coverage circle.observed").count(), 2, "NTT's two observed points");
    await ready(page);
    assert.equal(await page.locator(".chart-coverage path.mc-band").count(), 1);
    assert.match(await text(page, ".mc-table"), /P10[\s\S]*P50[\s\S]*P90/);
    assert.equal(await page.locator(".chart-members path.stack").count(), 3);
    assert.ok((await page.locator(".chart-tornado rect").count()) >= 6, "tornado bars");
    assert.equal(await page.locator(".goals li").count(), 4);
    assert.match(await text(page, ".kpis"), /Rp [\d.]+/);
    assert.match(await text(page, "section.observed"), /13,9%[\s\S]*13,0%/);
    // Every parameter is there, sourced and assumed ones marked differently.
    assert.ok((await page.locator(".param").count()) >= 40);
    assert.ok((await page.locator(".param mark").count()) > 0, "assumptions marked");
    assert.ok((await page.locator(".param .basis-sourced").count()) > 0, "sourced values marked");
    await noHorizontalScroll(page, PHONE);
    await page.screenshot({ path: new URL("./screenshots/cakupan-top-phone.png", import.meta.url).pathname });
    await screenshot(page, "cakupan-ntt-phone");
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.external, []);
    await context.close();
  });

  test("each preset loads with its observed points, and the address follows", async () => {
    const { context, page, problems } = await openPage(app.browser, DESKTOP);
    await open(page, "/cakupan?preset=ntt-2025");
    const expected = [
      ["ntb-2025", "26,0%", 1],
      ["kupang-2023", "23,0%", 1],
      ["ntb-2023", "7,5%", 2],
      ["ntt-2025", "13,9%", 2],
    ];
    for (const [preset, start, points] of expected) {
      await page.click(`button[data-preset="${preset}"]`);
      await page.waitForFunction((s) => document.querySelector(".cov-start")?.innerText === s, start);
      assert.equal(await page.locator(".chart-coverage circle.observed").count(), points, preset);
      assert.match(page.url(), new RegExp(`preset=${preset}`));
      assert.equal(await page.getAttribute(`button[data-preset="${preset}"]`, "aria-pressed"), "true");
      await mcDone(page);
    }
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("a share link reproduces the numbers in another browser", async () => {
    const link = "/cakupan?preset=ntb-2025&agen=800&target=35&target_bulan=48&jalur=300&seed=7&tahun=8";
    const first = await openPage(app.browser, DESKTOP);
    await open(first.page, link);
    await ready(first.page);
    const a = await numbers(first.page);
    assert.match(a.summary, /NTB 2025/);
    assert.match(a.goals, /35,0%/);
    assert.equal(await first.page.locator(".notice").count(), 0, "a valid link gives no notice");
    await first.context.close();
    const second = await openPage(app.browser, PHONE);
    await open(second.page, link);
    await ready(second.page);
    assert.deepEqual(await numbers(second.page), a);
    assert.equal(await second.page.inputValue("#agen"), "800");
    assert.deepEqual([...first.problems.console, ...second.problems.console], []);
    await second.context.close();
  });

  test("a bad link is named, the rest of it is used", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, "/cakupan?preset=ntb-2025&agen=-5&h1=abc&tahun=99&rencana=x&foo=1");
    const notice = await text(page, ".notice");
    for (const key of ["agen", "h1", "tahun", "rencana"]) assert.match(notice, new RegExp(key));
    assert.equal(await text(page, ".cov-start"), "26,0%", "the preset still applies");
    await screenshot(page, "cakupan-notice-phone");
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("typing stays responsive while the Monte Carlo runs", async () => {
    const { context, page, problems } = await openPage(app.browser, DESKTOP);
    // Many paths, so the run lasts longer than the typing.
    await open(page, "/cakupan?preset=ntt-2025&jalur=20000&tahun=20");
    assert.equal(await page.getAttribute(".mc-status", "data-done"), "false");
    await page.click('details[data-group="1"] summary');
    await page.locator("#agen").fill("");
    await page.locator("#agen").pressSequentially("1200", { delay: 30 });
    await page.waitForFunction(() => location.search.includes("agen=1200"));
    const summary = await text(page, ".cakupan-summary");
    // The projection followed the typing while the Monte Carlo (restarted by it) still runs.
    assert.equal(await page.getAttribute(".mc-status", "data-done"), "false", "the Monte Carlo still runs");
    assert.match(await text(page, ".mc-status"), /berjalan/);
    assert.equal(await page.inputValue("#agen"), "1200");
    assert.match(summary, /%/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("the yearly table downloads as a CSV for Indonesian spreadsheets", async () => {
    const { context, page, problems } = await openPage(app.browser, DESKTOP, { acceptDownloads: true });
    await open(page, "/cakupan?preset=ntt-2025&tahun=5");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(".csv-button")]);
    const csv = readFileSync(await download.path(), "utf8");
    assert.equal(csv.charCodeAt(0), 0xfeff, "UTF-8 byte-order mark");
    const lines = csv.slice(1).trim().split("\r\n");
    assert.equal(lines.length, 6, "header and five years");
    assert.match(lines[0], /^Tahun;/);
    assert.match(lines[1], /^1;2026-04;\d+,\d\d;\d+;/);
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("scenarios are kept for comparison, and the work survives a reload", async () => {
    const { context, page, problems } = await openPage(app.browser, DESKTOP);
    await open(page, "/cakupan?preset=ntt-2025");
    await page.click(".compare-add");
    await page.click('button[data-preset="ntb-2025"]');
    await page.waitForFunction(() => document.querySelector(".cov-start")?.innerText === "26,0%");
    await page.click(".compare-add");
    assert.equal(await page.locator(".comparison thead th").count(), 4, "label, current and two kept");
    await page.goto(app.url + "/cakupan");
    await appReady(page);
    await page.waitForSelector(".cakupan-summary .cov-start");
    assert.equal(await text(page, ".cov-start"), "26,0%", "the last scenario comes back");
    assert.equal(await page.locator(".comparison thead th").count(), 4);
    await mcDone(page);
    await noHorizontalScroll(page, DESKTOP);
    await screenshot(page, "cakupan-ntb-desktop");
    await page.screenshot({ path: new URL("./screenshots/cakupan-top-desktop.png", import.meta.url).pathname });
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("the language switch keeps the scenario and writes numbers the English way", async () => {
    const { context, page, problems } = await openPage(app.browser, PHONE);
    await open(page, "/cakupan?preset=ntb-2025&agen=800");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.waitForFunction(() => document.querySelector("main h1")?.innerText === "Coverage of informal workers");
    await page.waitForSelector(".cakupan-summary .cov-start");
    assert.equal(await text(page, ".cov-start"), "26.0%");
    assert.match(page.url(), /agen=800/);
    await mcDone(page);
    assert.match(await text(page, ".mc-status"), /Monte Carlo finished/);
    await screenshot(page, "cakupan-en-phone");
    assert.deepEqual(problems.console, []);
    await context.close();
  });

  test("the public bundle does not carry the page", async () => {
    const dist = new URL("../../dist/", import.meta.url).pathname;
    const { readdirSync } = await import("node:fs");
    const publicWasm = readdirSync(dist).find((f) => f.startsWith("public-") && f.endsWith(".wasm"));
    const bytes = readFileSync(dist + publicWasm).toString("latin1");
    assert.ok(!bytes.includes("Monte Carlo mengundi"), "no /cakupan texts in the public bundle");
  });
});
