// Runs before the app (a deferred classic script, so even browsers without modules run it).
// Browsers too old for the app (WebAssembly with reference types: Chrome / Android WebView 96+)
// get a plain message instead of a blank page; boot.js starts the app only where this found it
// can run. The module below is a function returning `ref.null extern`, which only validates where
// reference types are supported.
(function () {
  var ok = false;
  try {
    ok = typeof WebAssembly === "object" && WebAssembly.validate(new Uint8Array([
      0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 111, 3, 2, 1, 0, 10, 6, 1, 4, 0, 208, 111, 11
    ]));
  } catch (e) { ok = false; }
  document.documentElement.setAttribute("data-wasm", ok ? "ok" : "old");
  if (!ok) {
    document.getElementById("boot-text").textContent =
      "Browser ini terlalu lama untuk Jaring. Perbarui Chrome atau Android System WebView, lalu buka lagi. " +
      "/ This browser is too old for Jaring. Update Chrome or Android System WebView and open it again.";
    document.getElementById("boot").className = "boot boot-old";
  }
})();
