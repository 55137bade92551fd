// Assembles dist/ from the two Trunk builds (target/site/public, target/site/planner) and writes
// the service worker from www/sw.js with what each bundle needs offline.
//
//   dist/index.html             public entry: /, /iuran, /manfaat (and the host's fallback)
//   dist/anggaran/index.html    planner entry, at each planner path (a host serves a folder's
//   dist/cakupan/index.html     index.html), so /anggaran?pekerja=… opens the planner bundle
//   dist/sw.js                  the bundles' file lists with a SHA-256 of each file
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const site = (bundle) => join(root, "target/site", bundle);
const PLANNER_PATHS = ["/anggaran", "/cakupan"];

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const urlsOf = (dir, entry) =>
  walk(dir)
    .map((path) => "/" + relative(dir, path).split(sep).join("/"))
    .filter((url) => url !== entry)
    .sort();
// 64 bits of SHA-256 tell this build's copy from another; a full hash would only grow sw.js.
const sha = (body) => createHash("sha256").update(body).digest("hex").slice(0, 16);
// The PNG icons serve installation (the browser fetches the one it needs when the app is
// installed); pages show only the SVG, so keeping them would add about 9 KB to every first visit.
const keptOffline = (url) => !/^\/icons\/.*\.png$/.test(url);

rmSync(dist, { recursive: true, force: true });
cpSync(site("public"), dist, { recursive: true });
cpSync(site("planner"), dist, { recursive: true, filter: (path) => path !== join(site("planner"), "index.html") });
const plannerHtml = readFileSync(join(site("planner"), "index.html"));
for (const path of PLANNER_PATHS) {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, "index.html"), plannerHtml);
}

const bundle = (name, entry, shell, paths) => {
  const files = Object.fromEntries(
    urlsOf(site(name), entry)
      .filter(keptOffline)
      .map((url) => [url, sha(readFileSync(join(dist, url)))])
  );
  files[shell] = sha(readFileSync(join(dist, shell)));
  return { shell, paths, files };
};
const bundles = {
  public: bundle("public", "/index.html", "/index.html", []),
  planner: bundle("planner", "/index.html", "/anggaran/index.html", PLANNER_PATHS),
};
const version = sha(JSON.stringify(bundles));
const worker = readFileSync(join(root, "www/sw.js"), "utf8")
  .replace("__VERSION__", version)
  .replace("__BUNDLES__", JSON.stringify(bundles, null, 2));
writeFileSync(join(dist, "sw.js"), worker);
for (const [name, b] of Object.entries(bundles)) {
  console.log(`assemble: ${name} bundle, ${Object.keys(b.files).length} files`);
}
console.log(`assemble: dist/ written, service worker cache jaring-${version}`);
