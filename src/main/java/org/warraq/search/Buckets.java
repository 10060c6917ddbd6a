package org.warraq.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.ObjIntConsumer;
import java.util.Map;
import java.util.TreeMap;
import org.warraq.output.OutputFile;
import org.warraq.site.JsonLd;

/**
 * Files routed by a hash of the key instead of a table of boundaries, for families that are only ever
 * looked up by exact key (prefix completions, spelling entries, short position lists): the manifest
 * carries nothing but their number. The hash is 32-bit FNV-1a over the key's UTF-16 code units, which
 * engine.js computes the same way; a key's file is the unsigned hash modulo the number of files. The
 * number is the smallest, from the total size, for which the small entries of no file exceed the cap. A
 * large entry (over a quarter of the cap, such as a frequent term's first tier) goes where its hash says
 * whatever it finds there, as keeping those apart too would take a mostly empty file per entry.
 */
final class Buckets {

    private static final double FILL = 0.75;

    private Buckets() {
    }

    static int hash(String key) {
        return hash(key, -1);
    }

    /** The hash of {@code key} less its letter at {@code skip} (none when negative), without making that string. */
    static int hash(String key, int skip) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            if (i != skip) {
                h ^= key.charAt(i);
                h *= 0x01000193;
            }
        }
        return h;
    }

    /** Entries in key order that can be gone through twice: once to size the files, once to fill them. */
    interface Entries {
        void forEach(BiConsumer<String, String> each);
    }

    /**
     * How a family's entries fall into its files: their number, the bytes each file's entries may take (the cap less a
     * file's script), the bytes of each file's entries, all of them and the small ones, and the small ones' bytes in
     * each file of every number tried before, in order, each of which overflowed.
     */
    record Layout(int count, int budget, long[] all, long[] small, List<long[]> overflowed) {

        long total() {
            long total = 0;
            for (long bytes : all) {
                total += bytes;
            }
            return total;
        }

        /**
         * Whether these are the files {@link Buckets#layout} would choose for entries of these sizes: the first number
         * tried is the one the total gives, every number before this one overflows, and this one does not.
         */
        boolean settled() {
            int first = overflowed.isEmpty() ? count : overflowed.get(0).length;
            if (firstCount(total(), budget) != first || overflows(small, budget)) {
                return false;
            }
            return overflowed.stream().allMatch(tried -> overflows(tried, budget));
        }
    }

    /**
     * Writes {@code folder/0 … folder/n−1}, each an object of its keys' entries in key order. The entries are taken
     * out of {@code entries} as they go into the files, so the family is in memory about once, not twice.
     *
     * @param entries serialised entries by key; empty on return
     * @return the number of files
     */
    static int write(String folder, TreeMap<String, String> entries, int cap, Consumer<OutputFile> out) {
        return write(folder, new Held(entries), cap, out);
    }

    /**
     * Writes {@code folder/0 … folder/n−1} as above from entries gone through twice, holding only the files' bodies.
     *
     * @return the number of files
     */
    static int write(String folder, Entries entries, int cap, Consumer<OutputFile> out) {
        Layout layout = layout(folder, entries, cap);
        fill(folder, entries, layout, file -> true, (file, number) -> out.accept(file));
        return layout.count();
    }

    /** The family's layout: the number of files is the smallest, from the total size, for which no file overflows. */
    static Layout layout(String folder, Entries entries, int cap) {
        Sizes sizes = sizes(entries);
        int budget = budget(folder, cap);
        int count = firstCount(sizes.total, budget);
        List<long[]> overflowed = new ArrayList<>();
        Layout layout;
        while (overflows((layout = sizes.layout(count, budget, overflowed)).small(), budget)) {
            overflowed.add(layout.small());
            count = count + count / 10 + 1;
        }
        return layout;
    }

    /** The sizes of {@code entries}, some of a family's, in the family's {@code count} files. */
    static Layout measure(String folder, Entries entries, int cap, int count) {
        return sizes(entries).layout(count, budget(folder, cap), List.of());
    }

    /**
     * Goes through {@code entries} a second time, writing the files of {@code layout} that {@code wanted} accepts, with
     * their numbers, in that order.
     */
    static void fill(String folder, Entries entries, Layout layout, IntPredicate wanted, ObjIntConsumer<OutputFile> out) {
        // Each body made at its final size and as UTF-8 from the start (see Utf8Buffer): grown by doubling, the words' 34 MB
        // at 10,000 articles were copied over and over. Each file's script is made in its body.
        int count = layout.count();
        Utf8Buffer[] bodies = new Utf8Buffer[count];
        int[] empty = new int[count];
        for (int b = 0; b < count; b++) {
            if (wanted.test(b)) {
                String opening = Packer.opening(folder + "/" + b) + "{";
                // Each entry's measure counts a comma after it: the last one's makes room for the closing brace.
                bodies[b] = new Utf8Buffer(Math.max(1, layout.all()[b]) + opening.length() + Packer.CLOSING.length()).append(opening);
                empty[b] = bodies[b].length();
            }
        }
        entries.forEach((key, entry) -> {
            int b = Integer.remainderUnsigned(hash(key), count);
            Utf8Buffer body = bodies[b];
            if (body != null) {
                if (body.length() > empty[b]) {
                    body.ascii(',');
                }
                body.string(key).ascii(':').append(entry);
            }
        });
        for (int b = 0; b < count; b++) {
            if (bodies[b] != null) {
                String id = folder + "/" + b;
                byte[] script = bodies[b].ascii('}').append(Packer.CLOSING).toByteArray();
                bodies[b] = null;
                out.accept(OutputFile.of(Packer.path(id), script), b);
            }
        }
    }

    /** Buckets are first sized to this fraction of the budget, then more are added until none overflows. */
    static int firstCount(long total, int budget) {
        return (int) Math.max(1, Math.ceil(total / (FILL * budget)));
    }

    private static int budget(String folder, int cap) {
        return cap - Packer.script(folder + "/99999", "{}").length;
    }

    /**
     * Whether the small entries of some file exceed the budget: a large entry (over a quarter of it) goes where its hash
     * says whatever it finds there.
     */
    private static boolean overflows(long[] small, int budget) {
        for (long bytes : small) {
            if (bytes > budget) {
                return true;
            }
        }
        return false;
    }

    private static Sizes sizes(Entries entries) {
        Sizes sizes = new Sizes();
        entries.forEach((key, entry) -> sizes.add(hash(key), length(key, entry)));
        return sizes;
    }

    /**
     * The bytes an entry takes in its file, with its key and a comma. A key with nothing to escape, nearly every key, is
     * measured as it is, not written out first: the keys were the most of what the export allocated.
     */
    static int length(String key, String entry) {
        int quoted = JsonLd.plain(key) ? Packer.utf8Length(key) + 2 : Packer.utf8Length(new Json().string(key).toString());
        return quoted + 1 + Packer.utf8Length(entry) + 1;
    }

    /** Entries held in a map: gone through as they are to size the files, then taken out of the map to fill them. */
    private static final class Held implements Entries {
        private final TreeMap<String, String> map;
        private boolean sized;

        Held(TreeMap<String, String> map) {
            this.map = map;
        }

        @Override
        public void forEach(BiConsumer<String, String> each) {
            if (!sized) {
                sized = true;
                map.forEach(each);
                return;
            }
            for (Map.Entry<String, String> e; (e = map.pollFirstEntry()) != null; ) {
                each.accept(e.getKey(), e.getValue());
            }
        }
    }

    /** The entries' hashes and sizes, as they are gone through. */
    private static final class Sizes {
        private int[] hashes = new int[1024];
        private int[] lengths = new int[1024];
        private int n;
        long total;

        void add(int hash, int length) {
            if (n == hashes.length) {
                hashes = Arrays.copyOf(hashes, n * 2);
                lengths = Arrays.copyOf(lengths, n * 2);
            }
            hashes[n] = hash;
            lengths[n++] = length;
            total += length;
        }

        /** Each of {@code count} files' entries' bytes, with their keys and commas, in UTF-8: all, and the small ones. */
        Layout layout(int count, int budget, List<long[]> overflowed) {
            long[] all = new long[count];
            long[] small = new long[count];
            for (int i = 0; i < n; i++) {
                int b = Integer.remainderUnsigned(hashes[i], count);
                all[b] += lengths[i];
                if (lengths[i] <= budget / 4) {
                    small[b] += lengths[i];
                }
            }
            return new Layout(count, budget, all, small, List.copyOf(overflowed));
        }
    }

}
