// Service worker template. scripts/build-sw.mjs fills in the build's file list and a cache name
// derived from their contents, so every deployment gets a fresh cache and drops the old one.
const CACHE = "jaring-__VERSION__";
const FILES = __FILES__;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("jaring-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  // Every page (/, /iuran?upah=…, …) is the same app shell: answer navigations with the cached
  // index.html whatever the path and query, so shared links open offline.
  if (request.mode === "navigate") {
    event.respondWith(
      caches.open(CACHE)
        .then((cache) => cache.match("/index.html"))
        .then((cached) => cached || fetch(request))
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request))
  );
});
