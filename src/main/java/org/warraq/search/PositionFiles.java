package org.warraq.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.TreeMap;
import org.warraq.output.OutputFile;

/**
 * {@code p/N.js}: the positions of each stem in each article's {@code .stem} sub-fields, read for phrases
 * only. A stem whose positions take at most a quarter of the cap shares a hash bucket ({@link Buckets})
 * with others, so the engine finds it with no table; a longer one has a run of files of its own, the
 * articles split evenly by document number, and its term entry names the run.
 */
final class PositionFiles {

    /** A stem's records: {@code fieldMask,count,norm,deltas…,count,…} per article, in document order. */
    private record Stem(String term, int[] docs, String[] data, long bytes) {
    }

    /** The first file of a stem's run, and how many files it has. */
    record Run(int first, int count) {
    }

    private final int cap;
    private final int docs;
    private final List<Stem> stems = new ArrayList<>();
    private final Map<String, Run> runs = new HashMap<>();

    PositionFiles(int cap, int docs) {
        this.cap = cap;
        this.docs = docs;
    }

    /** Adds the records of a stem key, whose documents come in ascending order. */
    void add(KeyPostings k) {
        List<Integer> docList = new ArrayList<>();
        List<String> dataList = new ArrayList<>();
        long bytes = 0;
        int i = 0;
        while (i < k.size()) {
            int doc = k.doc(i);
            int mask = 0;
            StringBuilder data = new StringBuilder();
            for (; i < k.size() && k.doc(i) == doc; i++) {
                int[] pos = k.positions(i);
                if (pos == null || !SearchFields.isStem(k.field(i))) {
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
                docList.add(doc);
                dataList.add(mask + data.toString());
                bytes += data.length() + 8;
            }
        }
        if (!docList.isEmpty()) {
            stems.add(new Stem(k.term, docList.stream().mapToInt(Integer::intValue).toArray(), dataList.toArray(String[]::new), bytes));
        }
    }

    /**
     * Writes the buckets, then the runs, and lets go of the records; returns the number of buckets. Call once,
     * before {@link #run}.
     */
    int write(Consumer<OutputFile> out) {
        Map<String, String> small = new TreeMap<>();
        List<Stem> large = new ArrayList<>();
        for (Stem s : stems) {
            if (s.bytes() <= cap / 4) {
                small.put(s.term(), records(s, 0, s.docs().length));
            } else {
                large.add(s);
            }
        }
        int buckets = Buckets.write("p", small, cap, out);
        int next = buckets;
        for (Stem s : large) {
            int count = runLength(s);
            runs.put(s.term(), new Run(next, count));
            int from = 0;
            for (int part = 0; part < count; part++) {
                int to = from;
                while (to < s.docs().length && slice(s.docs()[to], count) == part) {
                    to++;
                }
                String id = "p/" + next++;
                out.accept(OutputFile.of(Packer.path(id), Packer.script(id, "{" + new Json().key(s.term()) + records(s, from, to) + "}")));
                from = to;
            }
        }
        stems.clear();
        return buckets;
    }

    /** The run of a long stem, or null when the stem is in a bucket (or has no positions). */
    Run run(String term) {
        return runs.get(term);
    }

    private int slice(int doc, int count) {
        return (int) ((long) doc * count / docs);
    }

    /** The fewest files, splitting the articles evenly, in which each part is within the cap or one article. */
    private int runLength(Stem s) {
        int count = (int) Math.max(2, (s.bytes() + cap - 1) / cap);
        while (!fits(s, count)) {
            count += Math.max(1, count / 10);
        }
        return count;
    }

    private boolean fits(Stem s, int count) {
        int budget = cap - Packer.script("p/99999", "{}").length - Packer.utf8Length(new Json().key(s.term()).toString()) - 2;
        int i = 0;
        while (i < s.docs().length) {
            int part = slice(s.docs()[i], count);
            int from = i;
            long bytes = 0;
            for (; i < s.docs().length && slice(s.docs()[i], count) == part; i++) {
                bytes += Packer.utf8Length(s.data()[i]) + 8;
            }
            if (bytes > budget && i - from > 1) {
                return false;
            }
        }
        return true;
    }

    /** {@code [docDelta, record, docDelta, record, …]}, the first delta from 0. */
    private static String records(Stem s, int from, int to) {
        StringBuilder out = new StringBuilder("[");
        int previous = 0;
        for (int i = from; i < to; i++) {
            out.append(i > from ? "," : "").append(s.docs()[i] - previous).append(',').append(s.data()[i]);
            previous = s.docs()[i];
        }
        return out.append(']').toString();
    }
}
