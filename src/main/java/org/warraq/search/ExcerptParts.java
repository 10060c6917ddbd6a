package org.warraq.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.warraq.output.Digest;
import org.warraq.output.OutputFile;
import org.warraq.output.RecordedFile;
import org.warraq.search.analysis.AnalyzedText;
import org.warraq.search.analysis.TermKind;
import org.warraq.site.SiteArticle;

/**
 * Each article's body text cut into parts of about {@link #PART_TOKENS} tokens, so that a result with an
 * excerpt needs one small file, {@code e/<doc>-<part>.js} (with the article's metadata), not the whole text. A part starts at a token
 * that begins after the end of the previous one, so analysing the part alone finds the same tokens. Term
 * postings in the body's stem and alt sub-fields carry the set of parts their positions fall in, which is
 * how the engine chooses the part before fetching it. The parts are chosen from the tokens of {@code body.stem}
 * when the body is indexed ({@link #of}).
 */
final class ExcerptParts {

    static final int PART_TOKENS = 128;
    /** A longer article has longer parts, so that a set of parts fits in a small integer. */
    static final int MAX_PARTS = 16;

    /** Where an article's parts after the first start: token positions, and the offsets of those tokens in its text. */
    record Cuts(int[] positions, int[] offsets) {
        static final Cuts NONE = new Cuts(new int[0], new int[0]);
    }

    private final Cuts[] cuts;

    /** @param cuts each article's cuts, by document number */
    ExcerptParts(Cuts[] cuts) {
        this.cuts = cuts;
    }

    /**
     * Chooses the parts of a body from its tokens in {@code body.stem}, as it is indexed: one article at a
     * time, so no stage holds the offsets of every token of the site. Parts are {@link #PART_TOKENS} positions
     * long, longer when the body has more than {@link #MAX_PARTS} of them (counted from its last position: the
     * exporter used to count the room it had reserved, which made some long articles' parts a few tokens
     * longer). Tokens at one position are taken together, so a cut never falls inside any of them.
     */
    static Cuts of(AnalyzedText body) {
        List<int[]> tokens = new ArrayList<>();
        body.forEach(TermKind.STEM, (position, start, end) -> {
            int[] last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            if (last != null && last[0] == position) {
                last[1] = Math.min(last[1], start);
                last[2] = Math.max(last[2], end);
            } else {
                tokens.add(new int[] {position, start, end});
            }
        });
        if (tokens.isEmpty()) {
            return Cuts.NONE;
        }
        int length = tokens.get(tokens.size() - 1)[0] + 1;
        int size = Math.max(PART_TOKENS, (length + MAX_PARTS - 1) / MAX_PARTS);
        int[] positions = new int[MAX_PARTS - 1];
        int[] offsets = new int[MAX_PARTS - 1];
        int parts = 0;
        int partStart = 0;
        int[] previous = null;
        for (int[] t : tokens) {
            if (previous != null && t[0] - partStart >= size && t[1] > previous[2] && parts < MAX_PARTS - 1) {
                positions[parts] = t[0];
                offsets[parts++] = t[1];
                partStart = t[0];
            }
            previous = t;
        }
        return new Cuts(Arrays.copyOf(positions, parts), Arrays.copyOf(offsets, parts));
    }

    /** Where the article's parts after the first begin, by token position, ascending. */
    int[] cutPositions(int doc) {
        return cuts[doc].positions();
    }

    /** The set of parts that the {@code i}th posting of {@code k}, in document {@code doc}, falls in. */
    int mask(int doc, KeyPostings k, int i) {
        return mask(cuts[doc].positions(), k.positionData(), k.positionsStart(i), k.positionsStart(i) + k.freq(i));
    }

    /**
     * The set of parts (bit i for part i) that {@code positions} {@code from} to {@code to}, ascending, fall in. A part
     * begins at its cut: walked beside the positions, as a posting has many more of them than cuts.
     */
    static int mask(int[] cuts, int[] positions, int from, int to) {
        int mask = 0;
        int part = 0;
        for (int j = from; j < to; j++) {
            while (part < cuts.length && cuts[part] <= positions[j]) {
                part++;
            }
            mask |= 1 << part;
        }
        return mask;
    }

    /**
     * Where the excerpt files go when the last export's are recorded ({@link ExcerptStore}): an article's files are made
     * from its document number, its metadata row and what indexing read of it ({@link SearchIndex#digests}), so an article
     * whose three digest as its files' record says has them handed on as {@link RecordedFile}s, which the publisher takes
     * back from the previous site, without its body being read. {@code next} gets every article's record.
     */
    record Recording(ExcerptStore.Records last, ExcerptStore.Records next, byte[][] docs, Consumer<RecordedFile> files) {
    }

    /**
     * {@code e/<doc>-<part>.js}: {@code [metadata row, summary in part 0 else "", text of the part, 1 if text
     * follows else 0]}. Made on every core, so {@code files} (and a recording's) are told from any thread, in no set
     * order.
     *
     * @param recording where recorded files go and what they were made from; null to make every file
     * @return how many files there are
     */
    int write(List<SiteArticle> articles, List<String> rows, Consumer<OutputFile> files, Recording recording) {
        return IntStream.range(0, articles.size()).parallel().map(doc -> {
            int count = cuts[doc].offsets().length + 1;
            if (recording == null) {
                made(articles.get(doc), doc, rows.get(doc)).forEach(files);
                return count;
            }
            byte[] inputs = new Digest().text("warraq-excerpt").number(doc).text(rows.get(doc))
                    .bytes(recording.docs()[doc], 0, recording.docs()[doc].length).digest();
            byte[][] made = recording.last().made(doc, inputs);
            if (made == null || made.length != count) {
                List<OutputFile> fresh = made(articles.get(doc), doc, rows.get(doc));
                made = new byte[count][];
                for (int part = 0; part < count; part++) {
                    made[part] = Digest.sha256(fresh.get(part).bytes());
                    files.accept(fresh.get(part));
                }
            } else {
                for (int part = 0; part < count; part++) {
                    int which = part;
                    recording.files().accept(new RecordedFile(Packer.path(id(doc, part)), made[part],
                            () -> made(articles.get(doc), doc, rows.get(doc)).get(which).bytes()));
                }
            }
            recording.next().put(doc, inputs, made);
            return count;
        }).sum();
    }

    private static String id(int doc, int part) {
        return "e/" + doc + "-" + part;
    }

    /** The article's files, in the order of its parts. */
    private List<OutputFile> made(SiteArticle a, int doc, String row) {
        String body = a.body() == null ? "" : a.body().text();
        String summary = a.article().summary() == null ? "" : a.article().summary();
        int[] at = cuts[doc].offsets();
        List<OutputFile> made = new ArrayList<>(at.length + 1);
        for (int part = 0; part <= at.length; part++) {
            String id = id(doc, part);
            String text = body.substring(part == 0 ? 0 : at[part - 1], part == at.length ? body.length() : at[part]);
            String json = new Json().raw("[").raw(row).raw(",").string(part == 0 ? summary : "").raw(",").string(text)
                    .raw(",").number(part < at.length ? 1 : 0).raw("]").toString();
            made.add(OutputFile.of(Packer.path(id), Packer.script(id, json)));
        }
        return made;
    }
}
