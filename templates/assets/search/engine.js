/*
 * Warraq search engine: evaluates the query language of docs/search.md section 4 against the static index
 * of docs/search-index-format.md, with the scores Lucene's IndexSearcher gives (section 3), in the browser.
 * Needs analyzer.js (warraq.tokens). Classic script, no dependencies; Arabic is written as \u escapes.
 * API: warraq.searchInit({root, load}) (optional), warraq.search(query, options) -> Promise (section 6).
 */
(function (root) {
  'use strict';

  const W = root.warraq || (root.warraq = {});
  const F = Math.fround;
  const FORMAT = 4;
  const QUOTES = '"\u00ab\u00bb\u201c\u201d\u201e';
  const CLITICS = ['\u0627\u0644', '\u0648\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0641\u0627\u0644',
    '\u0644\u0644', '\u0648'];
  const MARKS = /[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u200c\u200d]/g;
  const SLACK = 1 + 1e-6;
  const PREFIX_SHARDS = 3;
  const EXCERPT = 24;
  const FACETS = ['category', 'tag', 'author', 'year'];

  // ---- files: every file calls warraq.searchShard(id, data) when it runs

  const slots = new Map();
  let settings = null;

  const slot = (id) => {
    let s = slots.get(id);
    if (!s) {
      s = {};
      s.promise = new Promise((resolve, reject) => {
        s.resolve = (data) => { s.data = data; s.done = true; resolve(data); };
        s.reject = (e) => { slots.delete(id); reject(e); };
      });
      slots.set(id, s);
    }
    return s;
  };

  W.searchShard = (id, data) => slot(id).resolve(data);

  const pageRoot = () => {
    const script = root.document && root.document.currentScript;
    const attr = script && script.getAttribute('data-root');
    const html = root.document && root.document.documentElement;
    return attr != null ? attr : (html && html.dataset && html.dataset.root) || '';
  };
  const defaultRoot = pageRoot();

  function scriptLoader(id, url) {
    const doc = root.document;
    const el = doc.createElement('script');
    el.src = url;
    el.async = true;
    el.onload = () => {
      el.remove();
      if (!slot(id).done) slot(id).reject(new Error('search file did not register: ' + url));
    };
    el.onerror = () => {
      el.remove();
      slot(id).reject(new Error('cannot load search file ' + url));
    };
    doc.head.appendChild(el);
  }

  /**
   * Optional, and starts afresh: {root: the site root relative to this page (default: data-root of this
   * script tag, else of <html>), load(id, url): a loader that makes the file call warraq.searchShard}.
   */
  W.searchInit = (options = {}) => {
    settings = { root: options.root != null ? String(options.root) : defaultRoot, load: options.load || scriptLoader };
    slots.clear();
    index = null;
    return W;
  };

  // One batch of files fetched in parallel; counts as a sequential request when something new is fetched.
  function fetchAll(ids, trace) {
    if (!settings) W.searchInit();
    let fresh = false;
    const promises = [...new Set(ids)].map((id) => {
      const s = slot(id);
      if (!s.started && !s.done) {
        s.started = fresh = true;
        try {
          const loading = settings.load(id, settings.root + 'search/' + id + '.js');
          if (loading && loading.then) {
            loading.then(() => s.done || s.reject(new Error('search file did not register: ' + id)), s.reject);
          }
        } catch (e) {
          s.reject(e);
        }
      }
      return s.promise;
    });
    if (fresh) trace.requests++;
    return Promise.all(promises);
  }

  const data = (id) => (slots.get(id) || {}).data;

  // ---- the manifest and the columns: collection statistics, routing, per-article facets

  let index = null;

  function byte4ToInt(i) {
    if (i < 24) return i;
    const j = i - 24;
    const shift = (j >>> 3) - 1;
    return 24 + (shift < 0 ? j & 7 : ((j & 7) | 8) * Math.pow(2, shift));
  }

  function prepare(m) {
    if (m.format !== FORMAT) throw new Error('search index format ' + m.format + ', engine ' + FORMAT);
    const k1 = F(m.k1);
    const b = F(m.b);
    const fields = m.fields.map(([name, boost, docCount, , average]) => {
      const cache = new Float64Array(256);
      if (docCount > 0) {
        const avgdl = F(average);
        for (let i = 0; i < 256; i++) {
          cache[i] = F(1 / F(k1 * F(F(1 - b) + F(F(b * F(byte4ToInt(i))) / avgdl))));
        }
      }
      return { name, boost: F(boost), cache };
    });
    const fragile = new Map(m.idf.map(([f, df, idf]) => [f + ' ' + df, idf]));
    // Lucene's BM25 idf of a sub-field for a document frequency (search-index-format.md, section 2.1).
    const idf = (f, df) => fragile.get(f + ' ' + df)
      || F(Math.log(1 + (m.fields[f][2] - df + 0.5) / (df + 0.5)));
    return { m, fields, idf, n: m.docs, keys: new Map(), inline: new Map(), pending: new Map(), positions: new Map(), read: new Set(), columns: null };
  }

  // The columns of facets, filters and the recency prior, once loaded; years are runs in the file.
  function columns() {
    if (!index.columns) {
      const c = data('columns');
      const dict = (list) => list.map(([value, label]) => ({ value, label }));
      index.dict = { category: dict(c.category), tag: dict(c.tag), author: dict(c.author) };
      index.columns = { ...c, y: c.y.flatMap(([year, n]) => Array(n).fill(year)) };
    }
    return index.columns;
  }

  async function ready(trace) {
    if (!index) {
      const [m] = await fetchAll(['manifest'], trace);
      index = index || prepare(m);
    }
    return index;
  }

  // The file of a key routed by range: the number of separators not greater than it.
  function route(bounds, key) {
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key < bounds[mid]) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  // Families routed by hash: 32-bit FNV-1a of the UTF-16 code units, modulo the number of files.
  const bucket = (folder, key, count) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return folder + ((h >>> 0) % count);
  };
  // A key is a term and its kind: "<term> e" (exact: w/, by hash) or "<term> s" (stem or alternative: t/,
  // by key range, so that the stems starting with a typed prefix are neighbours).
  const bare = (key) => key.slice(0, -2);
  const shardOf = (key) => (key.endsWith(' e') ? bucket('w/', bare(key), index.m.words) : 't/' + route(index.m.terms, bare(key)));

  // ---- the query language (QueryParser.java)

  const space = (c) => c <= ' ' || c === '\u00a0' || (c >= '\u2000' && c <= '\u200a') || c === '\u2028'
    || c === '\u2029' || c === '\u202f' || c === '\u205f' || c === '\u3000';

  function prefixOf(surface) {
    let rest = surface;
    for (const p of CLITICS) {
      if (surface.length >= (p.length === 1 ? 4 : p.length + 2) && surface.startsWith(p)) {
        rest = surface.slice(p.length);
        break;
      }
    }
    return rest.length >= index.m.limits.prefix ? rest : null;
  }

  function parse(query, typing) {
    const L = index.m.limits;
    const words = new Map();
    const excluded = new Map();
    const phrases = new Map();
    let last = null;
    const n = query.length;
    let i = 0;
    while (i < n) {
      const c = query[i];
      if (space(c)) {
        i++;
        continue;
      }
      if (QUOTES.includes(c)) {
        let j = i + 1;
        while (j < n && !QUOTES.includes(query[j])) j++;
        const tokens = W.tokens(query.slice(i + 1, j)).slice(0, L.phraseWords);
        if (tokens.length && phrases.size < L.phrases) {
          const p = { tokens, stems: tokens.map((t) => t.stem), at: tokens.map((t) => t.position - tokens[0].position) };
          phrases.set(JSON.stringify([p.stems, p.at]), p);
        }
        last = null;
        i = j + 1;
        continue;
      }
      let j = i;
      while (j < n && !space(query[j]) && !QUOTES.includes(query[j])) j++;
      const minus = c === '-';
      const off = minus ? i + 1 : i;
      const into = minus ? excluded : words;
      last = null;
      for (const t of W.tokens(query.slice(off, j))) {
        const w = { surface: t.surface, stem: t.stem, alternatives: t.alternatives, start: off + t.start, end: off + t.end };
        if (into.size < (minus ? L.excluded : L.words) && !into.has(w.surface)) into.set(w.surface, w);
        last = !minus && w.end === n && into.has(w.surface) ? w.surface : null;
      }
      i = j;
    }
    const list = [...words.values()];
    const typed = typing && last !== null && prefixOf(last) !== null ? list.findIndex((w) => w.surface === last) : -1;
    return { words: list, phrases: [...phrases.values()], excluded: [...excluded.values()], prefix: typed };
  }

  // ---- term entries: postings (tier by tier), idf per sub-field, the set of articles

  function decodeSet(s, n) {
    const set = new Uint8Array(n);
    if (typeof s === 'string') {
      const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      let bits = 0;
      let acc = 0;
      let byte = 0;
      for (const ch of s) {
        if (ch === '=') break;
        acc = (acc << 6) | A.indexOf(ch);
        bits += 6;
        if (bits >= 8) {
          bits -= 8;
          const v = (acc >> bits) & 255;
          for (let k = 0; k < 8; k++) if (v & (1 << k) && byte * 8 + k < n) set[byte * 8 + k] = 1;
          byte++;
        }
      }
    } else {
      let doc = 0;
      for (let i = 0; i < s.length; i += 2) {
        doc += s[i];
        set.fill(1, doc, doc + s[i + 1]);
        doc += s[i + 1];
      }
    }
    return set;
  }

  // One posting: the sub-field mask, (freq, norm) per sub-field, then the excerpt parts for the body's.
  function readPosting(k, doc, list, i) {
    const mask = list[i++];
    const p = [];
    for (let f = 0; f < 12; f++) if (mask & (1 << f)) p.push(f, list[i++], list[i++]);
    if (mask & 0xc00) k.parts.set(doc, list[i++]);
    if (!k.post.has(doc)) k.post.set(doc, p);
    return i;
  }

  // Postings of a tier; in an exact term's entry, `comp` take those of its stem and alternatives.
  function addPostings(k, list, comp = []) {
    let doc = 0;
    for (let i = 0; i < list.length;) {
      doc += list[i++];
      i = readPosting(k, doc, list, i);
      for (const c of comp) i = readPosting(c, doc, list, i);
    }
  }

  // Where a companion's postings go: its key, or a holder until its entry is read.
  const sink = (key) => index.keys.get(key) || index.pending.get(key)
    || index.pending.set(key, { post: new Map(), parts: new Map() }).get(key);

  // The entry of a key whose shard is loaded, or null when the index does not have it. A bare array is
  // all the postings of the term; its sub-fields and document frequencies come from them.
  function term(key) {
    if (index.keys.has(key)) return index.keys.get(key);
    let e = index.inline.get(key) || (data(shardOf(key)) || {})[bare(key)];
    const exact = key.endsWith(' e');
    let k = null;
    if (e) {
      if (Array.isArray(e)) e = exact ? { c: e[0], t: e.slice(1) } : { t: e };
      k = { key, idf: new Float64Array(12), post: new Map(), parts: new Map(), tier: 1, bounds: e.b || [], files: e.x || [], run: e.p };
      const a = exact && e.c ? W.tokens(bare(key))[0] : null;
      const names = a ? [a.stem, ...a.alternatives] : [];
      if (names.length !== (e.c || 0)) throw new Error('search index: the companions of ' + key + ' do not match the analysis');
      addPostings(k, e.t, names.map((t) => sink(t + ' s')));
      if (e.f) {
        e.f.forEach((f, i) => { k.idf[f] = index.idf(f, e.d[i]); });
        k.set = decodeSet(e.s, index.n);
      } else {
        const df = new Array(12).fill(0);
        k.set = new Uint8Array(index.n);
        for (const [d, p] of k.post) {
          k.set[d] = 1;
          for (let j = 0; j < p.length; j += 3) df[p[j]]++;
        }
        df.forEach((n, f) => { if (n) k.idf[f] = index.idf(f, n); });
      }
      const held = index.pending.get(key);
      if (held) {
        for (const [d, p] of held.post) if (!k.post.has(d)) k.post.set(d, p);
        for (const [d, x] of held.parts) k.parts.set(d, x);
        index.pending.delete(key);
      }
    }
    index.keys.set(key, k);
    return k;
  }

  // ---- scoring: Lucene's BM25 (BM25Similarity.BM25Scorer) in single precision

  // A key's BM25 contribution to a document: the sum (double) of its sub-field clauses (floats).
  function keyScore(k, p, role) {
    let s = 0;
    for (let j = 0; j < p.length; j += 3) {
      const f = index.fields[p[j]];
      const w = F(F(f.boost * role) * k.idf[p[j]]);
      s += F(w - F(w / F(1 + F(p[j + 1] * f.cache[p[j + 2]]))));
    }
    return s;
  }

  // Upper bound of a key's contribution to a document it has but whose tier is not loaded yet.
  const bound = (k, role) => k.bounds[k.tier - 1] * role * SLACK;

  function phraseScore(ph, doc) {
    let sum = 0;
    let any = false;
    for (let field = 0; field < 4; field++) {
      const id = 3 * field + 1;
      const lists = ph.stems.map((s) => (index.positions.get(s) || new Map()).get(doc));
      if (lists.some((l) => !l || !l[field])) continue;
      let freq = 0;
      const sets = lists.map((l) => new Set(l[field].pos));
      for (const p of lists[0][field].pos) {
        if (ph.at.every((a, j) => sets[j].has(p - ph.at[0] + a))) freq++;
      }
      if (!freq) continue;
      let idf = 0;
      for (const k of ph.keys) idf += k.idf[id];
      const f = index.fields[id];
      const w = F(f.boost * F(idf));
      sum += F(w - F(w / F(1 + F(freq * f.cache[lists[0][field].norm]))));
      any = true;
    }
    return any ? F(sum) : -1;
  }

  // ---- positions: a stem's are in its hash bucket p/N, or in its own run of files named by its entry

  const positionFile = (s, d) => {
    const run = (term(s + ' s') || {}).run;
    return run ? 'p/' + (run[0] + Math.floor((d * run[1]) / index.n)) : bucket('p/', s, index.m.positions);
  };

  function readPositions(id) {
    if (index.read.has(id)) return;
    index.read.add(id);
    const file = data(id);
    for (const t in file) {
      const map = index.positions.get(t) || new Map();
      index.positions.set(t, map);
      const list = file[t];
      let doc = 0;
      for (let i = 0; i < list.length;) {
        doc += list[i++];
        const mask = list[i++];
        const fields = [];
        for (let f = 0; f < 4; f++) {
          if (!(mask & (1 << f))) continue;
          const count = list[i++];
          const norm = list[i++];
          const pos = [];
          let p = 0;
          for (let c = 0; c < count; c++) pos.push((p += list[i++]));
          fields[f] = { norm, pos };
        }
        map.set(doc, fields);
      }
    }
  }

  // ---- the search

  const EMPTY = { total: 0, results: [], facets: { category: [], tag: [], author: [], year: [] }, suggestion: null, fallback: false };

  function resolveFilters(filters) {
    const out = {};
    for (const name of FACETS) {
      const v = filters && filters[name];
      if (v == null || v === '') continue;
      if (name === 'year') out.year = Number(v);
      else {
        const i = index.dict[name].findIndex((e) => e.value === String(v) || e.label === String(v));
        out[name] = i < 0 ? -2 : i;
      }
    }
    return out;
  }

  // Does article d pass the filters (all, or all but `skip`)?
  function passes(d, filters, skip) {
    const c = index.columns;
    for (const name in filters) {
      if (name === skip) continue;
      const v = filters[name];
      if (name === 'category' && c.c[d] !== v) return false;
      if (name === 'tag' && !c.g[d].includes(v)) return false;
      if (name === 'author' && !c.a[d].includes(v)) return false;
      if (name === 'year' && c.y[d] !== v) return false;
    }
    return true;
  }

  function facets(base, filters) {
    const c = index.columns;
    const out = {};
    for (const name of FACETS) {
      const counts = new Map();
      const add = (v) => counts.set(v, (counts.get(v) || 0) + 1);
      for (let d = 0; d < index.n; d++) {
        if (!base[d] || !passes(d, filters, name)) continue;
        if (name === 'category') {
          if (c.c[d] >= 0) add(c.c[d]);
        } else if (name === 'tag') c.g[d].forEach(add);
        else if (name === 'author') c.a[d].forEach(add);
        else add(c.y[d]);
      }
      out[name] = [...counts].map(([v, count]) => (name === 'year'
        ? { value: v, label: String(v), count }
        : { value: index.dict[name][v].value, label: index.dict[name][v].label, count }))
        .sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
    }
    return out;
  }

  // Word clauses: key -> role (1, or 0.5 for alternatives and expansions); a key met twice keeps the larger.
  // A word's keys and weights: its surface and stem, its alternatives and the prefix expansions; `own`
  // marks the keys whose scores an exact term's tier bounds include (its companions).
  function wordKeys(w, expansions) {
    const alt = index.m.alternative;
    const keys = new Map([[w.surface + ' e', 1], [w.stem + ' s', 1]]);
    for (const t of [...w.alternatives, ...expansions]) {
      const key = t + ' s';
      keys.set(key, Math.max(keys.get(key) || 0, alt));
    }
    const own = new Set([w.surface + ' e', w.stem + ' s', ...w.alternatives.map((t) => t + ' s')]);
    return [...keys].map(([key, role]) => ({ key, role, own: own.has(key) }));
  }

  async function search(query, options = {}) {
    if (!W.tokens) throw new Error('analyzer.js (warraq.tokens) must be loaded before engine.js is used');
    const trace = { requests: 0 };
    await ready(trace);
    const limit = Math.max(0, options.limit == null ? 10 : Math.floor(options.limit));
    const offset = Math.max(0, Math.floor(options.offset || 0));
    const q = parse(String(query == null ? '' : query), options.prefix !== false);
    if ((!q.words.length && !q.phrases.length) || !index.n) return { ...EMPTY, requests: trace.requests };
    const wanted = options.facets !== false;
    const filtered = options.filters && FACETS.some((f) => options.filters[f] != null && options.filters[f] !== '');
    const expansions = await fetchTerms(q, wanted || filtered || index.m.recency ? ['columns'] : [], trace);
    if (wanted || filtered || index.m.recency) columns();
    const filters = filtered ? resolveFilters(options.filters) : {};
    const m = await matchSets(q, expansions, filters, trace);
    const K = index.m.meta;
    const texts = options.excerpts !== false;
    // With excerpts, a result's file is the part of its text to show (which has its metadata too).
    const fileOf = (d) => (texts ? 'e/' + d + '-' + partOf(m, d) : 'd/' + Math.floor(d / K));
    const ahead = options.sort === 'date' ? null : (docs) => docs.slice(offset, offset + limit).map(fileOf);
    const ranked = await rank(m, offset + limit, options.sort === 'date', trace, ahead);
    const page = ranked.slice(offset, offset + limit);
    const typos = m.words.filter((x) => x.empty && x.w.surface.length >= index.m.limits.typo);
    const files = page.map((r) => fileOf(r.d));
    await fetchAll([
      ...files,
      ...typos.flatMap((x) => [x.w.surface, ...deletions(x.w.surface)]).map((s) => bucket('m/', s, index.m.spellings)),
    ], trace);
    const marker = highlighter(q, m);
    return {
      total: m.docs.length,
      results: page.map((r, i) => {
        const file = data(files[i]);
        const [url, title, date, category, tags, authors] = texts ? file[0] : file[r.d % K];
        const excerptOf = texts ? excerpt(file.slice(1), marker, !files[i].endsWith('-0')) : null;
        return { url: settings.root + url, title, date, category, tags, authors, excerpt: excerptOf, score: r.score };
      }),
      facets: wanted ? facets(m.base, filters) : null,
      suggestion: suggest(query, typos),
      fallback: m.fallback,
      requests: trace.requests,
    };
  }

  // Request 2: the shards of every key, the typed prefix's completions and key range, the position
  // buckets of phrase stems and `extra` files. Returns the prefix expansions (whose shards are in the
  // range, or fetched now when the range is long).
  async function fetchTerms(q, extra, trace) {
    const prefix = q.prefix < 0 ? null : prefixOf(q.words[q.prefix].surface);
    const keys = [];
    for (const w of q.words) keys.push(w.surface + ' e', w.stem + ' s', ...w.alternatives.map((a) => a + ' s'));
    for (const w of q.excluded) keys.push(w.surface + ' e', w.stem + ' s');
    for (const p of q.phrases) keys.push(...p.stems.map((s) => s + ' s'));
    const ids = [...extra, ...keys.map(shardOf)];
    const range = [];
    const completions = prefix && bucket('c/', prefix, index.m.completions);
    if (prefix) {
      const from = route(index.m.terms, prefix);
      const to = route(index.m.terms, prefix + '\uffff');
      if (to - from < PREFIX_SHARDS) for (let i = from; i <= to; i++) range.push('t/' + i);
      ids.push(completions, ...range);
    }
    for (const s of new Set(q.phrases.flatMap((p) => p.stems))) ids.push(bucket('p/', s, index.m.positions));
    await fetchAll(ids, trace);
    let expansions = prefix ? data(completions)[prefix] || [] : [];
    if (!Array.isArray(expansions)) {
      for (const t in expansions.t) index.inline.set(t + ' s', expansions.t[t]);
      expansions = expansions.c;
    }
    const missing = expansions.filter((t) => !index.inline.has(t + ' s'));
    if (!range.length && missing.length) await fetchAll(missing.map((t) => shardOf(t + ' s')), trace);
    return expansions;
  }

  // The articles each word, phrase and exclusion selects; all words, or else any word (the fallback).
  async function matchSets(q, expansions, filters, trace) {
    const n = index.n;
    const words = q.words.map((w, i) => {
      const keys = wordKeys(w, i === q.prefix ? expansions : []).map(({ key, role, own }) => ({ k: term(key), role, own }))
        .filter((x) => x.k);
      keys.capped = keys.length > 0 && keys[0].k.key === w.surface + ' e';
      const set = new Uint8Array(n);
      for (const { k } of keys) for (let d = 0; d < n; d++) set[d] |= k.set[d];
      return { w, keys, set, empty: !keys.length };
    });
    const out = new Uint8Array(n);
    for (const w of q.excluded) {
      for (const k of [term(w.surface + ' e'), term(w.stem + ' s')]) if (k) for (let d = 0; d < n; d++) out[d] |= k.set[d];
    }
    const phrases = await phraseScores(q.phrases, words, trace);
    const match = (any, withFilters) => {
      const set = new Uint8Array(n);
      for (let d = 0; d < n; d++) {
        if (out[d] || phrases.some((ph) => ph.scores[d] < 0) || (withFilters && !passes(d, filters))) continue;
        set[d] = any ? +words.some((x) => x.set[d]) : +words.every((x) => x.set[d]);
      }
      return set;
    };
    let fallback = false;
    let matches = match(false, true);
    if (!matches.includes(1) && words.length > 1) {
      matches = match(true, true);
      fallback = matches.includes(1);
    }
    const docs = [];
    for (let d = 0; d < n; d++) if (matches[d]) docs.push(d);
    return {
      words, phrases, docs, fallback, base: match(fallback, false),
      // Scoring groups, as Lucene's rewritten query sums them.
      groups: fallback ? [mergeWords(words)] : words.map((x) => x.keys),
      required: fallback && (phrases.length > 0 || Object.keys(filters).length > 0),
    };
  }

  // Phrases: candidates from the stems' sets, then positions (request 2 for short lists, else now). When
  // positions cost a request, the words' deeper tiers come with them, so that ranking needs no other.
  async function phraseScores(list, words, trace) {
    const n = index.n;
    const phrases = list.map((p) => ({ ...p, keys: p.stems.map((s) => term(s + ' s')) }));
    const need = new Set();
    for (const ph of phrases) {
      ph.cand = new Uint8Array(n).fill(1);
      for (const k of ph.keys) for (let d = 0; d < n; d++) ph.cand[d] &= k ? k.set[d] : 0;
      for (let d = 0; d < n; d++) {
        if (ph.cand[d]) for (const s of ph.stems) need.add(positionFile(s, d));
      }
    }
    const deeper = [...need].some((id) => !slot(id).started && !slot(id).done)
      ? [...new Set(words.flatMap((x) => x.keys.map(({ k }) => k)))].filter((k) => k.tier <= k.files.length)
      : [];
    await fetchAll([...need, ...deeper.flatMap((k) => k.files.slice(k.tier - 1))], trace);
    for (const k of deeper) {
      for (const id of k.files.slice(k.tier - 1)) addPostings(k, data(id));
      k.tier = k.files.length + 1;
    }
    need.forEach(readPositions);
    for (const ph of phrases) {
      ph.scores = new Float64Array(n).fill(-1);
      for (let d = 0; d < n; d++) if (ph.cand[d]) ph.scores[d] = phraseScore(ph, d);
    }
    return phrases;
  }

  // One article's score as Lucene computes it, or an upper bound while some of its postings are unread.
  function evaluate(m, d) {
    let upper = 0;
    let exact = true;
    const sums = m.groups.map((keys) => {
      let s = 0;
      let open = 0;
      let others = 0;
      for (const { k, role, own } of keys) {
        const p = k.post.get(d);
        if (p) {
          const x = keyScore(k, p, role);
          s += x;
          if (!own) others += x;
        } else if (k.set[d]) {
          exact = false;
          open += bound(k, role);
          if (!own) others += bound(k, role);
        }
      }
      // A word's exact term bounds, beyond its loaded tiers, the word's own keys together.
      const e = keys.capped && !m.fallback ? keys[0].k : null;
      upper += e && !e.post.has(d) && e.set[d] ? Math.min(s + open, bound(e, 1) + others) : s + open;
      return F(s);
    });
    let req = 0;
    for (const ph of m.phrases) req += ph.scores[d];
    let total;
    if (m.fallback) total = m.required ? F(F(req) + sums[0]) : sums[0];
    else total = F(sums.reduce((a, b) => a + b, 0) + req);
    const r = index.columns && index.columns.r;
    const f = r ? r[d] : 1;
    if (exact) return { d, exact, score: r ? F(total * f) : total };
    const read = sums.reduce((a, b) => a + b, 0) + req;
    return { d, exact, upper: (upper + req) * SLACK * f, lower: (read * f) / SLACK };
  }

  // Safe top-k: score what the loaded tiers allow; while an unfinished article could still enter the
  // first `wanted` (its bound reaches the floor), fetch, in one round, the tiers that settle it. The floor
  // is the wanted-th best of the exact scores and the unfinished articles' lower bounds (what is read of
  // them), never above the final wanted-th score. `ahead(docs)` names files the caller will want for the
  // best exact articles so far, fetched in the same round.
  async function rank(m, wanted, byDate, trace, ahead) {
    for (;;) {
      const pool = byDate ? m.docs.slice(0, wanted) : m.docs;
      const known = [];
      const open = [];
      for (const d of pool) {
        const r = evaluate(m, d);
        (r.exact ? known : open).push(r);
      }
      known.sort((x, y) => y.score - x.score || x.d - y.d);
      let floor = -Infinity;
      if (!byDate && wanted > 0 && known.length + open.length >= wanted) {
        const lows = [...known.map((r) => r.score), ...open.map((r) => r.lower)].sort((x, y) => y - x);
        floor = lows[wanted - 1];
      }
      const stuck = wanted > 0 ? open.filter((r) => r.upper >= floor) : [];
      if (!stuck.length) return byDate ? pool.map((d) => known.find((r) => r.d === d)) : known;
      // Tiers each unread key needs: all when every candidate is shown anyway, else as deep as lowers
      // every stuck article's bound under the floor (the other keys' bounds taken as they are).
      const all = floor === -Infinity;
      const more = new Map();
      const r = index.columns && index.columns.r;
      for (const x of stuck) {
        for (const keys of m.groups) {
          for (const { k, role } of keys) {
            if (k.post.has(x.d) || !k.set[x.d] || k.tier > k.files.length) continue;
            let t = all ? k.files.length + 1 : k.tier + 1;
            if (!all) {
              const need = bound(k, role) - (x.upper - floor) / (SLACK * (r ? r[x.d] : 1));
              while (t <= k.files.length && k.bounds[t - 1] * role * SLACK >= need) t++;
            }
            more.set(k, Math.max(more.get(k) || 0, t));
          }
        }
      }
      if (!more.size) throw new Error('search index: postings missing from every tier');
      const reads = [...more].map(([k, t]) => [k, k.files.slice(k.tier - 1, t - 1)]);
      await fetchAll([...reads.flatMap(([, ids]) => ids), ...(ahead ? ahead(guess(known, open)) : [])], trace);
      for (const [k, ids] of reads) {
        for (const id of ids) {
          if (k.files[k.tier - 1] !== id) continue;
          addPostings(k, data(id));
          k.tier++;
        }
      }
    }
  }

  // The likely first results while some are unfinished: exact scores, and the middle of the bounds.
  function guess(known, open) {
    const all = [...known.map((x) => [x.d, x.score]), ...open.map((x) => [x.d, (x.lower + x.upper) / 2])];
    all.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return all.map((x) => x[0]);
  }

  // The fallback's single disjunction: Lucene flattens the words and sums the boosts of equal clauses.
  function mergeWords(words) {
    const merged = new Map();
    for (const x of words) {
      for (const { k, role } of x.keys) merged.set(k, (merged.get(k) || 0) + role);
    }
    return [...merged].map(([k, role]) => ({ k, role }));
  }

  // ---- "did you mean": terms one edit away, found through one-deletion entries

  function deletions(w) {
    const out = new Set();
    for (let i = 0; i < w.length; i++) out.add(w.slice(0, i) + w.slice(i + 1));
    return [...out];
  }

  // Optimal string alignment distance, only as far as telling 0, 1 or more.
  function oneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1)
        || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  function correction(w) {
    const found = new Map();
    const consider = (t, n) => {
      if (oneEdit(w, t) && !found.has(t)) found.set(t, n);
    };
    for (const s of [w, ...deletions(w)]) {
      for (const [t, n] of data(bucket('m/', s, index.m.spellings))[s] || []) consider(t, n);
    }
    let best = null;
    for (const [t, n] of found) if (!best || n > best[1] || (n === best[1] && t < best[0])) best = [t, n];
    return best && best[0];
  }

  // The reader's own spelling with the one edit applied, when the marks-free spelling lines up.
  function respell(original, typed, fixed) {
    const plain = original.replace(MARKS, '');
    if (plain.length !== typed.length) return fixed;
    let i = 0;
    while (i < typed.length && typed[i] === fixed[i]) i++;
    let j = 0;
    while (j < typed.length - i && j < fixed.length - i && typed[typed.length - 1 - j] === fixed[fixed.length - 1 - j]) j++;
    return plain.slice(0, i) + fixed.slice(i, fixed.length - j) + plain.slice(typed.length - j);
  }

  function suggest(query, typos) {
    let out = query;
    let changed = false;
    for (const x of [...typos].sort((a, b) => b.w.start - a.w.start)) {
      const fixed = correction(x.w.surface);
      if (!fixed) continue;
      const original = query.slice(x.w.start, x.w.end);
      out = out.slice(0, x.w.start) + respell(original, x.w.surface, fixed) + out.slice(x.w.end);
      changed = true;
    }
    return changed ? out : null;
  }

  // ---- excerpts: the window of the text with the most query words, matches marked

  // The part of article d's body where the most query words and phrase words occur (then the first).
  function partOf(m, d) {
    const count = [];
    const groups = [...m.words.map((x) => x.keys.map(({ k }) => k)), ...m.phrases.flatMap((ph) => ph.keys.map((k) => [k]))];
    for (const keys of groups) {
      let mask = 0;
      for (const k of keys) if (k) mask |= k.parts.get(d) || 0;
      for (let j = 0; mask >> j; j++) if ((mask >> j) & 1) count[j] = (count[j] || 0) + 1;
    }
    let best = 0;
    count.forEach((n, j) => { if (n > (count[best] || 0)) best = j; });
    return best;
  }

  function highlighter(q, m) {
    const exact = new Set();
    const terms = new Set();
    const add = (t) => {
      exact.add(t.surface);
      for (const x of [t.stem, ...t.alternatives]) terms.add(x);
    };
    q.words.forEach(add);
    m.phrases.forEach((p) => p.tokens.forEach(add));
    for (const x of m.words) for (const { k } of x.keys) if (k.key.endsWith(' s')) terms.add(bare(k.key));
    return (t) => {
      if (exact.has(t.surface)) return t.surface;
      for (const x of [t.stem, ...t.alternatives]) if (terms.has(x)) return x;
      return null;
    };
  }

  // texts: [summary, the body part, 1 when more body follows]; `cut` when body text precedes the part.
  function excerpt(texts, marker, cut) {
    let best = null;
    for (const [text, body] of [[texts[1], true], [texts[0], false]]) {
      const tokens = W.tokens(text);
      const hits = tokens.map(marker);
      for (let i = 0; i < tokens.length; i++) {
        if (!hits[i]) continue;
        const from = Math.max(0, i - (EXCERPT >> 2));
        const to = Math.min(tokens.length, from + EXCERPT);
        const seen = new Set();
        let count = 0;
        for (let j = from; j < to; j++) if (hits[j]) { seen.add(hits[j]); count++; }
        if (!best || seen.size > best.distinct || (seen.size === best.distinct && count > best.count)) {
          best = { text, tokens, hits, from, to, distinct: seen.size, count, body };
        }
      }
      if (best) break;
    }
    if (!best) {
      const text = texts[0] || texts[1];
      const tokens = W.tokens(text);
      best = { text, tokens, hits: [], from: 0, to: Math.min(tokens.length, EXCERPT), body: !texts[0] };
    }
    const { text, tokens, hits, from, to, body } = best;
    if (!tokens.length) return text ? [{ text: text.slice(0, 200), match: false }] : [];
    const segments = [];
    const push = (s, match) => {
      if (!s) return;
      const last = segments[segments.length - 1];
      if (last && last.match === match) last.text += s;
      else segments.push({ text: s, match });
    };
    let at = tokens[from].start;
    push(from > 0 || (body && cut) ? '\u2026 ' : text.slice(0, at), false);
    for (let j = from; j < to; j++) {
      if (!hits[j]) continue;
      push(text.slice(at, tokens[j].start), false);
      push(text.slice(tokens[j].start, tokens[j].end), true);
      at = tokens[j].end;
    }
    push(text.slice(at, tokens[to - 1].end), false);
    if (to < tokens.length || (body && texts[2])) push(' \u2026', false);
    else push(text.slice(tokens[to - 1].end).trimEnd(), false);
    return segments;
  }

  W.search = (query, options) => search(query, options);

  // In a page, request 1 starts as soon as the engine loads (site.js loads it when the search box gets
  // the focus), so typing usually finds the manifest there already.
  // A page may load manifest.js with the engine (site.js does): then it is on its way already.
  if (root.document && root.setTimeout) {
    const early = root.document.querySelector('script[data-warraq-manifest]');
    if (!settings) W.searchInit();
    if (early) {
      slot('manifest').started = true;
      early.addEventListener('error', () => slot('manifest').reject(new Error('cannot load search file ' + early.src)));
    }
    root.setTimeout(() => ready({ requests: 0 }).catch(() => {}), 0);
  }
})(globalThis);
