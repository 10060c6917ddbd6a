// Warraq: relative dates («منذ ٣ ساعات») for recent articles, worked out when the page is read.
// Pages carry absolute dates; this only rephrases <time datetime> elements with a time of day that
// are less than a week old, keeps the absolute date in the title attribute, and uses the site's
// digits (<html data-numerals>). No dependencies, no innerHTML; without it the page is unchanged.
(() => {
  "use strict";
  if (typeof Intl === "undefined" || typeof Intl.RelativeTimeFormat !== "function") return;
  const root = document.documentElement;
  const digits = root.dataset.numerals === "latn" ? "latn" : "arab";
  const language = (root.lang || "ar").split("-")[0];
  let format;
  try {
    format = new Intl.RelativeTimeFormat(language + "-u-nu-" + digits, { numeric: "auto" });
  } catch (e) {
    return;
  }
  const WEEK = 7 * 24 * 3600;
  const UNITS = [["day", 24 * 3600], ["hour", 3600], ["minute", 60]];
  const now = Date.now();

  const phrase = (seconds) => {
    for (const [unit, size] of UNITS) {
      if (seconds >= size) return format.format(-Math.floor(seconds / size), unit);
    }
    return format.format(0, "second");
  };

  for (const time of document.querySelectorAll("time[datetime]")) {
    const value = time.getAttribute("datetime");
    if (!value.includes("T")) continue;
    const when = Date.parse(value);
    if (Number.isNaN(when)) continue;
    const age = (now - when) / 1000;
    if (age < -60 || age >= WEEK) continue;
    if (!time.hasAttribute("title")) time.setAttribute("title", time.textContent.trim());
    time.textContent = phrase(Math.max(0, age));
    time.dataset.relative = "";
  }
})();
