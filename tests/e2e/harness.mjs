// Shared helpers for the end-to-end tests: serve dist/ on a free loopback port, launch Debian's
// Chromium through playwright-core, and watch every page for console errors and for requests
// that leave the machine.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

export const SCREENSHOTS = new URL("./screenshots/", import.meta.url).pathname;
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** Starts scripts/serve.mjs on a free port; resolves to { url, stop }. */
export function startServer(port = 0) {
  const child = spawn(process.execPath, [new URL("../../scripts/serve.mjs", import.meta.url).pathname, "--port", String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.stdout.on("data", (chunk) => {
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(String(chunk));
      if (match) {
        resolve({
          url: `http://127.0.0.1:${match[1]}`,
          port: Number(match[1]),
          stop: () => new Promise((done) => { child.once("exit", done); child.kill(); }),
        });
      }
    });
  });
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
