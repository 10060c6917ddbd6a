package org.warraq.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a deterministic corpus of N Arabic news-analysis articles for benchmarks: same seed, same
 * bytes. Word frequencies follow Zipf's law over the sample site's vocabulary; clitics, suffixes
 * and made-up proper names make the vocabulary keep growing with the corpus, as real news does.
 * Articles average about 830 words, with subheadings, tags, authors, sections and dates.
 */
public final class CorpusGenerator {

    public static final int AUTHORS = 24;
    public static final int CATEGORIES = 8;
    public static final int TAGS = 300;
    public static final int WORDS_PER_ARTICLE = 830;

    private static final String[] PROCLITICS = {"و", "ب", "ل", "ال", "وال", "بال", "لل", "ف", "ك"};
    private static final String[] DEFINITE_PROCLITICS = {"و", "ب", "ل", "ف", "ك", "وب"};
    private static final String[] SUFFIXES = {"ها", "هم", "ات", "ون", "ين", "ه", "ية", "نا"};
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final String[] CATEGORY_NAMES = {"سياسة", "اقتصاد", "طاقة", "تقنية", "ثقافة", "مجتمع", "أمن", "بيئة"};

    private final List<String> vocabulary;
    private final double[] cumulative;
    private final Random random;
    private final List<String> tags = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    public CorpusGenerator(long seed) {
        this.vocabulary = loadVocabulary();
        this.random = new Random(seed);
        this.cumulative = new double[vocabulary.size()];
        double sum = 0;
        for (int i = 0; i < vocabulary.size(); i++) {
            sum += 1.0 / Math.pow(i + 1, 1.07);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
        for (int i = 0; i < 400; i++) {
            names.add(madeUpName());
        }
        while (tags.size() < TAGS) {
            String tag = rareWord() + (random.nextBoolean() ? " " + rareWord() : "");
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
    }

    /** Writes {@code content/site.yaml} and N articles under {@code dir}; returns the content folder. */
    public Path write(Path dir, int articles) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        try (Writer w = Files.newBufferedWriter(content.resolve("site.yaml"), StandardCharsets.UTF_8)) {
            w.write("title: مرصد الأخبار\ndescription: مدونة تحليلات مولدة لقياس الأداء\nbase_url: https://example.org/\n"
                    + "timezone: Africa/Cairo\nnumerals: arab\nregion: EG\nper_page: 10\nportable_links: true\nauthors:\n");
            for (int a = 0; a < AUTHORS; a++) {
                w.write("  - key: author-" + a + "\n    name: " + names.get(a) + " " + names.get(a + 100) + "\n");
            }
            w.write("categories:\n");
            for (int c = 0; c < CATEGORIES; c++) {
                w.write("  - key: section-" + c + "\n    name: " + CATEGORY_NAMES[c] + "\n");
            }
        }
        LocalDate start = LocalDate.of(2019, 1, 1);
        for (int i = 0; i < articles; i++) {
            LocalDate day = start.plusDays((long) i * 2400 / Math.max(1, articles));
            Path file = content.resolve("articles").resolve(String.valueOf(day.getYear())).resolve("a" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, article(i, day), StandardCharsets.UTF_8);
        }
        return content;
    }

    String article(int i, LocalDate day) {
        StringBuilder out = new StringBuilder(8192);
        String title = sentence(6 + random.nextInt(6), false);
        out.append("---\ntitle: \"").append(title).append(" ").append(i).append("\"\n");
        out.append("date: ").append(day).append("T").append(String.format(Locale.ROOT, "%02d:%02d:00", 6 + random.nextInt(14), random.nextInt(60))).append("\n");
        out.append("author: author-").append(zipfIndex(AUTHORS)).append("\n");
        out.append("category: section-").append(zipfIndex(CATEGORIES)).append("\n");
        out.append("tags: [");
        int tagCount = 2 + random.nextInt(3);
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < tagCount) {
            String tag = tags.get(zipfIndex(TAGS));
            if (!chosen.contains(tag)) {
                chosen.add(tag);
            }
        }
        out.append(String.join(", ", chosen)).append("]\n");
        out.append("summary: \"").append(sentence(14 + random.nextInt(10), true)).append("\"\n---\n");
        int words = 0;
        int paragraph = 0;
        int target = WORDS_PER_ARTICLE - 150 + random.nextInt(300);
        while (words < target) {
            if (paragraph > 0 && paragraph % 4 == 0) {
                out.append("\n## ").append(sentence(3 + random.nextInt(4), false)).append("\n");
            }
            out.append('\n');
            int sentences = 3 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                int n = 10 + random.nextInt(13);
                out.append(sentence(n, true)).append(' ');
                words += n;
            }
            out.setLength(out.length() - 1);
            out.append('\n');
            paragraph++;
        }
        return out.toString();
    }

    private String sentence(int n, boolean punctuated) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < n; w++) {
            if (w > 0) {
                s.append(punctuated && w % 7 == 6 && random.nextInt(3) == 0 ? "، " : " ");
            }
            s.append(word());
        }
        if (punctuated) {
            s.append(random.nextInt(12) == 0 ? "؟" : ".");
        }
        return s.toString();
    }

    private String word() {
        int roll = random.nextInt(1000);
        if (roll < 8) {
            return names.get(random.nextInt(names.size()));
        }
        if (roll < 10) {
            return madeUpName();
        }
        String base = vocabulary.get(zipfIndex(vocabulary.size()));
        if (roll < 130 && base.length() >= 3) {
            if (roll >= 70) {
                return base + SUFFIXES[random.nextInt(SUFFIXES.length)];
            }
            if (base.startsWith("ال")) {
                String clitic = DEFINITE_PROCLITICS[random.nextInt(DEFINITE_PROCLITICS.length)];
                return clitic.equals("ل") ? "لل" + base.substring(2) : clitic + base;
            }
            return PROCLITICS[random.nextInt(PROCLITICS.length)] + base;
        }
        return base;
    }

    private String rareWord() {
        return vocabulary.get(200 + random.nextInt(vocabulary.size() - 200));
    }

    private String madeUpName() {
        int length = 4 + random.nextInt(4);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return name.toString();
    }

    private int zipfIndex(int size) {
        if (size == vocabulary.size()) {
            double u = random.nextDouble();
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < u) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
        double u = random.nextDouble();
        double norm = 0;
        for (int i = 1; i <= size; i++) {
            norm += 1.0 / i;
        }
        double acc = 0;
        for (int i = 0; i < size; i++) {
            acc += 1.0 / (i + 1) / norm;
            if (u <= acc) {
                return i;
            }
        }
        return size - 1;
    }

    private static List<String> loadVocabulary() {
        List<String> words = new ArrayList<>();
        try (InputStream in = CorpusGenerator.class.getResourceAsStream("words.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("bench vocabulary missing from the jar", e);
        }
        return List.copyOf(words);
    }
}
