package org.warraq.content;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on, so validation messages can point at the exact key.
 * {@code value} is a String, Boolean, Long, Double, {@code List<YamlValue>}, {@code Map<String, YamlValue>} or null;
 * {@code source} is a scalar exactly as written, so {@code slug: 007} stays "007"; null for a list or mapping, whose
 * text is written out only if a message asks for it.
 */
public record YamlValue(Object value, String source, int line) {

    public YamlValue(Object value, int line) {
        this(value, value instanceof List || value instanceof Map ? null : String.valueOf(value), line);
    }

    public boolean isNull() {
        return value == null;
    }

    public boolean isScalar() {
        return !(value instanceof List) && !(value instanceof Map);
    }

    @SuppressWarnings("unchecked")
    public List<YamlValue> asList() {
        return (List<YamlValue>) value;
    }

    @SuppressWarnings("unchecked")
    public Map<String, YamlValue> asMap() {
        return (Map<String, YamlValue>) value;
    }

    /** The scalar as text, as the editor typed it (numbers and booleans included). */
    public String text() {
        return value == null ? "" : source != null ? source : String.valueOf(value);
    }

    public String typeName() {
        if (value == null) {
            return "nothing";
        } else if (value instanceof List) {
            return "a list";
        } else if (value instanceof Map) {
            return "a mapping";
        } else if (value instanceof Boolean) {
            return "true/false";
        } else if (value instanceof Long || value instanceof Double) {
            return "a number";
        }
        return "text";
    }
}
