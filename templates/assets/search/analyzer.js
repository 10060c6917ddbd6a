/*
 * Warraq search analysis, the browser twin of org.warraq.search.analysis.WarraqAnalyzer: both follow
 * docs/search.md section 1, and a test in `mvn verify` requires them to agree on 100,000+ inputs.
 * Only ASCII here; Arabic is written as \u escapes so the file survives any server charset.
 */
(function (root) {
  'use strict';

  // 1.1: code points of U+FB50-FDFF and U+FE70-FEFF whose NFKC (Java 17) differs from themselves
  const FOLDED = [0xfb50, 0xfbb1, 0xfbd3, 0xfd3d, 0xfd50, 0xfd8f, 0xfd92, 0xfdc7, 0xfdf0, 0xfdfc, 0xfe70, 0xfe72,
    0xfe74, 0xfe74, 0xfe76, 0xfefc];
  // 1.2: token characters, but for U+200C and U+200D (set in FOLD below)
  const TOKEN = [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0x17f, 0x610, 0x61a, 0x620, 0x669,
    0x66e, 0x6d3, 0x6d5, 0x6dc, 0x6df, 0x6e8, 0x6ea, 0x6fc, 0x6ff, 0x6ff, 0x750, 0x77f];
  // 1.3 and step 6: deleted marks and tatweel
  const DELETED = [0x610, 0x61a, 0x640, 0x640, 0x64b, 0x65f, 0x670, 0x670, 0x6d6, 0x6dc, 0x6df, 0x6e8, 0x6ea, 0x6ed];
  // step 6 (and alef wasla, step 3): [from, to]
  const REPLACED = [[0x671, 0x627], [0x622, 0x627], [0x623, 0x627], [0x625, 0x627], [0x649, 0x64a], [0x629, 0x647]];
  const MAX_TOKEN = 255;
  const STOP = new Set('\u0627 \u0627\u0630\u0627 \u0627\u0644\u0627 \u0627\u0644\u0627\u0646 \u0627\u0644\u062a\u064a \u0627\u0644\u0630\u064a \u0627\u0644\u0630\u064a\u0646 \u0627\u0644\u064a \u0627\u0645\u0627 \u0627\u0646 \u0627\u0646\u062a \u0627\u0646\u0647 \u0627\u0646\u0647\u0627 \u0627\u0648 \u0627\u064a \u0627\u064a\u0636\u0627 \u0628 \u0628\u0627\u0646 \u0628\u0639\u062f \u0628\u0639\u0636 \u0628\u0647 \u0628\u0647\u0627 \u0628\u064a\u0646 \u0628\u064a\u0646\u0645\u0627 \u062a\u0643\u0648\u0646 \u062a\u0644\u0643 \u062b\u0645 \u062c\u0645\u064a\u0639 \u062d\u062a\u064a \u062d\u064a\u062b \u062e\u0644\u0627\u0644 \u0630\u0644\u0643 \u0636\u0645\u0646 \u0639\u0644\u064a\u0647 \u0639\u0644\u064a\u0647\u0627 \u0639\u0646 \u0639\u0646\u062f \u0639\u0646\u062f\u0645\u0627 \u063a\u064a\u0631 \u0641 \u0641\u0627\u0646 \u0641\u0645\u0627 \u0641\u0647\u0648 \u0641\u0647\u064a \u0641\u064a \u0641\u064a\u0647 \u0641\u064a\u0647\u0627 \u0642\u0628\u0644 \u0642\u062f \u0643\u0627\u0646 \u0643\u0627\u0646\u062a \u0643\u0644 \u0643\u0645\u0627 \u0644\u0627 \u0644\u062f\u064a \u0644\u0643 \u0644\u0643\u0646 \u0644\u0645 \u0644\u0646 \u0644\u0647 \u0644\u0647\u0627 \u0645\u0627 \u0645\u0639 \u0645\u0646 \u0645\u0646\u0630 \u0645\u0646\u0647 \u0645\u0646\u0647\u0627 \u0646\u062d\u0648 \u0647\u0630\u0627 \u0647\u0630\u0647 \u0647\u0646\u0627\u0643 \u0647\u0648 \u0647\u064a \u0648 \u0648\u0627\u0646 \u0648\u0641\u064a \u0648\u0643\u0627\u0646 \u0648\u0643\u0627\u0646\u062a \u0648\u0643\u0644 \u0648\u0644\u0627 \u0648\u0644\u0645 \u0648\u0644\u0646 \u0648\u0645\u0627 \u0648\u0645\u0646 \u0648\u0647\u0648 \u0648\u0647\u064a \u064a\u0643\u0648\u0646'.split(' '));
  // Lucene's ArabicStemmer
  const PREFIXES = ['\u0627\u0644', '\u0648\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0641\u0627\u0644', '\u0644\u0644', '\u0648'];
  const SUFFIXES = ['\u0647\u0627', '\u0627\u0646', '\u0627\u062a', '\u0648\u0646', '\u064a\u0646', '\u064a\u0647', '\u064a\u0629', '\u0647', '\u0629', '\u064a'];
  // 1.4
  const PROCLITICS = ['', '\u0648', '\u0641', '\u0628', '\u0643', '\u0644', '\u0648\u0628', '\u0641\u0628', '\u0648\u0643', '\u0641\u0643', '\u0648\u0644', '\u0641\u0644'];
  const PRONOUNS = ['', '\u0647\u0645\u0627', '\u0643\u0645\u0627', '\u0647\u0645', '\u0647\u0646', '\u0643\u0645', '\u0643\u0646', '\u0647\u0627', '\u0646\u0627', '\u0647', '\u0643', '\u064a'];
  const MAX_ALTERNATIVES = 8;

  // Java's Character.toLowerCase on the Latin token characters
  const lower = (c) =>
    c <= 0x5a ? (c >= 0x41 ? c + 32 : c)
      : c < 0xc0 ? c
        : c <= 0xde ? c + 32
          : c < 0x100 ? c
            : c === 0x130 ? 0x69
              : c === 0x178 ? 0xff
                : (c < 0x138 || (c > 0x149 && c < 0x178) ? c % 2 === 0 : c % 2 === 1 && c !== 0x149 && c !== 0x17f) ? c + 1 : c;

  // FOLD[c]: -2 if c is not a token character, -1 if steps 3-6 delete it, else what they make of it
  const FOLD = new Int16Array(0x200e).fill(-2);
  for (let k = 0; k < TOKEN.length; k += 2) {
    for (let c = TOKEN[k]; c <= TOKEN[k + 1]; c++) FOLD[c] = c < 0x180 ? lower(c) : c;
  }
  for (let c = 0; c < 10; c++) FOLD[0x660 + c] = FOLD[0x6f0 + c] = 0x30 + c;
  for (let k = 0; k < DELETED.length; k += 2) FOLD.fill(-1, DELETED[k], DELETED[k + 1] + 1);
  for (const [from, to] of REPLACED) FOLD[from] = to;
  FOLD[0x200c] = FOLD[0x200d] = -1;

  const expansions = new Map();
  const expansion = (c) => {
    for (let k = 0; k < FOLDED.length && c >= FOLDED[k]; k += 2) {
      if (c <= FOLDED[k + 1]) {
        let e = expansions.get(c);
        if (e === undefined) expansions.set(c, (e = String.fromCharCode(c).normalize('NFKC')));
        return e;
      }
    }
    return null;
  };

  // Step 1, with the offsets Lucene's MappingCharFilter reports: every character of an expansion
  // points at the presentation form it came from.
  function unfold(text) {
    let out = '';
    let offsets = null;
    let last = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const e = c >= 0xfb50 ? expansion(c) : null;
      if (e === null) continue;
      offsets = offsets || [];
      for (let k = last; k < i; k++) offsets.push(k);
      for (let k = 0; k < e.length; k++) offsets.push(i);
      out += text.slice(last, i) + e;
      last = i + 1;
    }
    if (!offsets) return [text, null];
    for (let k = last; k <= text.length; k++) offsets.push(k);
    return [out + text.slice(last), offsets];
  }

  function stem(word) {
    let w = word;
    for (let k = 0; k < PREFIXES.length; k++) {
      const p = PREFIXES[k];
      if (w.length >= (p.length === 1 ? 4 : p.length + 2) && w.startsWith(p)) {
        w = w.slice(p.length);
        break;
      }
    }
    for (let k = 0; k < SUFFIXES.length; k++) {
      const s = SUFFIXES[k];
      if (w.length >= s.length + 2 && w.endsWith(s)) w = w.slice(0, w.length - s.length);
    }
    return w;
  }

  function alternatives(word, wordStem) {
    const found = [];
    for (let i = 0; i < PROCLITICS.length; i++) {
      const p = PROCLITICS[i];
      if (!word.startsWith(p)) continue;
      for (let k = i === 0 ? 1 : 0; k < PRONOUNS.length; k++) {
        const s = PRONOUNS[k];
        if (word.length - p.length - s.length < 3 || !word.endsWith(s)) continue;
        const base = word.slice(p.length, word.length - s.length);
        for (const b of s && base.endsWith('\u062a') ? [base, base.slice(0, -1) + '\u0647'] : [base]) {
          const candidate = stem(b);
          if (candidate !== word && candidate !== wordStem && !found.includes(candidate)) {
            found.push(candidate);
            if (found.length === MAX_ALTERNATIVES) return found;
          }
        }
      }
    }
    return found;
  }

  // A token's characters after steps 3-6
  function foldRun(s, from, to) {
    const codes = [];
    for (let i = from; i < to; i++) {
      const f = FOLD[s.charCodeAt(i)];
      if (f >= 0) codes.push(f);
    }
    return String.fromCharCode.apply(null, codes);
  }

  /** The analysed words of text: [{position, surface, stem, alternatives, start, end}], as Java's tokens(). */
  function tokens(text) {
    const [s, offsets] = unfold(String(text));
    const n = s.length;
    const result = [];
    let position = -1;
    for (let i = 0; i < n;) {
      let c = s.charCodeAt(i);
      if (c >= 0x200e || FOLD[c] === -2) {
        i++;
        continue;
      }
      const start = i;
      let same = true;
      do {
        same = same && FOLD[c] === c;
        c = ++i < n ? s.charCodeAt(i) : 0;
      } while (i < n && i - start < MAX_TOKEN && c < 0x200e && FOLD[c] !== -2);
      position++;
      const surface = same ? s.slice(start, i) : foldRun(s, start, i);
      if (!surface || STOP.has(surface)) continue;
      const wordStem = stem(surface);
      result.push({
        position,
        surface,
        stem: wordStem,
        alternatives: alternatives(surface, wordStem),
        start: offsets ? offsets[start] : start,
        end: offsets ? offsets[i] : i,
      });
    }
    return result;
  }

  /** The terms of text, as Java's terms() and `warraq analyze`: per position surface, stem if different, alternatives. */
  function analyze(text) {
    const terms = [];
    for (const t of tokens(text)) {
      terms.push(t.surface);
      if (t.stem !== t.surface) terms.push(t.stem);
      terms.push(...t.alternatives);
    }
    return terms;
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = { analyze, tokens };
  } else {
    const warraq = root.warraq || (root.warraq = {});
    warraq.analyze = analyze;
    warraq.tokens = tokens;
  }
})(globalThis);
