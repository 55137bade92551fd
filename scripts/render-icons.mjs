// Renders the PNG app icons from www/icons/icon.svg with Debian's Chromium (run by hand when the
// icon changes: `node scripts/render-icons.mjs`). The maskable icon keeps the glyph inside the
// central safe zone on a full-bleed background, as Android's adaptive icons crop it. The
// committed PNGs were then quantized to 16 colours (Pillow: `Image.quantize(16)`, optimize=True),
// which keeps the three under 10 KB with no visible change.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const svg = readFileSync(new URL("../www/icons/icon.svg", import.meta.url), "utf8");
const maskable = svg
  .replace('rx="14"', 'rx="0"')
  .replace('<g fill="none"', '<g transform="translate(32 32) scale(0.72) translate(-32 -32)" fill="none"');
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
for (const [name, size, source] of [["icon-192", 192, svg], ["icon-512", 512, svg], ["icon-maskable-512", 512, maskable]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0;background:transparent">${source.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: new URL(`../www/icons/${name}.png`, import.meta.url).pathname, omitBackground: true });
}
await browser.close();
