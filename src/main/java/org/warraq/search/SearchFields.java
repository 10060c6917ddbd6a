package org.warraq.search;

import java.util.List;
import org.warraq.search.analysis.TermKind;

/**
 * The index schema of docs/search.md §2 in one place, so that the index, the Lucene queries, the exporter
 * and (through the manifest) the browser engine all number, name and weigh the twelve sub-fields alike.
 * Sub-field {@code id = 3 × field + kind}: title.exact is 0, title.stem 1, title.alt 2, tags.exact 3, …
 */
public final class SearchFields {

    public static final List<String> FIELDS = List.of("title", "tags", "summary", "body");
    static final float[] FIELD_BOOSTS = {3.0f, 2.0f, 1.5f, 1.0f};
    static final float[] KIND_WEIGHTS = {1.0f, 0.6f, 0.3f};
    /** A query-side alternative (and a prefix expansion) weighs this much of a stem. */
    static final float ALTERNATIVE_FACTOR = 0.5f;
    public static final int COUNT = 12;
    /** The body's stem and alt sub-fields: where excerpts come from (docs/search-index-format.md §2.6). */
    public static final int BODY_STEM = 10;
    public static final int BODY_ALT = 11;

    /** Keyword fields for filters: one untokenised value each. */
    public static final String CATEGORY = "category";
    public static final String TAG = "tag";
    public static final String AUTHOR = "author";
    public static final String YEAR = "year";
    /** {@link TermKind#values()} copies its array at every call, and the export asks for a posting's kind millions of times. */
    private static final TermKind[] KINDS = TermKind.values();

    private SearchFields() {
    }

    public static int id(int field, TermKind kind) {
        return 3 * field + kind.ordinal();
    }

    public static String name(int id) {
        return FIELDS.get(id / 3) + "." + kind(id).type();
    }

    public static TermKind kind(int id) {
        return KINDS[id % 3];
    }

    /** Field boost × sub-field weight, in single precision as Lucene multiplies boosts. */
    public static float boost(int id) {
        return FIELD_BOOSTS[id / 3] * KIND_WEIGHTS[id % 3];
    }

    /** The sub-fields a term of this group is looked up in: the exact ones, or the stem and alt ones. */
    static int[] group(boolean exact) {
        int[] ids = new int[exact ? 4 : 8];
        int n = 0;
        for (int id = 0; id < COUNT; id++) {
            if ((kind(id) == TermKind.EXACT) == exact) {
                ids[n++] = id;
            }
        }
        return ids;
    }

    static boolean isStem(int id) {
        return kind(id) == TermKind.STEM;
    }

    /** Whether the index keeps the sub-field's positions: the stems' (phrases, position files) and {@code body.alt}'s (excerpt parts). */
    static boolean positioned(int id) {
        return isStem(id) || id == BODY_ALT;
    }
}
