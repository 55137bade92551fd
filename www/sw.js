// Service worker template; scripts/assemble.mjs fills in the version and, per bundle, the entry
// page (shell), the paths it serves and every file with the first 16 hex digits of its SHA-256.
//
// - A bundle is kept when one of its pages is first opened (the page posts `keep`), never before:
//   an agent's phone never downloads the planner bundle it did not ask for.
// - Keeping copies what the visit already downloaded from the browser's HTTP cache and checks each
//   copy against its hash, so a first visit downloads each file once even from a host that sends
//   no cache headers; a copy that does not match is fetched again.
// - Navigations are answered with the bundle's cached entry page whatever the path and query, so
//   shared links open offline; a bundle never downloaded gets a page saying so.
// - A new deployment keeps again the bundles the old one kept, then drops the old cache.
const CACHE = "jaring-__VERSION__";
const BUNDLES = __BUNDLES__;
const LANG_KEY = "/__jaring/lang";

const bundleOf = (pathname) =>
  Object.keys(BUNDLES).find((name) =>
    BUNDLES[name].paths.some((p) => pathname === p || pathname.startsWith(p + "/"))
  ) || "public";

async function sha256(response) {
  const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
}

// The copy the browser already has if it is this build's, else a fresh one.
async function verified(url, hash, firstTry) {
  for (const [address, mode] of [[firstTry || url, "force-cache"], [url, "reload"]]) {
    const response = await fetch(address, { cache: mode });
    if (response.ok && (await sha256(response)) === hash) return response;
  }
  throw new Error(`${url} does not match this build`);
}

async function keep(name, page) {
  const bundle = BUNDLES[name];
  const cache = await caches.open(CACHE);
  if (!bundle || (await cache.match(bundle.shell))) return;
  const files = Object.keys(bundle.files).filter((url) => url !== bundle.shell);
  await Promise.all(
    files.map(async (url) => {
      if (!(await cache.match(url))) await cache.put(url, await verified(url, bundle.files[url]));
    })
  );
  // The entry page last: a cached shell means the whole bundle is there.
  await cache.put(bundle.shell, await verified(bundle.shell, bundle.files[bundle.shell], page));
}

self.addEventListener("message", (event) => {
  const { keep: name, page, lang } = event.data || {};
  const samePage = typeof page === "string" && new URL(page).origin === self.location.origin ? page : undefined;
  event.waitUntil(
    Promise.all([
      keep(name, samePage),
      lang === "id" || lang === "en"
        ? caches.open(CACHE).then((cache) => cache.put(LANG_KEY, new Response(lang)))
        : null,
    ]).catch(() => {})
  );
});

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const kept = [];
      for (const key of await caches.keys()) {
        if (!key.startsWith("jaring-") || key === CACHE) continue;
        const old = await caches.open(key);
        for (const name of Object.keys(BUNDLES)) {
          if (await old.match(BUNDLES[name].shell)) kept.push(name);
        }
        const lang = await old.match(LANG_KEY);
        if (lang) await (await caches.open(CACHE)).put(LANG_KEY, lang);
      }
      await Promise.all([...new Set(kept)].map((name) => keep(name).catch(() => {})));
      await self.skipWaiting();
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("jaring-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

const NOT_DOWNLOADED = {
  id: {
    title: "Alat ini belum diunduh",
    text: "Buka alat ini sekali saat ada koneksi internet. Setelah itu alat ini bisa dipakai tanpa sinyal.",
    back: "Kembali ke Jaring",
  },
  en: {
    title: "This tool has not been downloaded yet",
    text: "Open it once with an internet connection. After that it works without a signal.",
    back: "Back to Jaring",
  },
};

async function notDownloaded(request) {
  const saved = await caches.match(LANG_KEY, { cacheName: CACHE });
  const lang = saved ? await saved.text() : (request.headers.get("Accept-Language") || "").startsWith("en") ? "en" : "id";
  const t = NOT_DOWNLOADED[lang] || NOT_DOWNLOADED.id;
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Jaring — ${t.title}</title>
<style>body{font:1.05rem/1.5 system-ui,sans-serif;margin:0;padding:2rem 1.25rem;color:#1b1f1d;max-width:36rem}
h1{font-size:1.4rem;color:#0b6e4f}a{display:inline-block;margin-top:1rem;padding:.7rem 1.1rem;background:#0b6e4f;color:#fff;border-radius:.5rem;text-decoration:none}</style>
</head><body><p>Jaring</p><h1>${t.title}</h1><p>${t.text}</p><a href="/">${t.back}</a></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    const bundle = BUNDLES[bundleOf(url.pathname)];
    event.respondWith(
      (async () => {
        const cached = await caches.match(bundle.shell, { cacheName: CACHE });
        if (cached) return cached;
        try {
          return await fetch(request);
        } catch {
          return notDownloaded(request);
        }
      })()
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((cached) => cached || fetch(request))
  );
});
