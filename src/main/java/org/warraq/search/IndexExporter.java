package org.warraq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.warraq.content.Author;
import org.warraq.output.OutputFile;
import org.warraq.search.analysis.TermKind;
import org.warraq.site.SiteArticle;
import org.warraq.site.Tag;
import org.warraq.site.Urls;

/**
 * Writes a {@link SearchIndex} as the static files of docs/search-index-format.md: the manifest, the
 * per-article columns, term shards (postings tiered by impact, document sets, prefix and typo entries),
 * deeper tiers, positions, article metadata and excerpt text. One pass over the index; every list is
 * written in a fixed order, so the same articles give byte-identical files.
 */
public final class IndexExporter {

    public static final int FORMAT = 1;
    /** Largest file in bytes, unless a single entry (one article's text, one term's first tier) is larger. */
    public static final int DEFAULT_CAP = 32 * 1024;
    /** A term in more articles than this has its postings split into tiers by impact. */
    public static final int SINGLE_TIER_MAX = 128;
    /** Excerpt text chunks are a quarter of the cap: a result needs one article's text, not its neighbours'. */
    public static final int TEXT_CAP_DIVISOR = 4;
    public static final int FIRST_TIER = 64;
    /** Typed words of this many letters that match nothing look for terms one edit away. */
    public static final int MIN_TYPO = 5;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SearchIndex index;
    private final Urls urls;
    private final int cap;
    private final List<OutputFile> files = new ArrayList<>();
    private int positionFiles;
    private int tierFiles;

    /** The positions of a stem in one article, serialised; {@code (term, doc)} orders and routes them. */
    private record PositionRecord(String term, int doc, String data) {
    }

    public IndexExporter(SearchIndex index, Urls urls, int cap) {
        this.index = index;
        this.urls = urls;
        this.cap = cap;
    }

    /** All files, paths under {@code search/}, sorted by path. */
    public List<OutputFile> export() {
        files.clear();
        positionFiles = 0;
        tierFiles = 0;
        Map<String, KeyPostings> keys = index.size() == 0 ? Map.of() : readKeys();
        TreeMap<String, String> entries = new TreeMap<>();
        List<PositionRecord> positionRecords = new ArrayList<>();
        Map<String, Integer> exactFrequency = new HashMap<>();
        for (KeyPostings k : new TreeMap<>(keys).values()) {
            entries.put(k.key(), termEntry(k));
            if (k.exact) {
                exactFrequency.put(k.term, distinctDocs(k));
            } else {
                positionRecords.addAll(positions(k));
            }
        }
        typoEntries(exactFrequency, entries);
        prefixEntries(entries);

        Packer.Packed<String> terms = Packer.pack("t", true, new ArrayList<>(entries.keySet()), memberList(entries), cap);
        files.addAll(terms.files());
        List<PositionRecord> positionBoundaries = packPositions(positionRecords);
        Packer.Packed<Integer> meta = Packer.pack("d", false, docIds(), docFragments(false), cap);
        files.addAll(meta.files());
        Packer.Packed<Integer> texts = Packer.pack("e", false, docIds(), docFragments(true), cap / TEXT_CAP_DIVISOR);
        files.addAll(texts.files());
        files.add(OutputFile.of(Packer.path("columns"), Packer.script("columns", columns())));
        files.add(OutputFile.of(Packer.path("manifest"),
                Packer.script("manifest", manifest(terms.boundaries(), positionBoundaries, meta.boundaries(), texts.boundaries()))));
        files.sort(Comparator.comparing(OutputFile::path));
        return List.copyOf(files);
    }

    private Map<String, KeyPostings> readKeys() {
        Map<String, KeyPostings> keys = new HashMap<>();
        LeafReader leaf = index.leaf();
        IndexSearcher searcher = index.searcher();
        BM25Similarity similarity = new BM25Similarity();
        try {
            for (int id = 0; id < SearchFields.COUNT; id++) {
                String name = SearchFields.name(id);
                Terms terms = leaf.terms(name);
                CollectionStatistics stats = searcher.collectionStatistics(name);
                if (terms == null || stats == null) {
                    continue;
                }
                int[] norms = norms(leaf, name);
                boolean exact = SearchFields.kind(id) == TermKind.EXACT;
                boolean stem = SearchFields.isStem(id);
                TermsEnum te = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef bytes = te.next(); bytes != null; bytes = te.next()) {
                    String term = bytes.utf8ToString();
                    TermStatistics termStats = new TermStatistics(BytesRef.deepCopyOf(bytes), te.docFreq(), te.totalTermFreq());
                    Similarity.SimScorer scorer = similarity.scorer(SearchFields.boost(id), stats, termStats);
                    KeyPostings k = keys.computeIfAbsent(term + (exact ? " e" : " s"), x -> new KeyPostings(term, exact));
                    k.idf[id] = similarity.idfExplain(stats, termStats).getValue().floatValue();
                    postings = te.postings(postings, stem ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        int freq = postings.freq();
                        int[] pos = null;
                        if (stem) {
                            pos = new int[freq];
                            for (int p = 0; p < freq; p++) {
                                pos[p] = postings.nextPosition();
                            }
                        }
                        k.add(doc, id, freq, norms[doc], scorer.score(freq, norms[doc]), pos);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keys.values().forEach(KeyPostings::seal);
        return keys;
    }

    private int[] norms(LeafReader leaf, String field) throws IOException {
        int[] norms = new int[index.size()];
        NumericDocValues values = leaf.getNormValues(field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                norms[doc] = (int) (values.longValue() & 0xFF);
            }
        }
        return norms;
    }

    /** One document's postings of a key: a slice of the key's posting list, with their summed score. */
    private record DocPostings(int doc, int from, int to, double impact) {
    }

    private static List<DocPostings> byDoc(KeyPostings k) {
        List<DocPostings> docs = new ArrayList<>();
        int i = 0;
        while (i < k.size()) {
            int doc = k.doc(i);
            int from = i;
            double impact = 0;
            while (i < k.size() && k.doc(i) == doc) {
                impact += k.score(i);
                i++;
            }
            docs.add(new DocPostings(doc, from, i, impact));
        }
        return docs;
    }

    private static int distinctDocs(KeyPostings k) {
        int n = 0;
        for (int i = 0; i < k.size(); i++) {
            if (i == 0 || k.doc(i) != k.doc(i - 1)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The entry of a term key: sub-fields and idfs, the number of articles, the first tier of postings and,
     * when there are more, the bound and file of each further tier and the whole set of articles.
     */
    private String termEntry(KeyPostings k) {
        List<DocPostings> docs = byDoc(k);
        Json json = new Json().raw("{\"f\":[");
        StringBuilder idf = new StringBuilder();
        boolean first = true;
        for (int id = 0; id < SearchFields.COUNT; id++) {
            if ((k.fieldMask & (1 << id)) != 0) {
                json.raw(first ? "" : ",").number(id);
                idf.append(first ? "" : ",").append(new Json().number((double) k.idf[id]));
                first = false;
            }
        }
        json.raw("],\"i\":[").raw(idf.toString()).raw("],\"n\":").number(docs.size());
        if (docs.size() <= SINGLE_TIER_MAX) {
            return json.raw(",\"t\":").raw(postings(k, docs)).raw("}").toString();
        }
        List<DocPostings> byImpact = new ArrayList<>(docs);
        byImpact.sort(Comparator.comparingDouble(DocPostings::impact).reversed().thenComparingInt(DocPostings::doc));
        List<List<DocPostings>> tiers = tiers(byImpact, k);
        json.raw(",\"t\":").raw(postings(k, sortedByDoc(tiers.get(0))));
        StringBuilder bounds = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (int t = 1; t < tiers.size(); t++) {
            String name = "x/" + tierFiles++;
            files.add(OutputFile.of(Packer.path(name), Packer.script(name, postings(k, sortedByDoc(tiers.get(t))))));
            bounds.append(t > 1 ? "," : "").append(new Json().number(tiers.get(t).get(0).impact()));
            names.append(t > 1 ? "," : "").append(new Json().string(name));
        }
        return json.raw(",\"b\":[").raw(bounds.toString()).raw("],\"x\":[").raw(names.toString())
                .raw("],\"s\":").raw(docSet(docs)).raw("}").toString();
    }

    /**
     * Tiers of postings, highest impact first: {@link #FIRST_TIER} articles, then four times as many each
     * time, each tier at most the file cap, and never a cut between equal impacts (so a tie is not split).
     */
    private List<List<DocPostings>> tiers(List<DocPostings> byImpact, KeyPostings k) {
        List<List<DocPostings>> tiers = new ArrayList<>();
        int budget = cap - Packer.script("x/99999", "[]").length;
        int size = FIRST_TIER;
        int i = 0;
        while (i < byImpact.size()) {
            int from = i;
            int bytes = 0;
            while (i < byImpact.size()) {
                boolean tie = i > from && byImpact.get(i).impact() == byImpact.get(i - 1).impact();
                if (i - from >= size && (!tie || i - from >= 2 * size)) {
                    break;
                }
                int length = postingLength(k, byImpact.get(i));
                if (!tiers.isEmpty() && i > from && bytes + length > budget) {
                    break;
                }
                bytes += length;
                i++;
            }
            tiers.add(byImpact.subList(from, i));
            size *= 4;
        }
        return tiers;
    }

    /** An upper bound of a posting's serialised length (its document delta is at most its id). */
    private static int postingLength(KeyPostings k, DocPostings d) {
        int n = digits(d.doc()) + 1 + digits(1 << SearchFields.COUNT) + 1;
        for (int i = d.from(); i < d.to(); i++) {
            n += digits(k.freq(i)) + 1 + 3 + 1;
        }
        return n;
    }

    private static int digits(int n) {
        return Integer.toString(n).length();
    }

    private static List<DocPostings> sortedByDoc(List<DocPostings> tier) {
        List<DocPostings> sorted = new ArrayList<>(tier);
        sorted.sort(Comparator.comparingInt(DocPostings::doc));
        return sorted;
    }

    /** {@code [docDelta, fieldMask, freq, norm, freq, norm, …, docDelta, …]}, documents ascending. */
    private static String postings(KeyPostings k, List<DocPostings> docs) {
        StringBuilder out = new StringBuilder("[");
        int previous = 0;
        for (DocPostings d : docs) {
            int mask = 0;
            for (int i = d.from(); i < d.to(); i++) {
                mask |= 1 << k.field(i);
            }
            out.append(out.length() > 1 ? "," : "").append(d.doc() - previous).append(',').append(mask);
            for (int i = d.from(); i < d.to(); i++) {
                out.append(',').append(k.freq(i)).append(',').append(k.norm(i));
            }
            previous = d.doc();
        }
        return out.append(']').toString();
    }

    /** The set of articles: alternating gap and run lengths, or a base64 bitmap when that is shorter. */
    private String docSet(List<DocPostings> docs) {
        StringBuilder runs = new StringBuilder("[");
        int next = 0;
        int i = 0;
        while (i < docs.size()) {
            int start = docs.get(i).doc();
            int j = i;
            while (j + 1 < docs.size() && docs.get(j + 1).doc() == docs.get(j).doc() + 1) {
                j++;
            }
            runs.append(runs.length() > 1 ? "," : "").append(start - next).append(',').append(j - i + 1);
            next = docs.get(j).doc() + 1;
            i = j + 1;
        }
        runs.append(']');
        byte[] bitmap = new byte[(index.size() + 7) / 8];
        for (DocPostings d : docs) {
            bitmap[d.doc() >> 3] |= (byte) (1 << (d.doc() & 7));
        }
        String base64 = new Json().string(Base64.getEncoder().encodeToString(bitmap)).toString();
        return base64.length() < runs.length() ? base64 : runs.toString();
    }

    /** Position records of a stem key: {@code fieldMask,count,norm,deltas…,count,norm,deltas…} per article. */
    private static List<PositionRecord> positions(KeyPostings k) {
        List<PositionRecord> records = new ArrayList<>();
        for (DocPostings d : byDoc(k)) {
            int mask = 0;
            StringBuilder data = new StringBuilder();
            for (int i = d.from(); i < d.to(); i++) {
                int[] pos = k.positions(i);
                if (pos == null) {
                    continue;
                }
                mask |= 1 << (k.field(i) / 3);
                data.append(',').append(pos.length).append(',').append(k.norm(i));
                int previous = 0;
                for (int p : pos) {
                    data.append(',').append(p - previous);
                    previous = p;
                }
            }
            if (mask != 0) {
                records.add(new PositionRecord(k.term, d.doc(), mask + data.toString()));
            }
        }
        return records;
    }

    /**
     * Position files: {@code {"term":[docDelta, record…, docDelta, record…], …}}, records in (term, doc)
     * order split at the cap; returns the (term, doc) each file after the first starts with.
     */
    private List<PositionRecord> packPositions(List<PositionRecord> records) {
        List<PositionRecord> boundaries = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int bytes = 0;
        int overhead = Packer.script("p/99999", "{}").length + 1;
        String term = null;
        int previous = 0;
        for (PositionRecord r : records) {
            String t = r.term();
            int doc = r.doc();
            String piece = t.equals(term) ? "," + (doc - previous) + "," + r.data() : (term == null ? "" : "],") + new Json().key(t) + "[" + doc + "," + r.data();
            int size = Packer.utf8Length(piece);
            if (term != null && overhead + bytes + size > cap) {
                flushPositions(body);
                boundaries.add(r);
                body.setLength(0);
                bytes = 0;
                piece = new Json().key(t) + "[" + doc + "," + r.data();
                size = Packer.utf8Length(piece);
            }
            body.append(piece);
            bytes += size;
            term = t;
            previous = doc;
        }
        flushPositions(body);
        return boundaries;
    }

    private void flushPositions(StringBuilder body) {
        String id = "p/" + positionFiles++;
        files.add(OutputFile.of(Packer.path(id), Packer.script(id, "{" + body + (body.length() > 0 ? "]" : "") + "}")));
    }

    /**
     * Typo entries (SymSpell, one deletion): each exact term of {@link #MIN_TYPO}+ letters under every
     * string one letter shorter, as {@code [term, articles]}. A term itself is found through its own entry.
     */
    private static void typoEntries(Map<String, Integer> frequency, TreeMap<String, String> entries) {
        TreeMap<String, Set<String>> deletions = new TreeMap<>();
        for (String term : frequency.keySet()) {
            if (term.length() >= MIN_TYPO) {
                for (int i = 0; i < term.length(); i++) {
                    deletions.computeIfAbsent(term.substring(0, i) + term.substring(i + 1), x -> new TreeSet<>()).add(term);
                }
            }
        }
        deletions.forEach((deletion, terms) -> {
            Json json = new Json().raw("[");
            for (String term : terms) {
                json.raw(json.length() > 1 ? ",[" : "[").string(term).raw(",").number(frequency.get(term)).raw("]");
            }
            entries.put(deletion + " d", json.raw("]").toString());
        });
    }

    /** Prefix entries: the expansions of every prefix of 3+ letters of a stem, most frequent first. */
    private void prefixEntries(TreeMap<String, String> entries) {
        StemVocabulary vocabulary = StemVocabulary.of(index);
        for (String prefix : vocabulary.prefixes()) {
            entries.put(prefix + " p", new Json().strings(vocabulary.expansions(prefix)).toString());
        }
    }

    private static List<String> memberList(TreeMap<String, String> entries) {
        List<String> members = new ArrayList<>(entries.size());
        entries.forEach((key, value) -> members.add(new Json().key(key).raw(value).toString()));
        return members;
    }

    private List<Integer> docIds() {
        List<Integer> ids = new ArrayList<>();
        for (int doc = 0; doc < index.size(); doc++) {
            ids.add(doc);
        }
        return ids;
    }

    /** Per article {@code [url, title, date]}, or the excerpt sources {@code [summary, body text]}. */
    private List<String> docFragments(boolean texts) {
        List<String> out = new ArrayList<>();
        for (SiteArticle a : index.articles()) {
            Json json = new Json().raw("[");
            if (texts) {
                json.string(nonNull(a.article().summary())).raw(",").string(a.body() == null ? "" : nonNull(a.body().text()));
            } else {
                json.string(urls.linkFromRoot("", a.path())).raw(",").string(a.article().title()).raw(",")
                        .string(ISO.format(a.article().date().toOffsetDateTime()));
            }
            out.add(json.raw("]").toString());
        }
        return out;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Per-article columns for filters, facets and the recency prior, and the facet dictionaries. */
    private String columns() {
        Map<String, String> categories = new TreeMap<>();
        Map<String, String> tags = new TreeMap<>();
        Map<String, String> authors = new TreeMap<>();
        for (SiteArticle a : index.articles()) {
            if (a.category() != null) {
                categories.putIfAbsent(a.category().key(), a.category().name());
            }
            a.tags().forEach(t -> tags.putIfAbsent(t.slug(), t.name()));
            a.authors().forEach(au -> authors.putIfAbsent(au.key(), au.name()));
        }
        Map<String, Integer> categoryIds = ids(categories);
        Map<String, Integer> tagIds = ids(tags);
        Map<String, Integer> authorIds = ids(authors);
        Json json = new Json().raw("{");
        dictionary(json, "category", categories).raw(",");
        dictionary(json, "tag", tags).raw(",");
        dictionary(json, "author", authors).raw(",\"c\":[");
        for (int doc = 0; doc < index.size(); doc++) {
            SiteArticle a = index.articles().get(doc);
            json.raw(doc > 0 ? "," : "").number(a.category() == null ? -1 : categoryIds.get(a.category().key()));
        }
        json.raw("],\"g\":[");
        for (int doc = 0; doc < index.size(); doc++) {
            json.raw(doc > 0 ? "," : "").raw(indices(index.articles().get(doc).tags().stream().map(Tag::slug).toList(), tagIds));
        }
        json.raw("],\"a\":[");
        for (int doc = 0; doc < index.size(); doc++) {
            json.raw(doc > 0 ? "," : "").raw(indices(index.articles().get(doc).authors().stream().map(Author::key).toList(), authorIds));
        }
        json.raw("],\"y\":[");
        for (int doc = 0; doc < index.size(); doc++) {
            json.raw(doc > 0 ? "," : "").raw(SearchIndex.year(index.articles().get(doc)));
        }
        json.raw("]");
        if (index.recency() != 0) {
            json.raw(",\"r\":[");
            for (int doc = 0; doc < index.size(); doc++) {
                json.raw(doc > 0 ? "," : "").number(index.factor(doc));
            }
            json.raw("]");
        }
        return json.raw("}").toString();
    }

    private static Json dictionary(Json json, String name, Map<String, String> values) {
        json.key(name).raw("[");
        boolean first = true;
        for (Map.Entry<String, String> e : values.entrySet()) {
            json.raw(first ? "[" : ",[").string(e.getKey()).raw(",").string(e.getValue()).raw("]");
            first = false;
        }
        return json.raw("]");
    }

    /** Position of each key in the sorted dictionary. */
    private static Map<String, Integer> ids(Map<String, String> dictionary) {
        Map<String, Integer> ids = new HashMap<>();
        for (String key : dictionary.keySet()) {
            ids.put(key, ids.size());
        }
        return ids;
    }

    private static String indices(List<String> keys, Map<String, Integer> dictionary) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (String key : keys) {
            ids.add(dictionary.get(key));
        }
        StringBuilder out = new StringBuilder("[");
        for (int id : ids) {
            out.append(out.length() > 1 ? "," : "").append(id);
        }
        return out.append(']').toString();
    }

    private String manifest(List<String> terms, List<PositionRecord> positions, List<Integer> meta, List<Integer> texts) {
        IndexSearcher searcher = index.searcher();
        Json json = new Json().raw("{\"format\":").number(FORMAT).raw(",\"docs\":").number(index.size())
                .raw(",\"k1\":").number((double) new BM25Similarity().getK1())
                .raw(",\"b\":").number((double) new BM25Similarity().getB())
                .raw(",\"fields\":[");
        try {
            for (int id = 0; id < SearchFields.COUNT; id++) {
                CollectionStatistics stats = index.size() == 0 ? null : searcher.collectionStatistics(SearchFields.name(id));
                json.raw(id > 0 ? ",[" : "[").string(SearchFields.name(id)).raw(",").number((double) SearchFields.boost(id))
                        .raw(",").number(stats == null ? 0 : stats.docCount())
                        .raw(",").number(stats == null ? 0 : stats.sumTotalTermFreq()).raw("]");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.raw("],\"alternative\":").number((double) SearchFields.ALTERNATIVE_FACTOR)
                .raw(",\"recency\":").number(index.recency())
                .raw(",\"terms\":").strings(terms)
                .raw(",\"positions\":[");
        for (int i = 0; i < positions.size(); i++) {
            json.raw(i > 0 ? ",[" : "[").string(positions.get(i).term()).raw(",").number(positions.get(i).doc()).raw("]");
        }
        json.raw("],\"meta\":").ints(meta.stream().mapToInt(Integer::intValue).toArray(), 0, meta.size())
                .raw(",\"texts\":").ints(texts.stream().mapToInt(Integer::intValue).toArray(), 0, texts.size())
                .raw(",\"limits\":{\"words\":").number(QueryParser.MAX_WORDS)
                .raw(",\"excluded\":").number(QueryParser.MAX_EXCLUDED)
                .raw(",\"phrases\":").number(QueryParser.MAX_PHRASES)
                .raw(",\"phraseWords\":").number(QueryParser.MAX_PHRASE_WORDS)
                .raw(",\"prefix\":").number(QueryParser.MIN_PREFIX)
                .raw(",\"expansions\":").number(StemVocabulary.MAX_EXPANSIONS)
                .raw(",\"typo\":").number(MIN_TYPO).raw("}}");
        return json.toString();
    }
}
