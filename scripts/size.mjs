// Prints the raw and gzip size of every file of the release build (dist/) and the total a first
// visit transfers (the service worker precaches every file, so that is all of them).
// With --check, exits non-zero when the total is above the budget of 250 KB gzip.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET = 250 * 1024;
const dist = new URL("../dist", import.meta.url).pathname;
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const rows = walk(dist)
  .map((path) => {
    const body = readFileSync(path);
    return { file: relative(dist, path), raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${"file".padEnd(44)}${"raw KB".padStart(8)}${"gzip KB".padStart(9)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)}`);
const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), { raw: 0, gzip: 0 });
console.log(`${"first visit total".padEnd(44)}${kb(total.raw)} ${kb(total.gzip)}   (budget ${BUDGET / 1024} KB gzip)`);
if (process.argv.includes("--check") && total.gzip > BUDGET) {
  console.error(`size: first visit is ${(total.gzip / 1024).toFixed(1)} KB gzip, over the ${BUDGET / 1024} KB budget`);
  process.exit(1);
}
