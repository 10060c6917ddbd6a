package org.warraq.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.SortedMap;
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

    /**
     * Writes {@code folder/0 … folder/n−1}, each an object of its keys' entries in key order.
     *
     * @param entries serialised entries by key
     * @return the number of files
     */
    static int write(String folder, Map<String, String> entries, int cap, Consumer<OutputFile> out) {
        SortedMap<String, String> sorted = entries instanceof SortedMap<String, String> m && m.comparator() == null ? m : new TreeMap<>(entries);
        int n = sorted.size();
        String[] members = new String[n];
        int[] hashes = new int[n];
        int[] sizes = new int[n];
        long total = 0;
        int i = 0;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            members[i] = new Json().key(e.getKey()).raw(e.getValue()).toString();
            hashes[i] = hash(e.getKey());
            sizes[i] = Packer.utf8Length(members[i]) + 1;
            total += sizes[i];
            i++;
        }
        int overhead = Packer.script(folder + "/99999", "{}").length;
        int count = (int) Math.max(1, Math.ceil(total / (FILL * (cap - overhead))));
        while (overflows(hashes, sizes, count, cap - overhead)) {
            count = count + count / 10 + 1;
        }
        List<StringBuilder> bodies = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            bodies.add(new StringBuilder());
        }
        for (i = 0; i < n; i++) {
            StringBuilder body = bodies.get(Integer.remainderUnsigned(hashes[i], count));
            body.append(body.length() > 0 ? "," : "").append(members[i]);
            members[i] = null;
        }
        for (int b = 0; b < count; b++) {
            String id = folder + "/" + b;
            out.accept(OutputFile.of(Packer.path(id), Packer.script(id, "{" + bodies.get(b) + "}")));
            bodies.set(b, null);
        }
        return count;
    }

    private static boolean overflows(int[] hashes, int[] sizes, int count, int budget) {
        long[] bytes = new long[count];
        for (int i = 0; i < hashes.length; i++) {
            if (sizes[i] <= budget / 4) {
                bytes[Integer.remainderUnsigned(hashes[i], count)] += sizes[i];
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
