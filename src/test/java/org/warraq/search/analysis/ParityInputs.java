package org.warraq.search.analysis;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The inputs of the Java/JavaScript parity test: the sample site's whole vocabulary, every BMP code point,
 * systematic spelling variants of Arabic words, and seeded random text, all deterministic.
 */
final class ParityInputs {

    static final int MINIMUM = 100_000;
    private static final int RANDOM_TEXTS = 30_000;

    static final List<String> BASE_WORDS = List.of(
            "مدرسة", "مدارس", "كتاب", "كتب", "حكومة", "سياسة", "اقتصاد", "رئيس", "مسؤول", "شؤون", "قرآن", "إسلام",
            "أمة", "مستشفى", "بيت", "لعب", "فلسطين", "ولد", "والد", "بنك", "كهرباء", "طاقة", "هيدروجين", "انتخابات",
            "شباب", "تحالف", "مياه", "نفط", "أسعار", "مصر", "عالم", "معلم", "تعليم", "لغة", "صحيفة", "مقال", "ذكاء",
            "مؤتمر", "سؤال", "قراءة", "أبناء", "استثمار", "فائدة", "ليبيا", "كويت", "وزارة", "وطني", "الله", "لجنة",
            "بحر", "يد", "أب", "ماء", "دولة");
    private static final List<String> PROCLITICS = List.of("", "و", "ف", "ب", "ك", "ل", "وب", "فب", "وك", "فك", "ول",
            "فل", "ال", "وال", "بال", "كال", "فال", "لل", "وبال", "فبال", "وكال", "ولل", "فلل", "س", "وس", "سي", "أ", "أف",
            "ٱل", "أل", "إل");
    private static final List<String> SUFFIXES = List.of("", "هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك",
            "ي", "ة", "ات", "ان", "ون", "ين", "يه", "ية", "تها", "تهم", "ته", "تنا", "يها", "اتها", "اتهم", "ني", "وا",
            "تم", "تن", "ى", "كمو");
    private static final String MARKS = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640\u0610\u0615\u061A"
            + "\u0653\u0654\u0655\u0656\u065F\u0670\u06D6\u06DC\u06DF\u06E1\u06E8\u06EA\u06ED\u200C\u200D";
    private static final String SEPARATORS = " ،؛؟!.,:-–—«»()[]٪٫٬٭۔۝۞۩\u00A0\u200B\u2009\u3000\t\n\r\"'/\\@#&*+=_…"
            + "\u061C\u200E\u200F\u00AD\uFEFF\u066D\u06D4\u00D7\u00F7";
    private static final List<String> LATIN = List.of("İstanbul", "İSTANBUL", "ı", "Ÿes", "ŸÜ", "straße", "STRASSE",
            "ĸ", "ŉ", "ſ", "Łódź", "ŒUVRE", "Ærø", "École", "ÀÉÎÕÜ", "S-400", "iPhone", "COVID-19", "GPT-4o", "H2O",
            "Ñandú", "ĲSSEL", "Ŋ", "ǅ", "Ǆ", "Σ", "ΟΔΟΣ", "ﬁ", "Ａｂｃ", "ẞ", "Ⅻ", "e\u0301", "الـiPhone", "بـCOVID",
            "وOPEC", "ﻻTEST");

    private ParityInputs() {
    }

    static List<String> all() throws IOException {
        Set<String> inputs = new LinkedHashSet<>();
        contentVocabulary(inputs);
        everyCodePoint(inputs);
        presentationForms(inputs);
        stopWords(inputs);
        cliticCombinations(inputs);
        Random random = new Random(20250101L);
        spellingVariants(inputs, random);
        numbers(inputs, random);
        latin(inputs, random);
        punctuation(inputs, random);
        longTokens(inputs, random);
        for (int i = 0; i < RANDOM_TEXTS; i++) {
            inputs.add(randomText(random, 1 + random.nextInt(60)));
        }
        inputs.removeIf(s -> s.indexOf(AnalyzerJs.SEPARATOR) >= 0);
        return List.copyOf(inputs);
    }

    /** Every text file under content/, whole (longer than the tokenizer's 4096-character buffer) and by lines and words. */
    static void contentVocabulary(Set<String> inputs) throws IOException {
        for (String text : contentTexts()) {
            inputs.add(text);
            for (String line : text.split("\n")) {
                inputs.add(line);
                inputs.addAll(List.of(line.split("\\s+")));
            }
        }
    }

    /** The text of every UTF-8 file under the sample site's content/ folder. */
    static List<String> contentTexts() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            try {
                texts.add(Files.readString(file));
            } catch (CharacterCodingException binary) {
                // an image or other binary file has no words
            }
        }
        return texts;
    }

    private static void everyCodePoint(Set<String> inputs) {
        for (int c = 1; c <= 0xFFFF; c++) {
            inputs.add(String.valueOf((char) c));
        }
        for (int c : new int[] {0x1F600, 0x1D7D8, 0x1D7CE, 0x10E60, 0x1EE00, 0x1F1F8, 0x20BB7}) {
            inputs.add(Character.toString(c));
            inputs.add("كتاب" + Character.toString(c) + "خبر");
        }
    }

    private static void presentationForms(Set<String> inputs) {
        for (int c = 0xFB50; c <= 0xFEFF; c++) {
            String form = String.valueOf((char) c);
            inputs.add("ب" + form + "ب");
            inputs.add("a" + form + "a");
            inputs.add(form + " كتاب");
        }
        inputs.add("ﺍﻟﻜﺘﺎﺏ ﻭﺍﻟﻤﺪﺭﺳﺔ ﷲ ﷺ ﷻ ﻻ ﻷ ﻹ ﻵ ﺁﻣﺎﻝ ﺇﺳﻼﻡ ﺃﺣﻤﺪ ﻣﺴﺘﺸﻔﻰ");
        inputs.add("ﷺﷺﷺ");
        inputs.add("صلى ﷺ الله");
    }

    private static void stopWords(Set<String> inputs) {
        for (Object word : org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet()) {
            String w = new String((char[]) word);
            inputs.add(w);
            inputs.add("كتاب " + w + " خبر");
            inputs.add("و" + w);
            inputs.add(w.replace('ي', 'ى'));
            inputs.add(w + "\u064E");
        }
        inputs.add("على علي عَلِيّ");
    }

    /** Every generated proclitic and suffix on every base word, alone and in a phrase. */
    private static void cliticCombinations(Set<String> inputs) {
        for (String base : BASE_WORDS) {
            for (String p : PROCLITICS) {
                for (String s : SUFFIXES) {
                    String word = p + base + s;
                    inputs.add(word);
                    if (base.endsWith("ة") && !s.isEmpty()) {
                        inputs.add(p + base.substring(0, base.length() - 1) + "ت" + s);
                    }
                }
            }
        }
    }

    private static void spellingVariants(Set<String> inputs, Random random) {
        List<String> words = new ArrayList<>();
        for (String base : BASE_WORDS) {
            for (String p : PROCLITICS.subList(0, 18)) {
                for (String s : SUFFIXES.subList(0, 14)) {
                    words.add(p + base + s);
                }
            }
        }
        for (String word : words) {
            inputs.add(insertMarks(word, random));
            inputs.add(respell(word, random));
            if (random.nextInt(3) == 0) {
                inputs.add(insertMarks(respell(word, random), random) + " " + insertMarks(word, random));
            }
        }
    }

    private static String insertMarks(String word, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 && random.nextInt(8) == 0) {
                out.append(MARKS.charAt(random.nextInt(MARKS.length())));
            }
            out.append(word.charAt(i));
            for (int k = random.nextInt(3); k > 0; k--) {
                out.append(MARKS.charAt(random.nextInt(MARKS.length())));
            }
        }
        return out.toString();
    }

    private static String respell(String word, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(switch (c) {
                case 'ا', 'أ', 'إ', 'آ', 'ٱ' -> "اأإآٱ".charAt(random.nextInt(5));
                case 'ي', 'ى' -> random.nextBoolean() ? 'ي' : 'ى';
                case 'ة', 'ه' -> random.nextBoolean() ? 'ة' : 'ه';
                case 'ء' -> "ءأؤئ".charAt(random.nextInt(4));
                default -> c;
            });
        }
        return out.toString();
    }

    private static void numbers(Set<String> inputs, Random random) {
        String[] suffixes = {"", "م", "هـ", "%", "٪", "ـ", "th", "مليون", "ر.س"};
        for (int i = 0; i < 3000; i++) {
            String n = Integer.toString(random.nextInt(i < 1000 ? 3000 : 10_000_000));
            String digits = switch (i % 3) {
                case 0 -> n;
                case 1 -> shiftDigits(n, '٠');
                default -> shiftDigits(n, '۰');
            };
            String separator = new String[] {"", "٫", "٬", ",", ".", "/", "-", " "}[random.nextInt(8)];
            String second = shiftDigits(Integer.toString(random.nextInt(1000)), "0٠۰".charAt(random.nextInt(3)));
            inputs.add(digits + suffixes[random.nextInt(suffixes.length)]);
            inputs.add(digits + separator + second);
            inputs.add("عام " + digits + " و" + second + "م");
        }
    }

    private static String shiftDigits(String ascii, char zero) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) (zero + c - '0') : c);
        }
        return out.toString();
    }

    private static void latin(Set<String> inputs, Random random) {
        inputs.addAll(LATIN);
        for (String word : LATIN) {
            inputs.add("شركة " + word + " الجديدة");
            inputs.add("و" + word);
        }
        for (int i = 0; i < 3000; i++) {
            StringBuilder out = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                out.append(switch (random.nextInt(4)) {
                    case 0 -> (char) ('A' + random.nextInt(26));
                    case 1 -> (char) (0xC0 + random.nextInt(0x40));
                    case 2 -> (char) (0x100 + random.nextInt(0x80));
                    default -> i % 5 == 0 ? ' ' : (char) ('a' + random.nextInt(26));
                });
            }
            inputs.add(out.toString());
        }
    }

    private static void punctuation(Set<String> inputs, Random random) {
        for (int i = 0; i < 6000; i++) {
            StringBuilder out = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                String word = BASE_WORDS.get(random.nextInt(BASE_WORDS.size()));
                out.append(random.nextInt(4) == 0 ? LATIN.get(random.nextInt(LATIN.size())) : word);
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    out.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
                }
            }
            inputs.add(out.toString());
        }
    }

    /** Runs longer than the 255-character limit, some with marks and presentation forms near the cut. */
    private static void longTokens(Set<String> inputs, Random random) {
        for (int i = 0; i < 1500; i++) {
            int length = 240 + random.nextInt(400);
            StringBuilder out = new StringBuilder();
            while (out.length() < length) {
                int r = random.nextInt(20);
                if (r == 0) {
                    out.append(MARKS.charAt(random.nextInt(MARKS.length())));
                } else if (r == 1 && i % 2 == 0) {
                    out.append("ﷺﻻﷲﺍ".charAt(random.nextInt(4)));
                } else {
                    out.append(tokenChar(random));
                }
            }
            if (i % 3 == 0) {
                out.append(" كتاب");
            }
            inputs.add(out.toString());
        }
        inputs.add("ا".repeat(255));
        inputs.add("ا".repeat(256));
        inputs.add("ا".repeat(510) + "ب");
        inputs.add("ا".repeat(254) + "ﻻ" + "ب");
        inputs.add("ا".repeat(254) + "ﷺ");
        inputs.add("ا".repeat(254) + "\u064E\u064E");
        inputs.add("\u064E".repeat(300) + " خبر");
    }

    private static char tokenChar(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> (char) (0x610 + random.nextInt(0x0B));
            case 1 -> (char) (0x620 + random.nextInt(0x60));
            case 2 -> (char) (0x66E + random.nextInt(0x92));
            case 3 -> (char) (0x750 + random.nextInt(0x30));
            case 4 -> (char) ('A' + random.nextInt(26));
            case 5 -> (char) (0xC0 + random.nextInt(0xC0));
            case 6 -> random.nextBoolean() ? (char) (0x660 + random.nextInt(10)) : (char) (0x6F0 + random.nextInt(10));
            default -> (char) (0x621 + random.nextInt(0x2A));
        };
    }

    private static String randomText(Random random, int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            int r = random.nextInt(100);
            if (r < 60) {
                out.append(tokenChar(random));
            } else if (r < 72) {
                out.append(MARKS.charAt(random.nextInt(MARKS.length())));
            } else if (r < 88) {
                out.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
            } else if (r < 94) {
                out.append((char) (0xFB50 + random.nextInt(0xFEFF - 0xFB50 + 1)));
            } else if (r < 96) {
                out.append((char) (0x600 + random.nextInt(0x200)));
            } else if (r < 98) {
                out.append(Character.toChars(0x1F300 + random.nextInt(0x300)));
            } else if (r < 99) {
                out.append((char) (0xD800 + random.nextInt(0x800)));
            } else {
                out.append((char) (0x2000 + random.nextInt(0x70)));
            }
        }
        return out.toString();
    }
}
