// Trunk post_build hook: writes sw.js into the staging directory with the list of every file of
// this build (hashed JS/WASM/CSS, index.html, manifest, icons) and a version derived from their
// contents. Runs with TRUNK_STAGING_DIR set by Trunk.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("build-sw: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(staging)
  .map((path) => "/" + relative(staging, path).split(sep).join("/"))
  .filter((url) => url !== "/sw.js")
  .sort();
const hash = createHash("sha256");
for (const url of files) {
  hash.update(url);
  hash.update(readFileSync(join(staging, url)));
}
const version = hash.digest("hex").slice(0, 16);
const template = readFileSync(new URL("../www/sw.js", import.meta.url), "utf8");
const worker = template
  .replace("__VERSION__", version)
  .replace("__FILES__", JSON.stringify(files, null, 2));
writeFileSync(join(staging, "sw.js"), worker);
console.log(`build-sw: ${files.length} files, cache jaring-${version}`);
