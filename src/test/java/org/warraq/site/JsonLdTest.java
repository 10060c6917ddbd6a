package org.warraq.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void contentThatWouldEndTheScriptElementStaysAJsonString() throws Exception {
        String hostile = "</script><script>alert(1)</script> <!-- & \"اقتباس\" \\ \n\t\u2028\u2029\u0001";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("headline", hostile);
        m.put("keywords", List.of("<b>", "عادي"));
        String json = JsonLd.write(m);
        for (String bad : List.of("<", ">", "&", "\u2028", "\u2029", "\n", "\u0001")) {
            assertFalse(json.contains(bad), json);
        }
        JsonNode back = JSON.readTree(json);
        assertEquals(hostile, back.get("headline").asText());
        assertEquals(List.of("<b>", "عادي"), List.of(back.get("keywords").get(0).asText(), back.get("keywords").get(1).asText()));
    }

    @Test
    void keepsTheOrderOfMapsAndTheTypesOfValues() throws Exception {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("@type", "Person");
        inner.put("position", 2);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "NewsArticle");
        m.put("author", List.of(inner));
        m.put("free", true);
        m.put("none", null);
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"position\":2}],"
                + "\"free\":true,\"none\":null}", JsonLd.write(m));
    }

    @Test
    void anUnpairedSurrogateIsEscapedAndAPairIsKept() throws Exception {
        String json = JsonLd.write(List.of("\uD83D\uDE00", "x\uD800y"));
        assertEquals("[\"\uD83D\uDE00\",\"x\\ud800y\"]", json);
    }

    /** Each character of the Basic Multilingual Plane, between two others, is written as the rule for it says. */
    @Test
    void everyCharacterIsWrittenAsItsRuleSays() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            String expected = switch (ch) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch == '\u2028' || ch == '\u2029' || Character.isSurrogate(ch)
                        ? String.format("\\u%04x", c) : String.valueOf(ch);
            };
            StringBuilder out = new StringBuilder();
            JsonLd.string(out, "ب" + ch + "ت");
            assertEquals("\"ب" + expected + "ت\"", out.toString(), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThrows(IllegalArgumentException.class, () -> JsonLd.write(List.of(new Object())));
        assertThrows(IllegalArgumentException.class, () -> JsonLd.write(1.5));
    }
}
