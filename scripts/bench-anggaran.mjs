// Time from a keystroke in /anggaran to the new summary on screen, in Chromium on this machine:
// the default NTT plan, and the heaviest plan a planner builds (5 years, growth, re-funding, two
// funders, the 22 NTT districts and two kept scenarios). Prints each keystroke and the median;
// the aim is one frame (16 ms). A benchmark, not a test: the figure depends on the machine.
//
// Usage: node scripts/bench-anggaran.mjs [--keys 9]
import { startSite } from "./serve.mjs";
import { launchBrowser } from "../tests/e2e/harness.mjs";

const keys = Number(process.argv[process.argv.indexOf("--keys") + 1]) || 9;
const site = await startSite();
const browser = await launchBrowser();

async function measure(label, path, prepare) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(site.url + path);
  await page.waitForSelector(".summary .benefit-big");
  await prepare(page);
  const times = [];
  for (let i = 1; i <= keys; i++) {
    times.push(
      await page.evaluate(async (workers) => {
        const input = document.querySelector("#pekerja");
        const region = document.querySelector(".anggaran-summary");
        let start = 0;
        const changed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now() - start);
          });
          observer.observe(region, { childList: true, subtree: true, characterData: true });
        });
        start = performance.now();
        input.value = workers;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        return await changed;
      }, String(100000 + i))
    );
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  console.log(`${label}: keystroke to new summary, median ${median.toFixed(1)} ms (${times.map((t) => t.toFixed(1)).join(", ")})`);
  await context.close();
}

try {
  await measure("NTT default plan", "/anggaran", async () => {});
  await measure(
    "5 years, growth, funders, 22 districts, 2 kept scenarios",
    "/anggaran?pekerja=100000&durasi=5&baru=5000&lanjut=90&dana=provinsi:60%25,kabupaten:40%25",
    async (page) => {
      await page.getByRole("button", { name: "Isi 22 kabupaten/kota NTT" }).click();
      await page.getByRole("button", { name: "Simpan untuk dibandingkan" }).click();
      await page.locator("#bulan").fill("6");
      await page.getByRole("button", { name: "Simpan untuk dibandingkan" }).click();
    }
  );
} finally {
  await browser.close();
  await site.close();
}
