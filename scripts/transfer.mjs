// Measures what a first visit really transfers, per bundle: a fresh Chromium (no cache, no
// service worker) opens one page of the bundle from scripts/serve.mjs, waits until the service
// worker has kept the bundle for offline use, and the server adds up the bytes it sent (gzip, as
// a static host sends them), every request included. Run twice: against a host with ordinary
// cache headers (max-age=600, Last-Modified) and against one with none, where it also checks that
// no file was downloaded twice. A public visit must fetch no planner code.
//
// Usage: node scripts/transfer.mjs [--check]   (--check: exit 1 when a budget or check fails)
import { startSite } from "./serve.mjs";
import { launchBrowser } from "../tests/e2e/harness.mjs";

const VISITS = [
  { bundle: "public", page: "/manfaat", shell: "/index.html", budget: 250 * 1024 },
  { bundle: "planner", page: "/anggaran", shell: "/anggaran/index.html", budget: 450 * 1024 },
];
const kb = (n) => (n / 1024).toFixed(1);

async function firstVisit(browser, visit, cacheHeaders) {
  const sent = [];
  const site = await startSite({ cacheHeaders, onSent: (r) => sent.push(r) });
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    await page.goto(site.url + visit.page);
    await page.waitForSelector("main h1", { timeout: 30_000 });
    const kept = await page.evaluate(async (shell) => {
      const until = Date.now() + 30_000;
      while (Date.now() < until) {
        for (const key of await caches.keys()) {
          if (await (await caches.open(key)).match(shell)) return true;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    }, visit.shell);
    await page.waitForTimeout(300);
    return { sent, kept };
  } finally {
    await context.close();
    await site.close();
  }
}

const browser = await launchBrowser();
const failures = [];
try {
  for (const cacheHeaders of [true, false]) {
    const host = cacheHeaders ? "host with Cache-Control max-age=600 + Last-Modified" : "host with no cache headers";
    console.log(`\n${host}`);
    for (const visit of VISITS) {
      const { sent, kept } = await firstVisit(browser, visit, cacheHeaders);
      const total = sent.reduce((sum, r) => sum + r.bytes, 0);
      const byPath = new Map();
      for (const r of sent) {
        const path = r.path.split("?")[0];
        byPath.set(path, [...(byPath.get(path) || []), r]);
      }
      console.log(`  first visit to ${visit.page} (${visit.bundle} bundle): ${kb(total)} KB in ${sent.length} requests (budget ${kb(visit.budget)} KB)`);
      for (const [path, rs] of [...byPath].sort((a, b) => b[1][0].bytes - a[1][0].bytes)) {
        console.log(`    ${path.padEnd(44)} ${rs.map((r) => `${r.status} ${kb(r.bytes)} KB`).join(", ")}`);
      }
      if (total > visit.budget) failures.push(`${visit.page}: ${kb(total)} KB is over the ${kb(visit.budget)} KB budget (${host})`);
      if (!kept) failures.push(`${visit.page}: the service worker did not keep the ${visit.bundle} bundle (${host})`);
      const twice = [...byPath].filter(([, rs]) => rs.filter((r) => r.status === 200).length > 1).map(([p]) => p);
      if (twice.length) failures.push(`${visit.page}: downloaded more than once: ${twice.join(", ")} (${host})`);
      if (visit.bundle === "public") {
        const planner = [...byPath.keys()].filter((p) => /planner|anggaran|cakupan/.test(p));
        if (planner.length) failures.push(`${visit.page}: a public visit fetched planner files: ${planner.join(", ")}`);
      }
    }
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`\ntransfer: ${failures.length} problem(s):\n  ${failures.join("\n  ")}`);
  if (process.argv.includes("--check")) process.exit(1);
} else {
  console.log("\ntransfer: every first visit within budget, each file downloaded once");
}
