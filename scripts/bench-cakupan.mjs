// Benchmark of the /cakupan Monte Carlo in Chromium (release build in dist/): the time from a
// change of the inputs to finished bands (1.000 paths × 10 years, the page's default) and the
// longest main-thread tasks meanwhile (PerformanceObserver "longtask": tasks over 50 ms).
// Prints the figures; it asserts nothing (timings vary with the machine's load).
//   node scripts/bench-cakupan.mjs [runs]
import { chromium } from "playwright-core";
import { startSite } from "./serve.mjs";

const runs = Number(process.argv[2] ?? 5);
const site = await startSite();
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript(() => {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
});

const status = () =>
  page.$eval(".mc-status", (el) => ({ done: el.dataset.done === "true", generation: Number(el.dataset.generation), ms: Number(el.dataset.ms) }));

async function finished(generation) {
  await page.waitForFunction(
    (g) => {
      const el = document.querySelector(".mc-status");
      return el && el.dataset.done === "true" && Number(el.dataset.generation) >= g;
    },
    generation,
    { timeout: 60_000, polling: 5 },
  );
}

await page.goto(`${site.url}/cakupan?preset=ntt-2025&lang=id`);
await page.waitForSelector(".mc-status[data-done=true]", { timeout: 60_000 });
console.log(`first load: Monte Carlo finished in ${(await status()).ms} ms (1.000 paths × 120 months)`);

const presets = ["ntb-2025", "ntt-2025"];
const results = [];
for (let i = 0; i < runs; i++) {
  const before = await status();
  const preset = presets[i % presets.length];
  // The click recomputes the projection, goals and tornado (one task), then the Monte Carlo runs
  // in slices; both are measured from just before the click.
  const t0 = await page.evaluate((preset) => {
    const t = performance.now();
    document.querySelector(`button[data-preset="${preset}"]`).click();
    return t;
  }, preset);
  await finished(before.generation + 1);
  const t1 = await page.evaluate(() => performance.now());
  const after = await status();
  // The click's own task began before t0 (inside page.evaluate): it is the one spanning t0.
  const tasks = await page.evaluate(
    ([a, b]) => window.__longtasks.filter((t) => t.start + t.duration >= a && t.start <= b),
    [t0, t1],
  );
  const inputTask = tasks.find((t) => t.start <= t0);
  const sliceTasks = tasks.filter((t) => t !== inputTask);
  results.push({
    preset,
    wall: Math.round(t1 - t0),
    mc: after.ms,
    longest: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    input: inputTask ? Math.round(inputTask.duration) : 0,
    longestSlice: Math.round(Math.max(0, ...sliceTasks.map((t) => t.duration))),
    longTasks: tasks.length,
  });
}
console.log("preset     click→bands  MC (page)  longest task  input task  longest MC slice task  tasks >50 ms");
for (const r of results) {
  console.log(
    `${r.preset.padEnd(10)} ${String(r.wall).padStart(8)} ms ${String(r.mc).padStart(7)} ms ${String(r.longest).padStart(10)} ms ${String(r.input).padStart(8)} ms ${String(r.longestSlice).padStart(14)} ms ${String(r.longTasks).padStart(12)}`,
  );
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `median click→bands ${median(results.map((r) => r.wall))} ms; median Monte Carlo ${median(results.map((r) => r.mc))} ms; ` +
    `longest Monte Carlo slice task ${Math.max(...results.map((r) => r.longestSlice))} ms (0 = none over 50 ms)`,
);
// Typing while the Monte Carlo runs: the target field, one keystroke every 50 ms; every keystroke
// recomputes the projection, and the goals and the Monte Carlo start again.
const typing = [];
for (let i = 0; i < runs; i++) {
  const t0 = await page.evaluate(() => performance.now());
  await page.locator("#target").fill("");
  await page.locator("#target").pressSequentially(i % 2 ? "35" : "40", { delay: 50 });
  await page.waitForSelector(".mc-status[data-done=true]", { timeout: 60_000 });
  await page.waitForSelector(".goals[data-pending=false]", { timeout: 60_000 });
  const tasks = await page.evaluate((a) => window.__longtasks.filter((t) => t.start + t.duration >= a), t0);
  typing.push(Math.round(Math.max(0, ...tasks.map((t) => t.duration))));
}
console.log(`typing two digits while the Monte Carlo runs, longest task per run (0 = none over 50 ms): ${typing.join(", ")} ms`);
const all = await page.evaluate(() => window.__longtasks);
console.log(
  `long tasks seen on the whole visit (the observer works): ${all.length}, longest ${Math.round(Math.max(0, ...all.map((t) => t.duration)))} ms, page load and WebAssembly start included`,
);
await browser.close();
await site.close();
