// Shared helpers for the end-to-end tests: serve dist/ on a free loopback port, launch Debian's
// Chromium through playwright-core, and watch every page for console errors and for requests
// that leave the machine.
import { mkdirSync } from "node:fs";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { startSite } from "../../scripts/serve.mjs";

export const SCREENSHOTS = new URL("./screenshots/", import.meta.url).pathname;
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * Serves a folder (dist/ unless `dir`) like a static host (scripts/serve.mjs) on a free loopback
 * port; resolves to { url, stop }.
 */
export async function startServer(options = {}) {
  const site = await startSite(options);
  return { url: site.url, stop: site.close };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/**
 * Opens a page in a new context of the given size and records problems:
 * `problems.console` (console errors, uncaught exceptions) and `problems.external` (requests to
 * any host other than 127.0.0.1).
 */
export async function openPage(browser, viewport = PHONE, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const problems = { console: [], external: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.console.push(msg.text());
  });
  page.on("pageerror", (err) => problems.console.push(String(err)));
  context.on("request", (req) => {
    const url = new URL(req.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.hostname !== "127.0.0.1") problems.external.push(req.url());
  });
  return { context, page, problems };
}

/**
 * Waits until the service worker has kept a bundle for offline use: its entry page (`/index.html`
 * for the public bundle, `/anggaran/index.html` for the planner) is in the cache.
 */
export async function bundleKept(page, shell) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const kept = await page.evaluate(async (shell) => {
      for (const key of await caches.keys()) {
        if (await (await caches.open(key)).match(shell)) return true;
      }
      return false;
    }, shell);
    if (kept) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the service worker did not keep ${shell} within 30 s`);
}

/** The path without a trailing slash (a host answers /anggaran at /anggaran/). */
export const pathOf = (url) => new URL(url).pathname.replace(/(.)\/$/, "$1");

/** Waits until the app has mounted and shows a page heading. */
export async function appReady(page) {
  await page.waitForSelector("main h1", { timeout: 20_000 });
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/**
 * Registers the suite's set-up: one server on a free port and one browser, closed at the end.
 * Returns `{ url, browser }`, filled in before the first test runs.
 */
export function useApp() {
  const app = { url: "", browser: null };
  let server;
  before(async () => {
    server = await startServer();
    app.url = server.url;
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await server?.stop();
  });
  return app;
}
