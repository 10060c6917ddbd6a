package org.warraq.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Java chain and analyzer.js must give the same terms, positions and offsets: zero differences allowed. */
class AnalyzerParityTest {

    private static final int TOKENS_EVERY = 8;
    private static final int SHOWN = 20;

    private static AnalyzerJs js;

    @BeforeAll
    static void loadScript() throws IOException {
        js = new AnalyzerJs();
    }

    @AfterAll
    static void closeScript() {
        js.close();
    }

    @Test
    void termsAreIdenticalOnTheWholeVocabularyAndGeneratedVariants() throws IOException {
        long started = System.nanoTime();
        List<String> inputs = ParityInputs.all();
        assertTrue(inputs.size() >= ParityInputs.MINIMUM, inputs.size() + " inputs");
        long generated = System.nanoTime();
        List<String> script = js.analyze(inputs);
        long scripted = System.nanoTime();
        List<String> java = inputs.stream().map(t -> String.join("\t", WarraqAnalyzer.terms(t))).toList();
        long analysed = System.nanoTime();
        report("terms", inputs, java, script);

        List<String> subset = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i += TOKENS_EVERY) {
            subset.add(inputs.get(i));
        }
        assertTrue(subset.size() >= 10_000, subset.size() + " token inputs");
        List<String> scriptTokens = js.tokens(subset);
        List<String> javaTokens = subset.stream().map(t -> AnalyzerJs.describe(WarraqAnalyzer.tokens(t))).toList();
        report("tokens", subset, javaTokens, scriptTokens);
        System.out.printf("analyzer parity: %d inputs (%d with terms), tokens compared on %d; %.1f s in all: inputs %.1f s,"
                + " analyze() in GraalJS %.1f s, terms() in Java %.1f s%n", inputs.size(),
                java.stream().filter(s -> !s.isEmpty()).count(), subset.size(), (System.nanoTime() - started) / 1e9,
                (generated - started) / 1e9, (scripted - generated) / 1e9, (analysed - scripted) / 1e9);
    }

    @Test
    void everyTokenCharacterAloneIsAnalysedAlike() {
        List<String> inputs = new ArrayList<>();
        for (int c = 1; c < 0x10000; c++) {
            if (TokenChars.isTokenChar(c)) {
                inputs.add(String.valueOf((char) c));
                inputs.add("x" + (char) c + "\u0628");
            }
        }
        report("token characters", inputs, inputs.stream().map(t -> AnalyzerJs.describe(WarraqAnalyzer.tokens(t))).toList(),
                js.tokens(inputs));
    }

    @Test
    void theScriptFoldsExactlyTheCodePointsOfTheJavaTable() {
        Function<String, String> java = t -> AnalyzerJs.describe(WarraqAnalyzer.tokens(t));
        String unfolded = java.apply("b\uFFFFb");
        List<String> inputs = new ArrayList<>();
        for (int c = 0xFB50; c <= 0xFEFF; c++) {
            String input = "b" + (char) c + "b";
            assertEquals(PresentationForms.TABLE.containsKey(c), !java.apply(input).equals(unfolded), Integer.toHexString(c));
            inputs.add(input);
        }
        report("presentation forms", inputs, inputs.stream().map(java).toList(), js.tokens(inputs));
    }

    private static void report(String what, List<String> inputs, List<String> java, List<String> script) {
        List<String> shown = new ArrayList<>();
        int mismatches = 0;
        for (int i = 0; i < inputs.size(); i++) {
            String j = java.get(i);
            String s = script.get(i);
            if (!j.equals(s) && ++mismatches <= SHOWN) {
                int from = Math.max(0, firstDifference(j, s) - 30);
                shown.add("input " + codePoints(inputs.get(i), 0) + "\n   java " + codePoints(j, from)
                        + "\n   js   " + codePoints(s, from));
            }
        }
        if (mismatches > 0) {
            fail(what + ": " + mismatches + " of " + inputs.size() + " inputs differ; first " + shown.size() + ":\n"
                    + String.join("\n", shown));
        }
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** {@code s} from {@code from} (at most 100 characters), printable, then its code points. */
    private static String codePoints(String s, int from) {
        String shown = s.substring(from, Math.min(s.length(), from + 100));
        String more = from + shown.length() < s.length() ? "…" : "";
        return (from > 0 ? "(from " + from + ") " : "") + "«" + shown.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Cs}]", "·") + more
                + "» [" + shown.codePoints().mapToObj(c -> String.format("%04X", c)).collect(Collectors.joining(" ")) + more + "]";
    }
}
