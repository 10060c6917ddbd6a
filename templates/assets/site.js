// Warraq: small enhancements, no dependencies.
(() => {
  "use strict";
  const doc = document;

  // aria-current on links to this page (ignoring index.html, query, fragment).
  const key = (href) => {
    const url = new URL(href, doc.baseURI);
    return url.protocol + "//" + url.host + url.pathname.replace(/\/index\.html$/, "/");
  };
  const here = key(location.href);
  for (const link of doc.querySelectorAll(".site-nav a[href], .footer-nav a[href]")) {
    if (!link.hasAttribute("aria-current") && key(link.href) === here) link.setAttribute("aria-current", "page");
  }

  // Search scripts load when needed: once each, in order, from the site root. The index's manifest comes
  // with the engine, in the same round trip (docs/search.md, section 5).
  const loaded = new Set();
  const load = (...paths) => {
    for (const path of paths) {
      if (loaded.has(path)) continue;
      loaded.add(path);
      const script = doc.createElement("script");
      script.src = (doc.documentElement.dataset.root || "") + path + ".js";
      script.async = false;
      if (path === "search/manifest") script.dataset.warraqManifest = "";
      doc.head.append(script);
    }
  };
  const box = doc.querySelector(".site-search input");
  const start = () => load("assets/search/analyzer", "assets/search/engine", "search/manifest", "assets/search/ui");
  if (doc.querySelector(".search-page") || (box && (box.value || doc.activeElement === box))) start();
  else if (box) {
    box.addEventListener("focus", start, { once: true });
    box.addEventListener("input", start, { once: true });
  }
  if (doc.querySelector(".article-body") && new URLSearchParams(location.search).get("q")) load("assets/search/analyzer", "assets/search/highlight");
})();
