package org.warraq.arabic;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Alphabetical order for Arabic names (tags, authors, sections) by ICU's collator for {@code ar}:
 * أ ا إ آ are one letter for ordering, so «أحمد» sorts between «ابراهيم» and «إسلام» rather than
 * after every bare alef as code-point order would put it. The collator is frozen, hence thread-safe.
 */
public final class ArabicCollation {

    private static final Collator COLLATOR = Collator.getInstance(new ULocale("ar")).freeze();
    private static final Comparator<String> ORDER = (a, b) -> {
        int c = COLLATOR.compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    };

    private ArabicCollation() {
    }

    /** A total order: the collator's, then code points to break ties between equal-looking names. */
    public static Comparator<String> order() {
        return ORDER;
    }

    public static <T> List<T> sorted(Collection<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name, ORDER)).toList();
    }
}
