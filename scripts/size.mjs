// Prints the raw and gzip size of every file of the release build (dist/), largest first. What a
// first visit really transfers, per bundle and against its budget, is measured by
// scripts/transfer.mjs in a real browser.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

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
