// Warraq search UI: the search page (/search/?q=…) and the header box's live results.
// Built with createElement and text nodes only: no HTML strings anywhere, so nothing a title,
// an excerpt or a query contains can become markup.
(() => {
  "use strict";
  if (window.warraqUi) return;
  window.warraqUi = true;

  const doc = document;
  const html = doc.documentElement;
  const latn = html.dataset.numerals === "latn";
  const FACETS = [["category", "القسم"], ["author", "الكاتب"], ["year", "السنة"], ["tag", "الوسم"]];
  const FORMS = { zero: "لا نتائج", one: "نتيجة واحدة", two: "نتيجتان", few: "{n} نتائج", many: "{n} نتيجة", other: "{n} نتيجة" };
  const plural = new Intl.PluralRules("ar");
  const months = new Intl.DateTimeFormat("ar-" + (html.dataset.region || "EG"), { month: "long", timeZone: "UTC" });
  const wide = matchMedia("(min-width: 56rem)");

  const num = (n) => (latn ? String(n) : String(n).replace(/\d/g, (d) => "٠١٢٣٤٥٦٧٨٩"[d]));
  const count = (n) => FORMS[plural.select(n)].replace("{n}", num(n));
  // «١٤ مارس ٢٠٢٥» from the date as written in the ISO string (no time-zone shift).
  const date = (iso) => {
    const [y, m, d] = String(iso).slice(0, 10).split("-").map(Number);
    return y && m && d ? num(d) + " " + months.format(Date.UTC(y, m - 1, d)) + " " + num(y) : "";
  };

  const el = (tag, cls, ...kids) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    e.append(...kids.filter((k) => k != null && k !== ""));
    return e;
  };

  // The article link carries the query so highlight.js can mark it there.
  const withQuery = (url, q) => {
    const cut = url.indexOf("#");
    const base = cut < 0 ? url : url.slice(0, cut);
    return base + (base.includes("?") ? "&" : "?") + "q=" + encodeURIComponent(q) + (cut < 0 ? "" : url.slice(cut));
  };

  const result = (r, q, full) => {
    const a = el("a", "", r.title);
    a.href = withQuery(r.url, q);
    const meta = el("p", "meta");
    if (r.category) meta.append(el("span", "search-result-category", r.category));
    if (r.date) {
      const time = el("time", "", date(r.date));
      time.dateTime = String(r.date).slice(0, 10);
      meta.append(time);
    }
    const li = el("li", "search-result", el(full ? "h2" : "p", "search-result-title", a), meta);
    if (full && r.excerpt && r.excerpt.length) {
      const p = el("p", "search-result-excerpt");
      for (const part of r.excerpt) p.append(part.match ? el("mark", "", part.text) : part.text);
      li.append(p);
    }
    return li;
  };

  const search = (q, options) =>
    window.warraq && window.warraq.search
      ? Promise.resolve(window.warraq.search(q, options))
      : Promise.reject(new Error("warraq.search is missing"));

  // Up and down arrows move between the result links and back to the box; Enter follows the link.
  const arrows = (box, scope, selector) => (e) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const links = [...scope.querySelectorAll(selector)];
    const i = links.indexOf(doc.activeElement);
    if (!links.length || (i < 0 && (e.target !== box || e.key === "ArrowUp"))) return;
    e.preventDefault();
    const j = e.key === "ArrowDown" ? Math.min(i + 1, links.length - 1) : i - 1;
    (j < 0 ? box : links[j]).focus();
  };

  const debounce = (fn, ms) => {
    let timer;
    const call = (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
    call.cancel = () => clearTimeout(timer);
    return call;
  };

  const headerForm = doc.querySelector(".site-search");
  const headerBox = headerForm && headerForm.querySelector("input");
  const page = doc.querySelector(".search-page");

  if (page) {
    const $ = (s) => page.querySelector(s);
    const box = $("#search-query");
    const status = $(".search-status");
    const note = $(".search-note");
    const suggestion = $(".search-suggestion");
    const list = $(".search-results");
    const more = $(".search-more");
    const sort = $("#search-sort");
    const filters = $(".search-filters");
    const facets = $(".search-facets");
    $(".search-tools").hidden = false;
    filters.open = wide.matches;

    const fromUrl = () => {
      const p = new URLSearchParams(location.search);
      const s = { q: p.get("q") || "", sort: p.get("sort") === "date" ? "date" : "relevance", filters: {} };
      for (const [key] of FACETS) if (p.get(key)) s.filters[key] = p.get(key);
      return s;
    };
    const toUrl = (s) => {
      const p = new URLSearchParams();
      if (s.q.trim()) p.set("q", s.q.trim());
      for (const [key] of FACETS) if (s.filters[key] != null) p.set(key, s.filters[key]);
      if (s.sort === "date") p.set("sort", "date");
      const query = p.toString();
      return location.pathname + (query ? "?" + query : "");
    };
    const show = () => {
      box.value = state.q;
      if (headerBox) headerBox.value = state.q;
      sort.value = state.sort;
    };

    let state = fromUrl();
    if (!state.q && box.value) state.q = box.value; // typed before this script arrived
    let seq = 0;
    let shown = 0;

    // The engine's facets: { category: [{ value, label, count }], tag: […], author: […], year: […] }.
    const facetItems = (list) => (list || []).map((x) => [x.value, x.count, x.label ?? x.value]);

    const renderFacets = (data) => {
      const focused = doc.activeElement && doc.activeElement.dataset.facet;
      facets.replaceChildren();
      for (const [key, title] of FACETS) {
        const active = state.filters[key];
        // A filter from the address may name the value ("energy") or its label («طاقة ومناخ»).
        const on = ([v, , text]) => active != null && (String(v) === String(active) || String(text) === String(active));
        let items = facetItems(data && data[key]).filter((item, i) => on(item) || (item[1] > 0 && (key !== "tag" || i < 12)));
        if (key === "year") items.sort((a, b) => b[0] - a[0]);
        if (active != null && !items.some(on)) items.unshift([active, 0, active]);
        if (!items.length) continue;
        const ul = el("ul");
        for (const item of items) {
          const [value, n, text] = item;
          const pressed = on(item);
          const b = el("button", "", key === "year" ? num(text) : String(text), el("span", "facet-count", num(n)));
          b.type = "button";
          b.dataset.facet = key + ":" + value;
          b.setAttribute("aria-pressed", pressed);
          b.addEventListener("click", () => {
            if (pressed) delete state.filters[key];
            else state.filters[key] = value;
            go(true);
          });
          ul.append(el("li", "", b));
        }
        facets.append(el("fieldset", "search-facet", el("legend", "", title), ul));
      }
      if (focused) for (const b of facets.querySelectorAll("button")) if (b.dataset.facet === focused) b.focus();
    };

    const run = async (append) => {
      const my = ++seq;
      const q = state.q.trim();
      const url = toUrl(state);
      if (!q) {
        for (const e of [note, suggestion, more]) e.hidden = true;
        status.textContent = "";
        list.replaceChildren();
        list.dataset.for = url;
        facets.replaceChildren();
        return;
      }
      list.setAttribute("aria-busy", "true");
      let res;
      try {
        res = await search(q, { limit: 10, offset: append ? shown : 0, sort: state.sort, filters: { ...state.filters } });
      } catch (err) {
        if (my === seq) status.textContent = "تعذّر البحث الآن، أعد المحاولة بعد قليل.";
        console.error(err);
        return;
      } finally {
        if (my === seq) list.removeAttribute("aria-busy");
      }
      if (my !== seq) return;
      list.dataset.for = url; // which search the list shows
      const items = (res.results || []).map((r) => result(r, q, true));
      if (append) {
        list.append(...items);
        const first = items[0] && items[0].querySelector("a");
        if (first) first.focus();
      } else {
        list.replaceChildren(...items);
        shown = 0;
      }
      shown += items.length;
      const total = res.total || 0;
      status.textContent = count(total);
      more.hidden = shown >= total;
      note.textContent = "لم نجد مقالًا يضم كل كلمات البحث، فهذه مقالات تضم بعضها.";
      note.hidden = !res.fallback;
      suggestion.hidden = !res.suggestion;
      if (res.suggestion) {
        const a = el("a", "", el("bdi", "", res.suggestion));
        a.href = toUrl({ ...state, q: res.suggestion });
        a.addEventListener("click", (e) => {
          e.preventDefault();
          state.q = res.suggestion;
          go(true);
        });
        suggestion.replaceChildren("هل تقصد: ", a, "؟");
      }
      renderFacets(res.facets);
    };

    // push: a new history entry (a submitted query, a filter, the sort); otherwise replace it.
    const go = (push) => {
      typing.cancel();
      show();
      const url = toUrl(state);
      if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
      run(false);
    };
    const typing = debounce(() => go(false), 200);
    const onInput = (e) => {
      state.q = e.target.value;
      const other = e.target === box ? headerBox : box;
      if (other) other.value = state.q;
      typing();
    };
    const onSubmit = (e) => {
      e.preventDefault();
      state.q = e.target.querySelector("input").value;
      go(true);
    };

    box.addEventListener("input", onInput);
    box.form.addEventListener("submit", onSubmit);
    if (headerBox) {
      headerBox.addEventListener("input", onInput);
      headerForm.addEventListener("submit", onSubmit);
    }
    sort.addEventListener("change", () => {
      state.sort = sort.value;
      go(true);
    });
    more.addEventListener("click", () => run(true));
    page.addEventListener("keydown", arrows(box, list, ".search-result-title a"));
    addEventListener("popstate", () => {
      state = fromUrl();
      show();
      run(false);
    });

    show();
    if (state.q) go(false);
    else box.focus();
    return;
  }

  // Any other page: up to five live results under the header box, and a link to all of them.
  if (!headerBox) return;
  const live = el("p", "visually-hidden");
  live.setAttribute("role", "status");
  const popCount = el("p", "search-popup-count");
  popCount.setAttribute("aria-hidden", "true");
  const popList = el("ol", "search-results");
  const all = el("a", "search-all", "كل النتائج في صفحة البحث");
  const pop = el("div", "search-popup", popCount, popList, el("p", "search-all-wrap", all));
  pop.id = "site-search-results";
  pop.hidden = true;
  headerForm.append(live, pop);
  headerBox.setAttribute("aria-controls", pop.id);

  let seq = 0;
  const close = () => {
    pop.hidden = true;
  };
  const update = async () => {
    const my = ++seq;
    const q = headerBox.value.trim();
    if (!q) {
      close();
      live.textContent = "";
      return;
    }
    let res;
    try {
      res = await search(q, { limit: 5, facets: false, excerpts: false });
    } catch (err) {
      console.error(err);
      return;
    }
    if (my !== seq) return;
    popList.replaceChildren(...(res.results || []).map((r) => result(r, q, false)));
    live.textContent = popCount.textContent = count(res.total || 0);
    const url = new URL(headerForm.action);
    url.searchParams.set("q", q);
    all.href = url.href;
    all.hidden = !res.total;
    pop.hidden = doc.activeElement !== headerBox && !headerForm.contains(doc.activeElement);
  };
  const typing = debounce(update, 200);

  headerBox.addEventListener("input", typing);
  headerBox.addEventListener("focus", () => {
    if (headerBox.value.trim() && popCount.textContent) pop.hidden = false;
  });
  headerForm.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !pop.hidden) {
      close();
      headerBox.focus();
    } else arrows(headerBox, pop, "a:not([hidden])")(e);
  });
  headerForm.addEventListener("focusout", (e) => {
    if (e.relatedTarget && !headerForm.contains(e.relatedTarget)) close();
  });
  doc.addEventListener("pointerdown", (e) => {
    if (!headerForm.contains(e.target)) close();
  });
  if (headerBox.value.trim() && doc.activeElement === headerBox) update();
})();
