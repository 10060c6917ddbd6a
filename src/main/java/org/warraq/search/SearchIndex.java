package org.warraq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.warraq.search.analysis.AnalyzedText;
import org.warraq.search.analysis.Lexicon;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;
import org.warraq.output.Digest;
import org.warraq.search.analysis.WarraqAnalyzer;
import org.warraq.site.SiteArticle;
import org.warraq.site.Tag;

/**
 * The articles in a Lucene index, in the heap or on disk (docs/search.md §2): twelve analysed sub-fields with
 * frequencies, and positions where they are read (the stem sub-fields and {@code body.alt}), keyword fields for the
 * filters; the recency factors are kept beside it ({@link #factor}). Document ids are the site order, newest first (then by path),
 * so a lower id wins a tie. The static export reads this index, and other features (related articles) may query it
 * through {@link #searcher()}; the words of each article are kept as it is analysed ({@link #words}).
 */
public final class SearchIndex implements AutoCloseable {

    private static final Comparator<SiteArticle> SITE_ORDER = Comparator
            .comparing((SiteArticle s) -> s.article().date().toInstant()).reversed()
            .thenComparing(SiteArticle::path);
    /** Sub-fields whose positions are read: the stems (phrases, position files) and {@code body.alt} (excerpt parts). */
    private static final FieldType POSITIONED = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    /** The other sub-fields: only their frequencies are read, so their positions are not kept (indexing is faster). */
    private static final FieldType COUNTED = textType(IndexOptions.DOCS_AND_FREQS);

    private final List<SiteArticle> articles;
    private final double recency;
    private final double[] factors;
    /** Each article's excerpt parts, chosen as its body is analysed for indexing. */
    private final ExcerptParts.Cuts[] cuts;
    /** Each article's analysed words, kept as it is indexed. */
    private final ArticleWords words;
    /**
     * By article, what puts its words in {@link #words} when they are first asked for, for the runs taken back from the
     * build cache; null where they are there. A rebuild after an edit asks for a few articles' words.
     */
    private final Runnable[] deferredWords;
    private final Directory directory;
    private final DirectoryReader reader;
    /** The index's segments (the runs, or the parts) read as one. */
    private final LeafReader leaf;
    private final IndexSearcher searcher;
    /** Told of each article as it is indexed or taken back, for the build's progress. */
    private final Runnable indexed;
    /** The kept runs this index was made from, on disk or the preview's; null when it was not. */
    private final RunStore store;
    private final Runs runs;
    private byte[][] digests;

    /** Below this many articles a part, indexing on several threads does not pay for the merge. */
    static final int ARTICLES_PER_PART = 500;

    private SearchIndex(List<SiteArticle> articles, double recency, int parts, Path folder, Runs runs, RunStore store, Runnable indexed)
            throws IOException {
        this.indexed = indexed;
        this.store = store;
        this.runs = runs;
        this.articles = articles.stream().sorted(SITE_ORDER).toList();
        this.recency = recency;
        this.factors = factors(this.articles, recency);
        this.cuts = new ExcerptParts.Cuts[this.articles.size()];
        this.deferredWords = new Runnable[this.articles.size()];
        Lexicon lexicon = runs != null ? runs.lexicon : new Lexicon();
        this.words = folder == null ? ArticleWords.inHeap(lexicon, this.articles.size())
                : ArticleWords.inFile(lexicon, this.articles.size(), Files.createDirectories(folder).resolve("words"));
        this.directory = directory(folder, "index");
        IndexWriterConfig config = writerConfig(parts);
        int runSize = runs != null ? runs.size : store != null ? RunStore.ARTICLES_PER_RUN : 0;
        if (runSize > 0 && config.getMergePolicy() instanceof LogByteSizeMergePolicy policy) {
            // Never ten runs at a time: all into one segment at once (each document written once), or none.
            policy.setMergeFactor(Math.max(policy.getMergeFactor(), this.articles.size() / runSize + 1));
        }
        boolean takenBack = false;
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            if (runs != null) {
                Directory[] kept = runs.indexes(this);
                takenBack = runs.analysed() < kept.length;
                writer.addIndexes(kept);
            } else if (store != null) {
                int taken = store.taken();
                Directory[] kept = store.indexes(this);
                takenBack = store.taken() > taken;
                try {
                    writer.addIndexes(kept);
                } finally {
                    for (Directory run : kept) {
                        run.close();
                    }
                }
            } else if (parts <= 1) {
                add(writer, 0, this.articles.size());
            } else {
                Directory[] made = indexInParts(parts, folder);
                writer.addIndexes(made);
                // addIndexes copied the parts' segments: their files go now rather than with the build.
                for (Directory part : made) {
                    for (String file : part.listAll()) {
                        part.deleteFile(file);
                    }
                    part.close();
                }
            }
            // Runs read where they are cost a seek in each of them for every key looked up. That pays when runs came back
            // and the export drafts the few keys an edit reaches; an index made afresh is exported whole, so it is merged
            // into one segment first.
            if (!takenBack) {
                writer.forceMerge(1);
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.leaf = CompositeLeaf.of(reader);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new StableBM25());
    }

    /**
     * Analysis is most of indexing: consecutive runs of articles are indexed on every core into indexes of
     * their own, which are then added in order. Log merge policies only merge neighbouring segments, so
     * document numbers stay in site order and the merged index is the one a single writer makes.
     */
    private Directory[] indexInParts(int parts, Path folder) {
        int n = articles.size();
        Directory[] out = new Directory[parts];
        IntStream.range(0, parts).parallel().forEach(part -> {
            try {
                out[part] = directory(folder, "part-" + part);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Directory dir = out[part];
            try (IndexWriter writer = new IndexWriter(dir, writerConfig(parts))) {
                add(writer, (int) ((long) n * part / parts), (int) ((long) n * (part + 1) / parts));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    /**
     * In the heap, or in {@code folder} on disk (a build's scratch space, deleted with it: files are never
     * synced, and the index is read through the file system cache rather than mapped, so it is not counted in
     * the build's resident memory).
     */
    private static Directory directory(Path folder, String name) throws IOException {
        if (folder == null) {
            return new ByteBuffersDirectory();
        }
        return new FilterDirectory(new NIOFSDirectory(Files.createDirectories(folder.resolve(name)))) {
            @Override
            public void sync(java.util.Collection<String> names) {
            }

            @Override
            public void syncMetaData() {
            }
        };
    }

    private void add(IndexWriter writer, int from, int to) throws IOException {
        for (int doc = from; doc < to; doc++) {
            writer.addDocument(document(doc));
            indexed.run();
        }
    }

    /**
     * Each writer buffers up to 256 MB of postings before it flushes a segment (fewer segments to merge), but
     * never more than a sixteenth of the heap among them, so a large site still builds in a small heap.
     */
    private static IndexWriterConfig writerConfig(int writers) {
        double heapShare = Runtime.getRuntime().maxMemory() / 16.0 / writers / (1024 * 1024);
        return new IndexWriterConfig(analyzer())
                .setSimilarity(new StableBM25())
                .setMergePolicy(new LogByteSizeMergePolicy())
                .setMergeScheduler(new SerialMergeScheduler())
                .setRAMBufferSizeMB(Math.max(8, Math.min(256, heapShare)));
    }

    /**
     * Indexes the articles (any order; they are put in site order).
     *
     * @param recency the weight {@code w} of the recency prior {@code 1 + w · 2^(−age_days/365)}, 0 for none
     */
    public static SearchIndex build(List<SiteArticle> articles, double recency) {
        return build(articles, recency, (Path) null);
    }

    /** As {@link #build(List, double)}, the index on disk in {@code folder} when it is not null. */
    public static SearchIndex build(List<SiteArticle> articles, double recency, Path folder) {
        return build(articles, recency, folder, () -> { });
    }

    /** As {@link #build(List, double, Path)}, telling {@code indexed} of each article indexed. */
    public static SearchIndex build(List<SiteArticle> articles, double recency, Path folder, Runnable indexed) {
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), articles.size() / ARTICLES_PER_PART));
        return build(articles, recency, parts, folder, null, null, indexed);
    }

    /** As {@link #build(List, double, Path)}, indexing in {@code parts} consecutive runs of articles. */
    static SearchIndex build(List<SiteArticle> articles, double recency, int parts, Path folder) {
        return build(articles, recency, parts, folder, null, null, () -> { });
    }

    /**
     * As {@link #build(List, double, Path)}, taking back from {@code store} every run of articles an earlier build kept
     * there that is still the same, and keeping there the runs it indexes (the command line's build cache).
     */
    public static SearchIndex build(List<SiteArticle> articles, double recency, Path folder, RunStore store) {
        return build(articles, recency, folder, store, () -> { });
    }

    /** As {@link #build(List, double, Path, RunStore)}, telling {@code indexed} of each article indexed or taken back. */
    public static SearchIndex build(List<SiteArticle> articles, double recency, Path folder, RunStore store, Runnable indexed) {
        return build(articles, recency, 1, folder, null, store, indexed);
    }

    /**
     * As {@link #build(List, double)}, in the heap, taking back from {@code runs} every run of articles an earlier build
     * indexed that is still the same (the preview's): only the runs a save changed are analysed again.
     */
    public static SearchIndex build(List<SiteArticle> articles, double recency, Runs runs) {
        synchronized (runs) {
            return build(articles, recency, 1, null, runs, null, () -> { });
        }
    }

    private static SearchIndex build(List<SiteArticle> articles, double recency, int parts, Path folder, Runs runs, RunStore store,
                                     Runnable indexed) {
        if (recency < 0 || Double.isNaN(recency) || Double.isInfinite(recency)) {
            throw new IllegalArgumentException("the recency weight must be a finite number ≥ 0, found " + recency);
        }
        try {
            return new SearchIndex(articles, recency, parts, folder, runs, store, indexed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The indexes of consecutive runs of articles in site order, kept from one build to the next (by the preview).
     * A run whose articles are the very same values is added to the next index as it
     * is, with the excerpt parts chosen when it was analysed; the others are analysed again, on every core. The runs read as
     * one index give what a single writer's index gives (documents in site order, {@code ParallelIndexingTest}), so what
     * is read from them does not depend on which runs were taken back. Runs are counted from the oldest article, so a save that
     * edits one article, or adds the newest, analyses one run. The recency factors, which a new newest article moves,
     * stay out of the runs ({@link RecencyQuery}).
     */
    public static final class Runs {

        private record Run(SiteArticle[] articles, ExcerptParts.Cuts[] cuts, byte[][] words, Directory index) {
        }

        private final int size;
        /** The numbers of the words the runs keep, which every run shares. */
        private final Lexicon lexicon = new Lexicon();
        private Run[] runs = new Run[0];
        /**
         * The runs the last build replaced, kept until the next one: they hold the earlier versions of the articles it
         * changed, which its export compares them with ({@link EditedPostings}).
         */
        private Run[] replaced = new Run[0];
        private int analysed;
        private final AtomicInteger spliced = new AtomicInteger();

        /** Runs of {@value #ARTICLES_PER_PART} articles. */
        public Runs() {
            this(ARTICLES_PER_PART);
        }

        Runs(int size) {
            this.size = size;
        }

        /** How many runs the builds made from the run kept at their place, analysing only the articles it did not have. */
        int spliced() {
            return spliced.get();
        }

        /** How many runs the last build analysed (the others it took back). */
        synchronized int analysed() {
            return analysed;
        }

        /** The runs' indexes for {@code index}, in order; fills in its excerpt parts. Called with this object's lock held. */
        private Directory[] indexes(SearchIndex index) {
            int[] bounds = runBounds(index.articles.size(), size);
            int count = bounds.length - 1;
            Run[] next = new Run[count];
            Run[] last = runs;
            IntStream.range(0, count).parallel().forEach(k -> {
                int from = bounds[k];
                int to = bounds[k + 1];
                int fromOldest = count - 1 - k;
                Run kept = fromOldest < last.length ? last[last.length - 1 - fromOldest] : null;
                next[k] = kept != null && same(kept, index, from, to) ? kept : index.run(from, to, kept, spliced);
                System.arraycopy(next[k].cuts(), 0, index.cuts, from, to - from);
                for (int doc = from; doc < to; doc++) {
                    index.words.put(doc, next[k].words()[doc - from]);
                }
            });
            int made = 0;
            for (int k = 0; k < count; k++) {
                if (k >= last.length || next[k] != last[k]) {
                    made++;
                }
            }
            close(replaced, next);
            replaced = notIn(last, next);
            runs = next;
            analysed = made;
            Directory[] indexes = new Directory[count];
            for (int k = 0; k < count; k++) {
                indexes[k] = next[k].index();
            }
            return indexes;
        }

        /**
         * The document of the article whose indexed text has {@code digest} in a run the last build replaced; null when
         * none has it. A later build may close the run while the caller reads it: the caller then has an
         * {@link org.apache.lucene.store.AlreadyClosedException}.
         */
        synchronized EditedPostings.Earlier earlier(byte[] digest) {
            for (Run run : replaced) {
                for (int i = 0; i < run.articles().length; i++) {
                    if (Arrays.equals(digest(run.articles()[i]), digest)) {
                        return open(run, i);
                    }
                }
            }
            return null;
        }

        private static EditedPostings.Earlier open(Run run, int doc) {
            try {
                DirectoryReader reader = DirectoryReader.open(run.index());
                LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
                return new EditedPostings.Earlier(leaf.reader(), doc - leaf.docBase, reader);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** An article as the runs compare them: the preview keeps the same object for an article that did not change. */
        private record Same(SiteArticle article) {

            @Override
            public boolean equals(Object other) {
                return other instanceof Same same && same.article == article;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(article);
            }
        }

        private static boolean same(Run run, SearchIndex index, int from, int to) {
            if (run.articles().length != to - from) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (run.articles()[i - from] != index.articles.get(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The runs of {@code old} that {@code kept} does not hold. */
        private static Run[] notIn(Run[] old, Run[] kept) {
            Set<Run> still = Collections.newSetFromMap(new IdentityHashMap<>());
            still.addAll(Arrays.asList(kept));
            return Arrays.stream(old).filter(run -> !still.contains(run)).toArray(Run[]::new);
        }

        /** Closes the runs of {@code old} that {@code kept} does not hold. */
        private static void close(Run[] old, Run[] kept) {
            for (Run run : notIn(old, kept)) {
                try {
                    run.index().close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /**
     * Where runs of {@code size} of {@code n} articles begin, in document order, and where the last ends: counted from
     * the oldest article, so that a new newest article changes the first run alone. Run {@code k} is from
     * {@code bounds[k]} to {@code bounds[k + 1]}.
     */
    static int[] runBounds(int n, int size) {
        int count = (n + size - 1) / size;
        int[] bounds = new int[count + 1];
        for (int k = 1; k <= count; k++) {
            bounds[k] = n - (count - k) * size;
        }
        return bounds;
    }

    /**
     * The articles from {@code from} to {@code to} (exclusive) indexed in the heap, as a run to keep: made from
     * {@code last}, the run kept at its place, when that has most of them ({@link RunSplice}).
     */
    private Runs.Run run(int from, int to, Runs.Run last, AtomicInteger count) {
        Runs.Run spliced = last == null ? null : spliced(from, to, last);
        if (spliced == null) {
            return run(from, to);
        }
        count.incrementAndGet();
        return spliced;
    }

    private Runs.Run spliced(int from, int to, Runs.Run last) {
        RunSplice splice = RunSplice.plan(Arrays.stream(last.articles()).map(Runs.Same::new).toList(),
                articles.subList(from, to).stream().map(Runs.Same::new).toList());
        if (splice == null) {
            return null;
        }
        Directory dir = new ByteBuffersDirectory();
        try {
            splice.make(this, from, last.index(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExcerptParts.Cuts[] runCuts = new ExcerptParts.Cuts[to - from];
        byte[][] runWords = new byte[to - from][];
        for (int i = 0; i < to - from; i++) {
            int source = splice.source(i);
            runCuts[i] = source >= 0 ? last.cuts()[source] : cuts[from + i];
            runWords[i] = source >= 0 ? last.words()[source] : words.bytes(from + i);
        }
        return new Runs.Run(articles.subList(from, to).toArray(new SiteArticle[0]), runCuts, runWords, dir);
    }

    /** The articles from {@code from} to {@code to} (exclusive) indexed in the heap, as a run to keep. */
    private Runs.Run run(int from, int to) {
        Directory dir = new ByteBuffersDirectory();
        index(from, to, dir);
        byte[][] kept = new byte[to - from][];
        for (int doc = from; doc < to; doc++) {
            kept[doc - from] = words.bytes(doc);
        }
        return new Runs.Run(articles.subList(from, to).toArray(new SiteArticle[0]),
                Arrays.copyOfRange(cuts, from, to), kept, dir);
    }

    /** Indexes the articles from {@code from} to {@code to} (exclusive) into {@code dir}, keeping their words and excerpt parts. */
    void index(int from, int to, Directory dir) {
        try (IndexWriter writer = new IndexWriter(dir, runConfig())) {
            add(writer, from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes articles {@code docs} (ascending) into {@code dir}, keeping their words and excerpt parts. */
    void index(int[] docs, Directory dir) {
        try (IndexWriter writer = new IndexWriter(dir, runConfig())) {
            for (int doc : docs) {
                add(writer, doc, doc + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a run's index is written, or merged from pieces ({@link RunSplice}). */
    static IndexWriterConfig runConfig() {
        return writerConfig(Runtime.getRuntime().availableProcessors());
    }

    /** The kept words of article {@code doc}, numbered in {@link #lexicon()}. */
    byte[] wordBytes(int doc) {
        readDeferred(doc);
        return words.bytes(doc);
    }

    /** Keeps words of article {@code doc} that an earlier build analysed, numbered in {@link #lexicon()}. */
    void putWords(int doc, byte[] bytes) {
        words.put(doc, bytes);
        indexed.run();
    }

    /**
     * Article {@code doc}, taken back from the build cache, its words to be kept by {@code read} (through
     * {@link #keepDeferred}) when they are first asked for; {@code read} is shared by its run's articles and does its
     * work once.
     */
    void deferWords(int doc, Runnable read) {
        deferredWords[doc] = read;
        indexed.run();
    }

    /** Keeps the words of an article whose words were deferred. */
    void keepDeferred(int doc, byte[] bytes) {
        words.put(doc, bytes);
    }

    private void readDeferred(int doc) {
        Runnable read = deferredWords[doc];
        if (read != null) {
            read.run();
        }
    }

    Lexicon lexicon() {
        return words.lexicon();
    }

    ExcerptParts.Cuts cuts(int doc) {
        return cuts[doc];
    }

    void cuts(int doc, ExcerptParts.Cuts kept) {
        cuts[doc] = kept;
    }

    /** On disk in {@code dir}, not synced (a build's scratch space or cache, where a lost file only costs indexing again). */
    static Directory onDisk(Path dir) throws IOException {
        return directory(dir.getParent(), dir.getFileName().toString());
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    /**
     * The analysed texts of article {@code doc} as it was indexed, in this order: its title, each tag, its summary
     * and its body, each that it has (blank ones too, with no words).
     */
    public List<ArticleWords.Segment> words(int doc) {
        readDeferred(doc);
        return words.of(doc);
    }

    public DirectoryReader reader() {
        return reader;
    }

    /**
     * The index as one segment, with the site's document numbers: its segments, in site order and never with deleted
     * documents, read as one ({@link CompositeLeaf}).
     */
    public LeafReader leaf() {
        return leaf;
    }

    /** The articles in document id order. */
    public List<SiteArticle> articles() {
        return articles;
    }

    public int size() {
        return articles.size();
    }

    /**
     * The SHA-256 of each article as indexing reads it ({@link #indexed}), by document number: what the stores that keep
     * the collection-wide stages' results from one build to the next compare articles by. Made once, on first use.
     */
    public synchronized byte[][] digests() {
        if (digests == null) {
            digests = articles.parallelStream().map(SearchIndex::digest).toArray(byte[][]::new);
        }
        return digests.clone();
    }

    /** The SHA-256 of an article as indexing reads it. */
    private static byte[] digest(SiteArticle a) {
        Digest digest = new Digest();
        indexed(a, digest);
        return digest.digest();
    }

    public double recency() {
        return recency;
    }

    /** The recency factor of a document, 1 when no prior is configured. */
    public double factor(int doc) {
        return factors[doc];
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        words.close();
    }

    static String year(SiteArticle article) {
        return Integer.toString(article.article().date().getYear());
    }

    /**
     * Adds to {@code digest} everything indexing reads of the article (its texts, tags, category, authors and year): two
     * articles with the same digest are the same document to the index, whatever else of them differs.
     */
    static void indexed(SiteArticle a, Digest digest) {
        digest.text(a.article().title()).text(year(a)).text(a.category() == null ? null : a.category().key());
        digest.number(a.tags().size());
        for (Tag tag : a.tags()) {
            digest.text(tag.name()).text(tag.slug());
        }
        digest.number(a.authors().size());
        a.authors().forEach(author -> digest.text(author.key()));
        digest.text(a.article().summary());
        String body = a.body() == null ? null : a.body().plainText().identity();
        if (body != null) {
            digest.number(1).text(body);
        } else {
            digest.number(0).text(a.body() == null ? null : a.body().text());
        }
    }

    private static double[] factors(List<SiteArticle> articles, double recency) {
        double[] factors = new double[articles.size()];
        Instant newest = articles.isEmpty() ? Instant.EPOCH : articles.get(0).article().date().toInstant();
        for (int doc = 0; doc < factors.length; doc++) {
            double ageDays = Duration.between(articles.get(doc).article().date().toInstant(), newest).toMillis() / 86_400_000.0;
            factors[doc] = recency == 0 ? 1 : 1 + recency * Math.pow(2, -ageDays / 365);
        }
        return factors;
    }

    /** The excerpt parts of each article, by document number. */
    /**
     * The earlier version of an article, by the digest of what indexing read of it, in the kept runs this index was made
     * from; null when there are none or none has it.
     */
    EditedPostings.Earlier earlier(byte[] digest) {
        return store != null ? store.earlier(digest) : runs != null ? runs.earlier(digest) : null;
    }

    ExcerptParts excerptParts() {
        return new ExcerptParts(cuts);
    }

    private Document document(int number) {
        SiteArticle a = articles.get(number);
        Document doc = new Document();
        List<ArticleWords.Segment> segments = new ArrayList<>();
        List<List<String>> texts = texts(a);
        List<AnalyzedText> body = List.of();
        for (int field = 0; field < texts.size(); field++) {
            List<AnalyzedText> analysed = text(doc, field, texts.get(field), segments);
            if (field == BODY_FIELD) {
                body = analysed;
            }
        }
        words.put(number, segments);
        cuts[number] = body.isEmpty() ? ExcerptParts.Cuts.NONE : ExcerptParts.of(body.get(0));
        if (a.category() != null) {
            doc.add(new StringField(SearchFields.CATEGORY, a.category().key(), Field.Store.NO));
        }
        a.tags().forEach(t -> doc.add(new StringField(SearchFields.TAG, t.slug(), Field.Store.NO)));
        a.authors().forEach(au -> doc.add(new StringField(SearchFields.AUTHOR, au.key(), Field.Store.NO)));
        doc.add(new StringField(SearchFields.YEAR, year(a), Field.Store.NO));
        return doc;
    }

    /**
     * The terms article {@code doc} puts in each text sub-field, by sub-field number, as the index keeps them: its texts
     * analysed again, as {@link #document} analyses them.
     */
    List<Set<String>> terms(int doc) {
        List<List<String>> texts = texts(articles.get(doc));
        List<Set<String>> terms = new ArrayList<>();
        for (int id = 0; id < SearchFields.COUNT; id++) {
            terms.add(new HashSet<>());
        }
        for (int field = 0; field < texts.size(); field++) {
            for (String value : texts.get(field)) {
                AnalyzedText analysed = AnalyzedText.of(value);
                for (int id = 3 * field; id < 3 * field + 3; id++) {
                    try (TokenStream stream = analysed.stream(SearchFields.kind(id))) {
                        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                        stream.reset();
                        while (stream.incrementToken()) {
                            terms.get(id).add(new BytesRef(term).utf8ToString());
                        }
                        stream.end();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return terms;
    }

    /** The body's search field, whose analysed text gives the excerpt parts. */
    private static final int BODY_FIELD = SearchFields.BODY_STEM / 3;

    /** The texts of each search field an article is indexed under, in field order: title, tags, summary, body. */
    private static List<List<String>> texts(SiteArticle a) {
        return List.of(List.of(a.article().title()), a.tags().stream().map(Tag::name).toList(),
                a.article().summary() == null ? List.<String>of() : List.of(a.article().summary()),
                a.body() == null ? List.<String>of() : List.of(a.body().text()));
    }

    /**
     * Each text is analysed once and replayed into its three sub-fields (exact, stem, alt); its words are added to
     * {@code segments}.
     */
    private static List<AnalyzedText> text(Document doc, int field, List<String> values, List<ArticleWords.Segment> segments) {
        List<AnalyzedText> analysed = values.stream().map(AnalyzedText::of).toList();
        analysed.forEach(value -> segments.add(new ArticleWords.Segment(field, value.words())));
        for (int id = 3 * field; id < 3 * field + 3; id++) {
            for (AnalyzedText value : analysed) {
                doc.add(new Field(SearchFields.name(id), value.stream(SearchFields.kind(id)), SearchFields.positioned(id) ? POSITIONED : COUNTED));
            }
        }
        return analysed;
    }

    private static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (int id = 0; id < SearchFields.COUNT; id++) {
            perField.put(SearchFields.name(id), WarraqAnalyzer.forKind(SearchFields.kind(id)));
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    private static FieldType textType(IndexOptions options) {
        FieldType type = new FieldType();
        type.setIndexOptions(options);
        type.setTokenized(true);
        type.setStored(false);
        type.freeze();
        return type;
    }
}
