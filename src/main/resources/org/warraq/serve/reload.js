// Warraq preview (warraq serve only; never part of a built site): reloads this tab when the site is
// rebuilt, and shows the latest build's errors over the page, built with DOM calls (no innerHTML,
// no inline script or style attribute), so the page's Content-Security-Policy holds.
(() => {
  "use strict";
  const doc = document;
  const base = "/__warraq/";
  const served = doc.currentScript && new URL(doc.currentScript.src).searchParams.get("generation");
  let generation = served === null || served === undefined || served === "" ? null : Number(served);
  let panel = null;

  const element = (name, text, style) => {
    const node = doc.createElement(name);
    if (text) node.textContent = text;
    if (style) Object.assign(node.style, style);
    return node;
  };

  const hide = () => {
    if (panel) panel.remove();
    panel = null;
  };

  const show = (report) => {
    hide();
    const errors = report.problems.filter((p) => p.severity === "error");
    panel = element("section", "", {
      position: "fixed", insetInlineStart: "0", insetInlineEnd: "0", top: "0", zIndex: "2147483647",
      maxHeight: "70vh", overflow: "auto", margin: "0", padding: "1rem 1.25rem", boxSizing: "border-box",
      background: "#2a0f12", color: "#ffecec", borderBottom: "4px solid #e5484d",
      font: "14px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", textAlign: "left"
    });
    panel.id = "warraq-build-error";
    panel.dir = "ltr";
    panel.lang = "en";
    panel.setAttribute("role", "alert");
    const count = errors.length === 1 ? "1 error" : errors.length + " errors";
    panel.append(element("strong", "Warraq: the build failed with " + count +
      ". This tab shows the last good version; it reloads when the problems are fixed.", { display: "block" }));
    const list = element("ul", "", { margin: "0.75rem 0 0", paddingInlineStart: "1.25rem" });
    for (const problem of report.problems) {
      const item = element("li", problem.text, {
        whiteSpace: "pre-wrap", unicodeBidi: "plaintext",
        color: problem.severity === "error" ? "#ffecec" : "#f5d90a"
      });
      list.append(item);
    }
    panel.append(list);
    const close = element("button", "Hide", { marginBlockStart: "0.75rem", font: "inherit", cursor: "pointer" });
    close.type = "button";
    close.addEventListener("click", hide);
    panel.append(close);
    doc.body.append(panel);
  };

  const check = () => fetch(base + "error", { cache: "no-store" })
    .then((response) => response.json())
    .then((report) => {
      if (generation === null) generation = report.generation;
      else if (report.generation !== generation) {
        location.reload();
        return;
      }
      if (report.ok) hide();
      else show(report);
    })
    .catch(() => {});

  const events = new EventSource(base + "events");
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("problem", check);
  events.addEventListener("hello", check);
})();
