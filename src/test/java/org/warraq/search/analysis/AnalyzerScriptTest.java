package org.warraq.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** analyzer.js as a file: how it installs itself, what it embeds, and its weight. */
class AnalyzerScriptTest {

    private static final int MAX_GZIPPED_BYTES = 4096;

    @Test
    void asAClassicScriptItAddsToWindowWarraqWithoutClobberingIt() throws IOException {
        try (Context context = AnalyzerJs.newContext()) {
            context.eval("js", "globalThis.warraq = { search: 'kept' };");
            context.eval(AnalyzerJs.source());
            assertEquals("kept", context.eval("js", "warraq.search").asString());
            assertEquals("المدارس|مدارس", context.eval("js", "warraq.analyze('المدارس').join('|')").asString());
            assertEquals("1 3 10 مدارس", context.eval("js",
                    "const [t] = warraq.tokens('في المدارس'); [t.position, t.start, t.end, t.stem].join(' ')").asString());
            assertTrue(context.eval("js", "typeof module === 'undefined'").asBoolean());
        }
    }

    @Test
    void theEmbeddedStopListIsTheNormalisedJavaOne() throws IOException {
        Matcher list = Pattern.compile("new Set\\('([^']*)'\\.split\\(' '\\)\\)").matcher(script());
        assertTrue(list.find(), "STOP set literal in analyzer.js");
        Set<String> java = new HashSet<>();
        StopWords.SET.forEach(word -> java.add(new String((char[]) word)));
        assertEquals(java, Set.of(unescape(list.group(1)).split(" ")));
    }

    @Test
    void itIsAsciiAndSmall() throws IOException {
        String script = script();
        assertTrue(script.chars().allMatch(c -> c < 0x80), "analyzer.js writes non-ASCII characters as \\u escapes");
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(script.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        assertTrue(gzipped.size() <= MAX_GZIPPED_BYTES, gzipped.size() + " bytes gzipped");
    }

    private static String script() throws IOException {
        return Files.readString(AnalyzerJs.FILE);
    }

    private static String unescape(String js) {
        return Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(js)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }
}
