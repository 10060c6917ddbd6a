package org.warraq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
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

    /**
     * A stem's positions as the last export left them ({@link EntryStore}): none, its records for a bucket, or, for a
     * long stem, the length of its records and which long stem it was (its run of files is read after every stem's).
     */
    record Kept(String records, long bytes, int large) {
        static final Kept NONE = new Kept(null, 0, -1);
    }

    /**
     * A stem whose positions take a run of files: its records are made again when the run is numbered, or the run's
     * files taken from the last export's when {@code kept} says where.
     */
    private record Large(KeyPostings key, long bytes, Kept kept) {
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
        try {
            return write(stems, reader, out, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #write(List, PostingsReader, Consumer)}, taking each {@link KeyPostings#kept} stem's records from
     * {@code previous} instead of reading its postings, and leaving every stem's in {@code nextStore}; either may be
     * null.
     */
    int write(List<KeyPostings> stems, PostingsReader reader, Consumer<OutputFile> out, EntryStore.Previous previous,
              EntryStore.Next nextStore) throws IOException {
        TreeMap<String, String> small = new TreeMap<>();
        List<Large> large = new ArrayList<>();
        for (int from = 0; from < stems.size(); from += CHUNK) {
            List<KeyPostings> chunk = stems.subList(from, Math.min(stems.size(), from + CHUNK));
            Kept[] kept = new Kept[chunk.size()];
            for (int i = 0; i < chunk.size(); i++) {
                if (chunk.get(i).kept) {
                    kept[i] = previous.positions(chunk.get(i));
                }
            }
            List<Object> made = IntStream.range(0, chunk.size()).parallel()
                    .mapToObj(i -> kept[i] != null ? taken(chunk.get(i), kept[i]) : made(chunk.get(i), reader)).toList();
            for (int i = 0; i < chunk.size(); i++) {
                Object m = made.get(i);
                if (m instanceof String records) {
                    small.put(chunk.get(i).term, records);
                } else if (m instanceof Large l) {
                    large.add(l);
                }
                if (nextStore != null) {
                    nextStore.positions(m instanceof Large l ? (Object) l.bytes() : m, kept[i] != null);
                }
            }
        }
        int buckets = Buckets.write("p", small, cap, out);
        int next = buckets;
        for (int from = 0; from < large.size(); from += LARGE_CHUNK) {
            List<Large> longs = large.subList(from, Math.min(large.size(), from + LARGE_CHUNK));
            List<List<byte[]>> taken = new ArrayList<>(longs.size());
            for (Large l : longs) {
                taken.add(l.kept() == null ? null : previous.run(l.kept()));
            }
            List<List<byte[]>> made = IntStream.range(0, longs.size()).parallel().mapToObj(i -> {
                Large l = longs.get(i);
                return taken.get(i) != null ? taken.get(i) : runFiles(l.key().term, records(l.key(), reader), l.bytes());
            }).toList();
            for (int i = 0; i < longs.size(); i++) {
                List<byte[]> files = made.get(i);
                if (nextStore != null) {
                    nextStore.run(files);
                }
                runs.put(longs.get(i).key().term, new Run(next, files.size()));
                for (byte[] file : files) {
                    String id = "p/" + next++;
                    out.accept(OutputFile.of(Packer.path(id), Packer.script(id, file)));
                }
            }
        }
        return buckets;
    }

    /** A stem's positions as the last export left them: null for none, its bucket's record, or a long stem. */
    private static Object taken(KeyPostings k, Kept kept) {
        return kept.large() >= 0 ? new Large(k, kept.bytes(), kept) : kept.records();
    }

    /** A stem's positions read from the index: null for none, its bucket's record, or a long stem. */
    private Object made(KeyPostings k, PostingsReader reader) {
        reader.load(k, STEM_FIELDS, STEM_FIELDS);
        try {
            long bytes = bytes(k);
            if (bytes == 0) {
                return null;
            }
            if (bytes > cap / 4) {
                return new Large(k, bytes, null);
            }
            Records r = records(k);
            return records(r, 0, r.docs().length);
        } finally {
            k.release();
        }
    }

    private static Records records(KeyPostings k, PostingsReader reader) {
        reader.load(k, STEM_FIELDS, STEM_FIELDS);
        try {
            return records(k);
        } finally {
            k.release();
        }
    }

    /** The run of a long stem, or null when the stem is in a bucket (or has no positions). */
    Run run(String term) {
        return runs.get(term);
    }

    private int slice(int doc, int count) {
        return (int) ((long) doc * count / docs);
    }

    /**
     * The contents of a long stem's run of files in UTF-8, before their names: its records split evenly by document
     * number. Kept so, a run goes from the store to its files and back without being decoded (runs are most of the
     * position files' 67 MB at 10,000 articles, and their stems' letters would make every one a two-byte string).
     */
    private List<byte[]> runFiles(String term, Records r, long bytes) {
        int count = runLength(term, r, bytes);
        List<byte[]> files = new ArrayList<>(count);
        int at = 0;
        for (int part = 0; part < count; part++) {
            int to = at;
            while (to < r.docs().length && slice(r.docs()[to], count) == part) {
                to++;
            }
            files.add(("{" + new Json().key(term) + records(r, at, to) + "}").getBytes(StandardCharsets.UTF_8));
            at = to;
        }
        return files;
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
