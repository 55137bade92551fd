// Starts this page's bundle (Trunk writes the <script> tag that loads this module, with the
// hashed names of the bundle's JS and WebAssembly as data attributes: Trunk.toml,
// pattern_script), then asks the service worker to keep the bundle for offline use. No inline
// script anywhere, so the Content-Security-Policy needs no hashes.
const root = document.documentElement;
// The address this document was loaded from, before the page writes its inputs into the query:
// the service worker finds the document under it in the HTTP cache.
const loadedFrom = location.href;
const files = document.querySelector("script[data-wasm]").dataset;

if (root.dataset.wasm === "ok") {
  const { default: init } = await import(files.js);
  await init({ module_or_path: files.wasm });
  keepOffline();
}

// The service worker copies the files this visit already downloaded (sw.js, `keep`); the page
// tells it which bundle it is and its own address, and the language for the offline page.
function keepOffline() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register("/sw.js")
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      registration.active.postMessage({ keep: root.dataset.bundle, page: loadedFrom, lang: root.lang });
    })
    .catch(() => {});
}
