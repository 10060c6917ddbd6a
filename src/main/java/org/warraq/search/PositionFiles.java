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
    private record Records(int[] docs, String[] data) {
    }

    /** A stem whose positions take a run of files: its records are made again when the run is numbered. */
    private record Large(KeyPostings key, long bytes) {
    }

    /** A large stem's records and the number of files they take. */
    private record Sized(String term, Records records, int count) {
    }

    /** The first file of a stem's run, and how many files it has. */
    record Run(int first, int count) {
    }

    /** Stems read at a time: their records wait in memory until they are put in key order. */
    private static final int CHUNK = 4096;
    /** Long stems read at a time: each one's records may be megabytes. */
    private static final int LARGE_CHUNK = 64;

    /** The sub-fields whose positions the records hold. */
    private static final int STEM_FIELDS = stemFields();

    private final int cap;
    private final int docs;
    private final Map<String, Run> runs = new HashMap<>();

    PositionFiles(int cap, int docs) {
        this.cap = cap;
        this.docs = docs;
    }

    private static int stemFields() {
        int mask = 0;
        for (int id = 0; id < SearchFields.COUNT; id++) {
            if (SearchFields.isStem(id)) {
                mask |= 1 << id;
            }
        }
        return mask;
    }

    /** The length of a stem's records (with room for their document deltas), 0 when it has no positions. */
    private static long bytes(KeyPostings k) {
        long bytes = 0;
        for (int i = 0; i < k.size(); i = k.end(i)) {
            if (mask(k, i) != 0) {
                bytes += data(k, i, null) + 8;
            }
        }
        return bytes;
    }

    private static Records records(KeyPostings k) {
        List<Integer> docList = new ArrayList<>();
        List<String> dataList = new ArrayList<>();
        for (int i = 0; i < k.size(); i = k.end(i)) {
            int mask = mask(k, i);
            if (mask != 0) {
                StringBuilder data = new StringBuilder().append(mask);
                data(k, i, data);
                docList.add(k.doc(i));
                dataList.add(data.toString());
            }
        }
        return new Records(docList.stream().mapToInt(Integer::intValue).toArray(), dataList.toArray(String[]::new));
    }

    private static boolean inRecord(KeyPostings k, int i) {
        return k.hasPositions(i) && SearchFields.isStem(k.field(i));
    }

    /** The stem sub-fields of the document whose postings start at {@code first}, one bit per field. */
    private static int mask(KeyPostings k, int first) {
        int mask = 0;
        for (int i = first, end = k.end(first); i < end; i++) {
            if (inRecord(k, i)) {
                mask |= 1 << (k.field(i) / 3);
            }
        }
        return mask;
    }

    /**
     * The record of the document whose postings start at {@code first}, after its mask ({@code ,count,norm,deltas…}
     * per stem sub-field): appended to {@code out} when it is given; its length in characters either way.
     */
    private static long data(KeyPostings k, int first, StringBuilder out) {
        long length = 0;
        for (int i = first, end = k.end(first); i < end; i++) {
            if (!inRecord(k, i)) {
                continue;
            }
            length += number(k.freq(i), out) + number(k.norm(i), out);
            int previous = 0;
            for (int j = 0; j < k.freq(i); j++) {
                length += number(k.position(i, j) - previous, out);
                previous = k.position(i, j);
            }
        }
        return length;
    }

    /** Appends {@code ,n} to {@code out} when it is given; returns its length. */
    private static int number(int n, StringBuilder out) {
        if (out != null) {
            out.append(',').append(n);
        }
        return 1 + digits(n);
    }

    private static int digits(int n) {
        return n < 0 ? 1 + digits(-n) : n < 10 ? 1 : 1 + digits(n / 10);
    }

    /**
     * Writes the buckets, then the runs, reading each stem's postings and making its records as it goes (a few
     * thousand stems at a time, on every core); returns the number of buckets. Call once, before {@link #run}.
     *
     * @param stems the stem keys, in key order
     */
    int write(List<KeyPostings> stems, PostingsReader reader, Consumer<OutputFile> out) {
        TreeMap<String, String> small = new TreeMap<>();
        List<Large> large = new ArrayList<>();
        for (int from = 0; from < stems.size(); from += CHUNK) {
            List<KeyPostings> chunk = stems.subList(from, Math.min(stems.size(), from + CHUNK));
            List<Object> made = chunk.parallelStream().map(k -> {
                reader.load(k, STEM_FIELDS, STEM_FIELDS);
                try {
                    long bytes = bytes(k);
                    if (bytes == 0) {
                        return null;
                    }
                    if (bytes > cap / 4) {
                        return new Large(k, bytes);
                    }
                    Records r = records(k);
                    return (Object) records(r, 0, r.docs().length);
                } finally {
                    k.release();
                }
            }).toList();
            for (int i = 0; i < chunk.size(); i++) {
                if (made.get(i) instanceof String records) {
                    small.put(chunk.get(i).term, records);
                } else if (made.get(i) instanceof Large l) {
                    large.add(l);
                }
            }
        }
        int buckets = Buckets.write("p", small, cap, out);
        int next = buckets;
        for (int from = 0; from < large.size(); from += LARGE_CHUNK) {
            List<Sized> sized = large.subList(from, Math.min(large.size(), from + LARGE_CHUNK)).parallelStream().map(l -> {
                reader.load(l.key(), STEM_FIELDS, STEM_FIELDS);
                try {
                    Records r = records(l.key());
                    return new Sized(l.key().term, r, runLength(l.key().term, r, l.bytes()));
                } finally {
                    l.key().release();
                }
            }).toList();
            for (Sized s : sized) {
                runs.put(s.term(), new Run(next, s.count()));
                Records r = s.records();
                int at = 0;
                for (int part = 0; part < s.count(); part++) {
                    int to = at;
                    while (to < r.docs().length && slice(r.docs()[to], s.count()) == part) {
                        to++;
                    }
                    String id = "p/" + next++;
                    out.accept(OutputFile.of(Packer.path(id), Packer.script(id, "{" + new Json().key(s.term()) + records(r, at, to) + "}")));
                    at = to;
                }
            }
        }
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
    private int runLength(String term, Records r, long bytes) {
        int count = (int) Math.max(2, (bytes + cap - 1) / cap);
        while (!fits(term, r, count)) {
            count += Math.max(1, count / 10);
        }
        return count;
    }

    private boolean fits(String term, Records r, int count) {
        int budget = cap - Packer.script("p/99999", "{}").length - Packer.utf8Length(new Json().key(term).toString()) - 2;
        int i = 0;
        while (i < r.docs().length) {
            int part = slice(r.docs()[i], count);
            int from = i;
            long bytes = 0;
            for (; i < r.docs().length && slice(r.docs()[i], count) == part; i++) {
                bytes += Packer.utf8Length(r.data()[i]) + 8;
            }
            if (bytes > budget && i - from > 1) {
                return false;
            }
        }
        return true;
    }

    /** {@code [docDelta, record, docDelta, record, …]}, the first delta from 0. */
    private static String records(Records r, int from, int to) {
        StringBuilder out = new StringBuilder("[");
        int previous = 0;
        for (int i = from; i < to; i++) {
            out.append(i > from ? "," : "").append(r.docs()[i] - previous).append(',').append(r.data()[i]);
            previous = r.docs()[i];
        }
        return out.append(']').toString();
    }
}
