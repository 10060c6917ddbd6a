package org.warraq.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.warraq.output.OutputFile;
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

    /** The set of parts (bit i for part i) that the positions fall in. */
    int mask(int doc, int[] positions) {
        int mask = 0;
        for (int p : positions) {
            int part = Arrays.binarySearch(cuts[doc].positions(), p);
            mask |= 1 << (part >= 0 ? part + 1 : -part - 1);
        }
        return mask;
    }

    /**
     * {@code e/<doc>-<part>.js}: {@code [metadata row, summary in part 0 else "", text of the part, 1 if text
     * follows else 0]}. Made on every core, so {@code files} is told from any thread, in no set order.
     */
    void write(List<SiteArticle> articles, List<String> rows, Consumer<OutputFile> files) {
        IntStream.range(0, articles.size()).parallel().forEach(doc -> {
            SiteArticle a = articles.get(doc);
            String body = a.body() == null ? "" : a.body().text();
            String summary = a.article().summary() == null ? "" : a.article().summary();
            int[] at = cuts[doc].offsets();
            for (int part = 0; part <= at.length; part++) {
                String id = "e/" + doc + "-" + part;
                String text = body.substring(part == 0 ? 0 : at[part - 1], part == at.length ? body.length() : at[part]);
                String json = new Json().raw("[").raw(rows.get(doc)).raw(",").string(part == 0 ? summary : "").raw(",").string(text)
                        .raw(",").number(part < at.length ? 1 : 0).raw("]").toString();
                files.accept(OutputFile.of(Packer.path(id), Packer.script(id, json)));
            }
        });
    }
}
