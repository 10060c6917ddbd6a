package org.warraq.search;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.warraq.output.OutputFile;
import org.warraq.site.SiteArticle;

/**
 * Each article's body text cut into parts of about {@link #PART_TOKENS} tokens, so that a result with an
 * excerpt needs one small file, {@code e/<doc>-<part>.js} (with the article's metadata), not the whole text. A part starts at a token
 * that begins after the end of the previous one, so analysing the part alone finds the same tokens. Term
 * postings in the body's stem and alt sub-fields carry the set of parts their positions fall in, which is
 * how the engine chooses the part before fetching it. Token offsets come from {@code body.stem}.
 */
final class ExcerptParts {

    static final int PART_TOKENS = 128;
    /** A longer article has longer parts, so that a set of parts fits in a small integer. */
    static final int MAX_PARTS = 16;

    private final int[][] starts;
    private final int[][] ends;
    private final int[][] boundaries;
    private final int[][] cuts;

    ExcerptParts(int docs) {
        starts = new int[docs][0];
        ends = new int[docs][0];
        boundaries = new int[docs][];
        cuts = new int[docs][];
    }

    /** Records a token of the body, from the postings of {@code body.stem}. */
    void add(int doc, int position, int start, int end) {
        if (position >= starts[doc].length) {
            int n = Math.max(position + 1, starts[doc].length * 2);
            int from = starts[doc].length;
            starts[doc] = Arrays.copyOf(starts[doc], n);
            ends[doc] = Arrays.copyOf(ends[doc], n);
            Arrays.fill(starts[doc], from, n, -1);
        }
        starts[doc][position] = start;
        ends[doc][position] = end;
    }

    /** Chooses the parts of every article; call once all tokens are added. */
    void seal() {
        for (int doc = 0; doc < starts.length; doc++) {
            int[] s = starts[doc];
            int size = Math.max(PART_TOKENS, (s.length + MAX_PARTS - 1) / MAX_PARTS);
            int[] positions = new int[MAX_PARTS - 1];
            int[] offsets = new int[MAX_PARTS - 1];
            int parts = 0;
            int partStart = 0;
            int previous = -1;
            for (int p = 0; p < s.length; p++) {
                if (s[p] < 0) {
                    continue;
                }
                if (previous >= 0 && p - partStart >= size && s[p] > ends[doc][previous] && parts < MAX_PARTS - 1) {
                    positions[parts] = p;
                    offsets[parts++] = s[p];
                    partStart = p;
                }
                previous = p;
            }
            boundaries[doc] = Arrays.copyOf(positions, parts);
            cuts[doc] = Arrays.copyOf(offsets, parts);
            starts[doc] = null;
            ends[doc] = null;
        }
    }

    /** The set of parts (bit i for part i) that the positions fall in. */
    int mask(int doc, int[] positions) {
        int mask = 0;
        for (int p : positions) {
            int part = Arrays.binarySearch(boundaries[doc], p);
            mask |= 1 << (part >= 0 ? part + 1 : -part - 1);
        }
        return mask;
    }

    /**
     * {@code e/<doc>-<part>.js}: {@code [metadata row, summary in part 0 else "", text of the part, 1 if text
     * follows else 0]}.
     */
    void write(List<SiteArticle> articles, List<String> rows, Consumer<OutputFile> files) {
        for (int doc = 0; doc < articles.size(); doc++) {
            SiteArticle a = articles.get(doc);
            String body = a.body() == null || a.body().text() == null ? "" : a.body().text();
            String summary = a.article().summary() == null ? "" : a.article().summary();
            int[] at = cuts[doc];
            for (int part = 0; part <= at.length; part++) {
                String id = "e/" + doc + "-" + part;
                String text = body.substring(part == 0 ? 0 : at[part - 1], part == at.length ? body.length() : at[part]);
                String json = new Json().raw("[").raw(rows.get(doc)).raw(",").string(part == 0 ? summary : "").raw(",").string(text)
                        .raw(",").number(part < at.length ? 1 : 0).raw("]").toString();
                files.accept(OutputFile.of(Packer.path(id), Packer.script(id, json)));
            }
        }
    }
}
