package org.warraq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The stems of the index with the number of articles that have each in a {@code .stem} sub-field: the
 * source of prefix expansions (docs/search.md §4), which the exporter writes out and the Lucene side of
 * the parity test reads directly, so both expand a prefix to the same terms.
 */
public final class StemVocabulary {

    public static final int MAX_EXPANSIONS = 8;
    private final NavigableMap<String, Integer> frequencies;

    private StemVocabulary(NavigableMap<String, Integer> frequencies) {
        this.frequencies = frequencies;
    }

    public static StemVocabulary of(SearchIndex index) {
        Map<String, int[]> docs = new HashMap<>();
        if (index.size() > 0) {
            LeafReader leaf = index.leaf();
            try {
                for (int id = 0; id < SearchFields.COUNT; id++) {
                    if (SearchFields.isStem(id)) {
                        collect(leaf, SearchFields.name(id), docs);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        NavigableMap<String, Integer> frequencies = new TreeMap<>();
        docs.forEach((term, list) -> frequencies.put(term, list.length));
        return new StemVocabulary(frequencies);
    }

    /** Up to {@link #MAX_EXPANSIONS} stems starting with {@code prefix}, most frequent first, then in term order. */
    public List<String> expansions(String prefix) {
        return top(frequencies.subMap(prefix, true, prefix + Character.MAX_VALUE, false).entrySet(), MAX_EXPANSIONS);
    }

    /**
     * The {@code k} most frequent of {@code inTermOrder}, most frequent first, then in term order: picked in one pass, as
     * sorting each prefix's stems whole (thousands for a short prefix) was most of the completions' cost.
     */
    static List<String> top(Iterable<Map.Entry<String, Integer>> inTermOrder, int k) {
        String[] terms = new String[k];
        int[] counts = new int[k];
        int n = 0;
        for (Map.Entry<String, Integer> e : inTermOrder) {
            int count = e.getValue();
            if (n == k && count <= counts[k - 1]) {
                continue;
            }
            // After every kept stem at least as frequent: those come earlier in term order, so they stay ahead.
            int at = n == k ? k - 1 : n++;
            while (at > 0 && counts[at - 1] < count) {
                terms[at] = terms[at - 1];
                counts[at] = counts[at - 1];
                at--;
            }
            terms[at] = e.getKey();
            counts[at] = count;
        }
        return List.of(Arrays.copyOf(terms, n));
    }

    /** Every prefix that has expansions, in term order. */
    public List<String> prefixes() {
        return prefixes(frequencies.navigableKeySet());
    }

    /**
     * Every prefix of {@code inOrder}'s terms at least {@link QueryParser#MIN_PREFIX} long, once, in term order, made
     * in one pass: a term's prefixes longer than what it shares with the term before it are new, and come after every
     * prefix made before them. Gathered in a sorted set, they were a sixth of the completions' cost.
     */
    static List<String> prefixes(Iterable<String> inOrder) {
        List<String> prefixes = new ArrayList<>();
        String previous = "";
        for (String term : inOrder) {
            int shared = 0;
            int most = Math.min(previous.length(), term.length());
            while (shared < most && previous.charAt(shared) == term.charAt(shared)) {
                shared++;
            }
            for (int len = Math.max(QueryParser.MIN_PREFIX, shared + 1); len <= term.length(); len++) {
                prefixes.add(term.substring(0, len));
            }
            previous = term;
        }
        return List.copyOf(prefixes);
    }

    private static void collect(LeafReader leaf, String field, Map<String, int[]> docs) throws IOException {
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            postings = te.postings(postings, PostingsEnum.NONE);
            int[] list = new int[te.docFreq()];
            int n = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                list[n++] = doc;
            }
            docs.merge(term.utf8ToString(), list, StemVocabulary::union);
        }
    }

    /** The union of two ascending lists of distinct ids. */
    static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                out[n++] = a[i++];
            } else if (i == a.length || b[j] < a[i]) {
                out[n++] = b[j++];
            } else {
                out[n++] = a[i++];
                j++;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
