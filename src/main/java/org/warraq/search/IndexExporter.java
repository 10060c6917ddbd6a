package org.warraq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.BytesRef;
import org.warraq.output.Beside;
import org.warraq.output.OutputFile;
import org.warraq.output.RecordedFile;
import org.warraq.search.analysis.AnalyzedToken;
import org.warraq.search.analysis.TermKind;
import org.warraq.search.analysis.WarraqAnalyzer;
import org.warraq.site.Urls;

/**
 * Writes a {@link SearchIndex} as the static files of docs/search-index-format.md: the manifest, term shards
 * (postings tiered by impact, document sets) and deeper tiers, prefix completions and spelling entries in
 * families of their own, positions, the columns of facets and filters, article metadata and excerpt text.
 * The terms' statistics are read first; then each term's postings are read from the index when its position
 * records, and again when its entry, are made, a few thousand terms at a time, so the export never holds every
 * posting of the index. Every list is written in a fixed order, so the same articles give byte-identical files.
 * With an {@link EntryStore}, the entries and stems' positions an edit cannot have changed are taken from the last
 * export instead of read and drafted again.
 */
public final class IndexExporter {

    public static final int FORMAT = 4;
    /** Largest file in bytes, unless a single entry (one article's text, one term's first tier) is larger. */
    public static final int DEFAULT_CAP = 12 * 1024;
    /** A term in more articles than this has its postings split into tiers by impact. */
    public static final int SINGLE_TIER_MAX = 128;
    public static final int FIRST_TIER = 64;
    /** Deeper tiers may be this many times the cap: they are read in rounds, each round a request. */
    public static final int TIER_CAP_FACTOR = 2;
    /** Completion files are this fraction of the cap: a typed prefix needs one small entry. */
    public static final int COMPLETION_CAP_DIVISOR = 4;
    /** The engine fetches a typed prefix's stem files with the query's when they are at most this many. */
    public static final int PREFIX_FILES = 3;
    /** Spelling files are this fraction of the cap: «did you mean» reads one entry in each of a few files. */
    public static final int SPELLING_CAP_DIVISOR = 2;
    /** Typed words of this many letters that match nothing look for terms one edit away. */
    public static final int MIN_TYPO = 5;
    /**
     * Terms drafted on every core at a time: their deeper tiers wait in memory until named in key order, so
     * drafting all terms at once would hold every tier of the index (about 8 KB an article) at the same time.
     */
    private static final int DRAFT_CHUNK = 4096;
    /** The sub-fields whose positions an entry reads: they say which of the body's excerpt parts a term is in. */
    private static final int PARTS_FIELDS = 1 << SearchFields.BODY_STEM | 1 << SearchFields.BODY_ALT;
    /**
     * Up to this many changed articles, the keys they touch are found by analysing their texts again; beyond, by looking
     * for them in every key's postings (a second or so at 10,000 articles).
     */
    static final int ANALYSE_CHANGED = 64;

    private final SearchIndex index;
    private final Urls urls;
    private final int cap;
    private Consumer<OutputFile> files;
    /** (sub-field, document frequency) pairs whose idf the engine must read, not compute: see {@link Idf}. */
    private final TreeMap<Long, Float> fragileIdf = new TreeMap<>();
    private int tierFiles;
    private ExcerptParts parts;
    private ExcerptParts.Recording recording;
    private int excerptFiles;

    public IndexExporter(SearchIndex index, Urls urls, int cap) {
        this.index = index;
        this.urls = urls;
        this.cap = cap;
    }

    /** All files, paths under {@code search/}, sorted by path. */
    public List<OutputFile> export() {
        List<OutputFile> all = new ArrayList<>();
        export(all::add);
        all.sort(Comparator.comparing(OutputFile::path));
        return List.copyOf(all);
    }

    /**
     * Hands each file to {@code out} as soon as it is made, so a build holds the index's files no longer than it
     * takes to write them (about 30 KB per article), one file at a time, not always on the calling thread. The files
     * are the same as {@link #export()}'s, in no set order.
     */
    public void export(Consumer<OutputFile> out) {
        export(out, null);
    }

    /**
     * As {@link #export(Consumer)}, taking back from {@code store} the entries of the last export that this one would
     * draft the same, and leaving it this export's: the files are the same as without it.
     */
    public void export(Consumer<OutputFile> out, EntryStore store) {
        export(out, store, null);
    }

    /**
     * As {@link #export(Consumer, EntryStore)}; given {@code recorded} (else null), an article's excerpt files go there
     * instead, as {@link RecordedFile}s, when the store says the last export made them from what the article is made of
     * now, and the store keeps what every excerpt file is made from for the next export. {@code recorded} must take the
     * files back from the previous site (or from the search files the preview last made) or make them.
     */
    public void export(Consumer<OutputFile> out, EntryStore store, Consumer<RecordedFile> recorded) {
        boolean claimed = store != null && store.claim();
        try {
            exportWith(out, claimed ? store : null, recorded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (claimed) {
                store.release();
            }
        }
    }

    /** How many excerpt files the last export made or handed on as recorded: one for each part of each article. */
    public int excerptFiles() {
        return excerptFiles;
    }

    private void exportWith(Consumer<OutputFile> out, EntryStore store, Consumer<RecordedFile> recorded) throws IOException {
        Object lock = new Object();
        files = file -> {
            synchronized (lock) {
                out.accept(file);
            }
        };
        fragileIdf.clear();
        tierFiles = 0;
        parts = index.excerptParts();
        byte[][] docs = store == null ? null : index.digests();
        recording = store == null || recorded == null ? null
                : new ExcerptParts.Recording(store.excerpts().read(), ExcerptStore.Records.of(index.size()), docs, recorded);
        try (EntryStore.Previous previous = store == null || index.size() == 0 ? null : store.previous(cap, docs);
             Beside<Completions> completions = beside(previous != null, "warraq-search-completions", this::completions);
             Beside<Integer> articleFiles = beside(previous != null, "warraq-search-articles", this::articleFiles)) {
            Map<String, KeyPostings> keys = index.size() == 0 ? new HashMap<>()
                    : statistics(previous == null ? null : previous.changed(), previous == null ? List.of() : previous.before());
            List<KeyPostings> all = inKeyOrder(keys);
            if (previous != null) {
                previous.find(all);
            }
            all.parallelStream().filter(k -> k.exact).forEach(k -> {
                k.companions = companions(k.keptCompanions != null ? k.keptCompanions : companionTerms(k.term), keys);
                k.keptCompanions = null;
                k.mix(k.companions.size());
            });
            keys.clear();
            if (previous != null) {
                EntryStore.Previous.settle(all);
            }
            try (EntryStore.Next next = store == null ? null : store.next(cap, docs, parts, all)) {
                writeFiles(all, previous, next, store == null ? null : store.spelling(), completions, articleFiles);
                if (next != null) {
                    next.commit();
                }
                if (recording != null) {
                    store.excerpts().write(recording.next());
                }
            }
        }
    }

    /**
     * The keys' postings in key order. The keys come as each sub-field's terms in the index's order, so they are a dozen
     * ascending runs, which the sort finds and merges: copying them into a sorted map compared every key with about 17
     * others, 0.4 s of a rebuild.
     */
    private static List<KeyPostings> inKeyOrder(Map<String, KeyPostings> keys) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, KeyPostings>[] sorted = keys.entrySet().toArray(Map.Entry[]::new);
        Arrays.sort(sorted, Map.Entry.comparingByKey());
        List<KeyPostings> all = new ArrayList<>(sorted.length);
        for (Map.Entry<String, KeyPostings> e : sorted) {
            all.add(e.getValue());
        }
        return all;
    }

    /**
     * Work that needs only the index, started beside the terms' entries when most of them are taken back from the last
     * export: the main thread then reads the store on one core while the other idles. When every entry is drafted, on
     * every core, the work is done in its turn instead, which holds less at once: with it beside, a clean build of
     * 10,000 articles no longer fitted in a 192 MB heap.
     */
    private static <T> Beside<T> beside(boolean takingBack, String name, Callable<T> work) {
        return takingBack ? Beside.start(name, work) : Beside.later(work);
    }

    /** Every prefix of a stem, in term order, with its expansions. */
    private record Completions(List<String> prefixes, List<List<String>> expansions) {
    }

    private Completions completions() {
        StemVocabulary vocabulary = StemVocabulary.of(index);
        List<String> prefixes = vocabulary.prefixes();
        List<List<String>> expansions = new ArrayList<>(prefixes.size());
        for (String prefix : prefixes) {
            expansions.add(vocabulary.expansions(prefix));
        }
        return new Completions(prefixes, expansions);
    }

    /** The articles' metadata, excerpt and column files; returns how many articles each metadata file has. */
    private int articleFiles() {
        List<String> rows = ArticleFiles.rows(index, urls);
        int meta = ArticleFiles.write(rows, cap, files);
        excerptFiles = parts.write(index.articles(), rows, files, recording);
        files.accept(OutputFile.of(Packer.path("columns"), Packer.script("columns", ColumnsFile.of(index))));
        return meta;
    }

    private void writeFiles(List<KeyPostings> all, EntryStore.Previous previous, EntryStore.Next next, SpellingStore spelling,
                            Beside<Completions> completions, Beside<Integer> articleFiles) throws IOException {
        PostingsReader reader = index.size() == 0 ? null : new PostingsReader(index.leaf());
        List<KeyPostings> stemKeys = new ArrayList<>();
        for (KeyPostings k : all) {
            if (!k.exact) {
                stemKeys.add(k);
            }
        }
        PositionFiles positions = new PositionFiles(cap, index.size());
        Manifest manifest = new Manifest();
        manifest.positions = positions.write(stemKeys, reader, files, previous, next);
        stemKeys.clear();
        TreeMap<String, String> stems = new TreeMap<>();
        TreeMap<String, String> words = new TreeMap<>();
        Map<String, Integer> exactFrequency = new HashMap<>();
        entries(all, positions, reader, words, stems, exactFrequency, previous, next);
        // The spelling entries are made once the terms' entries are packed and let go: made beside them, they were the
        // export's peak of memory.
        packTerms(manifest, stems, words, completions, previous != null);
        manifest.meta = articleFiles.join();
        SpellingEntries.Vocabulary vocabulary = SpellingEntries.Vocabulary.of(exactFrequency);
        exactFrequency.clear();
        manifest.spellings = SpellingFiles.write(vocabulary, cap / SPELLING_CAP_DIVISOR, files, spelling);
        files.accept(OutputFile.of(Packer.path("manifest"), Packer.script("manifest", manifest(manifest))));
    }

    /**
     * The stem files, the completions' buckets and the exact words' buckets, the words' on a thread of their own while
     * the others are made when entries were taken back (see {@link #beside}). Each family's entries are let go as it is
     * written, the stems' once the completions, which quote some of them, are.
     */
    private void packTerms(Manifest manifest, TreeMap<String, String> stems, TreeMap<String, String> words,
                           Beside<Completions> completions, boolean takingBack) throws IOException {
        try (Beside<Integer> wordFiles = beside(takingBack, "warraq-search-words", () -> Buckets.write("w", words, cap, files))) {
            List<String> separators = Packer.pack("t", stems.entrySet(), cap, files);
            manifest.terms = new Json().strings(separators).toString();
            manifest.completions = Buckets.write("c", prefixEntries(separators, stems, completions.join()),
                    cap / COMPLETION_CAP_DIVISOR, files);
            stems.clear();
            manifest.words = wordFiles.join();
        }
    }

    /**
     * Every key's entry into {@code words} or {@code stems}, its deeper tiers written as they are named: a few
     * thousand keys at a time, each read, drafted and let go on any core, then named in key order. Each key is
     * taken out of {@code all} once drafted; a stem stays as long as an exact word to come carries it.
     */
    private void entries(List<KeyPostings> all, PositionFiles positions, PostingsReader reader, Map<String, String> words,
                         Map<String, String> stems, Map<String, Integer> exactFrequency, EntryStore.Previous previous,
                         EntryStore.Next next) throws IOException {
        for (int from = 0; from < all.size(); from += DRAFT_CHUNK) {
            List<KeyPostings> chunk = all.subList(from, Math.min(all.size(), from + DRAFT_CHUNK));
            TermDraft[] taken = new TermDraft[chunk.size()];
            for (int i = 0; i < chunk.size(); i++) {
                if (chunk.get(i).kept) {
                    taken[i] = previous.draft(chunk.get(i));
                }
            }
            List<TermDraft> drafts = IntStream.range(0, chunk.size()).parallel()
                    .mapToObj(i -> taken[i] != null ? taken[i] : draft(chunk.get(i), reader)).toList();
            for (int i = 0; i < chunk.size(); i++) {
                KeyPostings k = chunk.get(i);
                TermDraft d = drafts.get(i);
                (k.exact ? words : stems).put(k.term, entry(d, k.exact ? null : positions.run(k.term)));
                if (k.exact) {
                    exactFrequency.put(k.term, d.articles());
                }
                if (next != null) {
                    next.add(d, taken[i] != null);
                }
            }
            Collections.fill(chunk, null);
        }
        all.clear();
    }

    /**
     * Reads the key's postings, and an exact term's companions' in the term's articles, drafts its entry and lets
     * them go.
     */
    private TermDraft draft(KeyPostings k, PostingsReader reader) {
        reader.load(k, -1, PARTS_FIELDS);
        try {
            List<DocPostings> docs = byDoc(k);
            if (!k.exact) {
                return draft(k, List.of(), docs);
            }
            int[] articles = docs.stream().mapToInt(DocPostings::doc).toArray();
            Map<KeyPostings, KeyPostings> read = new IdentityHashMap<>();
            List<KeyPostings> companions = new ArrayList<>(k.companions.size());
            for (KeyPostings c : k.companions) {
                companions.add(read.computeIfAbsent(c, x -> reader.in(x, articles, PARTS_FIELDS)));
            }
            return draft(k, companions, withCompanions(companions, docs));
        } finally {
            k.release();
        }
    }

    /**
     * The terms of an exact term's stem and alternatives, in the analyser's order; none when the term is not one word
     * as typed.
     */
    private static List<String> companionTerms(String term) {
        List<AnalyzedToken> tokens = WarraqAnalyzer.tokens(term);
        if (tokens.size() != 1 || !tokens.get(0).surface().equals(term)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(tokens.get(0).stem());
        names.addAll(tokens.get(0).alternatives());
        return names;
    }

    /**
     * The keys of an exact term's stem and alternatives ({@code names}), in the analyser's order: wherever the term
     * occurs, they do too, and a query word always looks them up with it, so their postings in the term's articles
     * are written with the term's, and an article with the word as typed is scored without further tiers. None unless
     * every one is a key.
     */
    private static List<KeyPostings> companions(List<String> names, Map<String, KeyPostings> keys) {
        List<KeyPostings> out = new ArrayList<>();
        for (String name : names) {
            KeyPostings c = keys.get(KeyPostings.key(name, false));
            if (c == null) {
                return List.of();
            }
            out.add(c);
        }
        return out;
    }

    /** What the manifest routes by: stem separators, and the number of files of the hashed families. */
    private static final class Manifest {
        String terms;
        int words;
        int completions;
        int spellings;
        int positions;
        int meta;
    }

    /**
     * Every key with its statistics in each sub-field (document frequency, idf, whether it occurs there, how many
     * postings and positions it has), and no postings: those are read when the key is drafted.
     *
     * @param changed the articles whose indexed text changed since the entries kept were drafted, ascending; each key in
     *                one of them is {@link KeyPostings#inChanged}, and {@link KeyPostings#touched} unless its postings
     *                there are what they were. Null when no entry is kept.
     * @param before  what the last export knew of each of them
     */
    private Map<String, KeyPostings> statistics(int[] changed, List<EditedPostings.Before> before) {
        Map<String, KeyPostings> keys = new LinkedHashMap<>();
        LeafReader leaf = index.leaf();
        IndexSearcher searcher = index.searcher();
        BM25Similarity similarity = new StableBM25();
        PostingScores scores = new PostingScores();
        List<Set<String>> changedTerms = changed != null && changed.length > 0 && changed.length <= ANALYSE_CHANGED
                ? changedTerms(changed) : null;
        try {
            List<Set<String>> edited = changedTerms == null ? null : edited(before, changedTerms);
            for (int id = 0; id < SearchFields.COUNT; id++) {
                String name = SearchFields.name(id);
                Terms terms = leaf.terms(name);
                CollectionStatistics stats = searcher.collectionStatistics(name);
                if (terms == null || stats == null) {
                    continue;
                }
                scores.field(id, stats);
                int averageBits = Float.floatToIntBits(StableBM25.average(stats));
                boolean exact = SearchFields.kind(id) == TermKind.EXACT;
                boolean positioned = SearchFields.positioned(id);
                // The idf depends on the document frequency alone within a sub-field: worked out once for each.
                float[] idfs = new float[Math.toIntExact(stats.docCount()) + 1];
                Arrays.fill(idfs, Float.NaN);
                TermsEnum te = terms.iterator();
                PostingsEnum docs = null;
                for (BytesRef bytes = te.next(); bytes != null; bytes = te.next()) {
                    String term = bytes.utf8ToString();
                    KeyPostings k = keys.computeIfAbsent(KeyPostings.key(term, exact), x -> new KeyPostings(term, exact, scores));
                    k.expect(te.docFreq(), positioned ? te.totalTermFreq() : 0);
                    k.fieldMask |= 1 << id;
                    if (Float.isNaN(idfs[te.docFreq()])) {
                        idfs[te.docFreq()] = similarity.idfExplain(stats, new TermStatistics(bytes, te.docFreq(), te.totalTermFreq()))
                                .getValue().floatValue();
                    }
                    k.idf[id] = idfs[te.docFreq()];
                    k.docFreq[id] = te.docFreq();
                    k.mix((long) id << 32 | te.docFreq());
                    k.mix((long) stats.docCount() << 32 | averageBits & 0xffffffffL);
                    if (changedTerms != null) {
                        k.inChanged |= changedTerms.get(id).contains(term);
                        k.touched |= (edited != null ? edited : changedTerms).get(id).contains(term);
                    } else if (changed != null && changed.length > 0 && !k.inChanged) {
                        docs = te.postings(docs, PostingsEnum.NONE);
                        k.inChanged = occursIn(docs, te.docFreq(), changed);
                        k.touched = k.inChanged;
                    }
                    if (Idf.fragile(te.docFreq(), stats.docCount(), k.idf[id])) {
                        fragileIdf.put((long) id << 32 | te.docFreq(), k.idf[id]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /**
     * The terms whose postings changed in the changed articles ({@link EditedPostings}); null when their earlier versions
     * cannot be read, among them a run of the preview's that its next build closed meanwhile.
     */
    private List<Set<String>> edited(List<EditedPostings.Before> before, List<Set<String>> terms) throws IOException {
        try {
            return EditedPostings.of(index, before, terms, index::earlier);
        } catch (AlreadyClosedException e) {
            return null;
        }
    }

    /** The terms the articles {@code changed} put in each text sub-field, by sub-field number. */
    private List<Set<String>> changedTerms(int[] changed) {
        List<Set<String>> terms = new ArrayList<>();
        for (int id = 0; id < SearchFields.COUNT; id++) {
            terms.add(new HashSet<>());
        }
        for (int doc : changed) {
            List<Set<String>> of = index.terms(doc);
            for (int id = 0; id < SearchFields.COUNT; id++) {
                terms.get(id).addAll(of.get(id));
            }
        }
        return terms;
    }

    /** Whether the postings list has any of the articles {@code changed} (ascending). */
    private static boolean occursIn(PostingsEnum docs, int docFreq, int[] changed) throws IOException {
        if (docFreq <= changed.length) {
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (Arrays.binarySearch(changed, doc) >= 0) {
                    return true;
                }
            }
            return false;
        }
        for (int doc : changed) {
            int at = docs.docID() >= doc ? docs.docID() : docs.advance(doc);
            if (at == doc) {
                return true;
            }
            if (at == DocIdSetIterator.NO_MORE_DOCS) {
                return false;
            }
        }
        return false;
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

    /**
     * An exact term's impacts as a query word's: its own score plus its companions' at their query weights
     * (the stem 1, the alternatives {@link SearchFields#ALTERNATIVE_FACTOR}), so that its tiers are ordered,
     * and bounded, by what the word as typed scores in each article (docs/search.md section 5).
     */
    private static List<DocPostings> withCompanions(List<KeyPostings> companions, List<DocPostings> docs) {
        if (companions.isEmpty()) {
            return docs;
        }
        Map<KeyPostings, Float> roles = new LinkedHashMap<>();
        for (int i = 0; i < companions.size(); i++) {
            roles.merge(companions.get(i), i == 0 ? 1f : SearchFields.ALTERNATIVE_FACTOR, Math::max);
        }
        List<DocPostings> out = new ArrayList<>(docs.size());
        for (DocPostings d : docs) {
            double impact = d.impact();
            for (Map.Entry<KeyPostings, Float> e : roles.entrySet()) {
                KeyPostings c = e.getKey();
                int from = companion(c, d.doc());
                for (int i = from; i < c.end(from); i++) {
                    impact += e.getValue() * c.score(i);
                }
            }
            out.add(new DocPostings(d.doc(), d.from(), d.to(), impact));
        }
        return out;
    }

    /**
     * The entry of a term key (see {@link TermDraft}). A term in at most {@link #SINGLE_TIER_MAX} articles is its postings array
     * alone, the engine deriving its sub-fields and document frequencies from them; a more frequent one is
     * an object with its sub-fields and their document frequencies, the number of articles, the first tier,
     * the bound and file of each further tier, and the whole set of articles. Either is an object with
     * {@code t} for its postings when the positions of the stem have a run of files of their own.
     */
    private TermDraft draft(KeyPostings k, List<KeyPostings> companions, List<DocPostings> docs) {
        if (docs.size() <= SINGLE_TIER_MAX) {
            String postings = postings(k, companions, docs);
            if (k.exact) {
                return new TermDraft("[" + companions.size() + (postings.length() > 2 ? "," : "") + postings.substring(1), docs.size());
            }
            return new TermDraft(postings, docs.size());
        }
        Json json = new Json().raw(k.exact ? "{\"c\":" + companions.size() + ",\"f\":[" : "{\"f\":[");
        StringBuilder docFreq = new StringBuilder();
        boolean first = true;
        for (int id = 0; id < SearchFields.COUNT; id++) {
            if ((k.fieldMask & (1 << id)) != 0) {
                json.raw(first ? "" : ",").number(id);
                docFreq.append(first ? "" : ",").append(k.docFreq[id]);
                first = false;
            }
        }
        json.raw("],\"d\":[").raw(docFreq.toString()).raw("],\"n\":").number(docs.size());
        List<DocPostings> byImpact = new ArrayList<>(docs);
        // The sort is stable and the documents come in ascending order, so equal impacts stay in document order.
        byImpact.sort((a, b) -> Double.compare(b.impact(), a.impact()));
        List<List<DocPostings>> tiers = tiers(byImpact, k);
        json.raw(",\"t\":").raw(postings(k, companions, sortedByDoc(tiers.get(0))));
        StringBuilder bounds = new StringBuilder();
        List<byte[]> deeper = new ArrayList<>();
        for (int t = 1; t < tiers.size(); t++) {
            deeper.add(postings(k, List.of(), sortedByDoc(tiers.get(t))).getBytes(StandardCharsets.UTF_8));
            bounds.append(t > 1 ? "," : "").append(new Json().number(tiers.get(t).get(0).impact()));
        }
        return new TermDraft(json.raw(",\"b\":[").raw(bounds.toString()).raw("],\"x\":[").toString(), deeper,
                "],\"s\":" + docSet(docs), docs.size());
    }

    /**
     * A drafted entry as written, in key order: its deeper tiers named and written, and a stem's run of position files
     * named, when it has one.
     */
    private String entry(TermDraft draft, PositionFiles.Run run) {
        String runField = run == null ? "" : ",\"p\":[" + run.first() + "," + run.count() + "]";
        if (draft.tail() == null) {
            return run == null ? draft.head() : "{\"t\":" + draft.head() + runField + "}";
        }
        StringBuilder names = new StringBuilder();
        for (byte[] postings : draft.tiers()) {
            String name = "x/" + tierFiles++;
            files.accept(OutputFile.of(Packer.path(name), Packer.script(name, postings)));
            names.append(names.length() > 0 ? "," : "").append(new Json().string(name));
        }
        return draft.head() + names + draft.tail() + runField + "}";
    }

    /**
     * Tiers of postings, highest impact first: {@link #FIRST_TIER} articles, then four times as many each
     * time, each tier at most {@link #TIER_CAP_FACTOR} times the cap, and never a cut between equal impacts
     * (so a tie is not split).
     */
    private List<List<DocPostings>> tiers(List<DocPostings> byImpact, KeyPostings k) {
        List<List<DocPostings>> tiers = new ArrayList<>();
        int budget = TIER_CAP_FACTOR * cap - Packer.script("x/99999", "[]").length;
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
            size = (int) Math.min(4L * size, Integer.MAX_VALUE);
        }
        return tiers;
    }

    /** An upper bound of a posting's serialised length (its document delta is at most its id). */
    private static int postingLength(KeyPostings k, DocPostings d) {
        int n = digits(d.doc()) + 1 + digits(1 << SearchFields.COUNT) + 1 + digits(1 << ExcerptParts.MAX_PARTS) + 1;
        for (int i = d.from(); i < d.to(); i++) {
            n += digits(k.freq(i)) + 1 + 3 + 1;
        }
        return n;
    }

    /** The characters of {@code n} written in decimal, without writing it: a string each was a clean build's 1.2 GB. */
    static int digits(int n) {
        long v = Math.abs((long) n);
        int digits = n < 0 ? 2 : 1;
        for (long limit = 10; v >= limit; limit *= 10) {
            digits++;
        }
        return digits;
    }

    private static List<DocPostings> sortedByDoc(List<DocPostings> tier) {
        List<DocPostings> sorted = new ArrayList<>(tier);
        sorted.sort(Comparator.comparingInt(DocPostings::doc));
        return sorted;
    }

    /**
     * {@code [docDelta, posting, companion postings…, docDelta, …]}, documents ascending; a posting is
     * {@code fieldMask, freq, norm, freq, norm, …, parts?}, {@code parts} (the set of excerpt parts the term
     * occurs in) following when the body's stem or alt sub-field is in the mask. In an exact term's entry
     * (not in its deeper tiers, where {@code companions} is empty), its stem's and alternatives' postings follow
     * its own.
     */
    private String postings(KeyPostings k, List<KeyPostings> companions, List<DocPostings> docs) {
        StringBuilder out = new StringBuilder(2 + 16 * docs.size()).append('[');
        int previous = 0;
        for (DocPostings d : docs) {
            out.append(out.length() > 1 ? "," : "").append(d.doc() - previous);
            posting(out, k, d.from(), d.to());
            for (KeyPostings c : companions) {
                int from = companion(c, d.doc());
                posting(out, c, from, c.end(from));
            }
            previous = d.doc();
        }
        return out.append(']').toString();
    }

    /** Where a companion's postings of a document start: wherever an exact term occurs, its stem and alternatives do. */
    private static int companion(KeyPostings c, int doc) {
        int from = c.first(doc);
        if (from < 0) {
            throw new IllegalStateException("the index has «" + c.term + "» nowhere in document " + doc + " but the word it comes from");
        }
        return from;
    }

    private void posting(StringBuilder out, KeyPostings k, int from, int to) {
        int mask = 0;
        int inParts = 0;
        for (int i = from; i < to; i++) {
            mask |= 1 << k.field(i);
            if (k.field(i) == SearchFields.BODY_STEM || k.field(i) == SearchFields.BODY_ALT) {
                inParts |= parts.mask(k.doc(i), k, i);
            }
        }
        out.append(',').append(mask);
        for (int i = from; i < to; i++) {
            out.append(',').append(k.freq(i)).append(',').append(k.norm(i));
        }
        if (inParts != 0) {
            out.append(',').append(inParts);
        }
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

    /**
     * Completions by prefix: the expansions of every prefix of 3+ letters of a stem, most frequent first. A prefix whose stems span more than {@link #PREFIX_FILES} stem files, which
     * the engine then does not fetch, carries its expansions' entries, so that its expansions cost no
     * request of their own: {@code {"c":[stems], "t":{stem: entry}}} instead of the bare list.
     */
    private static TreeMap<String, String> prefixEntries(List<String> separators, Map<String, String> stems, Completions made) {
        TreeMap<String, String> entries = new TreeMap<>();
        for (int p = 0; p < made.prefixes().size(); p++) {
            String prefix = made.prefixes().get(p);
            List<String> expansions = made.expansions().get(p);
            String list = new Json().strings(expansions).toString();
            if (route(separators, prefix + "\uffff") - route(separators, prefix) < PREFIX_FILES) {
                entries.put(prefix, list);
                continue;
            }
            Json inline = new Json().raw("{\"c\":").raw(list).raw(",\"t\":{");
            for (int i = 0; i < expansions.size(); i++) {
                inline.raw(i > 0 ? "," : "").key(expansions.get(i)).raw(stems.get(expansions.get(i)));
            }
            entries.put(prefix, inline.raw("}}").toString());
        }
        return entries;
    }

    /** The stem file of a key: the number of separators not greater than it. */
    private static int route(List<String> separators, String key) {
        int found = Collections.binarySearch(separators, key);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private String manifest(Manifest routes) {
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
                        .raw(",").number(stats == null ? 0 : stats.sumTotalTermFreq())
                        .raw(",").number(stats == null ? 0 : (double) StableBM25.average(stats)).raw("]");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.raw("],\"idf\":[");
        String separator = "[";
        for (Map.Entry<Long, Float> e : fragileIdf.entrySet()) {
            json.raw(separator).number(e.getKey() >>> 32).raw(",").number(e.getKey() & 0xffffffffL)
                    .raw(",").number((double) e.getValue()).raw("]");
            separator = ",[";
        }
        return json.raw("],\"alternative\":").number((double) SearchFields.ALTERNATIVE_FACTOR)
                .raw(",\"recency\":").number(index.recency())
                .raw(",\"terms\":").raw(routes.terms)
                .raw(",\"words\":").number(routes.words)
                .raw(",\"completions\":").number(routes.completions)
                .raw(",\"spellings\":").number(routes.spellings)
                .raw(",\"positions\":").number(routes.positions)
                .raw(",\"meta\":").number(routes.meta)
                .raw(",\"limits\":{\"words\":").number(QueryParser.MAX_WORDS)
                .raw(",\"excluded\":").number(QueryParser.MAX_EXCLUDED)
                .raw(",\"phrases\":").number(QueryParser.MAX_PHRASES)
                .raw(",\"phraseWords\":").number(QueryParser.MAX_PHRASE_WORDS)
                .raw(",\"prefix\":").number(QueryParser.MIN_PREFIX)
                .raw(",\"expansions\":").number(StemVocabulary.MAX_EXPANSIONS)
                .raw(",\"typo\":").number(MIN_TYPO).raw("}}").toString();
    }
}
