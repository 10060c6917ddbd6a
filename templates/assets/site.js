// Warraq: small progressive enhancements, no dependencies.
// Marks the navigation link that points at the current page with aria-current="page".
(() => {
  "use strict";

  // Same page regardless of a trailing index.html, query or fragment; works for file:// too.
  const key = (href) => {
    const url = new URL(href, document.baseURI);
    return url.protocol + "//" + url.host + url.pathname.replace(/\/index\.html$/, "/");
  };

  const here = key(location.href);
  for (const link of document.querySelectorAll(".site-nav a[href], .footer-nav a[href]")) {
    if (!link.hasAttribute("aria-current") && key(link.href) === here) {
      link.setAttribute("aria-current", "page");
    }
  }
})();
