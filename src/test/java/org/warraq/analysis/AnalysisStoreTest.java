package org.warraq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.bench.CorpusGenerator;
import org.warraq.content.SiteConfig;
import org.warraq.search.SampleSite;
import org.warraq.search.SearchIndex;
import org.warraq.site.SiteArticle;

/**
 * Results kept from the last analysis give the analysis a fresh one gives, after every kind of change they depend on,
 * and only the articles a change can reach are analysed again.
 */
class AnalysisStoreTest {

    private static final int ARTICLES = 300;
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    static Path corpus;
    @TempDir
    Path tmp;

    private static Gazetteer gazetteer;

    @BeforeAll
    static void generate() throws IOException {
        new CorpusGenerator(7).write(corpus, ARTICLES);
        gazetteer = Gazetteer.load(SiteConfig.SlugStyle.ARABIC);
    }

    /** Analyses with {@code store} and without; the analyses are the same. Returns how many articles were analysed. */
    private int assertSameAsFresh(Path content, AnalysisStore store, String why) {
        try (SearchIndex index = SearchIndex.build(SampleSite.load(content, NOW).articles, 0)) {
            SiteAnalysis fresh = Analysis.run(index, gazetteer);
            SiteAnalysis kept = Analysis.run(index, gazetteer, store);
            assertEquals(fresh.places(), kept.places(), why);
            assertEquals(fresh.overview(), kept.overview(), why);
            for (SiteArticle a : index.articles()) {
                assertEquals(fresh.of(a.path()), kept.of(a.path()), why + ": " + a.path());
            }
            assertEquals(fresh, kept, why);
            assertEquals(index.size(), store.kept() + store.analysed());
            return store.analysed();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path copy() throws IOException {
        Path content = tmp.resolve("content");
        try (var files = Files.walk(corpus.resolve("content"))) {
            for (Path from : files.toList()) {
                Path to = content.resolve(corpus.resolve("content").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return content;
    }

    private static Path article(Path content, int n) {
        try (var files = Files.walk(content.resolve("articles"))) {
            return files.filter(p -> p.getFileName().toString().equals("a" + n + ".md")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void edit(Path content, int n, UnaryOperator<String> change) throws IOException {
        Path file = article(content, n);
        Files.writeString(file, change.apply(Files.readString(file)));
    }

    /** The article's body: what follows its front matter. */
    private static String body(Path content, int n) throws IOException {
        String text = Files.readString(article(content, n));
        return text.substring(text.indexOf("\n---\n", 4) + 5);
    }

    @Test
    void keptResultsGiveTheFreshAnalysisAndOnlyWhatAChangeReachesIsAnalysedAgain() throws IOException {
        Path content = copy();
        AnalysisStore store = new AnalysisStore(tmp.resolve("cache/analysis"), "code");
        assertEquals(ARTICLES, assertSameAsFresh(content, store, "first analysis"));
        assertEquals(0, store.kept(), "nothing is kept the first time");
        assertEquals(0, assertSameAsFresh(content, store, "unchanged"), "nothing changed: every article's results are kept");

        edit(content, 120, text -> text + "\nوأضاف المحرر فقرة جديدة عن الاقتصاد والسياسة في المنطقة.\n");
        int analysed = assertSameAsFresh(content, store, "a sentence added to one article");
        assertTrue(analysed >= 1 && analysed < ARTICLES / 10, analysed + " of " + ARTICLES + " analysed again");

        // Another article's text: the edited one now shares the other's distinctive terms, and is related to it and its
        // neighbours.
        String other = body(content, 200).substring(0, 600);
        edit(content, 121, text -> text + "\n" + other);
        analysed = assertSameAsFresh(content, store, "another article's paragraph added");
        assertTrue(analysed < ARTICLES / 2, analysed + " of " + ARTICLES + " analysed again");

        String opening = body(content, 122).substring(0, 3000);
        edit(content, 122, text -> text.substring(0, text.indexOf("\n---\n", 4) + 5) + opening);
        analysed = assertSameAsFresh(content, store, "an article cut short: many of its terms are in it no more");
        assertTrue(analysed < ARTICLES / 2, analysed + " of " + ARTICLES + " analysed again");

        edit(content, 123, text -> text.replace("tags: [", "tags: [وسم جديد تماما, "));
        assertSameAsFresh(content, store, "a tag added");

        edit(content, 124, text -> text.replaceFirst("title: \"", "title: \"عنوان مختلف "));
        assertSameAsFresh(content, store, "a headline changed");

        // Article 126, published eight days before 127, is moved to four days after it: the two change places.
        LocalDate later = date(content, 127).plusDays(4);
        edit(content, 126, text -> text.replaceFirst("date: (\\d{4}-\\d\\d-\\d\\d)", "date: " + later));
        analysed = assertSameAsFresh(content, store, "two articles changed places");
        assertTrue(analysed >= 2 && analysed < ARTICLES / 4, analysed + " of " + ARTICLES + " analysed again");

        // Without its summary, article 125 leaves the summaries' article count one lower, and with it every summary term's
        // idf and every related-articles query's scores.
        edit(content, 125, text -> text.replaceFirst("summary: \"[^\"]*\"\n", ""));
        assertEquals(ARTICLES, assertSameAsFresh(content, store, "a summary removed"), "every article is analysed again");
    }

    /**
     * Many small edits of many kinds, drawn at random (with a fixed seed) from a small vocabulary whose words are in a few
     * articles each, so that their document frequencies cross the bounds that related articles and key terms ask about.
     * Each edit replaces words by as many others, and keeps every field, so that the sub-fields' statistics stay and the
     * kept results are taken.
     */
    /** An article's results come back from the store's bytes as they went in; bytes cut short are an I/O error. */
    @Test
    void anArticlesResultsComeBackFromTheirBytesAndBytesCutShortAreAnError() throws IOException {
        RelatedArticles.Found found = new RelatedArticles.Found(List.of(3, 0, 9_999),
                List.of(new RelatedArticles.QueryTerm(0, "نفط", 1.5f), new RelatedArticles.QueryTerm(2, "سوق", -0.25f),
                        new RelatedArticles.QueryTerm(1, "", Float.MIN_VALUE)),
                List.of(0.5f, 12.75f), 3, 42, 7.125f);
        ArticleAnalysis full = new ArticleAnalysis(found,
                List.of(new KeyTerm("نفط", "النفط", 0.1 + 0.2), new KeyTerm("😀", null, -3.0)),
                List.of(new Place("EG", "مصر", "مصر"), new Place("US", "الولايات المتحدة", "الولايات-المتحدة")));
        ArticleAnalysis empty = new ArticleAnalysis(new RelatedArticles.Found(List.of(), List.of(), List.of(), 0, -1, 0f),
                List.of(), List.of());
        for (ArticleAnalysis a : List.of(full, empty)) {
            byte[] bytes = AnalysisStore.encode(a);
            assertEquals(a, AnalysisStore.decode(bytes));
        }
        byte[] bytes = AnalysisStore.encode(full);
        for (int cut : new int[] {1, 7, bytes.length / 2, bytes.length - 1}) {
            assertThrows(IOException.class, () -> AnalysisStore.decode(java.util.Arrays.copyOf(bytes, cut)), "cut at " + cut);
        }
    }

    @Test
    void everyRandomEditGivesTheFreshAnalysis() {
        Random random = new Random(5);
        List<String> words = Corpora.words(random, 240);
        List<String> countries = List.of("مصر", "الأردن", "تونس", "لبنان", "السودان", "العراق");
        int n = 60;
        List<String[]> bodies = new ArrayList<>();
        List<String[]> titles = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            bodies.add(Corpora.zipf(random, words, 15 + random.nextInt(60), countries));
            titles.add(Corpora.zipf(random, words, 4 + random.nextInt(3), List.of()));
            tags.add(new ArrayList<>(List.of(words.get(random.nextInt(40)), words.get(40 + random.nextInt(40)))));
        }
        AnalysisStore store = new AnalysisStore(tmp.resolve("analysis"), "code");
        int kept = 0;
        int analysed = 0;
        for (int edit = 0; edit <= 120; edit++) {
            if (edit > 0) {
                int a = random.nextInt(n);
                switch (random.nextInt(5)) {
                    case 0, 1 -> {
                        String[] body = bodies.get(a);
                        for (int k = 1 + random.nextInt(6); k > 0; k--) {
                            body[random.nextInt(body.length)] = random.nextInt(8) == 0 ? countries.get(random.nextInt(countries.size()))
                                    : Corpora.zipf(random, words, 1, List.of())[0];
                        }
                    }
                    case 2 -> titles.get(a)[random.nextInt(titles.get(a).length)] = words.get(random.nextInt(words.size()));
                    case 3 -> tags.get(a).set(random.nextInt(2), words.get(random.nextInt(words.size())));
                    default -> {
                        // Another article's words in place of some of this one's: the two now share terms.
                        String[] body = bodies.get(a);
                        String[] other = bodies.get(random.nextInt(n));
                        int from = random.nextInt(body.length / 2);
                        System.arraycopy(other, 0, body, from, Math.min(other.length, body.length - from) / 2);
                    }
                }
            }
            List<SiteArticle> articles = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                articles.add(Corpora.article(a, String.join(" ", titles.get(a)), tags.get(a), String.join(" ", bodies.get(a))));
            }
            try (SearchIndex index = SearchIndex.build(articles, 0)) {
                SiteAnalysis fresh = Analysis.run(index, gazetteer);
                assertEquals(fresh, Analysis.run(index, gazetteer, store), "edit " + edit);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            if (edit > 0) {
                kept += store.kept();
                analysed += store.analysed();
            }
        }
        assertTrue(kept > analysed, kept + " articles' results kept, " + analysed + " analysed again");
    }

    @Test
    void aDamagedStoreOrOneFromOtherCodeOrAnotherGazetteerIsNotTaken() throws IOException {
        List<SiteArticle> articles = Corpora.random(new Random(2), 150, 40, 5, 9, 60, List.of("مصر", "تونس"));
        Path file = tmp.resolve("analysis");
        Gazetteer latin = Gazetteer.load(SiteConfig.SlugStyle.LATIN);
        try (SearchIndex index = SearchIndex.build(articles, 0)) {
            SiteAnalysis fresh = Analysis.run(index, gazetteer);
            AnalysisStore store = new AnalysisStore(file, "code");
            assertEquals(fresh, Analysis.run(index, gazetteer, store));
            assertEquals(fresh, Analysis.run(index, gazetteer, store));
            assertEquals(40, store.kept(), "the store is taken");

            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 1;
            Files.write(file, bytes);
            assertEquals(fresh, Analysis.run(index, gazetteer, store));
            assertEquals(0, store.kept(), "damaged");
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertEquals(fresh, Analysis.run(index, gazetteer, store));
            assertEquals(0, store.kept(), "cut short");
            assertEquals(fresh, Analysis.run(index, gazetteer, store));
            assertEquals(40, store.kept(), "written again whole");

            AnalysisStore other = new AnalysisStore(file, "other code");
            assertEquals(fresh, Analysis.run(index, gazetteer, other));
            assertEquals(0, other.kept(), "made by other code");
            SiteAnalysis latinSlugs = Analysis.run(index, latin);
            assertTrue(!latinSlugs.places().equals(fresh.places()), "the places' slugs differ");
            assertEquals(latinSlugs, Analysis.run(index, latin, other));
            assertEquals(0, other.kept(), "made with another gazetteer");
            assertTrue(Files.exists(file) && !Files.exists(tmp.resolve("analysis.new")));
        }
    }

    private static LocalDate date(Path content, int n) throws IOException {
        Matcher m = Pattern.compile("date: (\\d{4}-\\d\\d-\\d\\d)").matcher(Files.readString(article(content, n)));
        assertTrue(m.find());
        return LocalDate.parse(m.group(1));
    }
}
