// Serves dist/ on the loopback address the way a common static host does, so tests and
// measurements see what users get:
// - a path answers with its file if it exists; a folder redirects to its slash form and answers
//   with its index.html; anything else answers with /index.html (single-page-app fallback);
// - text and WebAssembly are sent gzip-compressed to browsers that accept it;
// - `Cache-Control: max-age=600` and `Last-Modified` (with 304 answers to If-Modified-Since), or
//   no cache headers at all with `--no-cache-headers` (the worst case for the service worker);
// - a malformed request (bad percent-encoding, a path outside the folder) gets a 4xx, never a crash.
//
// Usage: node scripts/serve.mjs [--port 8080] [--dir dist] [--no-cache-headers]
// As a module: startSite({ dir, port, cacheHeaders, onSent }) resolves to { url, close }, and
// onSent({ path, status, bytes }) reports every response with the bytes sent on the wire.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSED = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".webmanifest", ".json", ".svg", ".txt"]);
const DEFAULT_DIR = new URL("../dist", import.meta.url).pathname;

const isFile = (path) => stat(path).then((s) => s.isFile(), () => false);
const isDir = (path) => stat(path).then((s) => s.isDirectory(), () => false);

/** Maps a request path to { redirect } or { file }; null when the path is malformed. */
async function resolvePath(root, rawPath) {
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path.includes("\0") || !path.startsWith("/")) return null;
  const target = resolve(root, "." + path);
  if (target !== root && !target.startsWith(root + sep)) return null;
  if (await isFile(target)) return { file: target };
  if (await isDir(target)) {
    if (!rawPath.endsWith("/")) return { redirect: rawPath + "/" };
    if (await isFile(join(target, "index.html"))) return { file: join(target, "index.html") };
  }
  return { file: join(root, "index.html"), fallback: true };
}

export function startSite({ dir = DEFAULT_DIR, port = 0, cacheHeaders = true, onSent = () => {} } = {}) {
  const root = resolve(dir);
  const gzipped = new Map();
  const send = (req, res, status, headers, body) => {
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
    onSent({ path: req.url, status, bytes: body ? body.length : 0 });
  };
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        return send(req, res, 405, { Allow: "GET, HEAD" });
      }
      let url;
      try {
        url = new URL(req.url, "http://localhost");
      } catch {
        return send(req, res, 400, { "Content-Type": "text/plain; charset=utf-8" }, Buffer.from("Bad request"));
      }
      const found = await resolvePath(root, url.pathname);
      if (!found) return send(req, res, 400, { "Content-Type": "text/plain; charset=utf-8" }, Buffer.from("Bad request"));
      if (found.redirect) return send(req, res, 301, { Location: found.redirect + url.search });
      if (found.fallback && extname(url.pathname)) {
        return send(req, res, 404, { "Content-Type": "text/plain; charset=utf-8" }, Buffer.from("Not found"));
      }
      const info = await stat(found.file);
      const modified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
      const headers = {
        "Content-Type": TYPES[extname(found.file)] || "application/octet-stream",
        "X-Content-Type-Options": "nosniff",
      };
      if (cacheHeaders) {
        headers["Cache-Control"] = "max-age=600";
        headers["Last-Modified"] = modified.toUTCString();
        const since = Date.parse(req.headers["if-modified-since"] || "");
        if (!Number.isNaN(since) && modified.getTime() <= since) return send(req, res, 304, headers);
      }
      let body = await readFile(found.file);
      if (COMPRESSED.has(extname(found.file))) {
        headers["Vary"] = "Accept-Encoding";
        if (/\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
          const key = `${found.file}:${info.mtimeMs}`;
          if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
          body = gzipped.get(key);
          headers["Content-Encoding"] = "gzip";
        }
      }
      headers["Content-Length"] = body.length;
      send(req, res, 200, headers, body);
    } catch {
      if (!res.headersSent) send(req, res, 500, { "Content-Type": "text/plain; charset=utf-8" }, Buffer.from("Server error"));
      else res.destroy();
    }
  });
  server.on("clientError", (_err, socket) => socket.destroy());
  return new Promise((done) => {
    server.listen(port, "127.0.0.1", () =>
      done({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((closed) => { server.closeAllConnections(); server.close(closed); }),
      })
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const site = await startSite({
    dir: option("--dir", DEFAULT_DIR),
    port: Number(option("--port", "8080")),
    cacheHeaders: !args.includes("--no-cache-headers"),
  });
  console.log(`Jaring is served at ${site.url}/ (Ctrl+C to stop)`);
}
