package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.content.Article;
import org.warraq.content.ContentFormat;
import org.warraq.content.ContentLoader;
import org.warraq.content.Diagnostics;
import org.warraq.markdown.BodyRenderer;
import org.warraq.markdown.RenderedBodies;
import org.warraq.markdown.RenderedBody;

class BuildCacheTest {

    private static final String ROOT = "../../../";
    private static final String BASE = "https://example.org/";

    @TempDir
    Path tmp;

    private final BodyRenderer renderer = new BodyRenderer(false, true);
    private final AtomicInteger renders = new AtomicInteger();
    private final List<String> warnings = new ArrayList<>();

    /** The sample site's articles and pages: Markdown and plain text, headings, tables, footnotes, links, images. */
    private static List<Article> sample() {
        Diagnostics diagnostics = new Diagnostics();
        List<Article> all = new ArrayList<>(ContentLoader.load(SiteFixture.SAMPLE_CONTENT, diagnostics, c -> c).articles());
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertTrue(all.stream().anyMatch(a -> a.format() == ContentFormat.PLAIN_TEXT), "the sample has plain-text articles");
        assertTrue(all.size() > 10, "the sample has articles");
        return all;
    }

    private static Article article(String body) {
        return new Article(Path.of("content/x.md"), false, ContentFormat.MARKDOWN, "عنوان", ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0,
                ZoneId.of("UTC")), null, List.of(), List.of(), List.of(), "", null, false, List.of(), null, "", "", "", List.of(), body, 1);
    }

    private RenderedBody body(BuildCache cache, Article article) {
        return body(cache, article, ROOT);
    }

    private RenderedBody body(BuildCache cache, Article article, String root) {
        return cache.body(article, root, BASE, renderer, () -> {
            renders.incrementAndGet();
            return new BodyRenderer.WithLinks(renderer.render(article, root, BASE), null);
        }, org.warraq.content.StoredText::of);
    }

    private BuildCache open() {
        return BuildCache.open(tmp.resolve("cache"), "code", warnings::add);
    }

    /** Keeps the bodies of {@code articles} in the cache, as a build that succeeded. */
    private void fill(List<Article> articles) {
        try (BuildCache cache = open()) {
            articles.forEach(a -> body(cache, a));
            cache.succeeded(warnings::add);
        }
    }

    private static void assertSameBody(RenderedBody expected, RenderedBody actual) {
        RenderedBodies.assertReadsBackAs(expected, actual);
        assertEquals(expected.markup().feed() == null, actual.markup().feed() == null, "the marked form is kept as it was");
        assertEquals(expected.markup().feed() == expected.markup().marked(), actual.markup().feed() == actual.markup().marked());
    }

    @Test
    void everyBodyComesBackAsItWasRendered() throws IOException {
        BodyRenderer raw = new BodyRenderer(true, false);
        int separate = 0;
        for (Article article : sample()) {
            // The last root cannot stand in for its mark (an attribute escapes it), so page and feed are kept apart.
            for (String root : List.of(ROOT, "../", "../a&b/")) {
                for (BodyRenderer r : List.of(renderer, raw)) {
                    RenderedBody rendered = r.render(article, root, BASE);
                    separate += rendered.markup().feed() != null ? 1 : 0;
                    byte[] bytes = BodyCodec.encode(rendered);
                    assertSameBody(rendered, BodyCodec.decode(bytes, bytes.length));
                }
            }
        }
        assertTrue(separate > 0, "some bodies keep page and feed apart");
    }

    @Test
    void theNextBuildTakesEveryBodyFromTheCache() throws IOException {
        List<Article> articles = sample();
        try (BuildCache cache = open()) {
            assertTrue(cache.active());
            for (Article a : articles) {
                assertSameBody(renderer.render(a, ROOT, BASE), body(cache, a));
            }
            assertEquals(0, cache.hits());
            cache.succeeded(warnings::add);
        }
        assertEquals(articles.size(), renders.get());
        try (BuildCache cache = open()) {
            for (Article a : articles) {
                assertSameBody(renderer.render(a, ROOT, BASE), body(cache, a));
            }
            assertEquals(articles.size(), cache.hits());
            cache.succeeded(warnings::add);
        }
        assertEquals(articles.size(), renders.get(), "nothing rendered again");
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void everythingTheRenderingReadsIsInTheKey() {
        Article a = article("## عنوان\n\nفقرة أولى.");
        String key = BuildCache.key(a, ROOT, BASE, renderer.settings());
        Set<String> keys = new HashSet<>(List.of(key,
                BuildCache.key(article("## عنوان\n\nفقرة ثانية."), ROOT, BASE, renderer.settings()),
                BuildCache.key(a, "../", BASE, renderer.settings()),
                BuildCache.key(a, ROOT, "https://example.com/", renderer.settings()),
                BuildCache.key(a, ROOT, BASE, new BodyRenderer(true, true).settings()),
                BuildCache.key(a, ROOT, BASE, new BodyRenderer(false, false).settings()),
                BuildCache.key(withFormat(a, ContentFormat.PLAIN_TEXT, 1), ROOT, BASE, renderer.settings()),
                BuildCache.key(withFormat(a, ContentFormat.MARKDOWN, 7), ROOT, BASE, renderer.settings())));
        assertEquals(8, keys.size(), "each input changes the key");
        // Parts are delimited by their lengths: moving text from one part to the next is another key.
        assertNotEquals(BuildCache.key(a, "ab", "c", renderer.settings()), BuildCache.key(a, "a", "bc", renderer.settings()));
        Article retitled = new Article(a.source(), false, a.format(), "عنوان آخر", a.date(), null, List.of(), List.of(), List.of(), "",
                null, false, List.of(), null, "", "", "", List.of(), a.body(), a.bodyLine());
        assertEquals(key, BuildCache.key(retitled, ROOT, BASE, renderer.settings()), "the title is not rendered into the body");
    }

    private static Article withFormat(Article a, ContentFormat format, int bodyLine) {
        return new Article(a.source(), false, format, a.title(), a.date(), null, List.of(), List.of(), List.of(), "", null, false,
                List.of(), null, "", "", "", List.of(), a.body(), bodyLine);
    }

    @Test
    void theLinksOfABodyComeBackWithoutParsingIt() {
        Article a = article("# عنوان\n\nفقرة فيها [رابط](/2024/03/قمة/) و![صورة](/images/a.jpg)\n\n[خارجي](https://example.com/)");
        List<org.warraq.markdown.BodyLinks.Target> expected = org.warraq.markdown.BodyLinks.of(a.body(), a.bodyLine());
        assertEquals(3, expected.size(), expected.toString());
        AtomicInteger parses = new AtomicInteger();
        java.util.function.Supplier<List<org.warraq.markdown.BodyLinks.Target>> parse = () -> {
            parses.incrementAndGet();
            return org.warraq.markdown.BodyLinks.of(a.body(), a.bodyLine());
        };
        // A build asks for the body first (its links' key is worked out then, from the text at hand) and for the links
        // in its checks; the key must be the one worked out from the article alone, whichever comes first.
        try (BuildCache cache = open()) {
            assertSameBody(renderer.render(a, ROOT, BASE), body(cache, a));
            assertEquals(expected, cache.links(a, parse));
            cache.succeeded(warnings::add);
        }
        try (BuildCache cache = open()) {
            assertEquals(expected, cache.links(a, parse));
            assertSameBody(renderer.render(a, ROOT, BASE), body(cache, a));
            assertEquals(1, cache.hits(), "the body and its links are two entries");
            cache.succeeded(warnings::add);
        }
        try (BuildCache cache = open()) {
            assertSameBody(renderer.render(a, ROOT, BASE), body(cache, a));
            assertEquals(expected, cache.links(a, parse));
        }
        assertEquals(1, parses.get(), "parsed once");
        assertNotEquals(linksKey(a), linksKey(withFormat(a, ContentFormat.MARKDOWN, 7)),
                "links carry their lines, so the first line is in the key");
    }

    @Test
    void theLinksARenderingFoundReachTheChecksWithoutAParseWithOrWithoutACache() {
        Article a = article("فقرة فيها [رابط](/2024/03/قمة/) و![صورة](/images/a.jpg)");
        List<org.warraq.markdown.BodyLinks.Target> expected = org.warraq.markdown.BodyLinks.of(a.body(), a.bodyLine());
        java.util.function.Supplier<List<org.warraq.markdown.BodyLinks.Target>> noParse = () -> {
            throw new AssertionError("parsed again");
        };
        for (BuildCache cache : List.of(BuildCache.off(), open())) {
            try (cache) {
                assertSameBody(renderer.render(a, ROOT, BASE),
                        cache.body(a, ROOT, BASE, renderer, () -> renderer.renderWithLinks(a, ROOT, BASE), org.warraq.content.StoredText::of));
                assertEquals(expected, cache.links(a, noParse));
                cache.succeeded(warnings::add);
            }
        }
        try (BuildCache cache = open()) {
            assertEquals(expected, cache.links(a, noParse), "kept for the next build");
        }
    }

    private static String linksKey(Article a) {
        return BuildCache.linksKey(a);
    }

    /** Entries are read into a buffer each thread reuses: bodies of every size, in any order, come back as they were. */
    @Test
    void bodiesSmallAndLargeInAnyOrderComeBackAsTheyWereRendered() {
        List<Article> articles = new ArrayList<>();
        for (int words : new int[] {3, 40_000, 200, 9_000, 15_000, 1, 39_999, 5}) {
            articles.add(article("فقرة رقم " + words + " " + "كلمة ".repeat(words)));
        }
        fill(articles);
        List<Article> order = new ArrayList<>(articles);
        java.util.Collections.reverse(order);
        order.addAll(articles);
        try (BuildCache cache = open()) {
            for (Article a : order) {
                RenderedBody read = body(cache, a);
                assertSameBody(renderer.render(a, ROOT, BASE), read);
                assertEquals(renderer.render(a, ROOT, BASE).markup().marked().read(), read.markup().marked().read());
            }
            assertEquals(order.size(), cache.hits());
            assertEquals(0, cache.damaged());
        }
        assertEquals(articles.size(), renders.get(), "each rendered once, when the cache was filled");
    }

    @Test
    void aDamagedBodyIsRenderedAgain() throws IOException {
        List<Article> articles = sample();
        fill(articles);
        Path pack = onlyPack();
        try (RandomAccessFile file = new RandomAccessFile(pack.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle);
            int b = file.read();
            file.seek(middle);
            file.write(b ^ 0x20);
        }
        renders.set(0);
        try (BuildCache cache = open()) {
            for (Article a : articles) {
                assertSameBody(renderer.render(a, ROOT, BASE), body(cache, a));
            }
            assertEquals(1, cache.damaged());
            assertEquals(1, renders.get(), "only the damaged body is rendered again");
            assertEquals(articles.size() - 1, cache.hits());
            cache.succeeded(warnings::add);
        }
        assertEquals(List.of("1 cached bodies or body links could not be read back and were made again"), warnings,
                "the build is told");
        renders.set(0);
        try (BuildCache cache = open()) {
            articles.forEach(a -> body(cache, a));
            assertEquals(0, renders.get(), "the body rendered again replaced the damaged one");
            assertEquals(0, cache.damaged());
        }
    }

    @Test
    void aDamagedIndexOrOneFromOtherCodeEmptiesTheCache() throws IOException {
        List<Article> articles = sample();
        fill(articles);
        long full = Files.size(onlyPack());
        try (BuildCache cache = BuildCache.open(tmp.resolve("cache"), "other code", warnings::add)) {
            assertTrue(cache.active());
            assertTrue(cache.indexed().isEmpty(), "bodies rendered by other code are not taken");
            assertTrue(Files.size(onlyPack()) < full, "and their pack is emptied");
        }
        fill(articles);
        Path index = tmp.resolve("cache/index");
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length / 2] ^= 1;
        Files.write(index, bytes);
        renders.set(0);
        try (BuildCache cache = open()) {
            assertTrue(cache.indexed().isEmpty());
            articles.forEach(a -> body(cache, a));
            assertEquals(articles.size(), renders.get());
        }
        assertTrue(warnings.isEmpty(), "a cache that must be refilled is not the editor's concern: " + warnings);
    }

    @Test
    void aCacheInUseIsLeftAlone() throws IOException {
        Article a = article("فقرة.");
        try (BuildCache first = open(); BuildCache second = open()) {
            assertTrue(first.active());
            assertFalse(second.active());
            assertEquals(1, warnings.size());
            assertTrue(warnings.get(0).contains("another build is using the build cache " + tmp.resolve("cache")), warnings.get(0));
            assertSameBody(renderer.render(a, ROOT, BASE), body(second, a));
            assertEquals(1, renders.get());
        }
        try (BuildCache again = open()) {
            assertTrue(again.active(), "closing lets the cache go");
        }
    }

    @Test
    void aSucceededBuildKeepsWhatItUsedAndAFailedOneKeepsEverything() throws IOException {
        Article a = article("أ");
        Article b = article("ب");
        Article c = article("ج");
        try (BuildCache cache = open()) {
            body(cache, a);
            body(cache, b);
            cache.succeeded(warnings::add);
        }
        String keyA = BuildCache.key(a, ROOT, BASE, renderer.settings());
        String keyB = BuildCache.key(b, ROOT, BASE, renderer.settings());
        String keyC = BuildCache.key(c, ROOT, BASE, renderer.settings());
        try (BuildCache failed = open()) {
            assertEquals(Set.of(keyA, keyB), failed.indexed());
            body(failed, a);
            body(failed, c);
        }
        try (BuildCache cache = open()) {
            assertEquals(Set.of(keyA, keyB, keyC), cache.indexed(), "a failed build drops nothing and keeps what it rendered");
            body(cache, c);
            cache.succeeded(warnings::add);
        }
        try (BuildCache cache = open()) {
            assertEquals(Set.of(keyC), cache.indexed(), "bodies the last build did not use are gone");
        }
    }

    @Test
    void aPackMostlyUnusedIsWrittenAfresh() throws IOException {
        List<Article> big = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            big.add(article(("فقرة رقم " + i + " من نص طويل يملأ الحزمة.\n\n").repeat(3000)));
        }
        try (BuildCache cache = open()) {
            big.forEach(a -> body(cache, a));
            cache.succeeded(warnings::add);
        }
        Path before = onlyPack();
        long size = Files.size(before);
        assertTrue(size > 3 << 20, "the pack is larger than the slack the cache allows: " + size);
        try (BuildCache cache = open()) {
            body(cache, big.get(5));
            cache.succeeded(warnings::add);
        }
        Path after = onlyPack();
        assertNotEquals(before, after, "a new pack replaces the old");
        assertTrue(Files.size(after) < size / 6, Files.size(after) + " of " + size);
        renders.set(0);
        try (BuildCache cache = open()) {
            assertSameBody(renderer.render(big.get(5), ROOT, BASE), body(cache, big.get(5)));
            assertEquals(0, renders.get(), "the kept body reads back from the new pack");
        }
    }

    @Test
    void aFileInTheWayLeavesTheBuildWithoutACache() throws IOException {
        Files.writeString(tmp.resolve("cache"), "not a folder");
        Article a = article("فقرة.");
        try (BuildCache cache = open()) {
            assertFalse(cache.active());
            assertSameBody(renderer.render(a, ROOT, BASE), body(cache, a));
        }
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("cannot use the build cache " + tmp.resolve("cache")), warnings.get(0));
        assertEquals("not a folder", Files.readString(tmp.resolve("cache")), "the file is left as it was");
    }

    @Test
    void theCodeDigestFollowsWhatTheJarHoldsNotHowItIsPacked() throws IOException {
        Path a = jar("a.jar", List.of("org/warraq/A.class", "META-INF/services/x", "META-INF/services/y"), "y");
        Path b = jar("b.jar", List.of("META-INF/services/y", "META-INF/services/x", "org/warraq/A.class"), "y");
        Path changed = jar("c.jar", List.of("org/warraq/A.class", "META-INF/services/x", "META-INF/services/y"), "z");
        String digest = CodeDigest.of(a, "", "17");
        assertEquals(digest, CodeDigest.of(b, "", "17"), "the same entries in another order");
        assertNotEquals(digest, CodeDigest.of(changed, "", "17"), "an entry changed");
        assertNotEquals(digest, CodeDigest.of(a, "", "21"), "another Java");
        assertNotEquals(digest, CodeDigest.of(a, changed.toString(), "17"), "another library beside it");
        Path classes = Files.createDirectories(tmp.resolve("classes/org/warraq"));
        Files.writeString(classes.resolve("A.class"), "x");
        String folder = CodeDigest.of(tmp.resolve("classes"), "", "17");
        Files.writeString(classes.resolve("A.class"), "y");
        assertNotEquals(folder, CodeDigest.of(tmp.resolve("classes"), "", "17"), "a class file changed");
    }

    /** A jar of {@code names}, in that order, each holding its name and then {@code last}. */
    private Path jar(String name, List<String> names, String last) throws IOException {
        Path jar = tmp.resolve(name);
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            for (String entry : names) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry));
                out.write((entry + last).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private Path onlyPack() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
            List<Path> packs = files.filter(p -> p.getFileName().toString().endsWith(".pack")).toList();
            assertEquals(1, packs.size(), packs.toString());
            return packs.get(0);
        }
    }
}
