package org.warraq.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.warraq.content.NotShown;
import org.warraq.content.StoredText;

/** A page's model digests alike only when it is equal value for value; what the digest cannot see, it refuses. */
class ModelDigestTest {

    record Card(String title, String url, List<String> tags) {
    }

    record OtherCard(String title, String url, List<String> tags) {
    }

    record Named(String identity, String text) implements StoredText {
        @Override
        public String read() {
            return text;
        }
    }

    /** A text kept outside the heap: no identity, not a record, so digested by its text. */
    static final class Kept implements StoredText {
        private final String text;

        Kept(String text) {
            this.text = text;
        }

        @Override
        public String read() {
            return text;
        }
    }

    /** What a shown value is made from, kept where a digest cannot read it (the build's spool). */
    record Source(String title, @NotShown Object text) {
    }

    /** A value many pages share, counting how often its components are read. */
    record Shared(String title, @NotShown AtomicInteger reads) {
        @Override
        public String title() {
            reads.incrementAndGet();
            return title;
        }
    }

    private static Map<String, Object> model(UnaryOperator<String> title) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "الصفحة");
        model.put("date", ZonedDateTime.of(2025, 3, 14, 9, 0, 0, 0, ZoneId.of("Asia/Riyadh")));
        model.put("page", 2);
        model.put("cards", List.of(new Card("مقال", "/a/", List.of("موانئ")), new Card(title.apply("مقال ثان"), "/b/", List.of())));
        model.put("draft", false);
        model.put("missing", null);
        return model;
    }

    private static void assertDiffer(Object a, Object b) {
        assertFalse(Arrays.equals(ModelDigest.of(a), ModelDigest.of(b)), a + " and " + b + " digest alike");
    }

    @Test
    void equalModelsMadeApartDigestAlike() {
        assertArrayEquals(ModelDigest.of(model(t -> t)), ModelDigest.of(model(t -> new String(t.toCharArray()))));
    }

    @Test
    void aChangeAnywhereInTheModelChangesTheDigest() {
        assertDiffer(model(t -> t), model(t -> t + "."));
        Map<String, Object> other = model(t -> t);
        other.put("page", 3);
        assertDiffer(model(t -> t), other);
        other = model(t -> t);
        other.put("extra", "");
        assertDiffer(model(t -> t), other);
    }

    @Test
    void kindsAndBoundariesAreKeptApart() {
        assertDiffer(List.of("ab", "c"), List.of("a", "bc"));
        assertDiffer(Arrays.asList((Object) null), List.of(""));
        assertDiffer(1, 1L);
        assertDiffer(1, "1");
        assertDiffer(List.of(List.of("a"), "b"), List.of(List.of("a", "b")));
        assertDiffer(new Card("a", "b", List.of()), new OtherCard("a", "b", List.of()));
        assertDiffer(new Card("a", null, List.of()), new Card(null, "a", List.of()));
    }

    @Test
    void anOrderedMapCountsItsOrderAndMapOfDoesNot() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertDiffer(ab, ba);
        assertArrayEquals(ModelDigest.of(Map.of("a", 1, "b", 2, "c", 3)), ModelDigest.of(Map.of("c", 3, "b", 2, "a", 1)));
        assertDiffer(Map.of("a", 1, "b", 2), Map.of("a", 2, "b", 1));
        assertArrayEquals(ModelDigest.of(new HashMap<>(Map.of("a", 1))), ModelDigest.of(new HashMap<>(Map.of("a", 1))));
    }

    @Test
    void aStoredTextCountsByItsIdentityElseByWhatItHolds() {
        assertArrayEquals(ModelDigest.of(new Named("body-1", "نص")), ModelDigest.of(new Named("body-1", "نص آخر")),
                "the identity names the text");
        assertDiffer(new Named("body-1", "نص"), new Named("body-2", "نص"));
        assertArrayEquals(ModelDigest.of(new Kept("نص")), ModelDigest.of(new Kept("نص")));
        assertDiffer(new Kept("نص"), new Kept("نص آخر"));
        assertArrayEquals(ModelDigest.of(StoredText.of("نص")), ModelDigest.of(StoredText.of("نص")));
        assertDiffer(StoredText.of("نص"), StoredText.of("نص آخر"));
    }

    @Test
    void aValueOfAnUnknownClassOrALoopIsRefused() {
        assertThrows(ModelDigest.Undigestible.class, () -> ModelDigest.of(Map.of("builder", new StringBuilder("x"))));
        assertThrows(ModelDigest.Undigestible.class, () -> ModelDigest.of(List.of(new Object())));
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        assertThrows(ModelDigest.Undigestible.class, () -> ModelDigest.of(loop));
    }

    @Test
    void aComponentMarkedNotShownIsLeftOut() {
        assertArrayEquals(ModelDigest.of(new Source("مقال", new Object())), ModelDigest.of(new Source("مقال", new StringBuilder())),
                "neither value is digestible, and neither is read");
        assertDiffer(new Source("مقال", new Object()), new Source("مقال آخر", new Object()));
    }

    @Test
    void aPathCountsByItsText() {
        assertArrayEquals(ModelDigest.of(Path.of("economy", "a1.md")), ModelDigest.of(Path.of("economy/a1.md")));
        assertDiffer(Path.of("economy/a1.md"), Path.of("economy/a2.md"));
        assertDiffer(Path.of("a"), "a");
    }

    @Test
    void aSharedValueIsDigestedOnceAndStillCountsByWhatItHolds() {
        AtomicInteger reads = new AtomicInteger();
        Shared article = new Shared("مقال", reads);
        ModelDigest.Shared shared = new ModelDigest.Shared(Shared.class);
        byte[] first = ModelDigest.of(List.of(article, List.of(article, article)), shared);
        byte[] second = ModelDigest.of(Map.of("card", article), shared);
        assertEquals(1, reads.get(), "digested once for every page that shows it");
        ModelDigest.of(List.of(article), new ModelDigest.Shared(Shared.class));
        assertEquals(2, reads.get(), "once for each build");

        assertArrayEquals(first, ModelDigest.of(List.of(new Shared("مقال", reads), List.of(article, new Shared("مقال", reads))),
                new ModelDigest.Shared(Shared.class)), "equal values made apart digest alike");
        assertArrayEquals(second, ModelDigest.of(Map.of("card", new Shared("مقال", reads)), shared));
        assertFalse(Arrays.equals(first, ModelDigest.of(List.of(article, List.of(article, new Shared("مقال آخر", reads))), shared)));
        assertThrows(ModelDigest.Undigestible.class, () -> ModelDigest.of(List.of(new Card("a", "b", List.of()), new StringBuilder()),
                new ModelDigest.Shared(Card.class)));
    }
}
