package org.warraq.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.Map;
import java.util.TreeMap;
import org.warraq.output.OutputFile;

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

    /** Buckets are first sized to this fraction of the cap, then more are added until none overflows. */
    private static final double FILL = 0.75;

    private Buckets() {
    }

    static int hash(String key) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    /** Entries in key order that can be gone through twice: once to size the files, once to fill them. */
    interface Entries {
        void forEach(BiConsumer<String, String> each);
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
        Sizes sizes = new Sizes();
        entries.forEach((key, entry) -> sizes.add(hash(key), Packer.utf8Length(new Json().key(key).toString()) + Packer.utf8Length(entry) + 1));
        int overhead = Packer.script(folder + "/99999", "{}").length;
        int count = (int) Math.max(1, Math.ceil(sizes.total / (FILL * (cap - overhead))));
        while (sizes.overflow(count, cap - overhead)) {
            count = count + count / 10 + 1;
        }
        // Each body made at its final size: grown by doubling, the words' 34 MB at 10,000 articles were copied over and over.
        long[] lengths = sizes.perFile(count);
        List<StringBuilder> bodies = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            bodies.add(new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, lengths[b] + 2)));
        }
        int files = count;
        entries.forEach((key, entry) -> {
            StringBuilder body = bodies.get(Integer.remainderUnsigned(hash(key), files));
            body.append(body.length() > 0 ? "," : "").append(new Json().key(key)).append(entry);
        });
        for (int b = 0; b < count; b++) {
            String id = folder + "/" + b;
            out.accept(OutputFile.of(Packer.path(id), Packer.script(id, "{" + bodies.get(b) + "}")));
            bodies.set(b, null);
        }
        return count;
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

        /** The length of each of {@code count} files' entries, with their keys and commas, in UTF-8. */
        long[] perFile(int count) {
            long[] bytes = new long[count];
            for (int i = 0; i < n; i++) {
                bytes[Integer.remainderUnsigned(hashes[i], count)] += lengths[i];
            }
            return bytes;
        }

        /**
         * Whether the small entries of some file would exceed the budget: a large entry (over a quarter of it) goes
         * where its hash says whatever it finds there.
         */
        boolean overflow(int count, int budget) {
            long[] bytes = new long[count];
            for (int i = 0; i < n; i++) {
                if (lengths[i] <= budget / 4) {
                    bytes[Integer.remainderUnsigned(hashes[i], count)] += lengths[i];
                }
            }
            for (long b : bytes) {
                if (b > budget) {
                    return true;
                }
            }
            return false;
        }
    }

}
