package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The one kind of {@code <script>} a page may have without {@code src}: a JSON-LD data block, which browsers
 * never run (so the strict CSP allows it). It must still be exactly one JSON object, and hold no {@code <} or
 * {@code >} at all, so no headline can close the element or open another.
 */
final class DataBlocks {

    static final String TYPE = "application/ld+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DataBlocks() {
    }

    static boolean isDataBlock(Element script) {
        return script.attr("type").equals(TYPE) && !script.hasAttr("src");
    }

    static JsonNode parse(Element script, String where) {
        String text = script.data();
        assertFalse(text.contains("<") || text.contains(">"), where + ": markup characters in " + text);
        try {
            JsonNode node = JSON.readTree(text);
            assertTrue(node != null && node.isObject(), where + ": not one JSON object: " + text);
            return node;
        } catch (JsonProcessingException e) {
            throw new AssertionError(where + ": not JSON: " + text, e);
        }
    }

    /** Every JSON-LD object of a page, checked as above. */
    static List<JsonNode> of(Document page, String where) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=" + TYPE + "]")) {
            assertTrue(isDataBlock(script), where + ": " + script.outerHtml());
            nodes.add(parse(script, where));
        }
        return nodes;
    }

    /** The only object of the given {@code @type} on a page. */
    static JsonNode only(Document page, String where, String type) {
        List<JsonNode> found = of(page, where).stream().filter(n -> n.path("@type").asText().equals(type)).toList();
        assertEquals(1, found.size(), where + ": " + type);
        return found.get(0);
    }
}
