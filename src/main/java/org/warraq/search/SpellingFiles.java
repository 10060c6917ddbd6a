package org.warraq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.warraq.output.OutputFile;

/**
 * The «did you mean» files ({@link SpellingEntries} in {@link Buckets}), made again only where an edit reaches them.
 * Made whole, they are 605,000 strings gone through twice, about a second at 10,000 articles. An entry changes only
 * when a term that gives its string changed its number of articles, came or went, and one edit does that to a few
 * terms, whose strings hash to a few of the 5,000 files. So, with a {@link SpellingStore}, the files those strings
 * fall in are made again from the strings that fall there, and the others are the kept ones, as long as the family
 * keeps its number of files: the kept sizes, with the remade files' own, must give the number {@link Buckets} would
 * choose. Otherwise, and when more than half the files would be made again, every file is made.
 */
final class SpellingFiles {

    static final String FOLDER = "m";

    private SpellingFiles() {
    }

    /** Writes the family's files, the same with a store as without; returns their number. */
    static int write(SpellingEntries.Vocabulary vocabulary, int cap, Consumer<OutputFile> out, SpellingStore store) throws IOException {
        if (store == null) {
            return Buckets.write(FOLDER, new SpellingEntries(vocabulary, hash -> true), cap, out);
        }
        try (SpellingStore.Kept kept = store.open(cap)) {
            Remade remade = kept == null ? null : remade(kept, vocabulary, cap);
            if (remade != null) {
                int count = remade.layout.count();
                try (SpellingStore.Next next = store.next(cap, remade.layout, vocabulary)) {
                    for (int b = 0; b < count; b++) {
                        OutputFile file = remade.files.get(b);
                        byte[] taken = kept.file();
                        OutputFile written = file != null ? file : OutputFile.of(Packer.path(FOLDER + "/" + b), taken);
                        out.accept(written);
                        next.file(written.bytes());
                    }
                    next.commit();
                }
                store.counted(count - remade.files.size(), remade.files.size());
                return count;
            }
        }
        SpellingEntries entries = new SpellingEntries(vocabulary, hash -> true);
        Buckets.Layout layout = Buckets.layout(FOLDER, entries, cap);
        try (SpellingStore.Next next = store.next(cap, layout, vocabulary)) {
            Buckets.fill(FOLDER, entries, layout, b -> true, (file, b) -> {
                out.accept(file);
                try {
                    next.file(file.bytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            next.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        store.counted(0, layout.count());
        return layout.count();
    }

    /** The files the changed terms reach, made again, and the family's layout with them; null when all must be made. */
    private static Remade remade(SpellingStore.Kept kept, SpellingEntries.Vocabulary vocabulary, int cap) {
        Buckets.Layout before = kept.layout();
        Set<String> strings = changedStrings(kept.vocabulary(), vocabulary);
        int count = before.count();
        BitSet reached = reached(strings, count);
        if (reached.cardinality() > count / 2) {
            return null;
        }
        SpellingEntries some = new SpellingEntries(vocabulary, hash -> reached.get(Integer.remainderUnsigned(hash, count)));
        Buckets.Layout sizes = Buckets.measure(FOLDER, some, cap, count);
        List<long[]> overflowed = new ArrayList<>();
        for (long[] tried : before.overflowed()) {
            BitSet there = reached(strings, tried.length);
            SpellingEntries those = new SpellingEntries(vocabulary, hash -> there.get(Integer.remainderUnsigned(hash, tried.length)));
            overflowed.add(replaced(tried, Buckets.measure(FOLDER, those, cap, tried.length).small(), there));
        }
        Buckets.Layout layout = new Buckets.Layout(count, before.budget(), replaced(before.all(), sizes.all(), reached),
                replaced(before.small(), sizes.small(), reached), overflowed);
        if (!layout.settled()) {
            return null;
        }
        Map<Integer, OutputFile> files = new HashMap<>();
        Buckets.fill(FOLDER, some, sizes, reached::get, (file, b) -> files.put(b, file));
        return new Remade(layout, files);
    }

    /** The files of a family of {@code count} that {@code strings} fall in. */
    private static BitSet reached(Set<String> strings, int count) {
        BitSet reached = new BitSet(count);
        for (String string : strings) {
            reached.set(Integer.remainderUnsigned(Buckets.hash(string), count));
        }
        return reached;
    }

    /** {@code kept}'s sizes, with those of the {@code reached} files taken from {@code remade}. */
    private static long[] replaced(long[] kept, long[] remade, BitSet reached) {
        long[] sizes = kept.clone();
        for (int b = reached.nextSetBit(0); b >= 0; b = reached.nextSetBit(b + 1)) {
            sizes[b] = remade[b];
        }
        return sizes;
    }

    /** The strings of every term that came, went or changed its number of articles (both vocabularies are in order). */
    static Set<String> changedStrings(SpellingEntries.Vocabulary was, SpellingEntries.Vocabulary now) {
        Set<String> strings = new LinkedHashSet<>();
        String[] a = was.terms();
        String[] b = now.terms();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int order = i == a.length ? 1 : j == b.length ? -1 : a[i].compareTo(b[j]);
            if (order == 0) {
                if (was.articles()[i] != now.articles()[j]) {
                    strings.addAll(SpellingEntries.strings(b[j]));
                }
                i++;
                j++;
            } else if (order < 0) {
                strings.addAll(SpellingEntries.strings(a[i++]));
            } else {
                strings.addAll(SpellingEntries.strings(b[j++]));
            }
        }
        return strings;
    }

    private record Remade(Buckets.Layout layout, Map<Integer, OutputFile> files) {
    }
}
