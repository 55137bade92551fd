// Time to a usable /manfaat on an emulated slow 4G connection with a 4× slower CPU (Chromium
// DevTools Protocol throttling: DevTools' "Slow 4G" preset, 562,5 ms latency, 1,44 Mbit/s down,
// 675 kbit/s up). "Usable" is the moment the agent view's first card is on screen. Each run is a
// fresh browser context (first visit: nothing cached); prints each run and the median.
//
// Usage: node scripts/bench-load.mjs [--dir dist] [--runs 5] [--path /manfaat?…]
import { startSite } from "./serve.mjs";
import { launchBrowser } from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = option("--dir", new URL("../dist", import.meta.url).pathname);
const runs = Number(option("--runs", "5"));
const path = option("--path", "/manfaat");
const READY = ".benefit-death";

const site = await startSite({ dir });
const browser = await launchBrowser();
const times = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 562.5,
      downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
      uploadThroughput: (750 * 1024 * 0.9) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector(selector)) {
          window.__usableAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, READY);
    await page.goto(site.url + path);
    await page.waitForSelector(READY, { timeout: 60_000 });
    const ms = await page.evaluate(() => window.__usableAt);
    times.push(ms);
    console.log(`run ${run + 1}: usable after ${(ms / 1000).toFixed(2)} s`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(`${dir} ${path}: median ${(median / 1000).toFixed(2)} s to usable over ${runs} runs (slow 4G, 4× CPU)`);
