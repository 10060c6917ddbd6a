// Warraq: on an article opened from the search results (…/?q=words), marks the words that share a
// term with the query, as the search engine matched them, and offers to remove the marks.
// DOM ranges and text nodes only: the page's markup is never re-parsed.
(() => {
  "use strict";
  const doc = document;
  const q = new URLSearchParams(location.search).get("q");
  const tokens = window.warraq && window.warraq.tokens;
  const body = doc.querySelector(".article-body");
  if (!q || !tokens || !body || doc.querySelector("mark.search-hit")) return;

  // Excluded words (-word) are not looked for; quotes only group words.
  const exact = new Set();
  const terms = new Set();
  for (const t of tokens(q.replace(/(^|\s)-\S*/g, " ").replace(/["«»“”]/g, " "))) {
    exact.add(t.surface);
    for (const term of [t.stem, ...(t.alternatives || [])]) terms.add(term);
  }
  if (!exact.size) return;
  const hit = (t) => exact.has(t.surface) || [t.stem, ...(t.alternatives || [])].some((term) => terms.has(term));

  const roots = [doc.querySelector("main h1"), body].filter(Boolean);
  for (const root of roots) {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.closest("script, style, mark") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const node of nodes) {
      const found = tokens(node.data).filter(hit);
      // Last first: wrapping splits the node after the match, so earlier offsets stay valid.
      for (let i = found.length - 1; i >= 0; i--) {
        const range = doc.createRange();
        range.setStart(node, found[i].start);
        range.setEnd(node, found[i].end);
        const mark = doc.createElement("mark");
        mark.className = "search-hit";
        range.surroundContents(mark);
      }
    }
  }

  const marks = [...doc.querySelectorAll("mark.search-hit")];
  if (!marks.length) return;

  const words = doc.createElement("bdi");
  words.textContent = q;
  const text = doc.createElement("p");
  text.append("كلمات البحث مميّزة في النص: ", words);
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = "إزالة التمييز";
  const bar = doc.createElement("div");
  bar.className = "search-hit-bar";
  bar.append(text, button);
  body.before(bar);

  button.addEventListener("click", () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent.normalize();
    }
    bar.remove();
    const url = new URL(location.href);
    url.searchParams.delete("q");
    history.replaceState(history.state, "", url.href);
    const main = doc.querySelector("main");
    if (main) main.focus({ preventScroll: true });
  });

  (marks.find((m) => body.contains(m)) || marks[0]).scrollIntoView({ block: "center" });
})();
