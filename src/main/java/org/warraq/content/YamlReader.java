package org.warraq.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses a YAML mapping (site.yaml or front matter) with snakeyaml-engine's composer, keeping each
 * value's line. Scalars follow the YAML 1.2 core schema; dates stay text and are parsed by
 * {@link DateParser}, so "2024-03-01" never silently becomes a timestamp in the JVM's zone.
 */
public final class YamlReader {

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(20)
            .setCodePointLimit(1_000_000)
            .setSchema(new CoreSchema())
            .build();

    private YamlReader() {
    }

    /**
     * @param firstLine the file line on which {@code yaml} starts (1-based), added to every line reported
     * @throws BuildFailedException naming the file and line on invalid YAML or a document that is not a mapping
     */
    public static Map<String, YamlValue> readMapping(String yaml, Path file, int firstLine) {
        Optional<Node> root;
        try {
            root = new Compose(SETTINGS).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            String problem = e.getProblem() == null ? "" : e.getProblem();
            Optional<Mark> where = problem.contains("<stream end>") && e.getContextMark().isPresent()
                    ? e.getContextMark() : e.getProblemMark();
            int line = where.map(Mark::getLine).orElse(0) + firstLine;
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            throw BuildFailedException.of(Diagnostic.error(file, line, "invalid YAML: " + context + problem));
        } catch (YamlEngineException e) {
            throw BuildFailedException.of(Diagnostic.error(file, firstLine, "invalid YAML: " + e.getMessage()));
        }
        if (root.isEmpty()) {
            return Map.of();
        }
        YamlValue value = convert(root.get(), file, firstLine);
        if (value.isNull()) {
            return Map.of();
        }
        if (!(value.value() instanceof Map)) {
            throw BuildFailedException.of(Diagnostic.error(file, value.line(),
                    "expected 'key: value' lines, found " + value.typeName()));
        }
        return value.asMap();
    }

    private static YamlValue convert(Node node, Path file, int firstLine) {
        int line = node.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
        if (node instanceof ScalarNode scalar) {
            int control = SourceText.firstControl(scalar.getValue());
            if (control >= 0) {
                throw BuildFailedException.of(Diagnostic.error(file, line, String.format("a value contains the invisible"
                        + " control character U+%04X (written as an escape such as \\x07), which pages and feeds cannot carry;"
                        + " remove it", (int) scalar.getValue().charAt(control))));
            }
            return new YamlValue(scalarValue(scalar), scalar.getValue(), line);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlValue> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, file, firstLine));
            }
            return new YamlValue(List.copyOf(items), line);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlValue key = convert(tuple.getKeyNode(), file, firstLine);
            if (!key.isScalar() || key.isNull()) {
                throw BuildFailedException.of(Diagnostic.error(file, key.line(), "a key must be plain text"));
            }
            YamlValue first = entries.get(key.text());
            if (first != null) {
                throw BuildFailedException.of(Diagnostic.error(file, key.line(),
                        "'" + key.text() + "' appears twice (first on line " + first.line() + ")"));
            }
            entries.put(key.text(), convert(tuple.getValueNode(), file, firstLine));
        }
        return new YamlValue(java.util.Collections.unmodifiableMap(entries), line);
    }

    /** A number Java cannot hold (too long, {@code .inf}) stays text; fields that need a number report it. */
    private static Object scalarValue(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        try {
            if (Tag.NULL.equals(tag)) {
                return null;
            } else if (Tag.BOOL.equals(tag)) {
                return Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT));
            } else if (Tag.INT.equals(tag)) {
                return integer(text);
            } else if (Tag.FLOAT.equals(tag)) {
                return Double.valueOf(text);
            }
        } catch (NumberFormatException e) {
            return text;
        }
        return text;
    }

    /** YAML 1.2 core integers: decimal (leading zeros included), {@code 0x} hex, {@code 0o} octal. */
    private static long integer(String text) {
        if (text.startsWith("0x")) {
            return Long.parseLong(text.substring(2), 16);
        } else if (text.startsWith("0o")) {
            return Long.parseLong(text.substring(2), 8);
        }
        return Long.parseLong(text);
    }
}
