package org.warraq.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, validated access to a YAML mapping. Each wrong type or unreadable value becomes a
 * diagnostic at the value's line, and reading goes on so one run reports every problem.
 */
final class Fields {

    private final Map<String, YamlValue> fields;
    private final Path file;
    private final Diagnostics diagnostics;

    Fields(Map<String, YamlValue> fields, Path file, Diagnostics diagnostics) {
        this.fields = fields;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    void warnUnknown(String what, Set<String> known) {
        for (var entry : fields.entrySet()) {
            if (!known.contains(entry.getKey())) {
                diagnostics.warning(file, entry.getValue().line(),
                        Suggestions.unknownKeyMessage(what, entry.getKey(), new java.util.TreeSet<>(known)));
            }
        }
    }

    Optional<YamlValue> raw(String... keys) {
        for (String key : keys) {
            YamlValue value = fields.get(key);
            if (value != null && !value.isNull()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The key the editor actually wrote, for messages about aliases such as {@code lastmod}. */
    private String written(String... keys) {
        for (String key : keys) {
            if (fields.get(key) != null && !fields.get(key).isNull()) {
                return key;
            }
        }
        return keys[0];
    }

    int line(String... keys) {
        return raw(keys).map(YamlValue::line).orElse(1);
    }

    Optional<String> string(String... keys) {
        Optional<YamlValue> value = raw(keys);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isScalar()) {
            diagnostics.error(file, value.get().line(), "'" + written(keys) + "' must be text, found " + value.get().typeName());
            return Optional.empty();
        }
        String text = value.get().text().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    List<String> strings(String... keys) {
        Optional<YamlValue> value = raw(keys);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get().isScalar()) {
            String text = value.get().text().strip();
            return text.isEmpty() ? List.of() : List.of(text);
        }
        if (!(value.get().value() instanceof List)) {
            diagnostics.error(file, value.get().line(), "'" + written(keys) + "' must be a list of text, found " + value.get().typeName());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlValue item : value.get().asList()) {
            if (!item.isScalar() || item.isNull()) {
                diagnostics.error(file, item.line(), "'" + written(keys) + "' items must be text, found " + item.typeName());
            } else if (!item.text().isBlank() && !out.contains(item.text().strip())) {
                out.add(item.text().strip());
            }
        }
        return out;
    }

    boolean bool(String key, boolean fallback) {
        Optional<YamlValue> value = raw(key);
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.get().value() instanceof Boolean b) {
            return b;
        }
        diagnostics.error(file, value.get().line(), "'" + key + "' must be true or false, found '" + value.get().text() + "'");
        return fallback;
    }

    Optional<Long> number(String key) {
        Optional<YamlValue> value = raw(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().value() instanceof Long n) {
            return Optional.of(n);
        }
        diagnostics.error(file, value.get().line(), "'" + key + "' must be a whole number, found '" + value.get().text() + "'");
        return Optional.empty();
    }

    Optional<ZonedDateTime> date(ZoneId zone, String... keys) {
        Optional<YamlValue> value = raw(keys);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZonedDateTime> parsed = value.get().isScalar() ? DateParser.parse(value.get().text(), zone) : Optional.empty();
        if (parsed.isEmpty()) {
            diagnostics.error(file, value.get().line(), "cannot read date '" + value.get().text()
                    + "' in '" + written(keys) + "'; write 2025-03-14 or 2025-03-14T09:30:00+02:00");
        }
        return parsed;
    }

    List<Correction> corrections(String key) {
        Optional<YamlValue> value = raw(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get().value() instanceof List)) {
            diagnostics.error(file, value.get().line(), "'" + key + "' must be a list of {date, text} entries");
            return List.of();
        }
        List<Correction> out = new ArrayList<>();
        for (YamlValue item : value.get().asList()) {
            if (!(item.value() instanceof Map)) {
                diagnostics.error(file, item.line(), "each correction needs 'date' and 'text'");
                continue;
            }
            Map<String, YamlValue> entry = item.asMap();
            YamlValue date = entry.get("date");
            YamlValue text = entry.get("text");
            Optional<LocalDate> day = date == null ? Optional.empty() : DateParser.parseDay(date.text());
            if (day.isEmpty()) {
                diagnostics.error(file, date == null ? item.line() : date.line(),
                        "correction date must be written 2025-03-14, found '" + (date == null ? "" : date.text()) + "'");
            } else if (text == null || text.text().isBlank() || !text.isScalar()) {
                diagnostics.error(file, item.line(), "correction on " + day.get() + " has no 'text'");
            } else {
                out.add(new Correction(day.get(), text.text().strip()));
            }
        }
        return out;
    }
}
